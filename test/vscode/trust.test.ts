/**
 * Restricted mode: the workspace is not trusted (scripts/test-e2e.mjs runs this suite alone in a second
 * code-server with workspace trust on and the folder never trusted). package.json declares untrusted-workspace
 * support, so the extension still runs: diagnostics and hovers work there too.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAll, hoverText, open, positionOf, waitForCodes } from './helpers';

if (process.env.PJSIP_VSCODE_UNTRUSTED)
  suite('restricted mode (untrusted workspace)', () => {
    suiteTeardown(closeAll);

    test('the workspace is not trusted, and the extension is active', async () => {
      assert.equal(vscode.workspace.isTrusted, false);
      await open('broken/pjsip.conf');
      await activeExtension();
    });

    test('diagnostics and hovers still work', async () => {
      const doc = await open('broken/pjsip.conf');
      await waitForCodes(doc.uri, ['invalid-value', 'unknown-option', 'unresolved-reference', 'unused-section']);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        doc.uri,
        positionOf(doc, 'dtmf_mode', 2),
      );
      assert.match(hoverText(hovers), /\*\*dtmf_mode\*\* — endpoint option/);
    });
  });
