/**
 * A diagnostic's rule link (the code in the Problems panel and the hover) opens the rule docs rendered, at the rule:
 * the client routes the server's `file:///.../rules.md#<id>` link through a command that opens the Markdown
 * preview with the fragment.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAll, codeOf, open, pjsipDiagnostics, waitFor } from './helpers';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview'));
}

suite('rule links', () => {
  suiteTeardown(closeAll);

  test('the code link of a diagnostic is a command opening the rule docs at the rule, rendered', async () => {
    const doc = await open('broken/pjsip.conf');
    await activeExtension();
    const d = await waitFor('an unknown-option diagnostic', () =>
      pjsipDiagnostics(doc.uri).find((x) => codeOf(x) === 'unknown-option'),
    );
    const code = d.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'command', code.target.toString());
    const [href] = JSON.parse(code.target.query) as string[];
    const docUri = vscode.Uri.parse(href);
    assert.equal(docUri.fragment, 'unknown-option');
    assert.match(docUri.path, /\/rules\.md$/);
    await vscode.commands.executeCommand(code.target.path, ...(JSON.parse(code.target.query) as string[]));
    const tab = await waitFor('a Markdown preview tab', () => previewTabs()[0]);
    assert.match(tab.label, /rules\.md/);
    assert.ok(
      !vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .some((t) => t.input instanceof vscode.TabInputText && t.input.uri.path.endsWith('rules.md')),
      'the raw Markdown is not opened',
    );
  });
});
