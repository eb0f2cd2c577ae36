/**
 * Activation and diagnostics, through the real VS Code API.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activeExtension,
  closeAll,
  codeOf,
  EXTENSION_ID,
  fixture,
  open,
  pjsipDiagnostics,
  waitFor,
  waitForCodes,
} from './helpers';

suite('activation and diagnostics', () => {
  suiteTeardown(closeAll);

  test('opening pjsip.conf activates the extension with language pjsip', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not loaded`);
    const doc = await open('pjsip.conf');
    assert.equal(doc.languageId, 'pjsip');
    const active = await activeExtension();
    assert.equal(active.isActive, true);
    assert.equal(active.packageJSON.name, 'pjsip-language-tools');
  });

  test('pjsip_wizard.conf and pjsip.d/*.conf get the pjsip language too', async () => {
    for (const f of ['pjsip_wizard.conf', 'pjsip.d/trunk.conf']) {
      const doc = await vscode.workspace.openTextDocument(fixture(f));
      assert.equal(doc.languageId, 'pjsip', f);
    }
  });

  test('the broken config gets exactly its known errors, with rule ids and ranges', async () => {
    const doc = await open('broken/pjsip.conf');
    const diags = await waitForCodes(doc.uri, [
      'invalid-value',
      'unknown-option',
      'unresolved-reference',
      'unused-section',
    ]);
    const rows = diags.map((d) => [codeOf(d), d.range.start.line + 1, doc.getText(d.range), d.severity]);
    assert.deepEqual(rows, [
      ['invalid-value', 13, 'rfc2833', vscode.DiagnosticSeverity.Error],
      ['unknown-option', 14, 'direct_medai', vscode.DiagnosticSeverity.Error],
      ['unresolved-reference', 16, '7002', vscode.DiagnosticSeverity.Error],
      ['unused-section', 24, '7001', vscode.DiagnosticSeverity.Hint],
    ]);
    assert.deepEqual(diags[3].tags, [vscode.DiagnosticTag.Unnecessary], 'an aor nothing names is shown faded');
    assert.match(diags[3].message, /`aors=7002` in \[7001\]/);
    assert.match(diags[0].message, /'rfc2833' is not a valid dtmf_mode/);
    assert.match(diags[2].message, /No aor named '7002'/);
    const code = diags[1].code;
    assert.ok(
      typeof code === 'object' && decodeURIComponent(code.target.toString()).includes('rules.md#unknown-option'),
      'rule id links to its docs (through the command that opens them rendered)',
    );
  });

  test('the clean config set has no diagnostics', async () => {
    const docs: vscode.TextDocument[] = [];
    for (const f of ['pjsip.conf', 'pjsip_wizard.conf', 'pjsip.d/trunk.conf']) docs.push(await open(f));
    // The broken set's diagnostics prove the server publishes; give the clean set the same chance, then require none.
    await waitForCodes(fixture('broken/pjsip.conf'), [
      'invalid-value',
      'unknown-option',
      'unresolved-reference',
      'unused-section',
    ]);
    for (const doc of docs) {
      await waitFor(`no diagnostics on ${doc.uri.path}`, () => pjsipDiagnostics(doc.uri).length === 0, 10000);
    }
  });
});
