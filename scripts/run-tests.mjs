#!/usr/bin/env node
// Runs every test layer and ends with one line: `N passed, N failed`.
//   0. lint: `npm run lint` (eslint + prettier --check), one check: 1 passed or 1 failed (its output printed);
//   1. node --test on the compiled tests (unit, feature, corpus, grammar, CLI, LSP over stdio);
//   2. the real-client layers (VS Code extension host in code-server, UI in code-server + chromium, Neovim),
//      each when its prerequisites are installed. A missing prerequisite is one clear "skipped" line, or a
//      failure when CI=true. `npm run setup:e2e` installs them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const only = process.argv.slice(2); // e.g. `node scripts/run-tests.mjs unit`
// Every layer's time bound is a hang bound, not a speed judgement: `patience` times what it needs on an idle machine
// with room to spare, so a machine several times slower (other jobs on both cores) passes. The real-client
// launchers scale their own waits by the same variable (scripts/e2e-harness.mjs). Speed is `npm run bench`'s job.
const patience = Number(process.env.PJSIP_TEST_PATIENCE) || 4;
let passed = 0,
  failed = 0;
const lines = [];

function count(out) {
  const p = /^# pass (\d+)$/m.exec(out),
    f = /^# fail (\d+)$/m.exec(out);
  const summary = [...out.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
  const fuzz = [...out.matchAll(/^(\d+) inputs, (\d+) failures$/gm)].pop(); // the fuzzer: one check
  if (p && f) return [Number(p[1]), Number(f[1])];
  if (fuzz) return Number(fuzz[2]) ? [0, Number(fuzz[2])] : [1, 0];
  if (summary) return [Number(summary[1]), Number(summary[2])];
  return undefined;
}

function layer(name, cmd, args, opts = {}) {
  if (only.length && !only.includes(name)) return;
  const missing = (opts.requires ?? []).filter((r) => !r.ok()).map((r) => r.what);
  if (missing.length) {
    const msg = `${name}: skipped, missing ${missing.join(', ')} (run \`npm run setup:e2e\`)`;
    if (ci) {
      failed++;
      lines.push(`FAIL ${msg} — CI=true makes a missing prerequisite a failure`);
    } else lines.push(`SKIP ${msg}`);
    return;
  }
  const t = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: patience * (opts.timeout ?? 600000),
    maxBuffer: 256 * 1024 * 1024,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  // opts.single: a command without a test summary counts as one check, passed when it exits 0 (output shown on failure).
  if (!opts.single || r.status !== 0) process.stdout.write(out);
  const c = opts.single ? (r.status === 0 ? [1, 0] : [0, 1]) : count(out);
  if (!c) {
    failed++;
    lines.push(`FAIL ${name}: no test summary (exit ${r.status}${r.error ? `, ${r.error.message}` : ''})`);
    return;
  }
  let [p, f] = c;
  if (r.status !== 0 && f === 0) f = 1; // a crashed runner still fails
  passed += p;
  failed += f;
  lines.push(`${f ? 'FAIL' : 'ok  '} ${name}: ${p} passed, ${f} failed (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

const has = (what, test) => ({ what, ok: test });
const bin = (b) => has(b, () => spawnSync('sh', ['-c', `command -v ${b}`]).status === 0);
const codeServer = has('code-server (test/e2e/cs)', () =>
  existsSync(join(root, 'test/e2e/cs/node_modules/.bin/code-server')),
);
const chromium = has('chromium', () => existsSync('/usr/bin/chromium'));

layer('lint', 'npm', ['run', '--silent', 'lint'], { single: true, timeout: 300000 });
layer('unit', process.execPath, ['--test', '--test-reporter=tap', 'out/test/']);
// the fuzzer for about a minute with a fixed seed (`npm run fuzz -- --seconds N --seed S` runs it longer): a call
// fails when it does not return within 15 s, or when it is over 1 s and over 100 times a reference workload timed
// right after it in the same process (test/helpers/fuzzChecks.ts), so a busy machine does not make a fast call slow
const fuzzArgs = ['--seconds', '60', '--seed', '20261202', '--no-save'];
layer('fuzz', process.execPath, ['scripts/fuzz.mjs', ...fuzzArgs], {
  timeout: 180000,
});
// REAL-CLIENT LAYERS (filled in by the e2e work): layer(name, cmd, args, { requires: [...] })
// Each launcher tears down what it starts (code-server, chromium, nvim) and ends with `N passed, N failed`.
//   e2e:  the extension-host suite (test/vscode, compiled by the launcher) inside code-server (~25 s);
//   ui:   the packaged .vsix in code-server driven by Playwright + chromium (~25 s; packages the .vsix when it is
//         missing or older than the build), writes docs/screenshots/*.png;
//   nvim: headless Neovim against `server/out/server.js --stdio` (~1 s).
layer('nvim', process.execPath, ['scripts/test-nvim.mjs'], { requires: [bin('nvim')], timeout: 90000 });
layer('e2e', process.execPath, ['scripts/test-e2e.mjs'], { requires: [codeServer, chromium], timeout: 240000 });
layer('ui', process.execPath, ['scripts/test-ui.mjs'], { requires: [codeServer, chromium], timeout: 360000 });

console.log('');
for (const l of lines) console.log(l);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
