#!/usr/bin/env node
// npm run test:nvim — headless Neovim (Debian's 0.7.2 or newer) as an LSP client of the built
// `node server/out/server.js --stdio`, on test/e2e/workspace (read-only): diagnostics with rule ids, hover,
// completion, a code action, definition across files, references. test/nvim/init.lua does the checks and prints
// PASS/FAIL lines; this wrapper adds a timeout and the final `N passed, N failed` line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = join(root, 'server/out/server.js');
const t0 = Date.now();
let passed = 0,
  failed = 0;

function done(extraFail) {
  if (extraFail) {
    console.log(`FAIL ${extraFail}`);
    failed++;
  }
  console.log(`nvim layer took ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed || passed === 0 ? 1 : 0);
}

if (spawnSync('sh', ['-c', 'command -v nvim']).status !== 0) done('nvim not installed (run `npm run setup:e2e`)');
if (!existsSync(server)) done('server/out/server.js missing (run `npm run build`)');
console.log(spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]);

const nvim = spawn('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-u', join(root, 'test/nvim/init.lua')], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, PJSIP_SERVER: server, PJSIP_WORKSPACE: join(root, 'test/e2e/workspace') },
});
let out = '',
  err = '';
nvim.stdout.on('data', (d) => {
  out += d;
  process.stdout.write(d);
});
nvim.stderr.on('data', (d) => {
  err += d;
});
// init.lua gives up after 45 s times the patience (PJSIP_TEST_PATIENCE, default 4); this is the last resort
const patience = Number(process.env.PJSIP_TEST_PATIENCE) || 4;
const limitMs = 60000 * patience;
const timer = setTimeout(() => {
  nvim.kill('SIGKILL');
}, limitMs);
nvim.on('exit', (code, signal) => {
  clearTimeout(timer);
  passed = (out.match(/^PASS /gm) ?? []).length;
  failed = (out.match(/^FAIL /gm) ?? []).length;
  if (err.trim()) console.log(`nvim stderr:\n${err.trim().split('\n').slice(-20).join('\n')}`);
  if (signal) done(`nvim killed (${signal}): no result within ${limitMs / 1000} s`);
  if (code !== 0 && failed === 0) done(`nvim exited with ${code}`);
  done();
});
