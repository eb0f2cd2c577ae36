/**
 * "PJSIP: Convert sip.conf" in the editor: sip.conf is highlighted as a pjsip document but never checked; the
 * command writes the converted files into a new folder beside it (never over an earlier one) and opens them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAll, fixture, hoverText, open, pjsipDiagnostics, positionOf, waitFor } from './helpers';

interface ConvertResult {
  folder: string;
  files: { name: string; text: string }[];
  exitCode: number;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

suite('convert sip.conf', () => {
  suiteTeardown(async () => {
    await closeAll();
    for (const name of ['pjsip-migrated', 'pjsip-migrated-2'])
      if (await exists(fixture(`chan_sip/${name}`)))
        await vscode.workspace.fs.delete(fixture(`chan_sip/${name}`), { recursive: true });
  });

  test('sip.conf: the pjsip grammar and a hover note, no diagnostics', async () => {
    const doc = await open('chan_sip/sip.conf');
    await activeExtension();
    assert.equal(doc.languageId, 'pjsip');
    const h = await waitFor('the hover note', async () =>
      hoverText(
        await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          doc.uri,
          positionOf(doc, '6001', 1),
        ),
      ),
    );
    assert.match(h, /chan_sip/);
    assert.deepEqual(pjsipDiagnostics(doc.uri), []);
  });

  test('the command writes pjsip-migrated/ beside sip.conf, then pjsip-migrated-2/, and opens the result', async () => {
    const source = fixture('chan_sip/sip.conf');
    const first = await vscode.commands.executeCommand<ConvertResult>('pjsip.convertSipConf', source);
    assert.equal(first.exitCode, 0);
    const pjsip = fixture('chan_sip/pjsip-migrated/pjsip.conf');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(pjsip));
    assert.match(text, /^password=Phone-Secret1$/m);
    const report = new TextDecoder().decode(
      await vscode.workspace.fs.readFile(fixture('chan_sip/pjsip-migrated/MIGRATION.md')),
    );
    assert.ok(!report.includes('Phone-Secret1') && !report.includes('Reg-Secret1'));
    await waitFor('the converted pjsip.conf open', () =>
      vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === pjsip.toString()),
    );
    await vscode.commands.executeCommand('pjsip.convertSipConf', source);
    assert.ok(
      await exists(fixture('chan_sip/pjsip-migrated-2/pjsip.conf')),
      'a second run never writes over the first',
    );
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(pjsip)), text);
  });
});
