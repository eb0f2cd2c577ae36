/**
 * "PJSIP: Convert sip.conf": the server converts the file and returns the files to write; this only writes them
 * into a new folder beside the source (never replacing anything), then opens the source and the result side by
 * side and the report. No knowledge of the config formats here.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ConvertSipConfCommand, type ConvertResult } from '../../server/src/protocol';

export const ConvertCommand = 'pjsip.convertSipConf';

/** `base`, else `base-2`, `base-3`, ...: the first name nothing in `dir` has. */
async function freeFolder(dir: vscode.Uri, base: string): Promise<vscode.Uri> {
  for (let i = 1; ; i++) {
    const uri = vscode.Uri.joinPath(dir, i === 1 ? base : `${base}-${i}`);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
}

async function convert(client: LanguageClient, given?: vscode.Uri): Promise<ConvertResult | undefined> {
  const source = given ?? vscode.window.activeTextEditor?.document.uri;
  if (!source) return undefined;
  if (!client.isRunning()) await client.start();
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === source.toString());
  if (open?.isDirty) await open.save();
  const r = await client.sendRequest<ConvertResult | null>('workspace/executeCommand', {
    command: ConvertSipConfCommand,
    arguments: [source.toString()],
  });
  if (!r) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The file could not be read.'));
    return undefined;
  }
  const folder = await freeFolder(vscode.Uri.joinPath(source, '..'), r.folder);
  for (const f of r.files)
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, f.name), new TextEncoder().encode(f.text));
  const right = vscode.Uri.joinPath(folder, r.compare);
  const title = vscode.l10n.t(
    '{0} ↔ {1}',
    source.path.split('/').pop() ?? '',
    `${folder.path.split('/').pop()}/${r.compare}`,
  );
  await vscode.commands.executeCommand('vscode.diff', source, right, title, { preview: false });
  await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.joinPath(folder, r.report));
  const written = vscode.l10n.t('Written to {0}.', vscode.workspace.asRelativePath(folder));
  if (r.exitCode === 0) void vscode.window.showInformationMessage(`${r.summary} ${written}`);
  else void vscode.window.showWarningMessage(`${r.summary} ${written}`);
  return r;
}

export function registerConvertSipConf(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ConvertCommand, (uri?: vscode.Uri) => convert(client, uri)),
  );
}
