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
  VersionChoiceNotification,
  type ExplainResult,
  type IncludedFilesParams,
  type TargetVersionParams,
  type VersionChoiceParams,
} from '../../server/src/protocol';
import { registerWhoAnswers } from './whoAnswers';
import { registerConvertSipConf } from './convertSipConf';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // acl.conf and extensions.conf too: the server reads their unsaved edits (it answers no requests about them)
    documentSelector: [
      { language: 'pjsip' },
      { scheme: 'file', pattern: '**/acl.conf' },
      { scheme: 'file', pattern: '**/extensions.conf' },
    ],
    initializationOptions: () => ({ versionChoice: rememberedVersion(context) }),
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
  registerWhoAnswers(context, () => client);
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

/**
 * Explain a pasted Asterisk log line: the server finds the place in the config (we open it there) and answers; the
 * answer opens beside it in a read-only view with the server's plain title (a webview with the Markdown rendered
 * by VS Code's Markdown extension, or a read-only virtual document where that is missing), never an Untitled file.
 */
function registerExplainLogLine(context: vscode.ExtensionContext): void {
  const explanations = new ExplanationView(context);
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
      if (r.uri && r.range) {
        const p = (x: { line: number; character: number }) => new vscode.Position(x.line, x.character);
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(r.uri));
        await vscode.window.showTextDocument(doc, {
          selection: new vscode.Range(p(r.range.start), p(r.range.end)),
          preview: false,
        });
      }
      await explanations.show(r.title, r.markdown);
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

/** The folder a remembered version belongs to: the first workspace folder, else the folder of the file in front. */
function folderKey(): string {
  const ws = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (ws) return ws.toString();
  const doc = vscode.window.activeTextEditor?.document.uri;
  return doc ? vscode.Uri.joinPath(doc, '..').toString() : '';
}

const versionKey = () => `pjsip.asteriskVersion:${folderKey()}`;
const askedKey = () => `pjsip.askedForVersion:${folderKey()}`;

/** The Asterisk version chosen for this folder, kept in the extension's own storage (never in the folder). */
function rememberedVersion(context: vscode.ExtensionContext): string {
  return context.globalState.get<string>(versionKey()) ?? '';
}

/**
 * The status bar shows what the server says its answers are for. Choosing a version (the picker, which also takes
 * a typed `20.7` or `20.7.0`) remembers it for the folder in the extension's storage and tells the server; only
 * the picker's "save in the workspace settings" button, or a setting already there, writes `pjsip.asteriskVersion`.
 * When the server says nothing tells which Asterisk a set is for, ask once per folder.
 */
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
  const pick = async () => {
    const chosen = target && (await pickVersion(target));
    if (chosen && target) await chooseVersion(context, client, target, chosen.value, chosen.inWorkspace);
  };
  const ask = async (a: NonNullable<TargetVersionParams['ask']>) => {
    if (context.globalState.get<boolean>(askedKey())) return;
    await context.globalState.update(askedKey(), true);
    const buttons = [...(a.hint ? [a.hint.label] : []), a.choose];
    const answer = await vscode.window.showInformationMessage(a.message, ...buttons);
    if (a.hint && answer === a.hint.label && target) await chooseVersion(context, client, target, a.hint.value);
    else if (answer === a.choose) await pick();
  };
  client.onNotification(TargetVersionNotification, (p: TargetVersionParams) => {
    target = p;
    status.text = p.text;
    status.tooltip = p.tooltip;
    showStatus();
    if (p.ask) void ask(p.ask);
  });
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showStatus));
  context.subscriptions.push(vscode.commands.registerCommand(PickTargetVersionCommand, pick));
}

/**
 * Remember a version for the folder and tell the server; or write the setting, when asked to (`inWorkspace`) or
 * when one is already set (a remembered choice would not win over it).
 */
