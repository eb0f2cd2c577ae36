import type { SyntaxTree } from './nodes';
import { lineIndexAt } from './parser';

/** Zero-based line and UTF-16 character of an absolute offset. */
export function positionAt(tree: SyntaxTree, offset: number): { line: number; character: number } {
  const o = Math.max(0, Math.min(offset, tree.text.length));
  const line = lineIndexAt(tree.lineStarts, o);
  return { line, character: o - tree.lineStarts[line] };
}

/** Absolute offset of a zero-based line/character (clamped to the line's text). */
export function offsetAt(tree: SyntaxTree, pos: { line: number; character: number }): number {
  if (pos.line < 0) return 0;
  if (pos.line >= tree.lines.length) return tree.text.length;
  return tree.lineStarts[pos.line] + Math.max(0, Math.min(pos.character, lineContentLength(tree, pos.line)));
}

/** Absolute offset where line `index`'s content ends (before its end-of-line characters). */
export function lineContentEnd(tree: SyntaxTree, index: number): number {
  const l = tree.lines[index];
  return tree.lineStarts[index] + l.length - l.eol;
}

/** Length of line `index` without its end-of-line characters. */
export function lineContentLength(tree: SyntaxTree, index: number): number {
  const l = tree.lines[index];
  return l.length - l.eol;
}

/** The end-of-line text of line `index`; for the last line, the file's usual one (`\r\n` if it has any). */
export function lineBreakOf(tree: SyntaxTree, index: number): string {
  const l = tree.lines[index];
  if (!l.eol) return tree.text.includes('\r\n') ? '\r\n' : '\n';
  const end = lineContentEnd(tree, index);
  return tree.text.slice(end, end + l.eol);
}
