/**
 * The extension's settings as a user edits them in the Settings JSON editor: rule ids complete inside
 * "pjsip.severity": {}, and each severity value completes.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './helpers';

const SETTINGS = '{\n  "$schema": "vscode://schemas/settings/user",\n  "pjsip.severity": {\n    \n  }\n}\n';

async function completionsAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    doc.uri,
    pos,
  );
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

suite('settings JSON', () => {
  test('rule ids complete as keys of pjsip.severity', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'json', content: SETTINGS });
    await vscode.window.showTextDocument(doc);
    const pos = new vscode.Position(3, 4);
    const labels = await waitFor(
      'rule ids among the completions',
      async () => {
        const l = await completionsAt(doc, pos);
        return l.some((x) => x.includes('unknown-option')) ? l : undefined;
      },
      30000,
      250,
    );
    assert.ok(
      labels.some((x) => x.includes('wizard-missing-required')),
      labels.join(', '),
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
