// The LSP rows of the benchmark, through the built server over stdio as an editor runs it: didOpen until the
// first diagnostics, one-character edits in the middle until the diagnostics of that version, and the latency of
// completion, hover and definition once the analysis is there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { StdioClient } from './lspClient.mjs';
import { middlePlaces, positionAt } from './generate.mjs';

const SERVER = resolve(import.meta.dirname, '../../server/out/server.js');

function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
}
function median(xs) {
  return percentile(xs, 0.5);
}

/** One server session on `text` written to a fresh config folder; returns the timings in ms. */
export async function measureLsp(text, { edits = 7, requests = 40 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pjsip-bench-'));
  const path = join(dir, 'pjsip.conf');
  writeFileSync(path, text);
  const uri = pathToFileURL(path).toString();
  // PJSIP_BENCH_NODE_ARGS: extra node flags for the server (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
  const nodeArgs = (process.env.PJSIP_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const client = new StdioClient(process.execPath, [...nodeArgs, SERVER, '--stdio']);
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
    });
    client.notify('initialized', {});
    const diagsOf = (version) =>
      client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version);
    let version = 1;
    let t = performance.now();
    let wait = diagsOf(version);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'pjsip', version, text } });
    await wait;
    const openMs = performance.now() - t;
    const places = middlePlaces(text);
    const at = positionAt(text, places.callerValue);
    const editMs = [];
    for (let k = 0; k < edits; k++) {
      const insert = k % 2 === 0;
      const range = { start: at, end: insert ? at : { line: at.line, character: at.character + 1 } };
      version++;
      wait = diagsOf(version);
      t = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text: insert ? 'x' : '' }],
      });
      await wait;
      editMs.push(performance.now() - t);
    }
    if (process.env.PJSIP_BENCH_DEBUG) console.error('edits', editMs.map((x) => x.toFixed(1)).join(' '));
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
    version++;
    wait = diagsOf(version);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: at, end: at }, text: 'y' }],
    });
    await wait;
    t = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: positionAt(text, places.authValue) });
    const firstRequestMs = performance.now() - t;
    const completionP95 = await timed('textDocument/completion', places.authValue);
    const hoverP95 = await timed('textDocument/hover', places.callerKey);
    const definitionP95 = await timed('textDocument/definition', places.authValue);
    await client.stop();
    return {
      openMs,
      editMs: median(editMs),
      editMaxMs: Math.max(...editMs),
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
