/** Document notifications: update the open documents, drop the analyses that read them, re-publish their set. */
import type {
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
} from 'vscode-languageserver';
import type { Session } from './session';

export function documentOpened(s: Session, p: DidOpenTextDocumentParams): void {
  const doc = s.docs.open(p);
  republish(s, doc.path, 0);
}

export function documentChanged(s: Session, p: DidChangeTextDocumentParams): void {
  const doc = s.docs.change(p);
  if (doc) republish(s, doc.path, undefined, doc.path);
}

export function documentClosed(s: Session, p: DidCloseTextDocumentParams): void {
  const doc = s.docs.close(p.textDocument.uri);
  if (doc) republish(s, doc.path, 0);
}

/** `delay` undefined: the debounce the set's size asks for; `edited`: the file typed in (published first). */
function republish(s: Session, path: string, delay?: number, edited?: string): void {
  s.diagnostics.schedule([s.sets.dirOf(path), ...s.analyses.invalidate(path)], delay, edited);
}
