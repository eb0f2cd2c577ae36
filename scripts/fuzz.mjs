#!/usr/bin/env node
// The fuzzer: `npm run fuzz -- --seconds N --seed S [--stdio-share 0.2] [--limit-ms 1000] [--no-save]`.
// Drives the compiled core in-process (out/server/src) with grammar-aware mutations of the corpus, random bytes
// and pathological inputs, checking every call (test/helpers/fuzzChecks.ts); for part of the time it drives the
// built server over stdio instead (bursts of incremental edits, requests at random and past-the-end positions,
// diagnostics after the edits compared with those of a fresh open). Every failing input is saved under
// test/fixtures/fuzz/ and replayed by test/fuzz.test.ts from then on. Ends with `N inputs, N failures`.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { checkInput, HANG_MS } = require(path.join(root, 'out/test/helpers/fuzzChecks.js'));
const { rng, loadCorpus, nextInput, randomEdits } = require(path.join(root, 'out/test/helpers/fuzzInputs.js'));
const { LspClient, uri } = require(path.join(root, 'out/test/helpers/lsp.js'));
const { TextDocument } = require('vscode-languageserver-textdocument');

function args() {
  const a = process.argv.slice(2);
  const get = (name, dflt) => {
    const i = a.indexOf(`--${name}`);
    return i >= 0 ? a[i + 1] : dflt;
  };
  return {
    seconds: Number(get('seconds', '60')),
    seed: Number(get('seed', String(Date.now() % 1e9))),
    stdioShare: Number(get('stdio-share', '0.2')),
    limitMs: Number(get('limit-ms', '1000')),
    save: !a.includes('--no-save'),
  };
}

const opts = args();
const corpus = loadCorpus(root);
const failDir = path.join(root, 'test/fixtures/fuzz');
let inputs = 0,
  failures = 0,
  stdioInputs = 0;

function report(input, found, where) {
  failures++;
  const name = `${where}-seed${opts.seed}-${inputs}`;
  console.log(
    `FAIL ${name} (${input.origin ?? '?'}): ${found.map((f) => `${f.check}: ${f.detail.split('\n')[0]}`).join('; ')}`,
  );
  if (opts.save) {
    fs.mkdirSync(failDir, { recursive: true });
    fs.writeFileSync(path.join(failDir, `${name}.json`), `${JSON.stringify({ ...input, failures: found }, null, 1)}\n`);
  }
}

// ---- over stdio: the real server process ----

const REQUESTS = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/documentHighlight',
  'textDocument/prepareRename',
  'textDocument/rename',
];
const WHOLE = [
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'textDocument/codeLens',
  'textDocument/documentLink',
  'textDocument/formatting',
  'textDocument/codeAction',
];

/** Every range in a response lies inside the document (LSP lines and characters). */
function rangesInside(value, doc, found, what) {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) rangesInside(v, doc, found, what);
    return;
  }
  if (value.start && value.end && typeof value.start.line === 'number') {
    for (const p of [value.start, value.end]) {
      const line = doc
        .getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } })
        .replace(/\r?\n$|\r$/, '');
      if (p.line < 0 || p.line >= doc.lineCount || p.character < 0 || p.character > line.length)
        found.push({ check: `${what}: range outside the document`, detail: JSON.stringify(value) });
    }
    return;
  }
  for (const [k, v] of Object.entries(value))
    if (k !== 'changes' && k !== 'relatedInformation' && k !== 'targetUri') rangesInside(v, doc, found, what);
}

/** A request's answer; no answer within the hang bound is a failure (how fast it answers is the bench's business). */
async function timed(found, what, promise) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), HANG_MS);
  });
  try {
    const r = await Promise.race([
      promise.then(
        (v) => ({ v }),
        (e) => ({ e }),
      ),
      timeout,
    ]);
    if (r === 'timeout') {
      found.push({ check: `no answer to ${what}`, detail: `in ${HANG_MS / 1000} s` });
      return undefined;
    }
    if (r.e && ![-32803, -32800].includes(r.e.code))
      found.push({ check: `error answer to ${what}`, detail: `${r.e.code} ${r.e.message}` });
    return r.v;
  } finally {
    clearTimeout(timer);
  }
}

const plain = (ds) => JSON.stringify((ds ?? []).map((d) => [d.range, d.code, d.severity, d.message]));

let nextVersion = 0;

