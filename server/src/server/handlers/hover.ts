/** textDocument/hover */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import * as F from '../../features';
import { range } from '../conversions';
import type { Session } from '../session';

export function hover(s: Session, p: HoverParams): Hover | null {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x) return null;
  const offset = x.doc.text.offsetAt(p.position);
  const locale = s.locale();
  const h = F.hover(x.a, x.file, offset, { locale });
  return h
    ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: range(x.file, h.start, h.end) }
    : null;
}
