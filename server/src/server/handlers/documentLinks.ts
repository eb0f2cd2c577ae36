/** textDocument/documentLink: `#include` targets. */
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import * as F from '../../features';
import { range } from '../conversions';
import type { Session } from '../session';

export function documentLinks(s: Session, p: DocumentLinkParams): DocumentLink[] {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x) return [];
  const files = s.files(x.a);
  return F.documentLinks(x.a, x.file).map((l) => ({
    range: range(x.file, l.start, l.end),
    target: files.uriOf(l.target),
  }));
}