async function chooseVersion(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  t: TargetVersionParams,
  value: string,
  inWorkspace = false,
): Promise<void> {
  const config = vscode.workspace.getConfiguration(t.settingSection);
  const inspected = config.inspect<string>(t.settingName);
  const where =
    inWorkspace || inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined
      ? vscode.ConfigurationTarget.Workspace
      : inspected?.globalValue
        ? vscode.ConfigurationTarget.Global
        : undefined;
  await context.globalState.update(versionKey(), where === undefined && value ? value : undefined);
  await context.globalState.update(askedKey(), true);
  await client.sendNotification(VersionChoiceNotification, {
    version: where === undefined ? value : '',
  } satisfies VersionChoiceParams);
  if (where !== undefined) await config.update(t.settingName, value || undefined, where);
}

/** The picker: the server's choices, and whatever version is typed; an item's button keeps it in the settings. */
async function pickVersion(t: TargetVersionParams): Promise<{ value: string; inWorkspace: boolean } | undefined> {
  const save: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('save'), tooltip: t.picker.saveInWorkspace };
  type Item = vscode.QuickPickItem & { value: string };
  const fixed: Item[] = t.choices.map((c) => ({
    label: c.label,
    description: c.description,
    value: c.value,
    picked: c.value === t.current,
    buttons: [save],
  }));
  const typed = (v: string): Item | undefined =>
    /^(\d+(\.\d+){0,2}|master)$/i.test(v.trim())
      ? { label: t.picker.typed.replace('{0}', v.trim()), value: v.trim(), alwaysShow: true, buttons: [save] }
      : undefined;
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = t.text;
  qp.placeholder = t.picker.placeholder;
  qp.items = fixed;
  qp.matchOnDescription = true;
  qp.onDidChangeValue((v) => {
    const own = typed(v);
    qp.items = own ? [own, ...fixed] : fixed;
  });
  const done = new Promise<{ value: string; inWorkspace: boolean } | undefined>((resolve) => {
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0] ?? typed(qp.value);
      resolve(item ? { value: item.value, inWorkspace: false } : undefined);
      qp.hide();
    });
    qp.onDidTriggerItemButton((e) => {
      resolve({ value: e.item.value, inWorkspace: true });
      qp.hide();
    });
    qp.onDidHide(() => resolve(undefined));
  });
  qp.show();
  const chosen = await done;
  qp.dispose();
  return chosen;
}

/** One read-only view for the answers of "explain a log line", reused for the next answer. */
class ExplanationView implements vscode.TextDocumentContentProvider {
  static readonly scheme = 'pjsip-explanation';
  private panel: vscode.WebviewPanel | undefined;
  private text = '';
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(context: vscode.ExtensionContext) {
    context.subscriptions.push(
      vscode.workspace.registerTextDocumentContentProvider(ExplanationView.scheme, this),
      this.changed,
    );
  }

  provideTextDocumentContent(): string {
    return this.text;
  }

  async show(title: string, markdown: string): Promise<void> {
    let html: string | undefined;
    try {
      html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    } catch {
      html = undefined;
    }
    if (typeof html !== 'string') {
      // no Markdown extension: the Markdown itself, in a read-only document
      this.text = markdown;
      const uri = vscode.Uri.from({ scheme: ExplanationView.scheme, path: `/${title}.md` });
      this.changed.fire(uri);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      return;
    }
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'pjsip.explanation',
        title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableFindWidget: true },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = title;
    this.panel.webview.html = page(title, html, this.panel.webview.cspSource);
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }
}

/** The answer as a page: no scripts, styles from the theme. */
function page(title: string, body: string, csp: string): string {
  const esc = (t: string) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${csp} 'unsafe-inline'; img-src ${csp} https: data:;">
<title>${esc(title)}</title>
<style>body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);padding:0 16px;line-height:1.5}
code{font-family:var(--vscode-editor-font-family)}table{border-collapse:collapse}td,th{border:1px solid var(--vscode-panel-border);padding:2px 6px}</style>
</head><body>${body}</body></html>`;
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
