/**
 * Document notifications: update the open documents and re-publish their sets. Opening or closing a document drops
 * the analyses that read it; an edit keeps them, so that the next analysis can update the last one in place.
 */
import type {
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
} from 'vscode-languageserver';
import type { Session } from './session';
import { isPjsipConfig, ROOT_FILE } from '../analysis/analyze';
import { askForVersion } from './targetVersion';

export function documentOpened(s: Session, p: DidOpenTextDocumentParams): void {
  const doc = s.docs.open(p);
  republish(s, doc.path, 0);
  if (isPjsipConfig(doc.path) && !s.version.asked) {
    // the header of the file opened and of the set's pjsip.conf may name the version (a hint for the question)
    const root = s.provider.read(`${s.sets.dirOf(doc.path)}/${ROOT_FILE}`);
    void askForVersion(s, [doc.file.text, root?.text ?? '']);
  }
}

export function documentChanged(s: Session, p: DidChangeTextDocumentParams): void {
  const doc = s.docs.change(p);
  // the analyses are kept: the next one can update the last in place (analysis/incremental.ts)
  if (doc) s.diagnostics.schedule(s.analyses.edited(doc.path), undefined, doc.path);
}

export function documentClosed(s: Session, p: DidCloseTextDocumentParams): void {
  const doc = s.docs.close(p.textDocument.uri);
  if (doc) republish(s, doc.path, 0);
}

/** Drop the analyses that read `path` and publish their sets after `delay` ms. */
function republish(s: Session, path: string, delay: number): void {
  s.diagnostics.schedule([s.sets.dirOf(path), ...s.analyses.invalidate(path)], delay);
}
