/**
 * `#include` and `#tryinclude`: the argument is mapped onto this machine's paths, globbed, and every file it names
 * is read where the directive stands, as Asterisk does (no loop check, a nesting limit of MAX_INCLUDE_LEVEL).
 */
import type { Directive } from '../syntax';
import { fatal, stopsReading, type FileRead, type LoadState } from './loadState';
import { expandGlob, isAbsolute, join, normalize } from './paths';
import type { ConfigSetOptions, FileProblem, IncludeInfo, SourceFile } from './types';

/** The size cap of the file providers (node/fsProvider.ts), for the message. */
export const MAX_READ_MB = 64;

/** Most files one config reads through includes (a glob over a huge folder is cut off there and reported). */
export const MAX_INCLUDED_FILES = 2000;

/** Asterisk's MAX_INCLUDE_LEVEL. */
export const MAX_INCLUDE_LEVEL = 10;

/** Map an include argument onto a path pattern of this machine. */
export function resolveIncludePath(arg: string, options: ConfigSetOptions): string {
  if (isAbsolute(arg)) {
    const maps = options.pathMap ?? [{ from: '/etc/asterisk', to: options.configDir }];
    for (const m of maps) {
      const from = m.from.replace(/\/+$/, '');
      if (arg === from || arg.startsWith(`${from}/`)) return normalize(m.to + arg.slice(from.length));
    }
    return normalize(arg);
  }
  return join(options.configDir, arg);
}

/**
 * An include directive with an argument on line `i` (offset `base`) of the file `fr` reads; `readNested` reads
 * an included file at the given include level.
 */
export function readInclude(
  st: LoadState,
  fr: FileRead,
  i: number,
  base: number,
  d: Directive,
  readNested: (st: LoadState, file: SourceFile, level: number) => void,
): void {
  const file = fr.file;
  const inc: IncludeInfo = {
    file,
    line: i,
    directive: d,
    argStart: base + d.argStart,
    argEnd: base + d.argEnd,
    try: d.name.toLowerCase() === 'tryinclude',
    targets: [],
  };
  st.config.includes.push(inc);
  const pattern = resolveIncludePath(d.arg, st.options);
  const candidates = expandGlob(pattern, (dir) => st.provider.listDir(dir));
  let count = 0;
  for (const path of candidates) {
    const nested = st.provider.read(path);
    if (!nested) {
      const problem = st.provider.problem?.(path);
      if (problem) {
        unreadable(st, fr, inc, path, problem);
        count++;
      }
      continue;
    }
    count++;
    inc.targets.push(path);
    if (mayRead(st, fr, inc, path)) readNested(st, nested, fr.level + 1);
    else if (st.seen.size >= MAX_INCLUDED_FILES) break; // reported once
  }
  if (count === 0 && !inc.try) {
    st.sink.add({
      path: file.path,
      start: inc.argStart,
      end: inc.argEnd,
      code: 'include-not-found',
      message: `${/[*?[{]/.test(d.arg) ? `No file matches '${d.arg}'` : `'${d.arg}' does not exist`} (looked for ${pattern}): Asterisk reports "listed as a #include but it does not exist" and ${stopsReading(st, fr)}. Use #tryinclude for an optional file.`,
    });
    fatal(st, fr);
  }
}

/** What a path holds that is not a readable config file, in words. */
const PROBLEM_TEXT: Record<FileProblem, string> = {
  folder: 'is a folder, not a file',
  'not-regular': 'is not a regular file (a device, pipe or socket), so it is not read',
  'symlink-loop': 'is a symbolic link that loops back on itself',
  unreadable: 'exists but cannot be read (permission denied)',
  'too-large': `is larger than ${MAX_READ_MB} MB, so it is not read`,
};

/** The include names something that exists but cannot be read as a config file. */
function unreadable(st: LoadState, fr: FileRead, inc: IncludeInfo, path: string, problem: FileProblem): void {
  if (inc.try) return;
  st.sink.add({
    path: fr.file.path,
    start: inc.argStart,
    end: inc.argEnd,
    code: 'include-not-found',
    message: `'${inc.directive.arg}' ${PROBLEM_TEXT[problem]} (${path}): Asterisk cannot load it as a config and ${stopsReading(st, fr)}.`,
  });
  fatal(st, fr);
}

/** Whether the included file `path` is read here; reports why when it is not (or read again). */
function mayRead(st: LoadState, fr: FileRead, inc: IncludeInfo, path: string): boolean {
  const arg = inc.directive.arg;
  const argRange = { path: fr.file.path, start: inc.argStart, end: inc.argEnd };
  if (st.stack.includes(path)) {
    st.sink.add({
      ...argRange,
      code: 'include-cycle',
      message: `${path === fr.file.path ? 'This file includes itself' : `'${arg}' is already being read (it includes this file)`}: Asterisk has no loop check and reads it again until its include limit of ${MAX_INCLUDE_LEVEL}, so each section in it is defined several times and those object types fail to load as duplicates.`,
    });
    return false;
  }
  if (st.seen.has(path)) {
    st.sink.add({
      ...argRange,
      code: 'include-duplicate',
      message: `'${arg}' was already included: Asterisk reads it a second time, so every object in it is defined twice and each of those types refuses to load.`,
    });
    return false;
  }
  if (st.seen.size >= MAX_INCLUDED_FILES) {
    st.sink.add({
      ...argRange,
      code: 'include-not-found',
      message: `This config already reads ${MAX_INCLUDED_FILES} included files: '${path}' and the files after it are not checked (Asterisk would go on reading them).`,
    });
    return false;
  }
  if (fr.level > MAX_INCLUDE_LEVEL) {
    st.sink.add({
      ...argRange,
      code: 'include-not-found',
      message: `Includes are nested more than ${MAX_INCLUDE_LEVEL} levels deep: Asterisk refuses to read '${arg}' and stops reading this file.`,
    });
    fatal(st, fr);
    return false;
  }
  return true;
}
