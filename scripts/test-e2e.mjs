#!/usr/bin/env node
// npm run test:e2e — the extension-host suite (test/vscode, the @vscode/test-electron style `run()`), run inside
// code-server's Node extension host instead of a downloaded desktop VS Code. The extension loads from this
// checkout (extensionDevelopmentPath = repo root, so `npm run build` first); the workspace is a temp copy of
// test/e2e/workspace. Chromium only hosts the workbench; mocha's per-test lines are forwarded from the extension
// host, the counts come from a result file the suite writes, the exit code through window.codeAutomationExit.
// Env: PJSIP_VSCODE_TEST_GREP (mocha grep), KEEP=1 (keep temp dirs and logs), TIMEOUT_MS (whole run, default 150000).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import {
  cleanup,
  copyWorkspace,
  launchChromium,
  log,
  Results,
  ROOT,
  sleep,
  startCodeServer,
  tempDir,
  watchdog,
  patient,
} from './e2e-harness.mjs';

const results = new Results();
watchdog(Number(process.env.TIMEOUT_MS || 150000), results);
const TESTS = join(ROOT, 'out/test-vscode/index.js');

function compileSuite() {
  // `tsc -p test/vscode` is not part of `tsc -b` (it needs the vscode + mocha typings); a few seconds.
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'test/vscode')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: patient(120000),
  });
  if (r.status !== 0) throw new Error(`tsc -p test/vscode failed:\n${r.stdout}${r.stderr}`);
}

const VERBOSE = !!process.env.VERBOSE;
const SUITE_BEGIN = '--- pjsip extension-host suite ---',
  SUITE_END = '--- end of pjsip extension-host suite ---'; // as in test/vscode/index.ts

async function main() {
  if (!existsSync(join(ROOT, 'client/out/extension.js')) || !existsSync(join(ROOT, 'server/out/server.js'))) {
    throw new Error('client/out/extension.js or server/out/server.js missing: run `npm run build` first');
  }
  if (!process.env.SKIP_TSC) compileSuite();
  log('compiled test/vscode -> out/test-vscode');
  const browser = await launchChromium();
  await runPass(browser, { name: 'extension-host suite', env: {} });
  // Restricted mode: a second code-server with workspace trust on and the folder not trusted; only that suite.
  if (!process.env.PJSIP_VSCODE_TEST_GREP)
    await runPass(browser, {
      name: 'restricted-mode suite',
      untrusted: true,
      env: { PJSIP_VSCODE_UNTRUSTED: '1', PJSIP_VSCODE_TEST_GREP: 'restricted mode' },
    });
}

/** One code-server, one workbench page, the suite run inside its extension host; results into `results`. */
async function runPass(browser, { name, env, untrusted = false }) {
  const run = tempDir('pjsip-e2e-');
  const workspace = copyWorkspace(run);
  const resultFile = join(run, 'mocha-results.json');
  const cs = await startCodeServer({ runDir: run, untrusted, env: { PJSIP_VSCODE_TEST_RESULTS: resultFile, ...env } });
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log('[pageerror]', String(e).slice(0, 300)));
  const exitCode = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationExit', (c) => resolve(c));
  });
  // The extension host's console (mocha's spec reporter) arrives here in test mode.
  // The workbench's own chatter arrives the same way: show what lies between the suite's markers, keep the rest
  // for a failure report.
  let inSuite = false;
  let sawSuite = false; // mocha's own per-test lines were forwarded
  const other = []; // forwarded console lines outside the suite
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    for (const line of text.replace(/\n$/, '').split('\n')) {
      if (line.includes(SUITE_BEGIN)) {
        inSuite = true;
        sawSuite = true;
        continue;
      }
      if (line.includes(SUITE_END)) {
        inSuite = false;
        continue;
      }
      if (inSuite || VERBOSE) console.log(`  | ${line}`);
      else other.push(`[${type}] ${line}`);
    }
  });
  const payload = [
    ['extensionDevelopmentPath', cs.remote(ROOT)],
    ['extensionTestsPath', cs.remote(TESTS)],
  ];
  await page.goto(cs.url(workspace, payload), { timeout: patient(60000) });
  log(`workbench loading; extension host runs the ${name}`);
  const code = await Promise.race([
    exitCode,
    sleep(patient(Number(process.env.SUITE_TIMEOUT_MS || 120000))).then(() => 'timeout'),
  ]);
  log(`extension host finished: exit code ${code}`);
  const mocha = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : undefined;
  await page.close();
  await cs.stop();
  if (!mocha) {
    for (const l of other.slice(-40)) console.log(`  ${l}`);
    results.fail(name, `no mocha results (exit code ${code}); code-server log: ${cs.logFile}`);
    return;
  }
  // mocha's spec output above already lists every test; repeat failures as FAIL lines (and everything when the
  // console was not forwarded).
  for (const t of mocha.tests) {
    if (t.state === 'passed') {
      if (!sawSuite) results.pass(t.title, `${t.durationMs ?? 0} ms`);
      else results.list.push({ name: t.title, ok: true });
    } else results.fail(t.title, (t.error ?? '').split('\n').slice(0, 4).join(' | '));
  }
  if (!mocha.tests.length) results.fail(name, 'no tests ran');
  if (mocha.failed || code !== 0) for (const l of other.slice(-40)) console.log(`  ${l}`);
  if (code !== 0 && mocha.failed === 0) results.fail(`${name}: extension host exit code`, String(code));
  if (code === 0 && mocha.failed > 0) results.fail(`${name}: extension host exit code`, '0 despite failures');
}

try {
  await main();
} catch (e) {
  results.fail(
    'e2e run',
    String(e?.stack ?? e)
      .split('\n')
      .slice(0, 8)
      .join('\n'),
  );
}
await cleanup();
log('torn down');
results.summary();
process.exit(results.failed || !results.list.length ? 1 : 0);
