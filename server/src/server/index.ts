/**
 * The language server: wires LSP messages to the parts in this folder. Takes any `Connection` (stdio or node IPC
 * from main.ts, an in-memory stream pair in tests). No pjsip knowledge lives here: everything is delegated to the
 * pure core (analysis/, features/).
 */
import type { CodeAction, CompletionItem, Connection } from 'vscode-languageserver';
import { configurationChanged, initialize, initialized } from './lifecycle';
import { runSafe } from './runSafe';
import { createSession } from './session';
import { documentChanged, documentClosed, documentOpened } from './sync';
import { watchedFilesChanged } from './watchedFiles';
import { codeAction } from './handlers/codeAction';
import { codeLens } from './handlers/codeLens';
import { completion } from './handlers/completion';
import { definition } from './handlers/definition';
import { documentLinks } from './handlers/documentLinks';
import { documentSymbol } from './handlers/documentSymbol';
import { folding } from './handlers/folding';
import { formatting, rangeFormatting } from './handlers/formatting';
import { highlights } from './handlers/highlights';
import { hover } from './handlers/hover';
import { references } from './handlers/references';
import { prepareRename, rename } from './handlers/rename';
import { workspaceSymbol } from './handlers/workspaceSymbol';
import { executeCommand } from './handlers/explainLogLine';

export { defaultSettings, mergeSettings, type Settings } from './settings';
export { pathToUri, uriToPath } from './conversions';

export function startServer(conn: Connection): void {
  const s = createSession(conn);

  conn.onInitialize((p) => initialize(s, p));
  conn.onInitialized(() => initialized(s));
  conn.onDidChangeConfiguration((p) => configurationChanged(s, p));
  conn.onShutdown(() => s.diagnostics.dispose());

  conn.onDidOpenTextDocument((p) => documentOpened(s, p));
  conn.onDidChangeTextDocument((p) => documentChanged(s, p));
  conn.onDidCloseTextDocument((p) => documentClosed(s, p));
  conn.onDidChangeWatchedFiles((p) => watchedFilesChanged(s, p));

  conn.onCompletion((p, t) => runSafe(conn, 'completion', t, [] as CompletionItem[], () => completion(s, p)));
  conn.onHover((p, t) => runSafe(conn, 'hover', t, null, () => hover(s, p)));
  conn.onDefinition((p, t) => runSafe(conn, 'definition', t, [], () => definition(s, p)));
  conn.onReferences((p, t) => runSafe(conn, 'references', t, [], () => references(s, p)));
  conn.onDocumentHighlight((p, t) => runSafe(conn, 'highlight', t, [], () => highlights(s, p)));
  conn.onPrepareRename((p, t) => runSafe(conn, 'prepareRename', t, null, () => prepareRename(s, p)));
  conn.onRenameRequest((p, t) => runSafe(conn, 'rename', t, null, () => rename(s, p)));
  conn.onDocumentSymbol((p, t) => runSafe(conn, 'documentSymbol', t, [], () => documentSymbol(s, p)));
  conn.onWorkspaceSymbol((p, t) => runSafe(conn, 'workspaceSymbol', t, [], () => workspaceSymbol(s, p)));
  conn.onFoldingRanges((p, t) => runSafe(conn, 'folding', t, [], () => folding(s, p)));
  conn.onCodeLens((p, t) => runSafe(conn, 'codeLens', t, [], () => codeLens(s, p)));
  conn.onDocumentLinks((p, t) => runSafe(conn, 'documentLinks', t, [], () => documentLinks(s, p)));
  conn.onCodeAction((p, t) => runSafe(conn, 'codeAction', t, [] as CodeAction[], () => codeAction(s, p)));
  conn.onDocumentFormatting((p, t) => runSafe(conn, 'format', t, [], () => formatting(s, p)));
  conn.onExecuteCommand((p, t) => runSafe(conn, 'executeCommand', t, null, () => executeCommand(s, p)));
  conn.onDocumentRangeFormatting((p, t) => runSafe(conn, 'rangeFormat', t, [], () => rangeFormatting(s, p)));

  conn.listen();
}
