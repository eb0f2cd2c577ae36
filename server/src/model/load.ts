/**
 * Reads one Asterisk config (pjsip.conf or pjsip_wizard.conf with everything it includes) the way Asterisk's
 * config reader does: includes are expanded where they appear, templates are copied into the sections that
 * inherit them when the header is read, `(+)` blocks add to an earlier section, `+=` extends a value.
 *
 * Where Asterisk would stop (a fatal line), the reader reports it and carries on for the editor's sake (sections,
 * navigation): what Asterisk would not have read is marked `dead` (the config `rejected` when it is the root file),
 * reports nothing, and is not part of any section Asterisk reads.
 */
import { MAX_BLOCK_NESTING, lineContentEnd, lineContentLength } from '../syntax';
import type { Line, SectionItem } from '../syntax';
import { readSectionHeader } from './headers';
import { readInclude, resolveIncludePath } from './includes';
import { fatal, fileRole, stopsReading, type FileRead, type LoadState } from './loadState';
import { basename } from './paths';
import {
  NO_ITEMS,
  OptionEntry,
  type Config,
  type Section,
  type ConfigKind,
  type ConfigSetOptions,
  type FileProvider,
  type SourceFile,
  type Variable,
} from './types';
import { MutedSink, type FindingInput, type Problem, type ProblemSink } from './problems';
import { msg } from '../i18n/messages';

/** fgets buffer of 8192: longer lines are skipped. */
export const MAX_LINE = 8190;

export function loadConfig(
  kind: ConfigKind,
  root: SourceFile,
  provider: FileProvider,
  options: ConfigSetOptions,
  sink: ProblemSink,
  blocksOfFile: Map<SourceFile, Section[]>,
  standalone = false,
): Config {
  const config: Config = {
    kind,
    root,
    categories: [],
    blocks: [],
    files: [],
    includes: [],
    rejected: false,
    standalone,
  };
  if (standalone) {
    const end = root.tree.lines.length ? lineContentEnd(root.tree, 0) : 0;
    const name = basename(root.path);
    sink.add({
      path: root.path,
      start: 0,
      end,
      code: 'file-not-included',
      msg: msg('file-not-included', { name }),
    });
  }
  const st: LoadState = {
    config,
    provider,
    options,
    sink,
    byName: new Map(),
    current: null,
    stack: [],
    seen: new Set(),
    blocksOfFile,
  };
  readFile(st, root, 1);
  compactLists(config);
  return config;
}

/**
 * Lists grown by push keep room for more; a config keeps one `own` and one `vars` list per section for as long as
 * it is analysed, so once the whole config is read each is copied to its exact size. A section that inherits
 * nothing and is not extended (an auth) has the same variables as lines: both are then one list. Nothing changes
 * either list after loading.
 */
function compactLists(config: Config): void {
  for (const b of config.blocks) {
    if (b.own.length) b.own = b.own.slice();
    if (b.vars.length) b.vars = sameItems(b.vars, b.own) ? b.own : b.vars.slice();
  }
}

