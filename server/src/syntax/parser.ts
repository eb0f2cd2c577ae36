/**
 * Lossless, error-tolerant, incremental parser for Asterisk config files (pjsip.conf and friends).
 *
 * It mirrors Asterisk's own reader (main/config.c) line by line:
 * - `;` starts a comment unless written `\;` (then it is a literal `;` and the backslash is dropped);
 * - `;--` opens a block comment (nesting counts) unless a fourth `-` follows; `--;` closes one. Like Asterisk,
 *   a `--;` with no open block still decrements the counter, which then swallows the rest of the file;
 * - what remains of a line is trimmed and read as a section header (`[`), a directive (`#`) or an assignment
 *   (first `=`; `=>` and `+=` too).
 *
 * Each step has its own module: comments.ts strips comments, code.ts joins what is left and unescapes `\;`,
 * header.ts, directive.ts and assignment.ts read the line kinds; incremental.ts re-parses after an edit and
 * tokens.ts gives the lossless token view.
 *
 * It never throws and never drops text: every character belongs to exactly one line, and `lineTokens` gives
 * the tokens of a line, which join back to the line's text.
 */
import { Line, type SyntaxTree } from './nodes';
import { Ch } from './chars';
import { type CodeSegments, NO_COMMENTS, scanComments } from './comments';
import { type Code, joinCode, rel, skipSpace, trimEnd } from './code';
import { parseSectionHeader } from './header';
import { parseDirective } from './directive';
import { parseAssignment } from './assignment';
import { Tree } from './tree';

export { MAX_BLOCK_NESTING } from './comments';
export type { CommentPiece } from './nodes';

/** Parse a whole document. */
export function parse(text: string): SyntaxTree {
  const lines: Line[] = [];
  const bom = text.charCodeAt(0) === 0xfeff;
  let pos = 0;
  let depth = 0;
  for (;;) {
    const line = scanLine(text, pos, depth, pos === 0 && bom ? 1 : 0);
    lines.push(line);
    pos += line.length;
    depth = line.depthOut;
    if (line.eol === 0) break; // the last line (possibly empty, after a final end-of-line)
  }
  return new Tree(text, lines, startsOf(lines, 0, new Int32Array(lines.length), 0), bom, nextTreeId());
}

let lastTreeId = 0;

/** A new `SyntaxTree.id`. */
export function nextTreeId(): number {
  return ++lastTreeId;
}

/** Find the end of the line starting at `start` and parse it. `skip` chars at the start are a BOM. */
export function scanLine(text: string, start: number, depthIn: number, skip: number): Line {
  const n = text.length;
  let end = start;
  while (end < n) {
    const c = text.charCodeAt(end);
    if (c === Ch.Lf || c === Ch.Cr) break;
    end++;
  }
  let eol = 0;
  let loneCr = false;
  if (end < n) {
    if (text.charCodeAt(end) === Ch.Cr) {
      if (end + 1 < n && text.charCodeAt(end + 1) === Ch.Lf) eol = 2;
      else {
        eol = 1;
        loneCr = true;
      }
    } else eol = 1;
  }
  return parseLine(text, start, start + skip, end, eol, loneCr, depthIn);
}

// Scratch state of `parseLine`, reused from line to line so the hot path allocates nothing but the results.
// The parser is synchronous and never re-entered, so one of each is enough.
const segments: CodeSegments = { list: [], count: 0, escapes: false, search: { text: '', searchedFrom: 0, found: -1 } };
const code: Code = { s: '', from: 0, to: 0, map: null, off: 0 };

/**
 * Parse one line. `start` is the line start, `from` where its content starts (after a BOM), `end` where its
 * end-of-line characters start. All offsets stored in the result are relative to `start`.
 */
function parseLine(
  text: string,
  start: number,
  from: number,
  end: number,
  eol: number,
  loneCr: boolean,
  depthIn: number,
): Line {
  const line = new Line(end - start + eol, eol, loneCr, depthIn, NO_COMMENTS);
  scanComments(text, start, from, end, line, segments);
  if (segments.count === 0) return withoutCode(line);
  joinCode(text, start, segments, code);
  const cs = skipSpace(code.s, code.from, code.to);
  const ce = trimEnd(code.s, cs, code.to);
  if (cs === ce) return withoutCode(line);
  line.codeStart = rel(code, cs);
  line.codeEnd = rel(code, ce - 1) + 1;
  const c0 = code.s.charCodeAt(cs);
  if (c0 === Ch.LBracket) parseSectionHeader(line, code, cs, ce);
  else if (c0 === Ch.Hash) parseDirective(line, code, cs, ce);
  else parseAssignment(line, code, cs, ce);
  return line;
}

/** A line with no code is a comment line if it has comment pieces, else blank. */
function withoutCode(line: Line): Line {
  line.kind = line.comments.length ? 'comment' : 'blank';
  return line.kind === 'blank' ? sharedBlank(line) : line;
}

/**
 * A blank line outside block comments is the same value wherever it is (a `Line` holds no position): a file keeps
 * one per length and line end, not one per blank line (a fifth of a typical file's lines, kept as long as it is
 * open). Identity then says nothing about which blank line it is, which no reader asks.
 */
function sharedBlank(line: Line): Line {
  if (line.depthIn !== 0 || line.length > MAX_SHARED_BLANK) return line;
  const k = line.length * 4 + (line.loneCr ? 3 : line.eol);
  return (BLANKS[k] ??= line);
}

const MAX_SHARED_BLANK = 64;
const BLANKS: (Line | undefined)[] = [];

/** Fill `out[at..]` with the start offsets of `lines[from..]`, the first starting at `pos`. */
export function startsOf(lines: readonly Line[], from: number, out: Int32Array, at: number, pos = 0): Int32Array {
  for (let i = from; i < lines.length; i++) {
    out[at + i - from] = pos;
    pos += lines[i].length;
  }
  return out;
}

/** Index of the line containing absolute `offset` (binary search). */
export function lineIndexAt(lineStarts: ArrayLike<number>, offset: number): number {
  let lo = 0,
    hi = lineStarts.length - 1;
  if (offset <= 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
