#!/usr/bin/env node
// Benchmark: analysis of a generated 100,000-line config set, reported as ratios against `ini.parse` of the same
// text measured in the same run (no absolute thresholds: machines differ). Run `npm run bench`.
//   node scripts/bench.mjs [--lines N] [--runs N]
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const ini = require('ini');
const { parse, applyEdit } = require('../out/server/src/syntax/index.js');
const { analyze } = require('../out/server/src/analysis/analyze.js');

const arg = (name, d) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : d; };
const LINES = arg('--lines', 100000);
const RUNS = arg('--runs', 7);

/** A realistic config: templates, phones (endpoint + auth + aor), trunks, comments. */
export function generate(lines) {
  const out = ['; generated for the benchmark', '[transport-udp]', 'type=transport', 'protocol=udp', 'bind=0.0.0.0', '',
    '[phone-tpl](!)', 'type=endpoint', 'context=from-internal', 'disallow=all', 'allow=ulaw,alaw,g722', 'direct_media=no', 'rtp_symmetric=yes', '',
    '[aor-tpl](!)', 'type=aor', 'max_contacts=1', 'remove_existing=yes', 'qualify_frequency=60', ''];
  let i = 0;
  while (out.length < lines) {
    const n = 100000 + i++;
    out.push(`; desk phone ${n}`, `[${n}](phone-tpl)`, `auth=${n}`, `aors=${n}`, `callerid="User ${n}" <${n}>`, `mailboxes=${n}@default`, '',
      `[${n}]`, 'type=auth', 'auth_type=digest', `username=${n}`, `password=secret${n} ; rotate yearly`, '', `[${n}](aor-tpl)`, '');
  }
  return out.slice(0, lines).join('\n') + '\n';
}

function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }
function time(fn) { const t = performance.now(); fn(); return performance.now() - t; }

const text = generate(LINES);
const provider = (t) => {
  const file = { path: '/etc/asterisk/pjsip.conf', text: t.text ?? t, tree: t.tree ?? parse(t) };
  return { read: (p) => (p === file.path ? file : undefined), listDir: () => undefined };
};
const options = { configDir: '/etc/asterisk', roots: [{ path: '/etc/asterisk/pjsip.conf', kind: 'pjsip' }] };

// warm up
for (let k = 0; k < 2; k++) { ini.parse(text); analyze(options, provider(text)); }

const iniT = [], parseT = [], fullT = [], editT = [];
let diags = 0, objects = 0;
const tree0 = parse(text);
for (let k = 0; k < RUNS; k++) {
  iniT.push(time(() => ini.parse(text)));
  parseT.push(time(() => parse(text)));
  fullT.push(time(() => { const a = analyze(options, provider(text)); diags = a.diagnostics.length; objects = a.objects.length; }));
  const at = text.indexOf('context=from-internal') + 8;
  editT.push(time(() => { const tree = applyEdit(tree0, { start: at, end: at + 4, text: 'to' }); analyze(options, provider({ text: tree.text, tree })); }));
}
const base = median(iniT), baseMin = Math.min(...iniT);
const row = (name, xs) => console.log(`${name.padEnd(46)} ${median(xs).toFixed(1).padStart(8)} ms  ${(median(xs) / base).toFixed(2)}x   (fastest ${Math.min(...xs).toFixed(1).padStart(6)} ms  ${(Math.min(...xs) / baseMin).toFixed(2)}x)`);
console.log(`config: ${LINES} lines, ${(text.length / 1e6).toFixed(1)} MB, ${objects} objects, ${diags} diagnostics; ${RUNS} runs`);
console.log(`${''.padEnd(46)}   median  vs ini.parse   (fastest run, vs fastest ini.parse)`);
row('ini.parse (baseline)', iniT);
row('parse (lossless tree)', parseT);
row('full analysis (parse + model + all rules)', fullT);
row('one edit: incremental re-parse + re-analysis', editT);
