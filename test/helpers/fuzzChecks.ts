/**
 * The fuzzer's checks, shared by `scripts/fuzz.mjs` and the regression test (test/fuzz.test.ts). One input is a
 * config set (files by path under CONFIG_DIR) plus a list of edits to the first file. Each check returns the
 * failures it saw (never throws): an exception, a call over the time limit, a range outside its document, an
 * incremental result that differs from a full analysis, formatting that is not idempotent or changes more than
 * whitespace, a quick fix whose text cannot be analysed.
 */
import { isDeepStrictEqual } from 'node:util';
import * as ini from 'ini';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeFolder, type Analysis } from '../../server/src/analysis/analyze';
import * as F from '../../server/src/features';
import type { SourceFile } from '../../server/src/model/types';
import { applyEdit, parse, type SyntaxTree } from '../../server/src/syntax';
import { reanalyze } from '../../server/src/analysis/incremental';
import { CONFIG_DIR, memoryProvider } from './fixture';

/** An LSP-style edit: a range of (line, UTF-16 character) positions and the new text. */
export interface FuzzEdit {
  start: { line: number; character: number };
  end: { line: number; character: number };
  text: string;
}

export interface FuzzInput {
  /** Files by absolute path; the first one is edited and queried. */
  files: Record<string, string>;
  edits: FuzzEdit[];
  /** Offsets (in the text after the edits) at which every position feature is asked. */
  probes: number[];
  /** Short description of how the input was made (kept in regression files). */
  origin?: string;
}

export interface FuzzFailure {
  check: string;
  detail: string;
}

/**
 * A call that takes longer than this (wall time) did not return: the one speed judgement that holds on any machine.
 * How fast a call is belongs to `npm run bench`, as a ratio measured in one run.
 */
export const HANG_MS = 15_000;
/** A call under this (wall or CPU time) is never judged slow, whatever the reference workload says. */
export const CALL_LIMIT_MS = 1000;
/**
 * Longest a call may take as a multiple of the reference workload (`ini.parse` of a fixed 50,000-line config)
 * measured right after it, in the same process, under the same load. On an idle machine the reference takes about
 * 40 ms and the slowest pathological input (100,000 empty sections) 0.25-0.55 s, 6-14x; so only a call far outside
 * what the bench measures fails, however busy the machine is.
 */
export const REFERENCE_RATIO_LIMIT = 100;

const WS = /[ \t\r\n\v\f]/g;

let referenceText: string | undefined;

/** The fixed reference workload: phones written as the bench writes them (endpoint, auth and aor each). */
function reference(): string {
  if (referenceText !== undefined) return referenceText;
  const out: string[] = [];
  for (let i = 0; out.length < 50_000; i++) {
    out.push(`; phone ${i}`, `[${6000 + i}]`, 'type=endpoint', 'context=from-internal', 'disallow=all');
    out.push('allow=ulaw,alaw', `auth=${6000 + i}`, `aors=${6000 + i}`, '');
    out.push(`[${6000 + i}-auth]`, 'type=auth', 'auth_type=userpass', `username=${6000 + i}`, '');
  }
  return (referenceText = out.join('\n'));
}

/** The reference workload's time now, in ms (the median of three runs). */
export function referenceMs(): number {
  const text = reference();
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    ini.parse(text);
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[1];
}

/**
 * What a call's timing says: nothing, a hang (over `HANG_MS` of wall time), or slow (over `limitMs` in both wall and
 * CPU time and over `REFERENCE_RATIO_LIMIT` times the reference workload, which is timed only then).
 */
export function timingVerdict(
  ms: number,
  cpuMs: number,
  limitMs: number,
  reference: () => number,
): { check: string; detail: string } | undefined {
  if (ms > HANG_MS) return { check: 'no return from', detail: `${ms.toFixed(0)} ms (over ${HANG_MS} ms)` };
  const worked = Math.min(ms, cpuMs);
  if (worked <= limitMs) return undefined;
  const ref = reference();
  const ratio = worked / ref;
  if (ratio <= REFERENCE_RATIO_LIMIT) return undefined;
  return {
    check: 'slow',
    detail:
      `${ms.toFixed(0)} ms (${cpuMs.toFixed(0)} ms of CPU), ${ratio.toFixed(0)}x the reference workload ` +
      `(${ref.toFixed(1)} ms now; limit ${REFERENCE_RATIO_LIMIT}x)`,
  };
}

class Checker {
  readonly failures: FuzzFailure[] = [];
  constructor(private limitMs: number) {}

