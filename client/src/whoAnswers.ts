/**
 * "PJSIP: Who answers a request from…": asks for a source address, a From user and a number, relays them to the
 * server (`pjsip.server.whoAnswers`) and shows its answer in a read-only Markdown preview. No pjsip knowledge here.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WhoAnswersCommand, type WhoAnswersArgs, type WhoAnswersResult } from '../../server/src/protocol';

export function registerWhoAnswers(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('pjsip.whoAnswers', async (given?: WhoAnswersArgs) => {
      const args = given ?? (await ask());
      const c = client();
      if (!args || !c) return undefined;
      const r = await c.sendRequest<WhoAnswersResult | null>('workspace/executeCommand', {
        command: WhoAnswersCommand,
        arguments: [{ ...args, uri: args.uri ?? vscode.window.activeTextEditor?.document.uri.toString() }],
      });
      if (!r) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('No config set to answer for, or the source address is not an IP address.'),
        );
        return undefined;
      }
      const md = await vscode.workspace.openTextDocument({ language: 'markdown', content: r.markdown });
      await vscode.commands.executeCommand('markdown.showPreviewToSide', md.uri);
      return r;
    }),
  );
}

async function ask(): Promise<WhoAnswersArgs | undefined> {
  const source = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Source address of the request (IP, optionally :port)'),
    placeHolder: '203.0.113.7',
    ignoreFocusOut: true,
  });
  if (!source?.trim()) return undefined;
  const user = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('From user (empty: none)'),
    placeHolder: '1001',
    ignoreFocusOut: true,
  });
  if (user === undefined) return undefined;
  const exten = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Number dialled (the Request-URI user)'),
    placeHolder: '100',
    ignoreFocusOut: true,
  });
  if (exten === undefined) return undefined;
  return { source: source.trim(), user: user.trim() || undefined, exten: exten.trim() || undefined };
}
