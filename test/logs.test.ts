/**
 * What the server says in the client's output channel (window/logMessage), and its timing line at trace level
 * ($/logTrace), driven over LSP in memory.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { uri } from './helpers/lsp';
import { MemoryLsp } from './helpers/memoryLsp';
import { VERSION } from '../server/src/version';

const MAIN = '[6001]\ntype=aor\nmax_contacts=1\n#include pjsip.d/more.conf\n';
const MORE = '[6002]\ntype=aor\nmax_contacts=1\n';
const SECRET = 'password=do-not-log-me';
/** The stage times a trace line ends with (`model` for a full analysis, `update` for one updated in place). */
const STAGES = (model: string) =>
  `\\[${['sync', 'parse', model, 'rules', 'convert', 'publish', 'gc'].map((k) => `${k} \\d+\\.\\d`).join(', ')}\\]`;

async function started(settings: object | null = { configDir: '', severity: { 'duplicate-option': 'hint' } }) {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-log-')));
  fs.mkdirSync(path.join(dir, 'pjsip.d'));
  fs.writeFileSync(path.join(dir, 'pjsip.conf'), MAIN);
  fs.writeFileSync(path.join(dir, 'pjsip.d', 'more.conf'), `${MORE}[a]\ntype=auth\nusername=a\n${SECRET}\n`);
  const lsp = new MemoryLsp();
  const settingsLogged = lsp.waitFor('window/logMessage', (p) => /^Settings in effect/.test(p.message));
  await lsp.initialize(dir, settings);
  await settingsLogged;
  return { dir, lsp };
}

async function open(lsp: MemoryLsp, file: string, text: string): Promise<void> {
  const u = uri(file);
  const diags = lsp.waitForDiagnostics(u);
  lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text } });
  await diags;
}

suite('output channel', () => {
  test('on start: the server version and client, the settings in effect, the config folder and the files of its set', async () => {
    const { dir, lsp } = await started();
    try {
      await open(lsp, path.join(dir, 'pjsip.conf'), MAIN);
      const logs = lsp.logs.join('\n');
      assert.match(logs, new RegExp(`pjsip-language-server ${VERSION.replace(/\./g, '\\.')} started for lsp-test`));
      assert.match(
        logs,
        /Settings in effect: \{.*"severity":\{"duplicate-option":"hint"\}.*"asteriskVersion":"",.*"language":"auto"\}/,
      );
      assert.ok(
        lsp.logs.includes(`Config folder ${dir}: 2 files in its set: pjsip.conf, ${path.join('pjsip.d', 'more.conf')}`),
        logs,
      );
      assert.doesNotMatch(logs, /do-not-log-me/, 'no secret reaches the log');
      assert.ok(!lsp.notifications.some((n) => n.method === '$/logTrace'), 'no timing line while trace is off');
    } finally {
      await lsp.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('with trace on, each analysis logs one line with the time it took', async () => {
    const { dir, lsp } = await started();
    try {
      lsp.notify('$/setTrace', { value: 'messages' });
      const trace = lsp.waitFor('$/logTrace', (p) => /^Analysed /.test(p.message));
      await open(lsp, path.join(dir, 'pjsip.conf'), MAIN);
      const line = (await trace).message as string;
      assert.match(
        line,
        new RegExp(
          `^Analysed ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 2 files, \\d+ lines in \\d+\\.\\d ms ${STAGES('model')}$`,
        ),
      );
    } finally {
      await lsp.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an edit inside a section updates the analysis in place; a header edit analyses in full and says why', async () => {
    const { dir, lsp } = await started();
    try {
      lsp.notify('$/setTrace', { value: 'messages' });
      const main = path.join(dir, 'pjsip.d', 'more.conf');
      // the line of an analysis follows its diagnostics (it tells how long they took to go out)
      const opened = lsp.waitFor('$/logTrace', (p) => /^Analysed /.test(p.message));
      await open(lsp, main, fs.readFileSync(main, 'utf8'));
      await opened;
      const edit = async (version: number, line: number, from: number, to: number, text: string) => {
        const trace = lsp.waitFor('$/logTrace', (p) => /^(Analysed|Updated) /.test(p.message));
        const range = { start: { line, character: from }, end: { line, character: to } };
        lsp.notify('textDocument/didChange', {
          textDocument: { uri: uri(main), version },
          contentChanges: [{ range, text }],
        });
        return (await trace).message as string;
      };
      // the same settings again: the analysis is kept, so the next edit can still update it
      lsp.notify('workspace/didChangeConfiguration', { settings: null });
      assert.match(
        await edit(2, 2, 13, 14, '0'),
        new RegExp(`^Updated .*: 2 files, \\d+ lines in \\d+\\.\\d ms ${STAGES('update')}$`),
      );
      assert.match(
        await edit(3, 3, 1, 2, 'b'),
        new RegExp(`^Analysed .* ms \\(in full: a section line changed\\) ${STAGES('model')}$`),
      );
    } finally {
      await lsp.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
