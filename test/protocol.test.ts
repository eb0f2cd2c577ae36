/**
 * Protocol abuse against the real server process over stdio: unknown and closed documents, positions past the
 * end, malformed params, stale versions, 1,000 edits in a burst, cancellation, a client that sends no
 * configuration. The server answers each (a result, null or a proper LSP error) and keeps serving.
 */
import { test, suite, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, uri } from './helpers/lsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const TEXT = '[6001]\ntype=endpoint\naors=6001\nallow=ulaw\n\n[6001]\ntype=aor\n';
let dir = '',
  lsp: LspClient,
  u = '';

before(async () => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-proto-')));
  lsp = new LspClient();
  await lsp.initialize(dir); // settings null: the client declares no workspace/configuration
  u = uri(path.join(dir, 'pjsip.conf'));
  const d = lsp.waitForDiagnostics(u);
  lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text: TEXT } });
  await d;
});
after(async () => {
  await lsp.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const POSITION_METHODS = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/documentHighlight',
  'textDocument/prepareRename',
];
const DOC_METHODS = [
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'textDocument/codeLens',
  'textDocument/documentLink',
  'textDocument/formatting',
];

async function answer(method: string, params: Json): Promise<{ result?: Json; code?: number }> {
  try {
    return { result: await lsp.request(method, params) };
  } catch (e) {
    return { code: (e as { code: number }).code };
  }
}

/** Still serving: a hover on the open document answers with content. */
async function stillServing(): Promise<void> {
  const h = await lsp.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 1, character: 1 } });
  assert.ok(h?.contents, 'hover answered');
  assert.equal(lsp.exitCode, null);
}

suite('protocol abuse over stdio', () => {
  test('requests for an unknown document answer null or empty', async () => {
    const other = uri(path.join(dir, 'never-opened.conf'));
    for (const m of [...POSITION_METHODS, ...DOC_METHODS]) {
      const r = await answer(m, {
        textDocument: { uri: other },
        position: { line: 0, character: 0 },
        context: { includeDeclaration: true },
        options: { tabSize: 4, insertSpaces: true },
      });
      assert.ok(
        r.code === undefined && (r.result === null || (Array.isArray(r.result) && r.result.length === 0)),
        `${m}: ${JSON.stringify(r)}`,
      );
    }
    await stillServing();
  });

  test('positions past the end of a line and of the document', async () => {
    for (const position of [
      { line: 0, character: 999 },
      { line: 999, character: 0 },
      { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
    ]) {
      for (const m of POSITION_METHODS) {
        const r = await answer(m, { textDocument: { uri: u }, position, context: { includeDeclaration: true } });
        assert.ok(
          r.code === undefined || r.code === -32803,
          `${m} at ${JSON.stringify(position)}: ${JSON.stringify(r)}`,
        );
      }
    }
    await stillServing();
  });

  test('malformed params are InvalidParams (-32602) naming what is missing', async () => {
    const methods = [...POSITION_METHODS, ...DOC_METHODS, 'textDocument/rename', 'textDocument/codeAction'];
    for (const params of [{}, { textDocument: null }, { textDocument: { uri: 42 }, position: 'x' }, null]) {
      for (const m of methods) {
        const e = await lsp.request(m, params).then(
          () => undefined,
          (x: { code: number; message: string }) => x,
        );
        assert.equal(e?.code, -32602, `${m} ${JSON.stringify(params)}`);
        assert.match(e.message, new RegExp(`^${m} needs textDocument\\.uri`));
      }
    }
    const pos = await answer('textDocument/hover', { textDocument: { uri: u }, position: { line: -1, character: 0 } });
    assert.equal(pos.code, -32602, 'a negative line');
    const name = await answer('textDocument/rename', { textDocument: { uri: u }, position: { line: 0, character: 1 } });
    assert.equal(name.code, -32602, 'a rename without newName');
    const symbols = await answer('workspace/symbol', {});
    assert.equal(symbols.code, -32602, 'workspace/symbol without query');
    lsp.notify('textDocument/didChange', { textDocument: { uri: u } });
    lsp.notify('textDocument/didOpen', {});
    await stillServing();
  });

  test('a rename where nothing can be renamed is RequestFailed with a message', async () => {
    for (const m of ['textDocument/prepareRename', 'textDocument/rename']) {
      const e = await lsp
        .request(m, { textDocument: { uri: u }, position: { line: 3, character: 2 }, newName: 'x' })
        .then(
          () => undefined,
          (x) => x,
        );
      assert.equal(e?.code, -32803, m);
      assert.match(e.message, /renamed/);
    }
  });

  test('1,000 edits in a burst, then a stale version: diagnostics match the final text', async () => {
    const v = 2;
    for (let k = 0; k < 1000; k++) {
      lsp.notify('textDocument/didChange', {
        textDocument: { uri: u, version: v + k },
        contentChanges: [
          { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: k % 2 ? '' : 'x' },
        ],
      });
      lsp.notify('textDocument/didChange', {
        textDocument: { uri: u, version: v + k },
        contentChanges: [
          { range: { start: { line: 3, character: 0 }, end: { line: 3, character: k % 2 ? 0 : 1 } }, text: '' },
        ],
      });
    }
    const bogus = lsp.waitForDiagnostics(u, (ds) => ds.some((d: Json) => d.code === 'unknown-option'));
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: u, version: 1 },
      contentChanges: [
        { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'bogus=1\n' },
      ],
    });
    const ds = await bogus;
    assert.deepEqual(
      ds.map((d: Json) => [d.code, d.range.start.line]),
      [['unknown-option', 3]],
    );
    await stillServing();
  });

  test('a cancelled request is answered (cancelled or with its result)', async () => {
    const p = answer('textDocument/completion', { textDocument: { uri: u }, position: { line: 1, character: 2 } });
    lsp.notify('$/cancelRequest', { id: (lsp as unknown as { nextId: number }).nextId - 1 });
    const r = await p;
    assert.ok(r.code === -32800 || Array.isArray(r.result) || r.result?.items, JSON.stringify(r).slice(0, 200));
    await stillServing();
  });

  test('requests for a closed document answer null or empty', async () => {
    const c = uri(path.join(dir, 'closed.conf'));
    lsp.notify('textDocument/didOpen', {
      textDocument: { uri: c, languageId: 'pjsip', version: 1, text: '[a]\ntype=aor\n' },
    });
    lsp.notify('textDocument/didClose', { textDocument: { uri: c } });
    lsp.notify('textDocument/didClose', { textDocument: { uri: c } });
    for (const m of POSITION_METHODS) {
      const r = await answer(m, {
        textDocument: { uri: c },
        position: { line: 0, character: 1 },
        context: { includeDeclaration: true },
      });
      assert.ok(r.code === undefined || r.code === -32803, `${m}: ${JSON.stringify(r)}`);
    }
    await stillServing();
  });
});
