/**
 * LSP-level tests: the language server driven as an editor drives it. Most run in memory (`startServer` over a
 * stream pair); one smoke test runs the built `pjsip-language-server --stdio`.
 */
import { test, suite, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, uri } from './helpers/lsp';
import { MemoryLsp } from './helpers/memoryLsp';
import { applyEdits } from '../server/src/features/format';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const PJSIP = `[transport-udp]
type=transport
bind=0.0.0.0

; Alice's desk phone
[6001]
type=endpoint
context=from-internal
allow=ulaw
auth=6001
aors=6001

[6001]
type=auth
username=6001
password=Vq8-Jt3n-Xr6w-Lm2c

[6001]
type=aor
max_contacts=1

#include pjsip.d/trunk.conf
`;
const TRUNK = `[reg]
type=registration
server_uri=sip:sip.example.com
client_uri=sip:me@sip.example.com
outbound_auth=mytrunk-oauth
auth_rejection_permanent=no
`;
const WIZARD = `[mytrunk]
type=wizard
sends_auth=yes
remote_hosts=sip.example.com
outbound_auth/username=me
outbound_auth/password=pw
endpoint/allow=ulaw
endpoint/identify_by=ip
`;

/** LSP position of the `nth` occurrence of `needle` in `text`, plus `delta` characters. */
function pos(text: string, needle: string, delta = 0, nth = 0): { line: number; character: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not found`);
  const o = i + delta;
  const before = text.slice(0, o);
  const line = before.split('\n').length - 1;
  return { line, character: o - (before.lastIndexOf('\n') + 1) };
}

function offsetOf(text: string, p: { line: number; character: number }): number {
  const lines = text.split('\n');
  let o = 0;
  for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
  return o + p.character;
}

function textAt(text: string, r: { start: Json; end: Json }): string {
  return text.slice(offsetOf(text, r.start), offsetOf(text, r.end));
}

function applyLsp(text: string, edits: { range: Json; newText: string }[]): string {
  return applyEdits(
    text,
    edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText })),
  );
}

suite('language server', () => {
  let dir: string;
  let lsp: MemoryLsp;
  let mainUri: string;
  let text = PJSIP;
  let version = 1;

  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-lsp-')));
    fs.mkdirSync(path.join(dir, 'pjsip.d'));
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), PJSIP);
    fs.writeFileSync(path.join(dir, 'pjsip.d/trunk.conf'), TRUNK);
    fs.writeFileSync(path.join(dir, 'pjsip_wizard.conf'), WIZARD);
    lsp = new MemoryLsp();
    const init = await lsp.initialize(dir);
    assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
    mainUri = uri(path.join(dir, 'pjsip.conf'));
    const diags = lsp.waitForDiagnostics(mainUri);
    lsp.notify('textDocument/didOpen', { textDocument: { uri: mainUri, languageId: 'pjsip', version, text } });
    assert.deepEqual(await diags, []);
  });

  after(async () => {
    await lsp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function change(range: Json, newText: string): Promise<Json[]> {
    version++;
    const start = offsetOf(text, range.start),
      end = offsetOf(text, range.end);
    text = text.slice(0, start) + newText + text.slice(end);
    const wait = lsp.waitForDiagnostics(mainUri);
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: mainUri, version },
      contentChanges: [{ range, text: newText }],
    });
    return wait;
  }

  test('diagnostics follow incremental edits, with exact rule ids and ranges', async () => {
    const p = pos(text, 'allow=ulaw');
    let diags = await change({ start: p, end: p }, 'max_contacts=2\n');
    assert.deepEqual(
      diags.map((d) => [d.code, textAt(text, d.range)]),
      [['unknown-option', 'max_contacts']],
    );
    assert.equal(diags[0].source, 'pjsip');
    const q = pos(text, 'max_contacts=2\n');
    diags = await change({ start: q, end: { line: q.line + 1, character: 0 } }, '');
    assert.deepEqual(diags, []);
    assert.equal(text, PJSIP);
  });

  test('workspace/executeCommand explains a pasted Asterisk log line: where it points and what happened', async () => {
    const line =
      "[Dec  2 01:19:18.675] WARNING[70] res_pjsip_outbound_registration.c: Fatal response '403' received from 'sip:sip.example.com' on registration attempt to 'sip:me@sip.example.com', stopping outbound registration";
    const r = await lsp.request('workspace/executeCommand', {
      command: 'pjsip.server.explainLogLine',
      arguments: [line, mainUri],
    });
    assert.equal(r.uri, uri(path.join(dir, 'pjsip.d/trunk.conf')));
    assert.equal(textAt(TRUNK, r.range), 'reg');
    assert.match(r.markdown, /stopped registering for good/);
    assert.equal(r.rule, 'registration-stops-retrying');
    assert.equal(
      await lsp.request('workspace/executeCommand', {
        command: 'pjsip.server.explainLogLine',
        arguments: ['hello', mainUri],
      }),
      null,
    );
  });

  test('completion: options of the section type, values, references', async () => {
    const labels = async (p: Json) =>
      (await lsp.request<Json[]>('textDocument/completion', { textDocument: { uri: mainUri }, position: p })).map(
        (c) => c.label,
      );
    const inEndpoint = await labels(pos(text, 'allow=ulaw', 0));
    assert.ok(inEndpoint.includes('dtmf_mode') && !inEndpoint.includes('max_contacts'));
    const dtmf = pos(text, 'context=from-internal');
    await change({ start: dtmf, end: dtmf }, 'dtmf_mode=\n');
    const values = await labels({ line: dtmf.line, character: 'dtmf_mode='.length });
    assert.deepEqual(values.sort(), ['auto', 'auto_info', 'inband', 'info', 'none', 'rfc4733']);
    await change({ start: dtmf, end: { line: dtmf.line + 1, character: 0 } }, '');
    const auths = await labels(pos(text, 'auth=6001', 'auth='.length));
    assert.ok(auths.includes('6001'));
  });

  test('hover: option docs and section summaries', async () => {
    const h1 = await lsp.request('textDocument/hover', {
      textDocument: { uri: mainUri },
      position: pos(text, 'max_contacts', 2),
    });
    assert.match(h1.contents.value, /\*\*max_contacts\*\* — aor option/);
    assert.match(h1.contents.value, /\*\*Default:\*\* `0`/);
    const h2 = await lsp.request('textDocument/hover', {
      textDocument: { uri: mainUri },
      position: pos(text, 'aors=6001', 'aors='.length + 1),
    });
    assert.match(h2.contents.value, /\[6001\]\*\* — aor/);
    assert.match(h2.contents.value, /pjsip show aor 6001/);
    const h3 = await lsp.request('textDocument/hover', {
      textDocument: { uri: mainUri },
      position: pos(text, '[6001]', 2),
    });
    assert.match(h3.contents.value, /Alice's desk phone/);
  });

  test('definition: a typed reference, into another file, and to a wizard-generated name', async () => {
    const defs = await lsp.request('textDocument/definition', {
      textDocument: { uri: mainUri },
      position: pos(text, 'auth=6001', 6),
    });
    assert.equal(defs.length, 1);
    assert.equal(defs[0].targetUri, mainUri);
    assert.equal(
      defs[0].targetSelectionRange.start.line,
      pos(text, '[6001]', 0, 1).line,
      'the auth section, not the endpoint or the aor',
    );
    const inc = await lsp.request('textDocument/definition', {
      textDocument: { uri: mainUri },
      position: pos(text, 'pjsip.d/trunk.conf', 3),
    });
    assert.equal(inc[0].targetUri, uri(path.join(dir, 'pjsip.d/trunk.conf')));
    const trunkUri = uri(path.join(dir, 'pjsip.d/trunk.conf'));
    lsp.notify('textDocument/didOpen', {
      textDocument: { uri: trunkUri, languageId: 'pjsip', version: 1, text: TRUNK },
    });
    const gen = await lsp.request('textDocument/definition', {
      textDocument: { uri: trunkUri },
      position: pos(TRUNK, 'mytrunk-oauth', 2),
    });
    assert.equal(gen[0].targetUri, uri(path.join(dir, 'pjsip_wizard.conf')));
    lsp.notify('textDocument/didClose', { textDocument: { uri: trunkUri } });
  });

  test('references and document highlights are typed by object', async () => {
    const refs = await lsp.request('textDocument/references', {
      textDocument: { uri: mainUri },
      position: pos(text, '[6001]', 2, 2),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(
      refs.map((r: Json) => r.range.start.line).sort((a: number, b: number) => a - b),
      [pos(text, 'aors=6001').line, pos(text, '[6001]', 0, 2).line],
    );
    const hl = await lsp.request('textDocument/documentHighlight', {
      textDocument: { uri: mainUri },
      position: pos(text, 'auth=6001', 6),
    });
    assert.equal(hl.length, 2);
  });

  test('rename: section and references; refuses what cannot be renamed', async () => {
    const prep = await lsp.request('textDocument/prepareRename', {
      textDocument: { uri: mainUri },
      position: pos(text, 'aors=6001', 6),
    });
    assert.equal(textAt(text, prep.range), '6001');
    await assert.rejects(
      lsp.request('textDocument/prepareRename', {
        textDocument: { uri: mainUri },
        position: pos(text, 'context=from-internal', 9),
      }),
    );
    const we = await lsp.request('textDocument/rename', {
      textDocument: { uri: mainUri },
      position: pos(text, 'aors=6001', 6),
      newName: 'alice',
    });
    const after = applyLsp(text, we.changes[mainUri]);
    assert.match(after, /aors=alice/);
    assert.match(after, /\[alice\]\ntype=aor/);
    assert.match(after, /auth=6001/, 'the auth keeps its name');
  });

  test('code action: applying the quick fix clears the diagnostic', async () => {
    const p = pos(text, 'max_contacts=1');
    const diags = await change(
      { start: p, end: { line: p.line, character: 'max_contacts=1'.length } },
      'max_contact=1',
    );
    const d = diags.find((x) => x.code === 'unknown-option');
    assert.ok(d);
    const actions = await lsp.request('textDocument/codeAction', {
      textDocument: { uri: mainUri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const fix = actions.find((a: Json) => a.title === "Change to 'max_contacts'");
    assert.ok(fix, actions.map((a: Json) => a.title).join(' | '));
    const edit = fix.edit.changes[mainUri][0];
    const after = await change(edit.range, edit.newText);
    assert.deepEqual(after, []);
    assert.equal(text, PJSIP);
  });

  test('formatting, symbols, folding, code lens, links', async () => {
    const messy = '[a]   \ntype = aor\n  max_contacts=1\n[b]\ntype=aor\n';
    const u = uri(path.join(dir, 'other.conf'));
    lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text: messy } });
    const edits = await lsp.request('textDocument/formatting', {
      textDocument: { uri: u },
      options: { tabSize: 4, insertSpaces: true },
    });
    assert.equal(applyLsp(messy, edits), '[a]\ntype=aor\nmax_contacts=1\n\n[b]\ntype=aor\n');
    lsp.notify('textDocument/didClose', { textDocument: { uri: u } });
    const syms = await lsp.request('textDocument/documentSymbol', { textDocument: { uri: mainUri } });
    assert.deepEqual(
      syms.map((s: Json) => `${s.name}:${s.detail}`),
      ['transport-udp:transport', '6001:endpoint', '6001:auth', '6001:aor'],
    );
    const folds = await lsp.request('textDocument/foldingRange', { textDocument: { uri: mainUri } });
    assert.ok(folds.some((f: Json) => f.startLine === pos(text, '[6001]').line));
    const lenses = await lsp.request('textDocument/codeLens', { textDocument: { uri: mainUri } });
    assert.ok(lenses.some((l: Json) => l.command.title === '1 reference'));
    const links = await lsp.request('textDocument/documentLink', { textDocument: { uri: mainUri } });
    assert.equal(links[0].target, uri(path.join(dir, 'pjsip.d/trunk.conf')));
    const ws = await lsp.request('workspace/symbol', { query: 'mytr' });
    assert.ok(ws.some((s: Json) => s.name === 'mytrunk'));
  });

  test('tells the client which files belong to the config set (included files of any name)', () => {
    const n = lsp.notifications.filter((x) => x.method === 'pjsip/includedFiles').pop();
    assert.ok(n, 'pjsip/includedFiles was sent');
    assert.ok(n.params.uris.includes(uri(path.join(dir, 'pjsip.d/trunk.conf'))));
    assert.ok(n.params.uris.includes(uri(path.join(dir, 'pjsip_wizard.conf'))));
  });

  test('bad input never takes the server down', async () => {
    const u = uri(path.join(dir, 'garbage.conf'));
    const junk = Array.from(
      { length: 3000 },
      (_, i) => String.fromCharCode((i * 7919) % 0x2fff) + (i % 13 === 0 ? '\n[' : '') + (i % 17 === 0 ? ';--' : ''),
    ).join('');
    lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text: junk } });
    await lsp.waitForDiagnostics(u);
    for (const method of [
      'textDocument/hover',
      'textDocument/completion',
      'textDocument/definition',
      'textDocument/references',
      'textDocument/rename',
    ]) {
      await lsp
        .request(method, {
          textDocument: { uri: u },
          position: { line: 3, character: 5 },
          context: { includeDeclaration: true },
          newName: 'x',
        })
        .catch(() => null);
    }
    await lsp.request('textDocument/hover', {
      textDocument: { uri: 'file:///nowhere.conf' },
      position: { line: 99, character: 99 },
    });
    const still = await lsp.request('textDocument/hover', {
      textDocument: { uri: mainUri },
      position: pos(text, 'max_contacts', 1),
    });
    assert.ok(still);
    assert.equal(lsp.exitCode, null);
    lsp.notify('textDocument/didClose', { textDocument: { uri: u } });
  });
});

suite('language server settings', () => {
  test('severity settings change and silence rules', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-lsp-')));
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), '[6001]\ntype=endpoint\nallow=ulaw\nbogus=1\n');
    const lsp = new MemoryLsp();
    await lsp.initialize(dir, { severity: { 'endpoint-without-aors': 'off', 'unknown-option': 'hint' } });
    const u = uri(path.join(dir, 'pjsip.conf'));
    const wait = lsp.waitForDiagnostics(u);
    lsp.notify('textDocument/didOpen', {
      textDocument: {
        uri: u,
        languageId: 'pjsip',
        version: 1,
        text: fs.readFileSync(path.join(dir, 'pjsip.conf'), 'utf8'),
      },
    });
    const diags = await wait;
    assert.deepEqual(
      diags.map((d: Json) => [d.code, d.severity]),
      [['unknown-option', 4]],
    );
    // other settings: the analyses kept for edits are dropped and the set is published again with them
    lsp.settings = { severity: { 'endpoint-without-aors': 'off', 'unknown-option': 'error' } };
    const again = lsp.waitForDiagnostics(u, (ds) => ds.some((d: Json) => d.severity === 1));
    lsp.notify('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(
      (await again).map((d: Json) => [d.code, d.severity]),
      [['unknown-option', 1]],
    );
    await lsp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

suite('file watching', () => {
  const MAIN = '[6001]\ntype=endpoint\nallow=ulaw\nidentify_by=ip\naors=6001\n\n#include pjsip.d/aors.conf\n';
  const AOR = '[6001]\ntype=aor\n';
  let dir: string;
  let mainUri: string, aorUri: string, aorPath: string;

  before(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-lsp-')));
    fs.mkdirSync(path.join(dir, 'pjsip.d'));
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), MAIN);
    aorPath = path.join(dir, 'pjsip.d/aors.conf');
    mainUri = uri(path.join(dir, 'pjsip.conf'));
    aorUri = uri(aorPath);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function start(watchedFiles: boolean): Promise<MemoryLsp> {
    fs.writeFileSync(aorPath, AOR);
    const lsp = new MemoryLsp();
    await lsp.initialize(dir, null, 'lsp-test', { watchedFiles });
    const clean = lsp.waitForDiagnostics(mainUri);
    lsp.notify('textDocument/didOpen', { textDocument: { uri: mainUri, languageId: 'pjsip', version: 1, text: MAIN } });
    assert.deepEqual(await clean, []);
    return lsp;
  }

  test('the server asks the editor to watch *.conf files, and re-reads a file the editor reports changed', async () => {
    const lsp = await start(true);
    assert.deepEqual(
      lsp.registrations.map((r) => [r.method, r.registerOptions.watchers.map((w: Json) => w.globPattern)]),
      [['workspace/didChangeWatchedFiles', ['**/*.conf']]],
    );
    fs.writeFileSync(aorPath, `${AOR}bogus=1\n`);
    const changed = lsp.waitForDiagnostics(aorUri, (d) => d.length > 0);
    lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: aorUri, type: 2 }] });
    assert.deepEqual(
      (await changed).map((d) => d.code),
      ['unknown-option'],
    );
    await lsp.stop();
  });

  test('a watched file that is deleted and created again breaks and restores the include', async () => {
    const lsp = await start(true);
    fs.rmSync(aorPath);
    const broken = lsp.waitForDiagnostics(mainUri, (d) => d.length > 0);
    lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: aorUri, type: 3 }] });
    assert.ok((await broken).some((d) => d.code === 'include-not-found'));
    fs.writeFileSync(aorPath, AOR);
    const restored = lsp.waitForDiagnostics(mainUri, (d) => d.length === 0);
    lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: aorUri, type: 1 }] });
    assert.deepEqual(await restored, []);
    await lsp.stop();
  });

  test('without file watching, a changed file is seen on the next analysis (by its mtime)', async () => {
    const lsp = await start(false);
    assert.deepEqual(lsp.registrations, []);
    fs.writeFileSync(aorPath, `${AOR}bogus=1\n`);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(aorPath, later, later); // a new mtime even on a file system with coarse timestamps
    const changed = lsp.waitForDiagnostics(aorUri, (d) => d.length > 0);
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: mainUri, version: 2 },
      contentChanges: [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '; edited\n' },
      ],
    });
    assert.deepEqual(
      (await changed).map((d) => d.code),
      ['unknown-option'],
    );
    await lsp.stop();
  });
});

suite('language server over stdio', () => {
  test('the built server starts, publishes diagnostics for an open file and shuts down', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-lsp-')));
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), '[6001]\ntype=aor\nbogus=1\n');
    const lsp = new LspClient();
    const init = await lsp.initialize(dir);
    assert.equal(init.serverInfo.name, 'pjsip-language-server');
    const u = uri(path.join(dir, 'pjsip.conf'));
    const wait = lsp.waitForDiagnostics(u);
    lsp.notify('textDocument/didOpen', {
      textDocument: {
        uri: u,
        languageId: 'pjsip',
        version: 1,
        text: fs.readFileSync(path.join(dir, 'pjsip.conf'), 'utf8'),
      },
    });
    assert.deepEqual(
      (await wait).map((d: Json) => [d.code, d.range.start.line]),
      [['unknown-option', 2]],
    );
    await lsp.stop();
    assert.equal(lsp.exitCode, 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('refuses to start without a transport flag', async () => {
    const lsp = new LspClient([]);
    assert.equal(await lsp.exited(), 2);
    assert.match(lsp.stderr, /usage: pjsip-language-server --stdio/);
  });
});

suite('completion in a set of thousands of sections', () => {
  const auths = Array.from({ length: 1200 }, (_, i) => `[a${1000 + i}]\ntype=auth\nusername=u\npassword=p\n`).join('');
  const TEXT = `${auths}[phone]\ntype=endpoint\nauth=a11\n`;
  let dir = '',
    lsp: MemoryLsp,
    u = '';

  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-lsp-big-')));
    lsp = new MemoryLsp();
    await lsp.initialize(dir);
    u = uri(path.join(dir, 'pjsip.conf'));
    const d = lsp.waitForDiagnostics(u);
    lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text: TEXT } });
    await d;
  });
  after(async () => {
    await lsp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const complete = (needle: string, delta: number) =>
    lsp.request<{ isIncomplete: boolean; items: { label: string }[] }>('textDocument/completion', {
      textDocument: { uri: u },
      position: pos(TEXT, needle, delta),
    });

  test('auth=a11| offers the names starting with a11, in order, as an incomplete list', async () => {
    const r = await complete('auth=a11', 'auth=a11'.length);
    assert.equal(r.isIncomplete, true, 'the editor must ask again as the user types');
    const labels = r.items.map((i) => i.label);
    assert.deepEqual(labels, [...labels].sort());
    assert.deepEqual(labels.slice(0, 3), ['a1100', 'a1101', 'a1102']);
    assert.equal(labels.length, 100);
    assert.ok(labels.every((l) => l.startsWith('a11')));
  });

  test('auth=| with nothing typed: the first 200 names, incomplete', async () => {
    const r = await complete('auth=a11', 'auth='.length);
    assert.equal(r.isIncomplete, true);
    assert.equal(r.items.length, 200);
    assert.equal(r.items[0].label, 'a1000');
    assert.equal(r.items[199].label, 'a1199');
  });
});
