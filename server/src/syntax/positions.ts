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
  const l = tree.lines[pos.line];
  const start = tree.lineStarts[pos.line];
  return start + Math.max(0, Math.min(pos.character, l.length - l.eol));
}
