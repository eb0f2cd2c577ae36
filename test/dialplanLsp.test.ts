/**
 * Dialplan contexts, unused auths and aors, and the masked outline through the language server, in memory:
 * what an editor receives (diagnostics with severity and tags, completion, hover, definition, symbols), and that
 * a change to extensions.conf reaches the diagnostics of pjsip.conf.
 */
import { test, suite, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { uri } from './helpers/lsp';
import { MemoryLsp } from './helpers/memoryLsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const PJSIP = `[6001]
type=endpoint
allow=ulaw
context=internl
auth=6001
aors=6001

[6001]
type=auth
username=6001
password=Tz9-Pw4k-Mn7x-Qe2r

[6001]
type=aor
max_contacts=1

[old-desk]
type=aor
`;
const EXTENSIONS = `[general]
static=yes

[internal]
exten => 100,1,Dial(PJSIP/6001,30)
 same => n,Hangup()
`;

function position(text: string, needle: string, delta = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  const before = text.slice(0, i + delta);
  return { line: before.split('\n').length - 1, character: before.length - (before.lastIndexOf('\n') + 1) };
}

suite('dialplan through the language server', () => {
  let dir: string, lsp: MemoryLsp, mainUri: string, first: Json[];

  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-dialplan-')));
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), PJSIP);
    fs.writeFileSync(path.join(dir, 'extensions.conf'), EXTENSIONS);
    lsp = new MemoryLsp();
    await lsp.initialize(dir);
    mainUri = uri(path.join(dir, 'pjsip.conf'));
    const diags = lsp.waitForDiagnostics(mainUri);
    lsp.notify('textDocument/didOpen', {
      textDocument: { uri: mainUri, languageId: 'pjsip', version: 1, text: PJSIP },
    });
    first = await diags;
  });

  after(async () => {
    await lsp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('an unknown context is a warning on its name; an aor nothing names is a faded hint', () => {
    assert.deepEqual(
      first.map((d) => [
        d.code,
        d.severity,
        d.tags ?? [],
        d.range.start.line,
        d.range.start.character,
        d.range.end.character,
      ]),
      [
        ['unknown-context', 2, [], 3, 8, 15],
        ['unused-section', 4, [1], 16, 1, 9],
      ],
    );
    assert.match(first[0].message, /defines no context 'internl'.*rejects every call from it/);
  });

  test('completion after context= offers the contexts of extensions.conf', async () => {
    const items = await lsp.request<Json[]>('textDocument/completion', {
      textDocument: { uri: mainUri },
      position: position(PJSIP, 'context=', 'context='.length),
    });
    assert.deepEqual(
      items.map((c) => [c.label, c.detail]),
      [['internal', 'dialplan context — extensions.conf:4']],
    );
  });

  test('hover on a known context shows its first lines; go to definition opens it', async () => {
    const p = position(PJSIP, 'context=', 'context='.length + 1);
    const edit = lsp.waitForDiagnostics(mainUri);
    const fixed = PJSIP.replace('context=internl', 'context=internal');
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: mainUri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    assert.deepEqual(
      (await edit).map((d: Json) => d.code),
      ['unused-section'],
    );
    const h = await lsp.request('textDocument/hover', { textDocument: { uri: mainUri }, position: p });
    assert.match(h.contents.value, /\*\*\[internal\]\*\* — dialplan context, extensions\.conf:4/);
    assert.match(h.contents.value, /exten => 100,1,Dial\(PJSIP\/6001,30\)/);
    const defs = await lsp.request<Json[]>('textDocument/definition', { textDocument: { uri: mainUri }, position: p });
    const d = defs[0];
    assert.equal(d.targetUri ?? d.uri, uri(path.join(dir, 'extensions.conf')));
    assert.deepEqual((d.targetSelectionRange ?? d.range).start, { line: 3, character: 1 });
  });

  test('a change to extensions.conf on disk re-checks pjsip.conf', async () => {
    fs.writeFileSync(path.join(dir, 'extensions.conf'), EXTENSIONS.replace('[internal]', '[office]'));
    const changed = lsp.waitForDiagnostics(mainUri, (ds) => ds.some((x) => x.code === 'unknown-context'));
    lsp.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri(path.join(dir, 'extensions.conf')), type: 2 }],
    });
    const ds = await changed;
    assert.match(ds.find((x: Json) => x.code === 'unknown-context').message, /no context 'internal'/);
  });

  test('the outline and workspace symbols never show the password', async () => {
    const symbols = JSON.stringify(
      await lsp.request('textDocument/documentSymbol', { textDocument: { uri: mainUri } }),
    );
    assert.ok(symbols.includes('"detail":"•••"') && !symbols.includes('Tz9-Pw4k-Mn7x-Qe2r'), symbols);
    const ws = JSON.stringify(await lsp.request('workspace/symbol', { query: '' }));
    assert.ok(ws.includes('6001') && !ws.includes('Tz9-Pw4k-Mn7x-Qe2r'), ws);
  });
});

suite('unused-section is configurable', () => {
  test('severity settings turn it off or raise it', async () => {
    for (const [setting, expected] of [
      ['off', []],
      ['warning', [['unused-section', 2]]],
    ] as const) {
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-dialplan-')));
      const text = '[spare]\ntype=aor\n';
      fs.writeFileSync(path.join(dir, 'pjsip.conf'), text);
      const lsp = new MemoryLsp();
      await lsp.initialize(dir, { severity: { 'unused-section': setting } });
      const u = uri(path.join(dir, 'pjsip.conf'));
      const wait = lsp.waitForDiagnostics(u);
      lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text } });
      assert.deepEqual(
        (await wait).map((d: Json) => [d.code, d.severity]),
        expected,
      );
      await lsp.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

suite('extensions.conf and acl.conf edits count before they are saved', () => {
  test('an open extensions.conf or acl.conf is read from the editor; requests about it get nothing', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-unsaved-')));
    const text =
      '[6001]\ntype=endpoint\nallow=ulaw\ncontext=from-pstn\nacl=office\naors=6001\n\n[6001]\ntype=aor\nmax_contacts=1\n';
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), text);
    fs.writeFileSync(path.join(dir, 'extensions.conf'), '[internal]\nexten => 100,1,Answer()\n');
    fs.writeFileSync(path.join(dir, 'acl.conf'), '[lan]\npermit=192.168.0.0/16\n');
    const lsp = new MemoryLsp();
    await lsp.initialize(dir);
    const u = uri(path.join(dir, 'pjsip.conf'));
    const codes = (ds: Json[]) => ds.map((d) => d.code).sort();
    const first = lsp.waitForDiagnostics(u);
    lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text } });
    assert.deepEqual(codes(await first), ['unknown-acl', 'unknown-context']);
    // the admin adds the context and the ACL in the editor, without saving
    const ext = uri(path.join(dir, 'extensions.conf'));
    const acl = uri(path.join(dir, 'acl.conf'));
    const noContext = lsp.waitForDiagnostics(u, (ds) => !ds.some((d) => d.code === 'unknown-context'));
    lsp.notify('textDocument/didOpen', {
      textDocument: { uri: ext, languageId: 'asterisk', version: 1, text: '[internal]\nexten => 100,1,Answer()\n' },
    });
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: ext, version: 2 },
      contentChanges: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          text: '[from-pstn]\nexten => s,1,Answer()\n',
        },
      ],
    });
    assert.deepEqual(codes(await noContext), ['unknown-acl']);
    const clean = lsp.waitForDiagnostics(u, (ds) => ds.length === 0);
    lsp.notify('textDocument/didOpen', {
      textDocument: {
        uri: acl,
        languageId: 'plaintext',
        version: 1,
        text: '[office]\ndeny=0.0.0.0/0\npermit=10.0.0.0/8\n',
      },
    });
    await clean;
    assert.equal(lsp.diagnostics.get(ext), undefined, 'no diagnostics for extensions.conf');
    assert.deepEqual(
      await lsp.request('textDocument/completion', { textDocument: { uri: ext }, position: { line: 2, character: 0 } }),
      [],
    );
    assert.equal(
      await lsp.request('textDocument/hover', { textDocument: { uri: acl }, position: { line: 0, character: 2 } }),
      null,
    );
    await lsp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
