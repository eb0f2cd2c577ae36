/**
 * Comment stripping, exactly as Asterisk's reader does it: `;` starts a line comment unless written `\;`;
 * `;--` opens a block comment (nesting counts) unless a fourth `-` follows; `--;` closes one (and, like
 * Asterisk, decrements the counter even when no block is open).
 */
import type { CommentPiece, Line } from './nodes';
import { Ch } from './chars';

/** Asterisk's MAX_NESTED_COMMENTS. */
export const MAX_BLOCK_NESTING = 128;

/** The shared, frozen empty comment list of lines without comments (no allocation for them). */
export const NO_COMMENTS: CommentPiece[] = Object.freeze([]) as unknown as CommentPiece[];

/**
 * The code segments of one line (absolute [start, end) pairs in `list[0..count)`), the gaps between them being
 * comments. Filled by `scanComments` into a caller-owned object that is reused from line to line, so scanning
 * allocates nothing for lines without comments.
 */
export interface CodeSegments {
  list: number[];
  /** Number of entries used in `list` (twice the number of non-empty segments). */
  count: number;
  /** The code holds a `\;` escape. */
  escapes: boolean;
  /**
   * The last search for `;`: in `text` from `searchedFrom`, the first one is at `found` (-1: none to the end). A
   * line without `;` reuses it, so a file with few comments is not searched to its end once per line.
   */
  search: { text: string; searchedFrom: number; found: number };
}

/** The first `;` at or after `from` in `text` (-1 for none), from the last search when it still answers. */
function nextSemicolon(text: string, from: number, out: CodeSegments): number {
  const s = out.search;
  if (s.searchedFrom <= from && (s.found < 0 || s.found >= from) && s.text === text) {
    // Equal text in another string object compares by content: keep this one so the next line compares by pointer.
    s.text = text;
    return s.found;
  }
  s.text = text;
  s.searchedFrom = from;
  s.found = text.indexOf(';', from);
  return s.found;
}

/** Record the code segment [a, b) if it is not empty. */
function addSegment(out: CodeSegments, a: number, b: number): void {
  if (b <= a) return;
  out.list[out.count++] = a;
  out.list[out.count++] = b;
}

/** Record a comment piece [a, b) (absolute offsets) on `line`, relative to the line start `start`. */
function addComment(line: Line, start: number, a: number, b: number, block: boolean): void {
  const piece = { start: a - start, end: b - start, block };
  // A literal list of one: most lines have one comment, and a list grown by push reserves room for 16 more.
  if (line.comments === NO_COMMENTS) line.comments = [piece];
  else line.comments.push(piece);
}

/** `;` at `p` opens a block comment: `;--` not followed by a fourth `-`, all before `end`. */
function opensBlock(text: string, p: number, end: number): boolean {
  return (
    p + 2 < end &&
    text.charCodeAt(p + 1) === Ch.Minus &&
    text.charCodeAt(p + 2) === Ch.Minus &&
    !(p + 3 < end && text.charCodeAt(p + 3) === Ch.Minus)
  );
}

/** `;` at `p` closes a block comment: `--;`, the dashes not before `scan`. */
function closesBlock(text: string, p: number, scan: number): boolean {
  return p >= scan + 2 && text.charCodeAt(p - 1) === Ch.Minus && text.charCodeAt(p - 2) === Ch.Minus;
}

/**
 * Strip the comments of the line content [from, end) (the line starting at `start`), starting at block depth
 * `line.depthIn`: store the comment pieces, `depthOut` and `nestingOverflow` on `line`, the code segments in `out`.
 */
export function scanComments(
  text: string,
  start: number,
  from: number,
  end: number,
  line: Line,
  out: CodeSegments,
): void {
  out.count = 0;
  out.escapes = false;
  let depth = line.depthIn;
  let segStart = depth === 0 ? from : -1; // start of the open code segment, -1 inside a block comment
  let prevEnd = from; // end of the last code segment (or the line start)
  let scan = from;
  let lineComment = -1;
  for (;;) {
    const p = nextSemicolon(text, scan, out);
    if (p < 0 || p >= end) break;
    if (p > scan && text.charCodeAt(p - 1) === Ch.Backslash) {
      out.escapes = true;
      scan = p + 1;
    } else if (opensBlock(text, p, end)) {
      if (depth >= MAX_BLOCK_NESTING) line.nestingOverflow = true;
      if (segStart >= 0) {
        addSegment(out, segStart, p);
        prevEnd = p;
        segStart = -1;
      }
      depth++;
      scan = p + 3;
    } else if (closesBlock(text, p, scan)) {
      depth--;
      scan = p + 1;
      if (depth === 0) {
        addComment(line, start, prevEnd, p + 1, true);
        segStart = p + 1;
      }
    } else if (depth === 0) {
      if (segStart >= 0) {
        addSegment(out, segStart, p);
        prevEnd = p;
        segStart = -1;
      }
      lineComment = p;
      break;
    } else {
      scan = p + 1;
    }
  }
  if (segStart >= 0) {
    addSegment(out, segStart, end);
    prevEnd = end;
  }
  if (end > prevEnd) addComment(line, start, prevEnd, end, prevEnd !== lineComment);
  line.depthOut = depth;
}
