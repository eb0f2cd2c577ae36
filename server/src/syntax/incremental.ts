/**
 * Incremental re-parse: after an edit, only the lines it can affect are parsed again; the others are shared
 * with the old tree.
 */
import type { Line, LineChange, SyntaxTree, TextPieces } from './nodes';
import { lineIndexAt, nextTreeId, parse, scanLine, startsOf } from './parser';
import { MAX_HANDOVERS, Tree } from './tree';

/** An LSP-style change: replace [start, end) of the old text (absolute offsets) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Apply one edit to a parse and re-parse only what it can affect: from the line before the edit to the end of
 * the edited region, then on until a line boundary where the block-comment depth agrees with the old parse.
 * Unchanged `Line` objects are shared with the old tree (a line read again to the same text too); only
 * `lineStarts` is shifted. The old tree stays valid: the newest parse hands its arrays on to the edit, which changes
 * them in place, and rebuilds its own if it is read again (`Tree`).
 *
 * Nothing here reads the new text: it is joined from pieces (`SyntaxTree.pieces`), and the lines read again are
 * read from a string of their own (the old text around the edit, with the edit). So no edit copies a large text
 * (V8 copies a joined string into one piece when it is first read), and what the lines cut out (names, values)
 * keeps that short string alive, not a whole text per edit.
 */
export function applyEdit(tree: SyntaxTree, edit: TextEdit): SyntaxTree {
  const oldLength = tree.text.length;
  const start = Math.max(0, Math.min(edit.start, oldLength));
  const end = Math.max(start, Math.min(edit.end, oldLength));
  const old = piecesOf(tree);
  const pieces = edited(old, start, end, edit.text);
  const text = joined(pieces);
  const bom = sliceOf(pieces, 0, 1) === '\ufeff';
  if (bom !== tree.bom) return parse(flat(text));
  const read = readAgain(tree, old, text, bom, start, end, edit.text);
  return afterEdit(tree, pieces.list.length > 1 ? pieces : undefined, text, bom, read);
}

/** What an edit read again: lines `[first, tail)` of the old tree became `mid`, starting at `base`. */
interface ReadAgain {
  first: number;
  tail: number;
  mid: Line[];
  base: number;
  /** Offsets after the edit moved by this much. */
  delta: number;
}

/**
 * The lines an edit replacing `[start, end)` of the old text by `insert` reads again: from the line holding the
 * char before the edit (a `\r` there may join a new `\n`) on, until a line boundary where the old lines go on
 * with the same block-comment depth.
 */
function readAgain(
  tree: SyntaxTree,
  old: TextPieces,
  text: string,
  bom: boolean,
  start: number,
  end: number,
  insert: string,
): ReadAgain {
  const delta = insert.length - (end - start);
  const oldLines = tree.lines;
  const oldStarts = tree.lineStarts;
  const first = lineIndexAt(oldStarts, start - 1);
  // Old line from which reuse may start: lines starting at or after the end of the edited region.
  let reuse = lineIndexAt(oldStarts, end);
  // The region read first: from line `first` to the end of the old line holding `end`, with the edit.
  const base = oldStarts[first];
  const regionOldEnd = reuse + 1 < oldLines.length ? oldStarts[reuse + 1] : tree.text.length;
  let src = sliceOf(old, base, start) + insert + sliceOf(old, end, regionOldEnd);
  let srcBase = base;
  let inRegion = true;
  const mid: Line[] = [];
  let pos = base;
  let depth = oldLines[first].depthIn;
  const newEnd = start + insert.length;
  for (;;) {
    while (reuse < oldLines.length && oldStarts[reuse] + delta < pos) reuse++;
    if (
      pos >= newEnd &&
      reuse < oldLines.length &&
      oldStarts[reuse] + delta === pos &&
      oldLines[reuse].depthIn === depth
    )
      return { first, tail: reuse, mid, base, delta };
    if (inRegion && pos - srcBase >= src.length) {
      // past the region (the block-comment depth changed): read on in the new text
      src = flat(text);
      srcBase = 0;
      inRegion = false;
    }
    let line = scanLine(src, pos - srcBase, depth, pos === 0 && bom ? 1 : 0);
    // The first line is read again from its start (an edit at a line start reads the line above): when it is the
    // same text, it is the same line.
    if (
      !mid.length &&
      line.length === oldLines[first].length &&
      src.slice(0, line.length) === sliceOf(old, base, base + line.length)
    )
      line = oldLines[first];
    mid.push(line);
    pos += line.length;
    depth = line.depthOut;
    if (line.eol === 0) return { first, tail: oldLines.length, mid, base, delta };
  }
}

