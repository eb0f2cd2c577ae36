/**
 * Features that edit: quick fixes and formatting. Edits stay in memory and every document is reverted
 * afterwards; nothing is saved (the launchers also run on a temporary copy of the fixtures).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAll, codeOf, open, positionOf, revert, waitForCodes } from './helpers';

async function codeActions(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    range,
  );
  return all.filter((a): a is vscode.CodeAction => 'edit' in a || 'kind' in a);
}

suite('quick fixes and formatting', () => {
  suiteSetup(async () => {
    await open('pjsip.conf');
    await activeExtension();
  });
  teardown(async () => {
    for (const d of vscode.workspace.textDocuments) await revert(d);
  });
  suiteTeardown(closeAll);

  test('quick fix for unknown-option: change to the option meant, and the error goes away', async () => {
    const doc = await open('broken/pjsip.conf');
    const diags = await waitForCodes(doc.uri, [
      'invalid-value',
      'unknown-option',
      'unresolved-reference',
      'unused-section',
    ]);
    const d = diags.find((x) => codeOf(x) === 'unknown-option')!;
    const actions = await codeActions(doc, d.range);
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, ["Change to 'direct_media'", 'Disable unknown-option for this line']);
    const fix = actions[0];
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.kind?.value, 'quickfix');
    assert.ok(fix.edit, 'the quick fix carries a WorkspaceEdit');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(doc.lineAt(d.range.start.line).text, 'direct_media=no');
    await waitForCodes(doc.uri, ['invalid-value', 'unresolved-reference', 'unused-section']);
  });

  test('quick fix for unresolved-reference: create the missing aor', async () => {
    const doc = await open('broken/pjsip.conf');
    const diags = await waitForCodes(doc.uri, [
      'invalid-value',
      'unknown-option',
      'unresolved-reference',
      'unused-section',
    ]);
    const d = diags.find((x) => codeOf(x) === 'unresolved-reference')!;
    const actions = await codeActions(doc, d.range);
    const create = actions.find((a) => a.title === 'Create aor [7002]');
    assert.ok(create?.edit, actions.map((a) => a.title).join(' | '));
    assert.equal(await vscode.workspace.applyEdit(create.edit), true);
    assert.match(doc.getText(), /\n\[7002\]\ntype=aor\n/);
    await waitForCodes(doc.uri, ['invalid-value', 'unknown-option', 'unused-section']);
  });

  test('quick fix for invalid-value: the suggested enum value', async () => {
    const doc = await open('broken/pjsip.conf');
    const diags = await waitForCodes(doc.uri, [
      'invalid-value',
      'unknown-option',
      'unresolved-reference',
      'unused-section',
    ]);
    const d = diags[0];
    const actions = await codeActions(doc, d.range);
    const fix = actions.find((a) => a.isPreferred);
    assert.equal(fix?.title, "Change to 'rfc4733'");
    assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
    assert.equal(doc.lineAt(d.range.start.line).text, 'dtmf_mode=rfc4733');
    await waitForCodes(doc.uri, ['unknown-option', 'unresolved-reference', 'unused-section']);
  });

  test('formatting: spacing and indentation back to the file style', async () => {
    const doc = await open('pjsip_wizard.conf');
    const original = doc.getText();
    const messy = new vscode.WorkspaceEdit();
    const line = doc.lineAt(positionOf(doc, 'remote_hosts=').line);
    messy.replace(doc.uri, line.range, '   remote_hosts =  192.0.2.10   ');
    const header = doc.lineAt(positionOf(doc, '[mytrunk]').line);
    messy.replace(doc.uri, header.range, '[mytrunk]   ');
    assert.equal(await vscode.workspace.applyEdit(messy), true);
    assert.notEqual(doc.getText(), original);

    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>(
      'vscode.executeFormatDocumentProvider',
      doc.uri,
      { tabSize: 4, insertSpaces: true },
    );
    assert.ok(edits && edits.length > 0, 'formatting returned no edits');
    const we = new vscode.WorkspaceEdit();
    we.set(doc.uri, edits);
    assert.equal(await vscode.workspace.applyEdit(we), true);
    assert.equal(doc.getText(), original);
  });

  test('formatting: a clean file needs no edits', async () => {
    const doc = await open('pjsip.conf');
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>(
      'vscode.executeFormatDocumentProvider',
      doc.uri,
      { tabSize: 4, insertSpaces: true },
    );
    assert.deepEqual(edits ?? [], []);
  });

  test('after reverting, the fixtures are unchanged and the errors are back', async () => {
    const doc = await open('broken/pjsip.conf');
    assert.equal(doc.isDirty, false);
    assert.match(doc.getText(), /direct_medai=no/);
    await waitForCodes(doc.uri, ['invalid-value', 'unknown-option', 'unresolved-reference', 'unused-section']);
  });
});
