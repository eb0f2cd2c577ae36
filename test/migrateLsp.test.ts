/**
 * sip.conf in the language server (in memory): never checked as PJSIP (no diagnostics, no completion), a hover
 * note on its sections and settings in the reader's language, and `pjsip.server.convertSipConf` returning the
 * files the client writes, read from the document as edited.
 */
import { test, suite, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { uri } from './helpers/lsp';
import { MemoryLsp } from './helpers/memoryLsp';
import type { ConvertResult } from '../server/src/protocol';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const SIP = `[general]
context=from-internal
register => 1000:Secret-Reg1@sip.example.net

[6001]
type=friend
host=dynamic
secret=Phone-Pass1
`;
const PJSIP = '[t]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n';

suite('sip.conf through the language server', () => {
  let dir: string, lsp: MemoryLsp, sipUri: string, pjsipUri: string;

  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-sipconf-')));
    fs.writeFileSync(path.join(dir, 'sip.conf'), SIP);
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), PJSIP);
    lsp = new MemoryLsp();
    await lsp.initialize(dir);
    sipUri = uri(path.join(dir, 'sip.conf'));
    pjsipUri = uri(path.join(dir, 'pjsip.conf'));
    lsp.notify('textDocument/didOpen', { textDocument: { uri: sipUri, languageId: 'pjsip', version: 1, text: SIP } });
    const published = lsp.waitForDiagnostics(pjsipUri);
    lsp.notify('textDocument/didOpen', {
      textDocument: { uri: pjsipUri, languageId: 'pjsip', version: 1, text: PJSIP },
    });
    await published;
  });

  after(async () => {
    await lsp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('no PJSIP diagnostics and no completion in sip.conf; pjsip.conf is checked without it', async () => {
    assert.ok(!(lsp.diagnostics.get(sipUri) ?? []).length);
    const items = await lsp.request<Json[]>('textDocument/completion', {
      textDocument: { uri: sipUri },
      position: { line: 6, character: 2 },
    });
    assert.deepEqual(items, []);
  });

  test('hover on a section or a setting: chan_sip is gone from Asterisk 21, convert it', async () => {
    const h = await lsp.request<Json>('textDocument/hover', {
      textDocument: { uri: sipUri },
      position: { line: 4, character: 2 },
    });
    assert.match(h.contents.value, /removed/);
    assert.match(h.contents.value, /PJSIP: Convert sip\.conf/);
    assert.deepEqual(h.range, { start: { line: 4, character: 1 }, end: { line: 4, character: 5 } });
  });

  test('the convert command returns pjsip.conf and MIGRATION.md, from the edited document, passwords masked', async () => {
    const edited = SIP.replace('context=from-internal', 'context=from-phones');
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: sipUri, version: 2 },
      contentChanges: [{ text: edited }],
    });
    const r = await lsp.request<ConvertResult>('workspace/executeCommand', {
      command: 'pjsip.server.convertSipConf',
      arguments: [sipUri],
    });
    assert.equal(r.folder, 'pjsip-migrated');
    assert.equal(r.compare, 'pjsip.conf');
    assert.deepEqual(r.files.map((f) => f.name).sort(), ['MIGRATION.md', 'pjsip.conf']);
    const pjsip = r.files.find((f) => f.name === 'pjsip.conf')!.text;
    assert.match(pjsip, /^context=from-phones$/m);
    assert.match(pjsip, /^password=Phone-Pass1$/m, 'the admin’s own password is copied');
    const report = r.files.find((f) => f.name === 'MIGRATION.md')!.text;
    assert.ok(!report.includes('Phone-Pass1') && !report.includes('Secret-Reg1'));
    assert.equal(r.exitCode, 0);
    assert.match(r.summary, /1 peer\(s\) -> 1 endpoint\(s\), 1 register line\(s\) -> 1 registration\(s\)/);
  });

  test('an unreadable file answers null', async () => {
    const r = await lsp.request('workspace/executeCommand', {
      command: 'pjsip.server.convertSipConf',
      arguments: [uri(path.join(dir, 'missing', 'sip.conf'))],
    });
    assert.equal(r, null);
  });

  test('a Chinese client gets the hover and the summary in Chinese', async () => {
    const zh = new MemoryLsp();
    await zh.initialize(dir, null, 'lsp-test', { locale: 'zh-cn' });
    zh.notify('textDocument/didOpen', { textDocument: { uri: sipUri, languageId: 'pjsip', version: 1, text: SIP } });
    const h = await zh.request<Json>('textDocument/hover', {
      textDocument: { uri: sipUri },
      position: { line: 5, character: 1 },
    });
    assert.match(h.contents.value, /PJSIP: 转换 sip\.conf/);
    const r = await zh.request<ConvertResult>('workspace/executeCommand', {
      command: 'pjsip.server.convertSipConf',
      arguments: [sipUri],
    });
    assert.match(r.summary, /个对端/);
    assert.match(r.files.find((f) => f.name === 'MIGRATION.md')!.text, /^# 将 sip\.conf 迁移到 pjsip\.conf/m);
    await zh.stop();
  });
});
