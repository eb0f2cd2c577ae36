/** textDocument/documentHighlight: the same object's name in this file, written (section header) or read. */
import { DocumentHighlightKind, type DocumentHighlight, type DocumentHighlightParams } from 'vscode-languageserver';
import * as F from '../../features';
import { range } from '../conversions';
import type { Session } from '../session';

export function highlights(s: Session, p: DocumentHighlightParams): DocumentHighlight[] {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x) return [];
  return F.highlights(x.a, x.file, x.doc.text.offsetAt(p.position)).map((h) => ({
    range: range(x.file, h.span.start, h.span.end),
    kind: h.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