/** The tree after the edit: the old tree's arrays handed on and changed in place, or (every so often) copied. */
function afterEdit(
  tree: SyntaxTree,
  pieces: TextPieces | undefined,
  text: string,
  bom: boolean,
  { first, tail, mid, base, delta }: ReadAgain,
): Tree {
  const id = nextTreeId();
  const oldLines = tree.lines;
  const oldStarts = tree.lineStarts;
  const last = {
    from: tree.id ?? -1,
    first,
    oldEnd: tail,
    newEnd: first + mid.length,
    removed: oldLines.slice(first, tail),
  };
  const changes = changesSince(tree, last);
  if (tree instanceof Tree && tree.owns && tree.handovers < MAX_HANDOVERS) {
    const arrays = tree.handOver(first, tail - first, mid, base, delta);
    const next = new Tree(text, arrays.lines, arrays.starts, bom, id, pieces, changes, tree.handovers + 1);
    tree.handedTo(next);
    return next;
  }
  const n = first + mid.length + oldLines.length - tail;
  const lines = new Array<Line>(n);
  for (let k = 0; k < first; k++) lines[k] = oldLines[k];
  for (let k = 0; k < mid.length; k++) lines[first + k] = mid[k];
  for (let k = tail, at = first + mid.length; k < oldLines.length; k++, at++) lines[at] = oldLines[k];
  const lineStarts = new Int32Array(n);
  lineStarts.set(oldStarts.subarray(0, first));
  startsOf(mid, 0, lineStarts, first, base);
  const k0 = first + mid.length;
  for (let k = tail; k < oldLines.length; k++) lineStarts[k0 + k - tail] = oldStarts[k] + delta;
  return new Tree(text, lines, lineStarts, bom, id, pieces, changes);
}

/** How many earlier parses a parse tells its changed lines since. */
const MAX_CHANGES = 8;
/** The most lines a change joined from several edits spans (each keeps the old lines it spans). */
const MAX_JOINED_LINES = 512;

/** The change `last` made to `tree`, and the changes since the parses `tree` knows, joined with it. */
function changesSince(tree: SyntaxTree, last: LineChange): LineChange[] {
  const out = [last];
  for (const r of tree.changes ?? []) {
    if (out.length >= MAX_CHANGES) break;
    // r: lines [r.first, r.oldEnd) of parse r.from became [r.first, r.newEnd) of `tree`; then `last` changed `tree`
    const first = Math.min(r.first, last.first);
    const end = Math.max(r.newEnd, last.oldEnd); // in `tree`
    if (end - first > MAX_JOINED_LINES) break; // edits far apart: a reader compares the parses instead
    // the lines of r.from in [first, oldEnd): those of `tree` around what r replaced, and what r replaced
    const lines = tree.lines;
    const removed = [...lines.slice(first, r.first), ...r.removed, ...lines.slice(r.newEnd, end)];
    out.push({
      from: r.from,
      first,
      oldEnd: end > r.newEnd ? end - (r.newEnd - r.oldEnd) : r.oldEnd,
      newEnd: end + (last.newEnd - last.oldEnd),
      removed,
    });
  }
  return out;
}

/** The text between two offsets of a tree, read from its pieces (a few lines cost no copy of the whole text). */
export function textAt(tree: SyntaxTree, start: number, end: number): string {
  return tree.pieces ? sliceOf(tree.pieces, start, end) : tree.text.slice(start, end);
}

/** Pieces past this many are joined into one text: a copy every so many edits instead of every edit. */
const MAX_PIECES = 24;

function piecesOf(tree: SyntaxTree): TextPieces {
  return tree.pieces ?? { list: [tree.text], starts: [0] };
}

/** The pieces with `[start, end)` replaced by `insert` (joined into one when too many). */
function edited(p: TextPieces, start: number, end: number, insert: string): TextPieces {
  const list: string[] = [];
  const starts: number[] = [];
  const push = (s: string) => {
    if (!s.length) return;
    starts.push(list.length ? starts[starts.length - 1] + list[list.length - 1].length : 0);
    list.push(s);
  };
  for (let i = 0; i < p.list.length; i++) {
    const s = p.starts[i];
    const piece = p.list[i];
    const e = s + piece.length;
    if (e <= start) push(piece);
    else if (s < start) push(piece.slice(0, start - s));
  }
  push(insert);
  for (let i = 0; i < p.list.length; i++) {
    const s = p.starts[i];
    const piece = p.list[i];
    if (s >= end) push(piece);
    else if (s + piece.length > end) push(piece.slice(end - s));
  }
  if (list.length <= MAX_PIECES) return { list, starts };
  return { list: [flat(joined({ list, starts }))], starts: [0] };
}

function joined(p: TextPieces): string {
  let text = '';
  for (const s of p.list) text += s;
  return text;
}

/** `[start, end)` of the text the pieces make. */
function sliceOf(p: TextPieces, start: number, end: number): string {
  let out = '';
  for (let i = 0; i < p.list.length && p.starts[i] < end; i++) {
    const s = p.starts[i];
    const piece = p.list[i];
    if (s + piece.length <= start) continue;
    out += piece.slice(Math.max(0, start - s), Math.min(piece.length, end - s));
  }
  return out;
}

/** The string in one piece (V8 copies a joined string when it is first read: here, once). */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}
