/**
 * State shared by the parts of the config reader (load.ts, headers.ts, includes.ts): one `LoadState` per config,
 * one `FileRead` per reading of a file (an included file is read again each time it is included).
 */
import type { Config, ConfigSetOptions, FileProvider, Section, SourceFile } from './types';
import type { ProblemSink } from './problems';
import { part, type Part } from '../i18n/messages';

export interface LoadState {
  config: Config;
  provider: FileProvider;
  options: ConfigSetOptions;
  sink: ProblemSink;
  /**
   * Categories by lower-cased name, in order (Asterisk looks them up case-insensitively, first match). Most names
   * have one category: that one is the value, a list only from the second on (see `categoriesNamed`).
   */
  byName: Map<string, Section | Section[]>;
  /** cfg->current: where an included file's leading lines go. */
  current: Section | null;
  stack: string[];
  seen: Set<string>;
  blocksOfFile: Map<SourceFile, Section[]>;
}

/** One reading of one file. */
export interface FileRead {
  readonly file: SourceFile;
  /** Include depth: 1 for the config's root file. */
  readonly level: number;
  readonly isRoot: boolean;
  /** Header blocks of this reading of the file. */
  readonly blocks: Section[];
  /** ast_config_get_current_category: where variables go. */
  cat: Section | null;
  /** Header block lines are written under (an included file continues the current one). */
  block: Section | null;
  /**
   * Asterisk stopped reading this file above the current line (or never reads it: it is included from a line
   * after a fatal one).
   */
  dead: boolean;
  crReported: boolean;
  depthReported: boolean;
}

/**
 * A line Asterisk cannot get past: the root file is rejected, an included file is not read further. Either way
 * Asterisk reads no line after it (nor the files included below it): they are `dead`, and nothing is reported
 * about them.
 */
export function fatal(st: LoadState, fr: FileRead): void {
  if (fr.isRoot) st.config.rejected = true;
  fr.dead = true;
}

/** How messages name the file being read. */
export function fileRole(st: LoadState, fr: FileRead): Part {
  return part(fr.isRoot ? (st.config.kind === 'wizard' ? 'file/wizard-root' : 'file/root') : 'file/included');
}

/** `Asterisk stops reading <file> here[ and loads nothing from it]` (no final period). */
export function stopsHere(st: LoadState, fr: FileRead): Part {
  return fr.isRoot ? part('stops-here/root', { file: fileRole(st, fr) }) : part('stops-here/included');
}

/** `stops reading <file>[, so nothing in it loads]` (no final period). */
export function stopsReading(st: LoadState, fr: FileRead): Part {
  return fr.isRoot ? part('stops-reading/root', { file: fileRole(st, fr) }) : part('stops-reading/included');
}

/** The categories named `name` (any case), in load order. */
export function categoriesNamed(st: LoadState, name: string): readonly Section[] | undefined {
  const found = st.byName.get(name.toLowerCase());
  return found === undefined || Array.isArray(found) ? found : [found];
}
