/**
 * The whole pipeline for one config set: read every config (with includes), build and check the objects,
 * then run the checks across objects. Pure: all IO goes through the provider.
 */
import { loadConfig } from '../model/load';
import { buildObjects } from '../model/objects';
import { basename, join } from '../model/paths';
import type { Config, ConfigKind, ConfigSetOptions, Diagnostic, FileProvider, PjsipObject, Reference, Section, SourceFile } from '../model/types';
import { DiagnosticSink } from '../rules/sink';
import { checkDuplicates, checkReferences, checkRegistrationTransports, checkTransports, checkUsability, collectReferences, indexObjects, type ObjectIndex } from '../rules/crossChecks';
import { applySuppressions } from '../rules/suppress';

export interface Analysis {
  options: ConfigSetOptions;
  configs: Config[];
  /** Every reference written in the set, resolved (computed on first use). */
  readonly references: Reference[];
  /** Every file read, by path. */
  files: Map<string, SourceFile>;
  /** Header blocks of each file, in file order (a file read by two configs has both sets). */
  sectionsByFile: Map<string, Section[]>;
  objects: PjsipObject[];
  index: ObjectIndex;
  /** All diagnostics (suppression comments applied). */
  diagnostics: Diagnostic[];
}

export function analyze(options: ConfigSetOptions, provider: FileProvider): Analysis {
  const sink = new DiagnosticSink();
  const blocksOfFile = new Map<SourceFile, Section[]>();
  const configs: Config[] = [];
  for (const r of options.roots) {
    const root = provider.read(r.path);
    if (!root) continue;
    configs.push(loadConfig(r.kind, root, provider, options, sink, blocksOfFile, !!r.standalone));
  }
  const objects = buildObjects(configs, sink);
  const index = indexObjects(objects);
  checkDuplicates(index, sink);
  checkReferences(configs, index, sink);
  const provides = checkTransports(objects, sink);
  checkRegistrationTransports(objects, provides, sink);
  checkUsability(objects, index, sink);
  const files = new Map<string, SourceFile>();
  for (const c of configs) for (const f of c.files) files.set(f.path, f);
  const sectionsByFile = new Map<string, Section[]>();
  for (const [f, blocks] of blocksOfFile) {
    let sorted = true;
    for (let i = 1; i < blocks.length && sorted; i++) if (blocks[i].line < blocks[i - 1].line) sorted = false;
    sectionsByFile.set(f.path, sorted ? blocks : [...blocks].sort((a, b) => a.line - b.line));
  }
  let references: Reference[] | undefined;
  return {
    options, configs, files, sectionsByFile, objects, index,
    get references() { return (references ??= collectReferences(configs, index)); },
    diagnostics: applySuppressions(sink.list, files),
  };
}

/** Kind of config a root file is, from its name. */
export function kindOf(path: string): ConfigKind {
  return /wizard/i.test(basename(path)) ? 'wizard' : 'pjsip';
}

/**
 * The config set of a folder, as Asterisk would load it: pjsip.conf and pjsip_wizard.conf with their includes,
 * plus any other pjsip*.conf file in the folder (and any `extra` file) that those do not include, each read on
 * its own. Two passes: the second adds the files the first did not reach.
 */
export function analyzeFolder(configDir: string, provider: FileProvider, extra: string[] = [], pathMap?: ConfigSetOptions['pathMap']): Analysis {
  const roots: ConfigSetOptions['roots'] = [];
  for (const name of [ROOT_FILE, 'pjsip_wizard.conf']) {
    const p = join(configDir, name);
    if (provider.read(p)) roots.push({ path: p, kind: kindOf(p) });
  }
  const base: ConfigSetOptions = { configDir, roots, pathMap };
  let result = analyze(base, provider);
  const others = (provider.listDir(configDir) ?? [])
    .filter((e) => !e.isDirectory && /^pjsip.*\.conf$/i.test(e.name))
    .map((e) => join(configDir, e.name));
  const missing = [...others, ...extra].filter((p, i, all) => all.indexOf(p) === i && !result.files.has(p) && provider.read(p));
  if (missing.length) {
    result = analyze({ ...base, roots: [...roots, ...missing.sort().map((p) => ({ path: p, kind: kindOf(p), standalone: true }))] }, provider);
  }
  return result;
}

/** The main file of a config set: its folder is the config folder. */
export const ROOT_FILE = 'pjsip.conf';

/**
 * The config folder a file belongs to: `configured` when the file is inside it, else the nearest folder (the
 * file's own, or up to three above it) that holds pjsip.conf, else the file's own folder.
 */
export function configDirOf(path: string, exists: (path: string) => boolean, configured?: string): string {
  if (configured && path.startsWith(`${configured}/`)) return configured;
  let dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) || '/' : '.';
  const start = dir;
  for (let i = 0; i < 4 && dir.length > 1; i++) {
    if (exists(`${dir}/${ROOT_FILE}`)) return dir;
    const up = dir.slice(0, dir.lastIndexOf('/')) || '/';
    if (up === dir) break;
    dir = up;
  }
  return start;
}

/** Whether a change to this file can move config folders around (a pjsip.conf came or went). */
export function isRootFile(path: string): boolean {
  return basename(path) === ROOT_FILE;
}
