/**
 * The language server: wires LSP messages to the parts in this folder. Takes any `Connection` (stdio or node IPC
 * from main.ts, an in-memory stream pair in tests). No pjsip knowledge lives here: everything is delegated to the
 * pure core (analysis/, features/).
 */
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentHighlightRequest,
  DocumentLinkRequest,
  DocumentRangeFormattingRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type ProtocolRequestType,
  type RequestHandler,
  type CancellationToken,
} from 'vscode-languageserver';
import { configurationChanged, initialize, initialized, versionChosen } from './lifecycle';
import { VersionChoiceNotification, type VersionChoiceParams } from '../protocol';
import { runSafe } from './runSafe';
import { DOCUMENT, POSITION, RANGE, invalidParams, type Need } from './params';
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
import { executeCommand } from './handlers/commands';

export { defaultSettings, mergeSettings, type Settings } from './settings';
export { pathToUri, uriToPath } from './conversions';

export function startServer(conn: Connection): void {
  const s = createSession(conn);

  conn.onInitialize((p) => initialize(s, p));
  conn.onInitialized(() => initialized(s));
  conn.onDidChangeConfiguration((p) => configurationChanged(s, p));
  conn.onNotification(VersionChoiceNotification, (p: VersionChoiceParams) => versionChosen(s, p));
  conn.onShutdown(() => {
    s.diagnostics.dispose();
    s.log.dispose();
  });

  conn.onDidOpenTextDocument((p) => documentOpened(s, p));
  conn.onDidChangeTextDocument((p) => documentChanged(s, p));
  conn.onDidCloseTextDocument((p) => documentClosed(s, p));
  conn.onDidChangeWatchedFiles((p) => watchedFilesChanged(s, p));

  const serve = serveOn(conn);
  serve(CompletionRequest.type, POSITION, [] as CompletionItem[], (p) => completion(s, p));
  serve(HoverRequest.type, POSITION, null, (p) => hover(s, p));
  serve(DefinitionRequest.type, POSITION, [], (p) => definition(s, p));
  serve(ReferencesRequest.type, POSITION, [], (p) => references(s, p));
  serve(DocumentHighlightRequest.type, POSITION, [], (p) => highlights(s, p));
  serve(PrepareRenameRequest.type, POSITION, null, (p) => prepareRename(s, p));
  serve(RenameRequest.type, [...POSITION, 'newName'], null, (p) => rename(s, p));
  serve(DocumentSymbolRequest.type, DOCUMENT, [], (p) => documentSymbol(s, p));
  serve(WorkspaceSymbolRequest.type, ['query'], [], (p) => workspaceSymbol(s, p));
  serve(FoldingRangeRequest.type, DOCUMENT, [], (p) => folding(s, p));
  serve(CodeLensRequest.type, DOCUMENT, [], (p) => codeLens(s, p));
  serve(DocumentLinkRequest.type, DOCUMENT, [], (p) => documentLinks(s, p));
  serve(CodeActionRequest.type, RANGE, [] as CodeAction[], (p) => codeAction(s, p));
  serve(DocumentFormattingRequest.type, DOCUMENT, [], (p) => formatting(s, p));
  serve(ExecuteCommandRequest.type, ['command'], null, (p) => executeCommand(s, p));
  serve(DocumentRangeFormattingRequest.type, RANGE, [], (p) => rangeFormatting(s, p));

  conn.listen();
}

type Serve = <P, R, PR, RO>(
  type: ProtocolRequestType<P, R, PR, void, RO>,
  needs: readonly Need[],
  fallback: R,
  fn: (p: P) => R | Promise<R>,
) => void;

/** Registers a request handler behind `runSafe`, with the params checked against what the method needs. */
function serveOn(conn: Connection): Serve {
  return <P, R, PR, RO>(
    type: ProtocolRequestType<P, R, PR, void, RO>,
    needs: readonly Need[],
    fallback: R,
    fn: (p: P) => R | Promise<R>,
  ) => {
    const handler = (p: P, t: CancellationToken) =>
      runSafe(conn, type.method, t, fallback, () => fn(p), invalidParams(type.method, p, needs));
    // The library's HandlerResult is a conditional type that TypeScript cannot resolve for a generic R.
    conn.onRequest(type, handler as RequestHandler<P, R, void>);
  };
}
