// The LSP rows of the benchmark, through the built server over stdio as an editor runs it: didOpen until the
// first diagnostics; typing (one character per change, each waited for until the diagnostics of its version) in
// a value, in an endpoint's option name, in the option name of a template 2,000 endpoints inherit and in a wizard's
// key; and the latency of completion, hover and definition once the analysis is there. The server's trace line
// of each analysis gives whether it was updated in place and the time of each stage.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { StdioClient } from './lspClient.mjs';
import { middlePlaces, positionAt, wizardPlace } from './generate.mjs';

const SERVER = resolve(import.meta.dirname, '../../server/out/server.js');
/** Between the diagnostics of one keystroke and the next keystroke (a fast typist's pause). */
const TYPING_PAUSE_MS = 30;

export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
}
export function median(xs) {
  return percentile(xs, 0.5);
}

/**
 * The typing cases: where the keystrokes go (a file of the set and an offset in it) and what they are. Each
 * inserts `x` at the place and deletes it again, so the text alternates between two states: `callerid="User x…`,
 * `aorxs=` (the endpoint fails to load: an unknown option), `direct_mxedia=` in a template (its endpoints fail),
 * `endpoint/alxlow=` in a wizard (the endpoint it generates fails).
 */
const CASES = [
  { name: 'value', file: 'pjsip.conf', place: (t) => middlePlaces(t).callerValue },
  { name: 'endpoint', file: 'pjsip.conf', place: (t) => middlePlaces(t).aorsKey },
  { name: 'template', file: 'pjsip.conf', place: (t) => middlePlaces(t).templateKey },
  { name: 'wizard', file: 'pjsip_wizard.conf', place: wizardPlace },
];

/** `Updated …` / `Analysed …` trace lines: in place or not, and the stage times in brackets. */
function readTrace(message) {
  const m = /^(Updated|Analysed) .* in (\d+\.\d) ms(?: \(in full: (.*?)\))?(?: \[([^\]]*)\])?$/.exec(message);
  if (!m) return undefined;
  const stages = {};
  for (const [, k, v] of (m[4] ?? '').matchAll(/(\w+) (\d+(?:\.\d+)?)/g)) stages[k] = Number(v);
  return { inPlace: m[1] === 'Updated', ms: Number(m[2]), why: m[3], stages };
}

