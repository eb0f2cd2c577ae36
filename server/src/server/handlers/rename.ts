/** textDocument/prepareRename and textDocument/rename; what cannot be renamed is refused with the core's reason. */
import {
  LSPErrorCodes,
  ResponseError,
  type PrepareRenameParams,
  type Range,
  type RenameParams,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import * as F from '../../features';
import { range, workspaceChanges } from '../conversions';
import type { Session } from '../session';

export function prepareRename(s: Session, p: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x) return null;
  const r = F.prepareRename(x.a, x.file, x.doc.text.offsetAt(p.position), s.locale());
  if ('error' in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
  return { range: range(x.file, r.span.start, r.span.end), placeholder: r.placeholder };
}

export function rename(s: Session, p: RenameParams): WorkspaceEdit | null {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x) return null;
  const r = F.rename(x.a, x.file, x.doc.text.offsetAt(p.position), p.newName, s.locale());
  if ('error' in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
  return { changes: workspaceChanges(s.files(x.a), r.edits) };
}