  /**
   * Run `fn`, recording an exception, a call that did not return within `HANG_MS`, or a slow call; undefined on
   * exception. A call is slow only when it took over `limitMs` in both wall and CPU time (a call that waited for a
   * core did not work that long) and over `REFERENCE_RATIO_LIMIT` times the reference workload timed right after
   * it: the fuzzer shares the machine with builds and editors, and CPU time grows under load too.
   */
  call<T>(what: string, fn: () => T): T | undefined {
    const t = performance.now();
    const cpu = process.cpuUsage();
    try {
      return fn();
    } catch (e) {
      this.fail(`exception in ${what}`, String((e as Error).stack ?? e).slice(0, 2000));
      return undefined;
    } finally {
      const ms = performance.now() - t;
      const used = process.cpuUsage(cpu);
      const verdict = timingVerdict(ms, (used.user + used.system) / 1000, this.limitMs, referenceMs);
      if (verdict) this.fail(`${verdict.check} ${what}`, verdict.detail);
    }
  }

  fail(check: string, detail: string): void {
    if (this.failures.length < 20) this.failures.push({ check, detail });
  }

  span(what: string, texts: (path: string) => string | undefined, path: string, start: number, end: number): void {
    const text = texts(path);
    if (text === undefined) {
      this.fail(`${what}: unknown file`, path);
      return;
    }
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      this.fail(`${what}: range outside the document`, `${path} [${start}, ${end}) of ${text.length}`);
    }
  }
}

function analyse(files: Map<string, string>, overlay?: SourceFile): Analysis {
  const base = memoryProvider(files);
  const provider = overlay
    ? { read: (p: string) => (p === overlay.path ? overlay : base.read(p)), listDir: (d: string) => base.listDir(d) }
    : base;
  return analyzeFolder(
    CONFIG_DIR,
    provider,
    [...files.keys()].filter((p) => p.startsWith(CONFIG_DIR)),
  );
}

/** The diagnostics of an analysis as comparable plain data. */
function diagnosticsOf(a: Analysis): unknown[] {
  return a.diagnostics.map((d) => [
    d.path,
    d.start,
    d.end,
    d.code,
    d.severity,
    d.message,
    JSON.stringify(d.related ?? null),
    JSON.stringify(d.data ?? null),
  ]);
}

function sameTree(a: SyntaxTree, b: SyntaxTree): string | undefined {
  if (a.text !== b.text) return 'text';
  if (!isDeepStrictEqual([...a.lineStarts], [...b.lineStarts])) return 'line starts';
  if (a.lines.length !== b.lines.length) return 'line count';
  for (let i = 0; i < a.lines.length; i++) if (!isDeepStrictEqual(a.lines[i], b.lines[i])) return `line ${i}`;
  return undefined;
}

/** The tree's lines agree with LSP's (`\n`, `\r\n` and a lone `\r` each end a line). */
function sameLinesAsLsp(c: Checker, tree: SyntaxTree, doc: TextDocument): void {
  if (doc.lineCount !== tree.lines.length) {
    c.fail('line model', `LSP has ${doc.lineCount} lines, the tree ${tree.lines.length}`);
    return;
  }
  for (let i = 0; i < tree.lines.length; i += Math.max(1, Math.floor(tree.lines.length / 200))) {
    if (doc.offsetAt({ line: i, character: 0 }) !== tree.lineStarts[i]) {
      c.fail(
        'line model',
        `line ${i} starts at ${tree.lineStarts[i]}, LSP says ${doc.offsetAt({ line: i, character: 0 })}`,
      );
      return;
    }
  }
}

/**
 * Apply the edits LSP-style to the first file, incrementally, and compare with a full parse and analysis; the
 * analysis is also kept up to date edit by edit as the server keeps it (`reanalyze`, else in full).
 */
