/** textDocument/formatting and textDocument/rangeFormatting (whole lines; a range ending at column 0 stops on the line before). */
import type { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import * as F from '../../features';
import { range } from '../conversions';
import type { Session } from '../session';

export function formatting(s: Session, p: DocumentFormattingParams): TextEdit[] {
  return formatEdits(s, p.textDocument.uri);
}

export function rangeFormatting(s: Session, p: DocumentRangeFormattingParams): TextEdit[] {
  const { start, end } = p.range;
  return formatEdits(
    s,
    p.textDocument.uri,
    start.line,
    end.character === 0 && end.line > start.line ? end.line - 1 : end.line,
  );
}

function formatEdits(s: Session, uri: string, startLine?: number, endLine?: number): TextEdit[] {
  const x = s.analyses.forDoc(uri);
  if (!x) return [];
  const { style, blankLineBetweenSections } = s.settings.current.format;
  return F.format(x.doc.file, { style, blankLineBetweenSections, startLine, endLine }).map((e) => ({
    range: range(x.doc.file, e.start, e.end),
    newText: e.newText,
  }));
}