async function stdioInput(lsp, dir, input, r) {
  const found = [];
  const [main, ...others] = Object.keys(input.files);
  for (const p of others) {
    const to = path.join(dir, path.relative('/etc/asterisk', p));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, input.files[p]);
  }
  const u = uri(path.join(dir, 'pjsip.conf'));
  // versions rise across inputs too, so a late publish for an earlier input can never pass for this one
  let version = (nextVersion += 100_000);
  lsp.notifications.length = 0;
  let doc = TextDocument.create(u, 'pjsip', version, input.files[main]);
  lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version, text: doc.getText() } });
  const edits = input.edits.length > 20 ? input.edits : randomEdits(r, doc.getText(), 20 + Math.floor(r() * 200));
  // a burst: one change notification per edit, no waiting
  for (const e of edits) {
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: u, version: ++version },
      contentChanges: [{ range: { start: e.start, end: e.end }, text: e.text }],
    });
    doc = TextDocument.update(doc, [{ range: { start: e.start, end: e.end }, text: e.text }], version);
  }
  const lines = doc.lineCount;
  for (let k = 0; k < 8; k++) {
    const method = k < 6 ? REQUESTS[Math.floor(r() * REQUESTS.length)] : WHOLE[Math.floor(r() * WHOLE.length)];
    const position =
      r() < 0.15
        ? { line: lines + Math.floor(r() * 5), character: Math.floor(r() * 500) }
        : doc.positionAt(Math.floor(r() * (doc.getText().length + 1)));
    const params = {
      textDocument: { uri: u },
      position,
      newName: 'renamed_x',
      context: { includeDeclaration: true, diagnostics: [] },
      range: { start: position, end: position },
      options: { tabSize: 4, insertSpaces: true },
    };
    const res = await timed(found, method, lsp.request(method, params));
    rangesInside(res, doc, found, method);
  }
  // the published diagnostics for the final version equal those of a fresh open of the same text
  const incremental = await settled(lsp, u, version);
  lsp.notify('textDocument/didClose', { textDocument: { uri: u } });
  lsp.notify('textDocument/didOpen', {
    textDocument: { uri: u, languageId: 'pjsip', version: version + 1, text: doc.getText() },
  });
  const fresh = await settled(lsp, u, version + 1);
  if (incremental !== undefined && fresh !== undefined && plain(incremental) !== plain(fresh))
    found.push({
      check: 'server: incremental diagnostics differ from a fresh open',
      detail: `${incremental.length} vs ${fresh.length}`,
    });
  if (incremental === undefined || fresh === undefined)
    found.push({ check: 'server: no diagnostics published', detail: `version ${version}` });
  lsp.notify('textDocument/didClose', { textDocument: { uri: u } });
  for (const p of others) fs.rmSync(path.join(dir, path.relative('/etc/asterisk', p)), { force: true });
  if (lsp.exitCode !== null) found.push({ check: 'server exited', detail: lsp.stderr.slice(-1000) });
  return found;
}

/** The diagnostics the server publishes for `version` of the document (waits up to the hang bound). */
async function settled(lsp, u, version) {
  const last = lsp.notifications
    .filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === u)
    .pop();
  if (last && last.params.version === version) return last.params.diagnostics;
  lsp.notifications.length = 0;
  const deadline = Date.now() + HANG_MS;
  while (Date.now() < deadline) {
    const p = await Promise.race([
      lsp.waitFor('textDocument/publishDiagnostics', (x) => x.uri === u && x.version === version),
      new Promise((res) => setTimeout(() => res(undefined), deadline - Date.now())),
    ]);
    if (p) return p.diagnostics;
  }
  return undefined;
}

// ---- main loop ----

async function main() {
  const r = rng(opts.seed);
  const t0 = Date.now();
  const end = t0 + opts.seconds * 1000;
  let stdioMs = 0;
  let lsp, dir;
  while (Date.now() < end) {
    const input = nextInput(r, corpus);
    inputs++;
    const useStdio =
      opts.stdioShare > 0 &&
      stdioMs < opts.stdioShare * (Date.now() - t0) &&
      Object.values(input.files)[0].length < 300_000;
    if (useStdio) {
      const t = Date.now();
      if (!lsp || lsp.exitCode !== null) {
        dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-fuzz-')));
        lsp = new LspClient();
        await lsp.initialize(dir, r() < 0.5 ? null : {});
      }
      const found = await stdioInput(lsp, dir, input, r);
      if (found.length) report(input, found, 'stdio');
      stdioInputs++;
      stdioMs += Date.now() - t;
    } else {
      const found = checkInput(input, { limitMs: opts.limitMs });
      if (found.length) report(input, found, 'core');
    }
  }
  if (lsp) {
    await lsp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`seed ${opts.seed}, ${((Date.now() - t0) / 1000).toFixed(0)} s, ${stdioInputs} of the inputs over stdio`);
  console.log(`${inputs} inputs, ${failures} failures`);
  process.exitCode = failures ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  console.log(`${inputs} inputs, ${failures + 1} failures`);
  process.exitCode = 1;
});
