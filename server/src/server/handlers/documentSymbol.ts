/** textDocument/documentSymbol: the sections of a file, with their options as children. */
import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import * as F from '../../features';
import { range, symbolKind } from '../conversions';
import type { Session } from '../session';

export function documentSymbol(s: Session, p: DocumentSymbolParams): DocumentSymbol[] {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x) return [];
  const conv = (d: F.DocSymbol): DocumentSymbol => ({
    name: d.name,
    detail: d.detail,
    kind: symbolKind[d.kind],
    range: range(x.file, d.start, d.end),
    selectionRange: range(x.file, d.selStart, d.selEnd),
    children: d.children.map(conv),
  });
  return F.documentSymbols(x.a, x.file).map(conv);
}