/** One server session on `text` (pjsip.conf) and `wizard` (pjsip_wizard.conf) in a fresh config folder. */
export async function measureLsp(text, wizard, { keystrokes = 20, requests = 40 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pjsip-bench-'));
  const texts = { 'pjsip.conf': text, 'pjsip_wizard.conf': wizard };
  for (const [name, t] of Object.entries(texts)) writeFileSync(join(dir, name), t);
  const uriOf = (name) => pathToFileURL(join(dir, name)).toString();
  const uri = uriOf('pjsip.conf');
  // PJSIP_BENCH_NODE_ARGS: extra node flags for the server (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
  const nodeArgs = (process.env.PJSIP_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const client = new StdioClient(process.execPath, [...nodeArgs, SERVER, '--stdio']);
  const traces = [];
  client.onNotification('$/logTrace', (p) => {
    const t = readTrace(p.message);
    if (t) traces.push(t);
  });
  try {
    await client.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'bench' },
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: {} },
      },
      trace: 'verbose',
    });
    client.notify('initialized', {});
    const versions = {};
    const diagsOf = (u, version) =>
      client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === u && p.version === version);
    /** Waits (a little) for the trace line of an analysis after the `seen`th. */
    const traceAfter = async (seen) => {
      for (let k = 0; k < 200 && traces.length === seen; k++) await sleep(5);
      return traces[traces.length - 1];
    };
    /** Opens a file of the set; resolves with the ms until its first diagnostics. */
    const open = async (name) => {
      versions[name] = 1;
      const wait = diagsOf(uriOf(name), 1);
      const seen = traces.length;
      const t = performance.now();
      client.notify('textDocument/didOpen', {
        textDocument: { uri: uriOf(name), languageId: 'pjsip', version: 1, text: texts[name] },
      });
      await wait;
      const ms = performance.now() - t;
      await traceAfter(seen); // the trace line follows the diagnostics: not to be taken for the next edit's
      return ms;
    };
    /** One change to an open file; resolves with the ms until the diagnostics of its version, and its trace. */
    const change = async (name, start, end, insert) => {
      const version = ++versions[name];
      const wait = diagsOf(uriOf(name), version);
      const seen = traces.length;
      const t = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri: uriOf(name), version },
        contentChanges: [{ range: { start, end }, text: insert }],
      });
      await wait;
      const ms = performance.now() - t;
      // the trace line follows the diagnostics (it carries the time they took to publish)
      return { ms, trace: await traceAfter(seen) };
    };
    /** `keystrokes` changes at one place: `x` typed, then deleted, alternately. */
    const type = async (name, offset) => {
      const at = positionAt(texts[name], offset);
      const after = { line: at.line, character: at.character + 1 };
      const ms = [];
      const runs = [];
      for (let k = 0; k < keystrokes; k++) {
        const r = k % 2 === 0 ? await change(name, at, at, 'x') : await change(name, at, after, '');
        ms.push(r.ms);
        runs.push(r.trace);
        await sleep(TYPING_PAUSE_MS);
      }
      if (process.env.PJSIP_BENCH_DEBUG) console.error(name, ms.map((x) => x.toFixed(1)).join(' '));
      return summarize(ms, runs);
    };

    const openMs = await open('pjsip.conf');
    const typing = {};
    for (const c of CASES.filter((x) => x.file === 'pjsip.conf')) typing[c.name] = await type(c.file, c.place(text));
    const timed = async (method, offset) => {
      const position = positionAt(text, offset);
      const xs = [];
      for (let k = 0; k < 2; k++) await client.request(method, { textDocument: { uri }, position }); // warm-up
      for (let k = 0; k < requests; k++) {
        const s = performance.now();
        await client.request(method, { textDocument: { uri }, position });
        xs.push(performance.now() - s);
      }
      if (process.env.PJSIP_BENCH_DEBUG) console.error(method, xs.map((x) => x.toFixed(1)).join(' '));
      return percentile(xs, 0.95);
    };
    // The first request after an edit also pays for what the analysis computes on demand.
    const places = middlePlaces(text);
    const at = positionAt(text, places.callerValue);
    await change('pjsip.conf', at, at, 'y');
    let t = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: positionAt(text, places.authValue) });
    const firstRequestMs = performance.now() - t;
    const completionP95 = await timed('textDocument/completion', places.authValue);
    const hoverP95 = await timed('textDocument/hover', places.callerKey);
    const definitionP95 = await timed('textDocument/definition', places.authValue);
    await open('pjsip_wizard.conf');
    for (const c of CASES.filter((x) => x.file !== 'pjsip.conf')) typing[c.name] = await type(c.file, c.place(wizard));
    await client.stop();
    return {
      openMs,
      editMs: typing.value.median,
      editMaxMs: typing.value.max,
      typing,
      firstRequestMs,
      completionP95,
      hoverP95,
      definitionP95,
    };
  } finally {
    if (client.proc.exitCode === null) client.proc.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median and max of the keystrokes, the share updated in place, and the median of each stage the trace gave. */
function summarize(ms, runs) {
  const known = runs.filter(Boolean);
  const stages = {};
  for (const k of new Set(known.flatMap((r) => Object.keys(r.stages))))
    stages[k] = median(known.filter((r) => k in r.stages).map((r) => r.stages[k]));
  return {
    median: median(ms),
    max: Math.max(...ms),
    inPlace: known.length ? known.filter((r) => r.inPlace).length / known.length : undefined,
    inFull: [...new Set(known.filter((r) => !r.inPlace).map((r) => r.why))],
    analysis: known.length ? median(known.map((r) => r.ms)) : undefined,
    stages,
  };
}
