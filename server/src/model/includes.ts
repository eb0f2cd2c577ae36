/**
 * `#include` and `#tryinclude`: the argument is mapped onto this machine's paths, globbed, and every file it names
 * is read where the directive stands, as Asterisk does (no loop check, a nesting limit of MAX_INCLUDE_LEVEL).
 */
import type { Directive } from '../syntax';
import { fatal, stopsReading, type FileRead, type LoadState } from './loadState';
import { expandGlob, isAbsolute, join, normalize } from './paths';
import type { ConfigSetOptions, FileProblem, IncludeInfo, SourceFile } from './types';
import { msg, part, type Part } from '../i18n/messages';

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
  readNested: (st: LoadState, file: SourceFile, level: number, dead: boolean) => void,
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
    if (mayRead(st, fr, inc, path)) readNested(st, nested, fr.level + 1, fr.dead);
    else if (st.seen.size >= MAX_INCLUDED_FILES) break; // reported once
  }
  if (count === 0 && !inc.try) {
    st.sink.add({
      path: file.path,
      start: inc.argStart,
      end: inc.argEnd,
      code: 'include-not-found',
      msg: msg(/[*?[{]/.test(d.arg) ? 'include-not-found/no-match' : 'include-not-found/missing', {
        arg: d.arg,
        pattern,
        stops: stopsReading(st, fr),
      }),
    });
    fatal(st, fr);
  }
}

/** What a path holds that is not a readable config file, in words. */
const PROBLEM_TEXT: Record<FileProblem, Part> = {
  folder: part('file-problem/folder'),
  'not-regular': part('file-problem/not-regular'),
  'symlink-loop': part('file-problem/symlink-loop'),
  unreadable: part('file-problem/unreadable'),
  'too-large': part('file-problem/too-large', { mb: MAX_READ_MB }),
};

/** The include names something that exists but cannot be read as a config file. */
function unreadable(st: LoadState, fr: FileRead, inc: IncludeInfo, path: string, problem: FileProblem): void {
  if (inc.try) return;
  st.sink.add({
    path: fr.file.path,
    start: inc.argStart,
    end: inc.argEnd,
    code: 'include-not-found',
    msg: msg('include-not-found/unreadable', {
      arg: inc.directive.arg,
      problem: PROBLEM_TEXT[problem],
      path,
      stops: stopsReading(st, fr),
    }),
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
      msg:
        path === fr.file.path
          ? msg('include-cycle/self', { max: MAX_INCLUDE_LEVEL })
          : msg('include-cycle/loop', { arg, max: MAX_INCLUDE_LEVEL }),
    });
    return false;
  }
  if (st.seen.has(path) && !fr.dead) {
    st.sink.add({
      ...argRange,
      code: 'include-duplicate',
      msg: msg('include-duplicate', { arg }),
    });
    return false;
  }
  if (st.seen.size >= MAX_INCLUDED_FILES) {
    st.sink.add({
      ...argRange,
      code: 'include-not-found',
      msg: msg('include-not-found/too-many-files', { max: MAX_INCLUDED_FILES, path }),
    });
    return false;
  }
  if (fr.level > MAX_INCLUDE_LEVEL) {
    st.sink.add({
      ...argRange,
      code: 'include-not-found',
      msg: msg('include-not-found/too-deep', { max: MAX_INCLUDE_LEVEL, arg }),
    });
    fatal(st, fr);
    return false;
  }
  return true;
}
