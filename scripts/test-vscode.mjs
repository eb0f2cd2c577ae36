#!/usr/bin/env node
// npm run test:vscode — the extension-host suite (test/vscode) in desktop VS Code via @vscode/test-electron.
// runTests() downloads VS Code (VSCODE_VERSION, default stable) into .vscode-test/, so this needs access to
// update.code.visualstudio.com, and on a headless Linux box a display (run it under `xvfb-run -a`). On machines
// without either, `npm run test:e2e` runs the same suite inside code-server instead.
// Env: VSCODE_VERSION, VSCODE_EXECUTABLE (use an installed VS Code instead of downloading), PJSIP_VSCODE_TEST_GREP, KEEP=1.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();
let passed = 0,
  failed = 0;

const run = realpathSync(mkdtempSync(join(os.tmpdir(), 'pjsip-vscode-')));
const cleanup = () => {
  if (!process.env.KEEP) rmSync(run, { recursive: true, force: true });
};
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => process.exit(130));

try {
  if (!existsSync(join(root, 'client/out/extension.js')) || !existsSync(join(root, 'server/out/server.js'))) {
    throw new Error('client/out/extension.js or server/out/server.js missing: run `npm run build` first');
  }
  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'test/vscode')],
    { cwd: root, encoding: 'utf8', timeout: 120000 },
  );
  if (tsc.status !== 0) throw new Error(`tsc -p test/vscode failed:\n${tsc.stdout}${tsc.stderr}`);

  const workspace = join(run, 'workspace');
  cpSync(join(root, 'test/e2e/workspace'), workspace, { recursive: true }); // tests edit only in memory, but never the fixtures
  const resultFile = join(run, 'mocha-results.json');
  const code = await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/test-vscode/index.js'),
    extensionTestsEnv: {
      PJSIP_VSCODE_TEST_RESULTS: resultFile,
      PJSIP_VSCODE_TEST_GREP: process.env.PJSIP_VSCODE_TEST_GREP,
    },
    // runTests adds --no-sandbox, --disable-updates, --skip-welcome, --skip-release-notes, --disable-workspace-trust
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions; the one under development still loads
      '--disable-telemetry',
      '--user-data-dir',
      join(run, 'user-data'),
      '--extensions-dir',
      join(run, 'extensions'),
    ],
  }).catch((e) => {
    console.error(String(e?.message ?? e));
    return typeof e?.code === 'number' ? e.code : 1;
  });
  // mocha's spec reporter already printed each test (VS Code forwards the extension host's console to stdout).
  if (existsSync(resultFile)) {
    const r = JSON.parse(readFileSync(resultFile, 'utf8'));
    passed = r.passed;
    failed = r.failed;
    for (const t of r.tests)
      if (t.state === 'failed') console.log(`FAIL ${t.title}: ${(t.error ?? '').split('\n').slice(0, 4).join(' | ')}`);
    if (code !== 0 && failed === 0) {
      console.log(`FAIL VS Code exited with ${code}`);
      failed = 1;
    }
  } else {
    console.log(`FAIL extension-host suite: no results (VS Code exit code ${code})`);
    failed = 1;
  }
} catch (e) {
  console.log(`FAIL test:vscode: ${String(e?.stack ?? e)}`);
  failed++;
}
console.log(`test:vscode took ${((Date.now() - t0) / 1000).toFixed(1)}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