function sameItems(a: readonly Variable[], b: readonly Variable[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export { resolveIncludePath };

/**
 * Reads one file at include depth `level`. `dead`: included from a line Asterisk never reads; it is read for the
 * editor's sake (sections, navigation), its problems are not reported, and it does not count as included.
 */
function readFile(st: LoadState, file: SourceFile, level: number, dead = false): void {
  const { config } = st;
  const sink = st.sink;
  st.stack.push(file.path);
  if (!dead) st.seen.add(file.path);
  if (!config.files.includes(file)) config.files.push(file);
  const fr: FileRead = {
    file,
    level,
    isRoot: level === 1,
    blocks: [],
    cat: st.current,
    block: st.current,
    dead,
    crReported: false,
    depthReported: false,
  };
  const lines = file.tree.lines;
  const starts = file.tree.lineStarts;
  for (let i = 0; i < lines.length; i++) {
    const line: Line = lines[i];
    const base = starts[i];
    if (fr.dead) st.sink = MUTED; // from the fatal line on, Asterisk reads nothing: no finding
    checkLine(st, fr, i, line, base);
    switch (line.kind) {
      case 'section':
        readSectionHeader(st, fr, i, line, base);
        break;
      case 'directive':
        readDirective(st, fr, i, line, base);
        break;
      case 'assignment':
        readAssignment(st, fr, i, line, base);
        break;
      case 'text':
        readText(st, fr, line, base);
        break;
      default:
        break;
    }
  }
  if (fr.dead) st.sink = MUTED;
  finishFile(st, fr);
  st.sink = sink;
  st.stack.pop();
}

const MUTED = new MutedSink();

/** Problems of the line itself, whatever it holds: lone CR line ends, length, block comment nesting. */
function checkLine(st: LoadState, fr: FileRead, i: number, line: Line, base: number): void {
  const { sink } = st;
  const { path, tree } = fr.file;
  if (line.loneCr && !fr.crReported) {
    fr.crReported = true;
    sink.add({
      path,
      start: base + line.length - 1,
      end: base + line.length,
      code: 'line-ending-cr',
      msg: msg('line-ending-cr'),
    });
  }
  if (lineContentLength(tree, i) > MAX_LINE) {
    sink.add({
      path,
      start: base,
      end: lineContentEnd(tree, i),
      code: 'line-too-long',
      msg: msg('line-too-long', { length: lineContentLength(tree, i), max: MAX_LINE }),
    });
  }
  if (line.nestingOverflow) {
    sink.add({
      path,
      start: base,
      end: lineContentEnd(tree, i),
      code: 'block-comment-nesting',
      msg: msg('block-comment-nesting', { max: MAX_BLOCK_NESTING }),
    });
  }
  if (line.depthOut < 0 && line.depthIn >= 0 && !fr.depthReported) {
    fr.depthReported = true;
    const at = findStrayEnd(fr.file.text, base, lineContentEnd(tree, i));
    sink.add({
      path,
      start: at,
      end: at + 3,
      code: 'block-comment-stray-end',
      msg: msg('block-comment-stray-end'),
    });
  }
}

/** `#include`, `#tryinclude`, `#exec` or an unknown `#word`. */
function readDirective(st: LoadState, fr: FileRead, i: number, line: Line, base: number): void {
  const { sink } = st;
  const d = line.directive!;
  const name = d.name.toLowerCase();
  const range = { path: fr.file.path, start: base + line.codeStart, end: base + line.codeEnd };
  if (name === 'include' || name === 'tryinclude') {
    if (d.arg === '')
      sink.add({
        ...range,
        code: 'directive-missing-argument',
        msg: msg('directive-missing-argument/include', { directive: d.name }),
      });
    else readInclude(st, fr, i, base, d, readFile);
  } else if (name === 'exec') {
    if (d.arg === '')
      sink.add({
        ...range,
        code: 'directive-missing-argument',
        msg: msg('directive-missing-argument/exec'),
      });
    else
      sink.add({
        ...range,
        code: 'exec-not-checked',
        msg: msg('exec-not-checked'),
      });
  } else {
    sink.add({
      ...range,
      code: 'unknown-directive',
      msg: msg('unknown-directive', { directive: d.name }),
    });
  }
}

/** `key = value` (or `key => value`) and `key += more`. */
function readAssignment(st: LoadState, fr: FileRead, i: number, line: Line, base: number): void {
  const { sink } = st;
  const a = line.assignment!;
  const cat = fr.cat;
  if (!cat) {
    sink.add({
      path: fr.file.path,
      start: base + line.codeStart,
      end: base + line.codeEnd,
      code: 'syntax-no-section',
      msg: msg('syntax-no-section', { stops: stopsReading(st, fr) }),
    });
    fatal(st, fr);
    return;
  }
  if (a.key === '') {
    sink.add(missingName(fr.file.path, line, base));
    return;
  }
  const block = fr.block!;
  const entry = new OptionEntry(fr.file, i, a, block, fr.dead);
  if (block.own === NO_ITEMS) block.own = []; // grown by push, then cut to size by compactLists
  block.own.push(entry);
  // A line Asterisk never reads is not in the variables of a section it reads (a section after the fatal line is
  // dead itself and keeps its lines, for the editor).
  if (entry.dead && !cat.dead) return;
  if (a.op !== '+=') {
    cat.vars.push(entry);
    return;
  }
  let k = -1;
  for (let j = cat.vars.length - 1; j >= 0; j--)
    if (cat.vars[j].name === a.key) {
      k = j;
      break;
    }
  if (k >= 0) {
    const old = cat.vars[k];
    const v: Variable = {
      name: old.name,
      value: (old.value + a.value).trimEnd().trimStart(),
      entry: old.entry,
      extendedBy: [...(old.extendedBy ?? []), entry],
    };
    cat.vars[k] = v;
    return;
  }
  cat.vars.push({ name: a.key, value: a.value.trim(), entry });
}

/** A line that is neither a header, a directive nor an assignment. */
function readText(st: LoadState, fr: FileRead, line: Line, base: number): void {
  const { sink } = st;
  const range = { path: fr.file.path, start: base + line.codeStart, end: base + line.codeEnd };
  if (!fr.cat) {
    sink.add({
      ...range,
      code: 'syntax-no-section',
      msg: msg('syntax-no-section', { stops: stopsReading(st, fr) }),
    });
    fatal(st, fr);
  } else if (line.badEscape) {
    sink.add({
      ...range,
      code: 'syntax-invalid-escape',
      msg: msg('syntax-invalid-escape', { file: fileRole(st, fr) }),
    });
    fatal(st, fr);
  } else {
    sink.add(missingEquals(fr.file.path, line, base));
  }
}

/** A line under a header with a value and no name (`=x`): Asterisk skips it. */
export function missingName(path: string, line: Line, base: number): FindingInput<Problem> {
  return {
    path,
    start: base + line.codeStart,
    end: base + line.codeEnd,
    code: 'syntax-missing-name',
    msg: msg('syntax-missing-name'),
  };
}

/** A line under a header without `=`: Asterisk skips it. */
export function missingEquals(path: string, line: Line, base: number): FindingInput<Problem> {
  return {
    path,
    start: base + line.codeStart,
    end: base + line.codeEnd,
    code: 'syntax-missing-equals',
    msg: msg('syntax-missing-equals'),
  };
}

/** After the last line: where each header block ends, and a block comment still open at the end of the file. */
function finishFile(st: LoadState, fr: FileRead): void {
  const { file, blocks } = fr;
  const lines = file.tree.lines;
  // Section blocks end where the next header (or the file) starts.
  for (let k = 0; k < blocks.length; k++)
    blocks[k].lastLine = k + 1 < blocks.length ? blocks[k + 1].line - 1 : lines.length - 1;
  const known = st.blocksOfFile.get(file);
  if (known) known.push(...blocks);
  else st.blocksOfFile.set(file, blocks);
  const lastLine = lines[lines.length - 1];
  if (lastLine && lastLine.depthOut > 0) {
    const open = findUnclosedOpener(file);
    if (open >= 0)
      st.sink.add({
        path: file.path,
        start: open,
        end: open + 3,
        code: 'block-comment-unterminated',
        msg: msg('block-comment-unterminated'),
      });
  }
}

/** Absolute offset of the first `--;` on the line that sent the comment counter negative. */
function findStrayEnd(text: string, start: number, end: number): number {
  const i = text.indexOf('--;', start);
  return i >= 0 && i < end ? i : start;
}

/** Offset of the outermost `;--` that is still open at the end of the file. */
function findUnclosedOpener(file: SourceFile): number {
  const { lines, lineStarts } = file.tree;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.depthIn <= 0 && l.depthOut > 0) {
      const base = lineStarts[i];
      for (const c of l.comments) if (c.block && file.text.startsWith(';--', base + c.start)) return base + c.start;
      return base;
    }
  }
  return -1;
}

export type { SectionItem };