function checkIncremental(c: Checker, input: FuzzInput, path: string): SourceFile | undefined {
  let doc = TextDocument.create('file:///x', 'pjsip', 1, input.files[path]);
  let tree: SyntaxTree | undefined = c.call('parse', () => parse(doc.getText()));
  if (!tree) return undefined;
  const files = new Map(Object.entries(input.files));
  let kept: Analysis | undefined = c.call('analysis (before the edits)', () =>
    analyse(files, { path, text: tree!.text, tree: tree! }),
  );
  for (const e of input.edits) {
    const start = doc.offsetAt(e.start),
      end = doc.offsetAt(e.end);
    const next: SyntaxTree | undefined = c.call('applyEdit', () => applyEdit(tree!, { start, end, text: e.text }));
    if (!next) return undefined;
    tree = next;
    doc = TextDocument.update(doc, [{ range: { start: e.start, end: e.end }, text: e.text }], doc.version + 1);
    if (tree.text !== doc.getText()) {
      c.fail('incremental text', `after an edit at ${start}-${end} the tree's text differs from LSP's`);
      return undefined;
    }
    kept = kept && keepUpToDate(c, kept, files, { path, text: tree.text, tree });
  }
  sameLinesAsLsp(c, tree, doc);
  const fresh = c.call('parse', () => parse(tree.text));
  if (!fresh) return undefined;
  const diff = sameTree(tree, fresh);
  if (diff) c.fail('incremental parse differs from a full parse', diff);
  files.set(path, tree.text);
  const inc = c.call('analysis (incremental tree)', () => analyse(files, { path, text: tree.text, tree: tree }));
  const full = c.call('analysis (full parse)', () => analyse(files));
  if (inc && full && !isDeepStrictEqual(diagnosticsOf(inc), diagnosticsOf(full)))
    c.fail(
      'incremental analysis differs from a full analysis',
      `${inc.diagnostics.length} vs ${full.diagnostics.length} diagnostics`,
    );
  if (kept && full && !isDeepStrictEqual(diagnosticsOf(kept), diagnosticsOf(full)))
    c.fail(
      'the analysis updated edit by edit differs from a full analysis',
      `${kept.diagnostics.length} vs ${full.diagnostics.length} diagnostics`,
    );
  return { path, text: tree.text, tree };
}

/** The analysis after one more edit: updated in place when the model can take it, else analysed in full. */
function keepUpToDate(c: Checker, a: Analysis, files: Map<string, string>, file: SourceFile): Analysis | undefined {
  const r = c.call('reanalyze', () => reanalyze(a, file));
  if (!r) return undefined;
  if ('analysis' in r) return r.analysis;
  return c.call('analysis (after a fallback)', () => analyse(new Map(files).set(file.path, file.text), file));
}

function checkPositionFeatures(
  c: Checker,
  a: Analysis,
  file: SourceFile,
  offset: number,
  texts: (p: string) => string | undefined,
): void {
  const at = `at ${offset}`;
  for (const x of c.call(`complete ${at}`, () => F.complete(a, file, offset)) ?? [])
    c.span('completion', texts, file.path, x.start, x.end);
  const h = c.call(`hover ${at}`, () => F.hover(a, file, offset));
  if (h) c.span('hover', texts, file.path, h.start, h.end);
  for (const d of c.call(`definition ${at}`, () => F.definition(a, file, offset)) ?? []) {
    c.span('definition', texts, d.path, d.start, d.end);
    c.span('definition selection', texts, d.path, d.selStart, d.selEnd);
    c.span('definition origin', texts, file.path, d.originStart, d.originEnd);
  }
  for (const s of c.call(`references ${at}`, () => F.references(a, file, offset, true)) ?? [])
    c.span('references', texts, s.path, s.start, s.end);
  for (const s of c.call(`highlights ${at}`, () => F.highlights(a, file, offset)) ?? [])
    c.span('highlight', texts, s.span.path, s.span.start, s.span.end);
  const prep = c.call(`prepareRename ${at}`, () => F.prepareRename(a, file, offset));
  if (prep && 'span' in prep) c.span('prepareRename', texts, prep.span.path, prep.span.start, prep.span.end);
  const r = c.call(`rename ${at}`, () => F.rename(a, file, offset, 'renamed_x'));
  if (r && 'edits' in r) for (const e of r.edits) c.span('rename edit', texts, e.path, e.start, e.end);
}

function checkFileFeatures(c: Checker, a: Analysis, file: SourceFile, texts: (p: string) => string | undefined): void {
  const lines = file.tree.lines.length;
  for (const s of c.call('documentSymbols', () => F.documentSymbols(a, file)) ?? []) {
    c.span('symbol', texts, file.path, s.start, s.end);
    c.span('symbol selection', texts, file.path, s.selStart, s.selEnd);
  }
  for (const s of c.call('workspaceSymbols', () => F.workspaceSymbols(a, 'a')) ?? [])
    c.span('workspace symbol', texts, s.path, s.start, s.end);
  for (const f of c.call('foldingRanges', () => F.foldingRanges(a, file)) ?? []) {
    if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lines))
      c.fail('folding range outside the document', `${f.startLine}-${f.endLine} of ${lines}`);
  }
  for (const l of c.call('codeLenses', () => F.codeLenses(a, file)) ?? []) {
    c.span('code lens', texts, l.path, l.start, l.end);
    for (const s of l.locations) c.span('code lens location', texts, s.path, s.start, s.end);
  }
  for (const l of c.call('documentLinks', () => F.documentLinks(a, file)) ?? [])
    c.span('document link', texts, file.path, l.start, l.end);
  for (const d of a.diagnostics) c.span(`diagnostic ${d.code}`, texts, d.path, d.start, d.end);
}

