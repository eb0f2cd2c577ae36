/**
 * Entry point of the extension-host test suite (the @vscode/test-electron `extensionTestsPath` contract):
 * VS Code, or code-server, loads this file inside its extension host and calls `run()`. It runs every
 * `*.test.js` next to it with mocha (tdd interface: suite/test) and rejects when a test fails.
 *
 * Per-test results go to the console (the extension host forwards it to the launcher). When the environment
 * variable PJSIP_VSCODE_TEST_RESULTS names a file, a JSON summary `{ passed, failed, tests: [...] }` is
 * written there too, so the launcher can count results without parsing console output.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { patient } from './patience';

/** Markers around mocha's output, so a launcher can pick it out of the forwarded console. */
export const SUITE_BEGIN = '--- pjsip extension-host suite ---';
export const SUITE_END = '--- end of pjsip extension-host suite ---';

interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs?: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.PJSIP_VSCODE_TEST_TIMEOUT ?? patient(30000)),
    slow: 5000,
    grep: process.env.PJSIP_VSCODE_TEST_GREP || undefined,
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const results: TestResult[] = [];
  const resultFile = process.env.PJSIP_VSCODE_TEST_RESULTS;
  const writeResults = (extra?: string) => {
    if (!resultFile) return;
    const passed = results.filter((r) => r.state === 'passed').length;
    fs.writeFileSync(
      resultFile,
      JSON.stringify({ passed, failed: results.length - passed, error: extra, tests: results }, null, 2),
    );
  };

  console.log(SUITE_BEGIN);
  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        console.log(SUITE_END);
        writeResults();
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else resolve();
      });
      runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
      // 'fail' also fires for failing hooks, which then count as one failure each.
      runner.on('fail', (t, err: Error) =>
        results.push({
          title: t.fullTitle(),
          state: 'failed',
          durationMs: t.duration,
          error: String(err?.stack ?? err).slice(0, 2000),
        }),
      );
    } catch (e) {
      results.push({ title: 'mocha run', state: 'failed', error: String((e as Error)?.stack ?? e) });
      console.log(SUITE_END);
      writeResults(String(e));
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
