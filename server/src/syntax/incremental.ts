/**
 * Incremental re-parse: after an edit, only the lines it can affect are parsed again; the others are shared
 * with the old tree.
 */
import type { Line, SyntaxTree } from './nodes';
import { lineIndexAt, parse, scanLine, startsOf } from './parser';

/** An LSP-style change: replace [start, end) of the old text (absolute offsets) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Apply one edit to a parse and re-parse only what it can affect: from the line before the edit to the end of
 * the edited region, then on until a line boundary where the block-comment depth agrees with the old parse.
 * Unchanged `Line` objects are shared with the old tree; only `lineStarts` is shifted. The old tree stays valid.
 */
export function applyEdit(tree: SyntaxTree, edit: TextEdit): SyntaxTree {
  const old = tree.text;
  const start = Math.max(0, Math.min(edit.start, old.length));
  const end = Math.max(start, Math.min(edit.end, old.length));
  const text = old.slice(0, start) + edit.text + old.slice(end);
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom !== tree.bom || start === 0) return parse(text);
  const delta = edit.text.length - (end - start);
  const oldLines = tree.lines;
  const oldStarts = tree.lineStarts;

  // First line to re-parse: the one holding the char before the edit (a `\r` there may join a new `\n`).
  const first = lineIndexAt(oldStarts, start - 1);
  // Old line from which reuse may start: lines starting at or after the end of the edited region.
  let reuse = lineIndexAt(oldStarts, end);
  const mid: Line[] = [];
  let pos = oldStarts[first];
  let depth = oldLines[first].depthIn;
  const newEnd = start + edit.text.length;
  let tail = oldLines.length; // first reused old line (none by default)
  for (;;) {
    while (reuse < oldLines.length && oldStarts[reuse] + delta < pos) reuse++;
    if (
      pos >= newEnd &&
      reuse < oldLines.length &&
      oldStarts[reuse] + delta === pos &&
      oldLines[reuse].depthIn === depth
    ) {
      tail = reuse;
      break;
    }
    const line = scanLine(text, pos, depth, pos === 0 && bom ? 1 : 0);
    mid.push(line);
    pos += line.length;
    depth = line.depthOut;
    if (line.eol === 0) break;
  }
  const lines = oldLines.slice(0, first).concat(mid, oldLines.slice(tail));
  const lineStarts = new Int32Array(lines.length);
  lineStarts.set(oldStarts.subarray(0, first));
  startsOf(mid, 0, lineStarts, first, oldStarts[first]);
  const k0 = first + mid.length;
  for (let k = tail; k < oldLines.length; k++) lineStarts[k0 + k - tail] = oldStarts[k] + delta;
  return { text, lines, lineStarts, bom };
}
