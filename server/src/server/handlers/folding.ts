/** textDocument/foldingRange: sections and comment blocks. */
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver';
import * as F from '../../features';
import type { Session } from '../session';

export function folding(s: Session, p: FoldingRangeParams): FoldingRange[] {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x) return [];
  return F.foldingRanges(x.a, x.file).map((r) => ({
    startLine: r.startLine,
    endLine: r.endLine,
    kind: r.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
  }));
}