/** Formatting is idempotent and changes only whitespace (whole file and a range). */
function checkFormatting(c: Checker, file: SourceFile, range: [number, number]): void {
  for (const opts of [{}, { startLine: range[0], endLine: range[1] }, { style: 'spaced' as const }]) {
    const edits = c.call('format', () => F.format(file, opts));
    if (!edits) continue;
    for (const e of edits) c.span('format edit', () => file.text, file.path, e.start, e.end);
    const once = c.call('applyEdits', () => F.applyEdits(file.text, edits));
    if (once === undefined) continue;
    if (once.replace(WS, '') !== file.text.replace(WS, ''))
      c.fail('formatting changed more than whitespace', JSON.stringify(opts));
    if ('startLine' in opts) continue; // the first pass moves lines, so the same range is other lines the second time
    const again = c.call('format (second pass)', () =>
      F.format({ path: file.path, text: once, tree: parse(once) }, opts),
    );
    if (again && F.applyEdits(once, again) !== once) c.fail('formatting is not idempotent', JSON.stringify(opts));
  }
}

/** Every quick fix gives text that parses and analyses (edits inside their files, none overlapping). */
function checkFixes(
  c: Checker,
  a: Analysis,
  file: SourceFile,
  files: Map<string, string>,
  probes: number[],
  limit: number,
): void {
  // as an editor asks: the diagnostics around the cursor (the first few of the file and those near a probe)
  const mine = a.diagnostics.filter((d) => d.path === file.path);
  const asked = [
    ...mine.slice(0, 4),
    ...mine.filter((d) => probes.some((o) => Math.abs(d.start - o) < 200)).slice(0, 20),
  ];
  const actions = c.call('codeActions', () => F.codeActions(a, file, asked)) ?? [];
  for (const act of actions.slice(0, limit)) {
    const next = new Map(files);
    const byPath = new Map<string, { start: number; end: number; newText: string }[]>();
    for (const e of act.edits) (byPath.get(e.path) ?? byPath.set(e.path, []).get(e.path)!).push(e);
    for (const [p, edits] of byPath) {
      const text = files.get(p);
      if (text === undefined) {
        c.fail('quick fix edits an unknown file', `${act.title}: ${p}`);
        continue;
      }
      const sorted = [...edits].sort((x, y) => x.start - y.start);
      sorted.forEach((e, i) => {
        c.span(`quick fix '${act.title}'`, () => text, p, e.start, e.end);
        if (i && e.start < sorted[i - 1].end) c.fail('quick fix edits overlap', act.title);
      });
      const out = c.call(`apply quick fix '${act.title}'`, () => F.applyEdits(text, edits));
      if (out !== undefined) next.set(p, out);
    }
    c.call(`analysis after quick fix '${act.title}'`, () => analyse(next));
  }
}

/** Run every check on one input; `limitMs` is the per-call budget. */
export function checkInput(input: FuzzInput, opts: { limitMs?: number; fixes?: number } = {}): FuzzFailure[] {
  const c = new Checker(opts.limitMs ?? CALL_LIMIT_MS);
  const path = Object.keys(input.files)[0];
  const file = checkIncremental(c, input, path);
  if (!file) return c.failures;
  const files = new Map(Object.entries(input.files)).set(path, file.text);
  const a = c.call('analysis', () => analyse(files, file));
  if (!a) return c.failures;
  const texts = (p: string) => (p === path ? file.text : (a.files.get(p)?.text ?? files.get(p)));
  for (const o of input.probes) checkPositionFeatures(c, a, file, Math.min(o, file.text.length), texts);
  checkFileFeatures(c, a, file, texts);
  const lines = file.tree.lines.length;
  const from = input.probes.length ? Math.min(lines - 1, input.probes[0] % lines) : 0;
  checkFormatting(c, file, [from, Math.min(lines - 1, from + 5)]);
  checkFixes(c, a, file, files, input.probes, file.text.length > 100_000 ? 2 : (opts.fixes ?? 8));
  return c.failures;
}
