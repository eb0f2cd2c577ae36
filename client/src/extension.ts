/**
 * The VS Code side: start the language server and hand documents to it. No pjsip knowledge here.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  ExplainLogLineCommand,
  IncludedFilesNotification,
  PickTargetVersionCommand,
  TargetVersionNotification,
  type ExplainResult,
  type IncludedFilesParams,
  type TargetVersionParams,
} from '../../server/src/protocol';
import { registerConvertSipConf } from './convertSipConf';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'pjsip' }],
    synchronize: {
      configurationSection: 'pjsip',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.conf'),
    },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(routeDocLink)),
    },
  };
  client = new LanguageClient('pjsip', 'PJSIP Language Server', serverOptions, clientOptions);

  registerShowReferences(context);
  context.subscriptions.push(vscode.commands.registerCommand(ShowDocCommand, showDoc));
  registerExplainLogLine(context);
  registerConvertSipConf(context, client);
  await client.start();
  client.outputChannel.appendLine(
    `Extension ${context.extension.id} ${String((context.extension.packageJSON as { version?: string }).version)} in ${vscode.env.appName} ${vscode.version}`,
  );
  adoptIncludedFiles(context, client);
  showTargetVersion(context, client);
}

/** Opens a Markdown document rendered, scrolled to the heading its fragment names. */
const ShowDocCommand = 'pjsip.showDocumentation';

function showDoc(href: string): Thenable<unknown> {
  return vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.parse(href));
}

/**
 * A diagnostic's code link to a Markdown file with a fragment (`file:///.../doc.md#heading`) opens as raw text at
 * line 1 in VS Code; route it through our command so it opens rendered at that heading. Other links stay as
 * they are (and other editors get the server's plain link).
 */
function routeDocLink(d: vscode.Diagnostic): vscode.Diagnostic {
  const code = d.code;
  if (typeof code !== 'object' || !(code.target instanceof vscode.Uri)) return d;
  const t = code.target;
  if (t.scheme !== 'file' || !t.fragment || !/\.md$/i.test(t.path)) return d;
  const args = encodeURIComponent(JSON.stringify([t.toString()]));
  d.code = { value: code.value, target: vscode.Uri.parse(`command:${ShowDocCommand}?${args}`) };
  return d;
}

/** Code lenses carry plain JSON locations; turn them into VS Code objects for the built-in references view. */
function registerShowReferences(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(
      'pjsip.showReferences',
      (
        uri: string,
        pos: { line: number; character: number },
        locations: {
          uri: string;
          range: { start: { line: number; character: number }; end: { line: number; character: number } };
        }[],
      ) => {
        const p = (x: { line: number; character: number }) => new vscode.Position(x.line, x.character);
        return vscode.commands.executeCommand(
          'editor.action.showReferences',
          vscode.Uri.parse(uri),
          p(pos),
          locations.map(
            (l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(p(l.range.start), p(l.range.end))),
          ),
        );
      },
    ),
  );
}

/** Explain a pasted Asterisk log line: the server finds the place in the config; we open it and show its answer. */
function registerExplainLogLine(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('pjsip.explainLogLine', async (given?: string) => {
      const line =
        given ??
        (await vscode.window.showInputBox({
          prompt: vscode.l10n.t('Paste an Asterisk log line'),
          placeHolder: vscode.l10n.t('a WARNING or ERROR line, with or without its timestamp'),
          ignoreFocusOut: true,
        }));
      if (!line?.trim() || !client) return undefined;
      const r = await client.sendRequest<ExplainResult | null>('workspace/executeCommand', {
        command: ExplainLogLineCommand,
        arguments: [line, vscode.window.activeTextEditor?.document.uri.toString()],
      });
      if (!r) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('No part of the open config matches this log line (or it is not a line the server knows).'),
        );
        return undefined;
      }
      const p = (x: { line: number; character: number }) => new vscode.Position(x.line, x.character);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(r.uri));
      await vscode.window.showTextDocument(doc, {
        selection: new vscode.Range(p(r.range.start), p(r.range.end)),
        preview: false,
      });
      const md = await vscode.workspace.openTextDocument({ language: 'markdown', content: r.markdown });
      await vscode.commands.executeCommand('markdown.showPreviewToSide', md.uri);
      return r;
    }),
  );
}

/** Files the server found in a config set (an #include with any name) are pjsip documents too. */
function adoptIncludedFiles(context: vscode.ExtensionContext, client: LanguageClient): void {
  const members = new Set<string>();
  const adopt = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'pjsip' && members.has(doc.uri.toString()))
      void vscode.languages.setTextDocumentLanguage(doc, 'pjsip');
  };
  client.onNotification(IncludedFilesNotification, (p: IncludedFilesParams) => {
    for (const u of p.uris) members.add(u);
    vscode.workspace.textDocuments.forEach(adopt);
  });
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(adopt));
}

/** The status bar shows what the server says its answers are for; the picker writes the setting it names. */
function showTargetVersion(context: vscode.ExtensionContext, client: LanguageClient): void {
  const status = vscode.window.createStatusBarItem('pjsip.targetVersion', vscode.StatusBarAlignment.Right, 100);
  status.name = vscode.l10n.t('PJSIP target version');
  status.command = PickTargetVersionCommand;
  context.subscriptions.push(status);
  let target: TargetVersionParams | undefined;
  const showStatus = () => {
    if (target && vscode.window.activeTextEditor?.document.languageId === 'pjsip') status.show();
    else status.hide();
  };
  client.onNotification(TargetVersionNotification, (p: TargetVersionParams) => {
    target = p;
    status.text = p.text;
    status.tooltip = p.tooltip;
    showStatus();
  });
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showStatus));
  context.subscriptions.push(
    vscode.commands.registerCommand(PickTargetVersionCommand, async () => {
      if (!target) return;
      const t = target;
      const items = t.choices.map((c) => ({
        label: c.label,
        description: c.description,
        value: c.value,
        picked: c.value === t.current,
      }));
      const pick = await vscode.window.showQuickPick(items, { placeHolder: t.tooltip, title: t.text });
      if (!pick) return;
      await vscode.workspace
        .getConfiguration(t.settingSection)
        .update(t.settingName, pick.value || undefined, vscode.ConfigurationTarget.Workspace);
    }),
  );
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
