#!/usr/bin/env node
// Benchmark at 1k, 10k and 100k generated lines, every figure next to `ini.parse` of the same text measured in the
// same run (machines differ, so ratios are what to compare). Run `npm run bench` (builds first).
//   node scripts/bench.mjs [--sizes 1000,10000,100000] [--runs N] [--json] [--no-lsp]
// Rows: full analysis (parse + model + every rule); one edit, the analysis updated in place and analysed in full; retained heap of one
// analysis; the fuzzer's worst case (one empty section per line, each a diagnostic; the fuzzer allows 1 s a
// call); through the built server over stdio: didOpen -> first diagnostics, typing one character at a time -> the
// diagnostics of each version (debounce included) in a value, an endpoint's option name, a template's and a
// wizard's (with the share updated in place and the server's time per stage), completion / hover / definition p95.
//   --keystrokes N (per typing case, default 20); --lsp-only skips the in-process rows.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cpus, totalmem } from 'node:os';
import { generate, generateWizard, middlePlaces } from './bench/generate.mjs';
import { measureLsp } from './bench/lsp.mjs';

const require = createRequire(import.meta.url);
const ini = require('ini');
const { parse, applyEdit } = require('../out/server/src/syntax/index.js');
const { analyze } = require('../out/server/src/analysis/analyze.js');
const { reanalyze } = require('../out/server/src/analysis/incremental.js');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const argv = process.argv.slice(2);
const arg = (name, d) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : d;
};
const SIZES = String(arg('--sizes', '1000,10000,100000')).split(',').map(Number);
const RUNS = Number(arg('--runs', 7));
const JSON_OUT = argv.includes('--json');
const LSP = !argv.includes('--no-lsp');
const CORE = !argv.includes('--lsp-only');
const KEYSTROKES = Number(arg('--keystrokes', 20));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function time(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const options = { configDir: '/etc/asterisk', roots: [{ path: '/etc/asterisk/pjsip.conf', kind: 'pjsip' }] };
const provider = (file) => ({ read: (p) => (p === file.path ? file : undefined), listDir: () => undefined });
const fileOf = (text, tree = parse(text)) => ({ path: '/etc/asterisk/pjsip.conf', text, tree });

/** In-process rows, ini.parse and the analysis alternating run by run. */
function measureCore(text) {
  const runs = Math.max(3, Math.round(RUNS * Math.min(10, 100000 / text.split('\n').length) ** 0.5));
  for (let k = 0; k < 2; k++) {
    ini.parse(text);
    analyze(options, provider(fileOf(text)));
  }
  // before the edit loops: what they leave for the collector moved the figure by several MB either way
  const heapMB = retainedHeap(text);
  const iniT = [],
    parseT = [],
    fullT = [],
    editFullT = [],
    editT = [];
  const tree0 = parse(text);
  let fullTree = parse(text);
  const at = middlePlaces(text).callerValue;
  let a;
  for (let k = 0; k < runs; k++) {
    iniT.push(time(() => ini.parse(text)));
    parseT.push(time(() => parse(text)));
    fullT.push(
      time(() => {
        a = analyze(options, provider(fileOf(text)));
      }),
    );
    editFullT.push(
      time(() => {
        // typed on the text the last edit left ('x', then deleted again), as an editor edits the newest parse
        fullTree = applyEdit(
          fullTree,
          k % 2 ? { start: at, end: at + 1, text: '' } : { start: at, end: at, text: 'x' },
        );
        analyze(options, provider(fileOf(fullTree.text, fullTree)));
      }),
    );
  }
  // The edit path: the last analysis updated in place, the next edit made to the text it left ('x' typed, then
  // deleted again), incremental parse included.
  let cur = analyze(options, provider(fileOf(text, tree0)));
  let tree = tree0;
  for (let k = 0; k < runs * 2; k++) {
    editT.push(
      time(() => {
        tree = applyEdit(tree, k % 2 ? { start: at, end: at + 1, text: '' } : { start: at, end: at, text: 'x' });
        const r = reanalyze(cur, fileOf(tree.text, tree));
        if ('fallback' in r) throw new Error(`the bench edit fell back to a full analysis: ${r.fallback}`);
        cur = r.analysis;
      }),
    );
  }
  cur = undefined;
  const counts = { objects: a.objects.length, diagnostics: a.diagnostics.length };
  a = undefined;
  // The fuzzer's worst case: as many empty sections as the config has lines, each one a diagnostic.
  const empty = Array.from({ length: text.split('\n').length }, (_, i) => `[s${i}]\n`).join('');
  const emptyT = [],
    emptyIniT = [];
  for (let k = 0; k < Math.min(runs, 5); k++) {
    emptyIniT.push(time(() => ini.parse(empty)));
    emptyT.push(time(() => analyze(options, provider(fileOf(empty)))));
  }
  return {
    runs,
    ini: median(iniT),
    iniMin: Math.min(...iniT),
    parse: median(parseT),
    full: median(fullT),
    fullMin: Math.min(...fullT),
    edit: median(editT),
    editFull: median(editFullT),
    emptySections: median(emptyT),
    emptySectionsIni: median(emptyIniT),
    ...counts,
    heapMB,
  };
}

/** Heap still in use with one analysis (and its parsed text) held, over the heap without it, in MB. */
function retainedHeap(text) {
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  let held = analyze(options, provider(fileOf(text)));
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (!held.objects) throw new Error('unreachable');
  held = undefined;
  return (after - before) / 2 ** 20;
}

const results = [];
for (const lines of SIZES) {
  const text = generate(lines);
  const core = CORE ? measureCore(text) : {};
  const lsp = LSP ? await measureLsp(text, generateWizard(lines), { keystrokes: KEYSTROKES }) : undefined;
  results.push({ lines, bytes: text.length, ...core, lsp });
}

const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? '?',
  memGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
const scaling = (key) => {
  const a = results.find((r) => r.lines === 10000),
    b = results.find((r) => r.lines === 100000);
  return a && b ? key(b) / key(a) : undefined;
};
const summary = {
  machine,
  sizes: results,
  scaling: { full: scaling((r) => r.full), open: LSP ? scaling((r) => r.lsp.openMs) : undefined },
};

if (JSON_OUT) console.log(JSON.stringify(summary, null, 2));
else printTable();

function printTable() {
  const f = (x, d = 1) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(d));
  const cases = LSP ? Object.keys(results[0].lsp.typing) : [];
  const rows = [
    ...(CORE
      ? [
          ['ini.parse (baseline), ms', (r) => f(r.ini)],
          ['parse (lossless tree) / ini.parse', (r) => f(r.parse / r.ini, 2)],
          [
            'full analysis / ini.parse (target <= 1.0)',
            (r) => `${f(r.full / r.ini, 2)} (min ${f(r.fullMin / r.iniMin, 2)})`,
          ],
          ['one edit, analysis updated in place / ini.parse', (r) => f(r.edit / r.ini, 2)],
          ['one edit, analysed again in full / ini.parse', (r) => f(r.editFull / r.ini, 2)],
          ['retained heap, MB (target <= 40 at 100k)', (r) => f(r.heapMB)],
          [
            'empty sections, one per line: ms / ini.parse',
            (r) => `${f(r.emptySections, 0)} / ${f(r.emptySections / r.emptySectionsIni, 1)}`,
          ],
        ]
      : []),
    ...(LSP
      ? [
          ['didOpen -> diagnostics, ms', (r) => f(r.lsp.openMs, 0)],
          ...(CORE ? [['didOpen -> diagnostics / ini.parse (<= 2)', (r) => f(r.lsp.openMs / r.ini, 2)]] : []),
          ...cases.map((c) => [
            `typing (${c}) -> diagnostics, median (max) ms`,
            (r) => `${f(r.lsp.typing[c].median)} (${f(r.lsp.typing[c].max, 0)})`,
          ]),
          ...cases.map((c) => [
            `typing (${c}): updated in place, %`,
            (r) => f(r.lsp.typing[c].inPlace === undefined ? undefined : 100 * r.lsp.typing[c].inPlace, 0),
          ]),
          ['first hover after an edit, ms', (r) => f(r.lsp.firstRequestMs)],
          ['completion p95, ms (< 10)', (r) => f(r.lsp.completionP95)],
          ['hover p95, ms (< 10)', (r) => f(r.lsp.hoverP95)],
          ['definition p95, ms (< 10)', (r) => f(r.lsp.definitionP95)],
        ]
      : []),
  ];
  console.log(`machine: ${machine.cpus} cores (${machine.cpu}), ${machine.memGB} GB, node ${machine.node}`);
  console.log(`${'lines'.padEnd(46)}${results.map((r) => String(r.lines).padStart(18)).join('')}`);
  if (CORE)
    console.log(
      `${'objects / diagnostics'.padEnd(46)}${results.map((r) => `${r.objects} / ${r.diagnostics}`.padStart(18)).join('')}`,
    );
  for (const [name, cell] of rows)
    console.log(`${name.padEnd(46)}${results.map((r) => cell(r).padStart(18)).join('')}`);
  if (summary.scaling.full !== undefined)
    console.log(
      `scaling time(100k)/time(10k): full analysis ${f(summary.scaling.full, 1)}${LSP ? `, didOpen ${f(summary.scaling.open, 1)}` : ''} (target <= 11)`,
    );
  // the server's time per stage (medians over the keystrokes, from its trace line)
  for (const r of LSP ? results : [])
    for (const c of cases) {
      const st = r.lsp.typing[c].stages;
      const split = Object.entries(st).map(([k, v]) => `${k} ${f(v)}`);
      const full = r.lsp.typing[c].inFull?.length ? `; in full: ${r.lsp.typing[c].inFull.join('; ')}` : '';
      console.log(`stages at ${r.lines} (${c}), ms: ${split.join(', ') || '(no stage times in the trace)'}${full}`);
    }
}
