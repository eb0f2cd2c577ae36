/**
 * Config files of other Asterisk modules that pjsip.conf names into: acl.conf (named ACLs) and extensions.conf
 * (dialplan contexts). Only their section names matter here, read the way Asterisk reads any config: includes
 * followed (relative to the config folder), templates `(!)` left out, nothing executed.
 */
import { MAX_INCLUDE_LEVEL, resolveIncludePath } from './includes';
import { expandGlob, join } from './paths';
import type { ConfigSetOptions, FileProvider, SourceFile } from './types';

export interface ForeignSection {
  name: string;
  file: SourceFile;
  line: number;
  /** Absolute offsets of the name inside the brackets. */
  nameStart: number;
  nameEnd: number;
  /** Last line with code of the section in its file (before the next header or the end of the file). */
  lastLine: number;
  /** The first lines of code under the header, as written (for hovers). */
  firstLines: string[];
}

export interface ForeignConfig {
  /** The file Asterisk opens, e.g. /etc/asterisk/acl.conf. */
  root: string;
  files: SourceFile[];
  /** Sections by name, in file order (a name defined twice has two entries). */
  sections: Map<string, ForeignSection[]>;
}

/** The config `fileName` of the config folder with its includes, or undefined when the folder has none. */
export function readForeignConfig(
  fileName: string,
  provider: FileProvider,
  options: ConfigSetOptions,
): ForeignConfig | undefined {
  const root = join(options.configDir, fileName);
  const file = provider.read(root);
  if (!file) return undefined;
  const config: ForeignConfig = { root, files: [], sections: new Map() };
  readFile(config, file, provider, options, [root]);
  return config;
}

/** The option lines of a section (`key = value` or `key => value`), in order; names as written. */
export function sectionOptions(s: ForeignSection): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  const lines = s.file.tree.lines;
  for (let i = s.line + 1; i <= s.lastLine && i < lines.length; i++) {
    const a = lines[i].assignment;
    if (a) out.push({ key: a.key, value: a.value });
  }
  return out;
}

/** How many lines of code under a header are kept for a hover. */
const FIRST_LINES = 5;

function readFile(
  config: ForeignConfig,
  file: SourceFile,
  provider: FileProvider,
  options: ConfigSetOptions,
  stack: string[],
): void {
  config.files.push(file);
  const { lines, lineStarts } = file.tree;
  let current: ForeignSection | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const h = l.section;
    if (h) current = undefined;
    if (h && h.close >= 0 && !h.items.some((it) => it.kind === 'template')) {
      const list = config.sections.get(h.name) ?? [];
      if (!list.length) config.sections.set(h.name, list);
      current = {
        name: h.name,
        file,
        line: i,
        nameStart: lineStarts[i] + h.nameStart,
        nameEnd: lineStarts[i] + h.nameEnd,
        lastLine: i,
        firstLines: [],
      };
      list.push(current);
    } else if (current && l.codeStart >= 0) {
      current.lastLine = i;
      if (current.firstLines.length < FIRST_LINES)
        current.firstLines.push(file.text.slice(lineStarts[i] + l.codeStart, lineStarts[i] + l.codeEnd));
    }
    const d = l.directive;
    if (!d || !/^(try)?include$/i.test(d.name) || !d.arg || stack.length >= MAX_INCLUDE_LEVEL) continue;
    for (const path of expandGlob(resolveIncludePath(d.arg, options), (dir) => provider.listDir(dir))) {
      const nested = stack.includes(path) ? undefined : provider.read(path);
      if (nested) readFile(config, nested, provider, options, [...stack, path]);
    }
  }
}
