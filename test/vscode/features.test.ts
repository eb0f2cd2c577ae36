/**
 * Read-only language features through VS Code's command API (the same providers the editor UI calls).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activeExtension,
  basename,
  closeAll,
  hoverText,
  labelOf,
  open,
  positionOf,
  rel,
  target,
  waitForCodes,
} from './helpers';

async function complete(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    doc.uri,
    pos,
  );
  return list.items;
}

async function hover(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
}

suite('language features', () => {
  let main: vscode.TextDocument;

  suiteSetup(async () => {
    main = await open('pjsip.conf');
    await activeExtension();
  });
  suiteTeardown(closeAll);

  test('completion: option names of the section type in an endpoint', async () => {
    // start of the `callerid=` line of endpoint [6001]
    const items = await complete(main, positionOf(main, 'callerid=Alice'));
    const options = items.filter((i) => i.kind === vscode.CompletionItemKind.Property).map(labelOf);
    for (const o of ['dtmf_mode', 'direct_media', 'context', 'allow', 'outbound_auth', 'transport'])
      assert.ok(options.includes(o), `missing ${o} in ${options.slice(0, 30).join(',')}`);
    assert.ok(!options.includes('max_contacts'), 'max_contacts is an aor option, not offered in an endpoint');
    assert.ok(!options.includes('server_uri'), 'server_uri is a registration option');
    const dtmf = items.find((i) => labelOf(i) === 'dtmf_mode');
    const doc = typeof dtmf?.documentation === 'string' ? dtmf.documentation : (dtmf?.documentation?.value ?? '');
    assert.ok(dtmf?.detail || doc, 'completion items carry documentation');
  });

  test('completion: the most used options come first, and no word-based suggestions in pjsip files', async () => {
    const items = await complete(main, positionOf(main, 'callerid=Alice'));
    const options = items.filter((i) => i.kind === vscode.CompletionItemKind.Property);
    const order = [...options]
      .sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)))
      .map(labelOf);
    assert.ok(order.indexOf('dtmf_mode') < order.indexOf('dtls_verify'), order.slice(0, 20).join(','));
    assert.equal(
      vscode.workspace.getConfiguration('editor', { languageId: 'pjsip' }).get('wordBasedSuggestions'),
      'off',
    );
  });

  test('completion: option names in an aor are aor options', async () => {
    const items = await complete(main, positionOf(main, 'max_contacts=1'));
    const options = items.filter((i) => i.kind === vscode.CompletionItemKind.Property).map(labelOf);
    assert.ok(
      options.includes('max_contacts') && options.includes('remove_existing') && options.includes('qualify_frequency'),
      options.join(','),
    );
    assert.ok(!options.includes('dtmf_mode'));
  });

  test('completion: enum values after dtmf_mode=', async () => {
    const broken = await open('broken/pjsip.conf');
    const items = await complete(broken, positionOf(broken, 'dtmf_mode=', 'dtmf_mode='.length));
    const values = items
      .filter((i) => i.kind === vscode.CompletionItemKind.EnumMember)
      .map(labelOf)
      .sort();
    assert.deepEqual(values, ['auto', 'auto_info', 'inband', 'info', 'none', 'rfc4733']);
  });

  test('completion: auth names after auth=, including the wizard-generated one', async () => {
    const items = await complete(main, positionOf(main, 'auth=6001', 'auth='.length));
    const refs = items
      .filter((i) => i.kind === vscode.CompletionItemKind.Reference)
      .map(labelOf)
      .sort();
    assert.deepEqual(refs, ['6001', '6002', 'mytrunk-oauth']);
  });

  test('hover on an option name shows its documentation', async () => {
    const text = await hover(main, positionOf(main, 'max_contacts=1', 3));
    assert.match(text, /\*\*max_contacts\*\* — aor option/);
    assert.match(text, /\*\*Default:\*\* `0`/);
    const dtmf = await hover(
      await open('broken/pjsip.conf'),
      positionOf(await open('broken/pjsip.conf'), 'dtmf_mode', 2),
    );
    assert.match(dtmf, /\*\*dtmf_mode\*\* — endpoint option/);
    assert.match(dtmf, /`rfc4733`, `inband`, `info`/);
  });

  test('hover on a section header summarises the object and its template', async () => {
    const text = await hover(main, positionOf(main, '[6001](phone-template)', 2));
    assert.match(text, /\*\*\[6001\]\*\* — endpoint/);
    assert.match(text, /Alice's desk phone/);
    assert.match(text, /Inherits: `\[phone-template\]`/);
    assert.match(text, /pjsip show endpoint 6001/);
  });

  test('definition: from pjsip.d/trunk.conf into pjsip_wizard.conf and pjsip.conf', async () => {
    const trunk = await open('pjsip.d/trunk.conf');
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      trunk.uri,
      positionOf(trunk, 'mytrunk-oauth', 3),
    );
    assert.equal(defs.length, 1);
    const t = target(defs[0]);
    assert.equal(rel(t.uri), 'pjsip_wizard.conf');
    const wizard = await vscode.workspace.openTextDocument(t.uri);
    assert.equal(wizard.getText(t.range), 'mytrunk', 'the wizard section that generates mytrunk-oauth');
    assert.equal(t.range.start.line, 1);

    const tdefs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      trunk.uri,
      positionOf(trunk, 'transport=transport-udp', 'transport='.length + 2),
    );
    assert.equal(tdefs.length, 1);
    const tt = target(tdefs[0]);
    assert.equal(rel(tt.uri), 'pjsip.conf');
    assert.equal(main.getText(tt.range), 'transport-udp');
  });

  test('definition: #include opens the included file', async () => {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      main.uri,
      positionOf(main, '#include pjsip.d/trunk.conf', '#include '.length + 3),
    );
    assert.equal(defs.length, 1);
    assert.equal(rel(target(defs[0]).uri), 'pjsip.d/trunk.conf');
  });

  test('references: a transport is used from three files', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      main.uri,
      positionOf(main, '[transport-udp]', 2),
    );
    const where = refs.map((r) => `${rel(r.uri)}:${r.range.start.line + 1}`).sort();
    assert.deepEqual(where, ['pjsip.conf:3', 'pjsip.d/trunk.conf:4', 'pjsip_wizard.conf:4']);
  });

  test('references: an aor is referenced only by its endpoint (typed by object)', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      main.uri,
      positionOf(main, 'aors=6001', 'aors='.length + 1),
    );
    const where = refs.map((r) => `${rel(r.uri)}:${r.range.start.line + 1}`).sort();
    assert.deepEqual(
      where,
      ['pjsip.conf:19', 'pjsip.conf:27'],
      'the aor [6001] and aors=6001, not the endpoint or auth named 6001',
    );
  });

  test('rename: a transport renames its section and every reference across files', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      main.uri,
      positionOf(main, '[transport-udp]', 3),
      'udp-main',
    );
    assert.ok(edit, 'rename returned no WorkspaceEdit');
    const changes = edit
      .entries()
      .map(([uri, edits]) => [rel(uri), edits.map((e) => `${e.range.start.line + 1}:${e.newText}`)] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
    assert.deepEqual(changes, [
      ['pjsip.conf', ['3:udp-main']],
      ['pjsip.d/trunk.conf', ['4:udp-main']],
      ['pjsip_wizard.conf', ['4:udp-main']],
    ]);
    for (const [uri, edits] of edit.entries()) {
      const doc = await vscode.workspace.openTextDocument(uri);
      for (const e of edits)
        assert.equal(doc.getText(e.range), 'transport-udp', `${basename(uri)} edit replaces the old name`);
    }
  });

  test('rename: refused on an option name', async () => {
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          main.uri,
          positionOf(main, 'context=from-internal', 2),
          'x',
        ),
      ),
    );
  });

  test('document symbols: one per section, with type and template', async () => {
    const syms = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      main.uri,
    );
    assert.deepEqual(
      syms.map((s) => `${s.name}:${s.detail}`),
      [
        'transport-udp:transport',
        'phone-template:endpoint · template',
        '6001:endpoint · from phone-template',
        '6001:auth',
        '6001:aor',
        '6002:endpoint · from phone-template',
        '6002:auth',
        '6002:aor',
      ],
    );
    const alice = syms[2];
    assert.equal(alice.range.start.line, 16);
    assert.equal(alice.kind, syms[5].kind);
  });

  test('the broken file still has its diagnostics after all this (nothing was changed)', async () => {
    const broken = await open('broken/pjsip.conf');
    await waitForCodes(broken.uri, ['invalid-value', 'unknown-option', 'unresolved-reference', 'unused-section']);
    assert.equal(broken.isDirty, false);
  });
});
