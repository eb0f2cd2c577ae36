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
 * It never throws and never drops text: every character belongs to exactly one line, and `lineTokens` gives
 * the tokens of a line, which join back to the line's text.
 */
import type { AssignOp, CommentPiece, Line, SectionItem, SyntaxTree, Token, TokenKind } from './nodes';

/** Asterisk's MAX_NESTED_COMMENTS. */
export const MAX_BLOCK_NESTING = 128;

const enum Ch {
  Tab = 9, Lf = 10, Cr = 13, Space = 32, Hash = 35, Quote = 34, Plus = 43, Comma = 44, Minus = 45, Semi = 59,
  Lt = 60, Eq = 61, Gt = 62, LBracket = 91, Backslash = 92, RBracket = 93, LParen = 40, RParen = 41, Bang = 33,
}

/** Asterisk's isspace() set: space, \t, \n, \v, \f, \r. */
function isSpace(c: number): boolean {
  return c === Ch.Space || (c >= Ch.Tab && c <= Ch.Cr);
}

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
  return { text, lines, lineStarts: startsOf(lines, 0, new Int32Array(lines.length), 0), bom };
}

/** Find the end of the line starting at `start` and parse it. `skip` chars at the start are a BOM. */
function scanLine(text: string, start: number, depthIn: number, skip: number): Line {
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
      else { eol = 1; loneCr = true; }
    } else eol = 1;
  }
  return parseLine(text, start, start + skip, end, eol, loneCr, depthIn);
}

const NO_COMMENTS: CommentPiece[] = Object.freeze([]) as unknown as CommentPiece[];

/** Source offset (relative to the line start) of code index `i`; `map` is null when code is one plain slice. */
function rel(map: Int32Array | null, off: number, i: number): number {
  if (map === null) return off + i;
  return i < map.length ? map[i] : map.length ? map[map.length - 1] + 1 : off;
}

/** Relative end offset of the code range [i, j): just after the source char of code index j-1 (or at i when empty). */
function relEnd(map: Int32Array | null, off: number, i: number, j: number): number {
  return j > i ? rel(map, off, j - 1) + 1 : rel(map, off, i);
}

/**
 * Parse one line. `start` is the line start, `from` where its content starts (after a BOM), `end` where its
 * end-of-line characters start. All offsets stored in the result are relative to `start`.
 */
function parseLine(text: string, start: number, from: number, end: number, eol: number, loneCr: boolean, depthIn: number): Line {
  const line: Line = {
    kind: 'blank', length: end - start + eol, eol, loneCr, depthIn, depthOut: depthIn, codeStart: -1, codeEnd: -1,
    comments: NO_COMMENTS, section: null, assignment: null, directive: null, nestingOverflow: false, badEscape: false,
  };

  // 1. Comments, exactly as Asterisk strips them. Code lives in segments; the gaps between them are comments.
  let depth = depthIn;
  let segStart = depth === 0 ? from : -1;
  let prevEnd = from; // end of the last code segment (or the line start)
  let segA = -1, segB = -1; // first non-empty code segment
  let more: number[] | null = null; // any further non-empty segments (code after a block comment)
  let scan = from;
  let escapes = false;
  let lineComment = -1;
  const addComment = (a: number, b: number, block: boolean) => {
    if (line.comments === NO_COMMENTS) line.comments = [];
    line.comments.push({ start: a - start, end: b - start, block });
  };
  const closeSeg = (p: number) => {
    if (p > segStart) {
      if (segA < 0) { segA = segStart; segB = p; } else (more ??= []).push(segStart, p);
    }
    prevEnd = p;
    segStart = -1;
  };
  for (;;) {
    const p = text.indexOf(';', scan);
    if (p < 0 || p >= end) break;
    if (p > scan && text.charCodeAt(p - 1) === Ch.Backslash) {
      escapes = true;
      scan = p + 1;
    } else if (p + 2 < end && text.charCodeAt(p + 1) === Ch.Minus && text.charCodeAt(p + 2) === Ch.Minus &&
               !(p + 3 < end && text.charCodeAt(p + 3) === Ch.Minus)) {
      if (depth >= MAX_BLOCK_NESTING) line.nestingOverflow = true;
      if (segStart >= 0) closeSeg(p);
      depth++;
      scan = p + 3;
    } else if (p >= scan + 2 && text.charCodeAt(p - 1) === Ch.Minus && text.charCodeAt(p - 2) === Ch.Minus) {
      depth--;
      scan = p + 1;
      if (depth === 0) {
        addComment(prevEnd, p + 1, true);
        segStart = p + 1;
      }
    } else if (depth === 0) {
      if (segStart >= 0) closeSeg(p);
      lineComment = p;
      break;
    } else {
      scan = p + 1;
    }
  }
  if (segStart >= 0) closeSeg(end);
  if (end > prevEnd) addComment(prevEnd, end, prevEnd !== lineComment);
  line.depthOut = depth;

  if (segA < 0) {
    line.kind = line.comments.length ? 'comment' : 'blank';
    return line;
  }

  // 2. The effective code: segments joined, `\;` unescaped. `map` turns code indexes into source offsets.
  let code: string;
  let map: Int32Array | null = null;
  if (more === null && !escapes) {
    code = text.slice(segA, segB);
  } else {
    const segs = more ? [segA, segB, ...more] : [segA, segB];
    let s = '';
    const idx: number[] = [];
    for (let k = 0; k < segs.length; k += 2) {
      for (let i = segs[k]; i < segs[k + 1]; i++) {
        if (text.charCodeAt(i) === Ch.Backslash && i + 1 < segs[k + 1] && text.charCodeAt(i + 1) === Ch.Semi) continue;
        s += text[i];
        idx.push(i - start);
      }
    }
    code = s;
    map = Int32Array.from(idx);
  }
  const off = segA - start;

  let cs = 0;
  let ce = code.length;
  while (cs < ce && isSpace(code.charCodeAt(cs))) cs++;
  while (ce > cs && isSpace(code.charCodeAt(ce - 1))) ce--;
  if (cs === ce) {
    line.kind = line.comments.length ? 'comment' : 'blank';
    return line;
  }
  line.codeStart = rel(map, off, cs);
  line.codeEnd = rel(map, off, ce - 1) + 1;
  const c0 = code.charCodeAt(cs);

  if (c0 === Ch.LBracket) {
    line.kind = 'section';
    const close = code.indexOf(']', cs + 1);
    const closed = close >= 0 && close < ce;
    const nameEnd = closed ? close : ce;
    const header = {
      name: code.slice(cs + 1, nameEnd), nameStart: rel(map, off, cs + 1), nameEnd: relEnd(map, off, cs + 1, nameEnd),
      close: closed ? rel(map, off, close) : -1, lparen: -1, rparen: -1, items: [] as SectionItem[],
      trailingStart: -1, trailingEnd: -1,
    };
    line.section = header;
    if (closed) {
      let after = close + 1;
      if (after < ce && code.charCodeAt(after) === Ch.LParen) {
        header.lparen = rel(map, off, after);
        const rp = code.indexOf(')', after + 1);
        const rclosed = rp >= 0 && rp < ce;
        const listEnd = rclosed ? rp : ce;
        if (rclosed) header.rparen = rel(map, off, rp);
        let itemStart = after + 1;
        for (let i = after + 1; i <= listEnd; i++) {
          if (i === listEnd || code.charCodeAt(i) === Ch.Comma) {
            const t = code.slice(itemStart, i);
            const kind = t === '!' ? 'template' : t.charCodeAt(0) === Ch.Plus ? 'append' : 'parent';
            header.items.push({ kind, text: t, start: rel(map, off, itemStart), end: relEnd(map, off, itemStart, i) });
            itemStart = i + 1;
          }
        }
        after = rclosed ? rp + 1 : ce;
      }
      while (after < ce && isSpace(code.charCodeAt(after))) after++;
      if (after < ce) { header.trailingStart = rel(map, off, after); header.trailingEnd = rel(map, off, ce - 1) + 1; }
    }
    return line;
  }

  if (c0 === Ch.Hash) {
    line.kind = 'directive';
    let i = cs + 1;
    while (i < ce && code.charCodeAt(i) > Ch.Space && code.charCodeAt(i) < 0x80) i++;
    const name = code.slice(cs + 1, i);
    let a = i;
    while (a < ce && isSpace(code.charCodeAt(a))) a++;
    const b = ce;
    let argStart = a, argEnd = b;
    if (b - a >= 2) {
      const q = code.charCodeAt(a);
      const closeQ = q === Ch.Quote ? Ch.Quote : q === Ch.Lt ? Ch.Gt : -1;
      if (closeQ > 0 && code.charCodeAt(b - 1) === closeQ) { argStart = a + 1; argEnd = b - 1; }
    }
    const none = relEnd(map, off, cs, ce);
    line.directive = {
      name, nameStart: rel(map, off, cs + 1), nameEnd: relEnd(map, off, cs + 1, i),
      arg: a < b ? code.slice(argStart, argEnd) : '',
      argStart: a < b ? rel(map, off, argStart) : none, argEnd: a < b ? relEnd(map, off, argStart, argEnd) : none,
      quoted: argStart !== a,
    };
    return line;
  }

  // Assignment (or a line Asterisk rejects).
  const escaped = c0 === Ch.Backslash;
  let cur = cs;
  if (escaped) {
    cur++;
    if (cur >= ce || code.charCodeAt(cur) < 33) {
      line.kind = 'text';
      line.badEscape = true;
      return line;
    }
  }
  const searchFrom = cur + (escaped ? 1 : 0);
  const eq = code.indexOf('=', searchFrom);
  if (eq < 0 || eq >= ce) {
    line.kind = 'text';
    return line;
  }
  line.kind = 'assignment';
  let op: AssignOp = '=';
  let opStart = eq;
  let keyEndIdx = eq;
  let valueFrom = eq + 1;
  if (eq > searchFrom && code.charCodeAt(eq - 1) === Ch.Plus) {
    op = '+=';
    opStart = eq - 1;
    keyEndIdx = eq - 1;
  } else if (eq + 1 < ce && code.charCodeAt(eq + 1) === Ch.Gt) {
    op = '=>';
    valueFrom = eq + 2;
  }
  let ks = cur, ke = keyEndIdx;
  while (ks < ke && isSpace(code.charCodeAt(ks))) ks++;
  while (ke > ks && isSpace(code.charCodeAt(ke - 1))) ke--;
  let vs = valueFrom;
  while (vs < ce && isSpace(code.charCodeAt(vs))) vs++;
  const opRel = rel(map, off, opStart);
  const afterOp = opRel + op.length;
  line.assignment = {
    key: code.slice(ks, ke),
    keyStart: ks < ke ? rel(map, off, ks) : opRel,
    keyEnd: ks < ke ? rel(map, off, ke - 1) + 1 : opRel,
    op,
    opStart: opRel,
    // `+=` appends the raw text after `=` (leading blanks included) to the earlier value; see the model.
    value: op === '+=' ? code.slice(valueFrom, ce) : code.slice(vs, ce),
    valueStart: vs < ce ? rel(map, off, vs) : afterOp,
    valueEnd: vs < ce ? rel(map, off, ce - 1) + 1 : afterOp,
    escaped,
  };
  return line;
}

// ---------------------------------------------------------------------------------------------------------
// Incremental re-parse

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
    if (pos >= newEnd && reuse < oldLines.length && oldStarts[reuse] + delta === pos && oldLines[reuse].depthIn === depth) {
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

/** Fill `out[at..]` with the start offsets of `lines[from..]`, the first starting at `pos`. */
function startsOf(lines: readonly Line[], from: number, out: Int32Array, at: number, pos = 0): Int32Array {
  for (let i = from; i < lines.length; i++) {
    out[at + i - from] = pos;
    pos += lines[i].length;
  }
  return out;
}

/** Index of the line containing absolute `offset` (binary search). */
export function lineIndexAt(lineStarts: ArrayLike<number>, offset: number): number {
  let lo = 0, hi = lineStarts.length - 1;
  if (offset <= 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------------------
// Lossless token view

/**
 * The tokens of line `index`, covering every character of it (end-of-line included) in order.
 * Built on demand from the line's fields; not used on hot paths.
 */
export function lineTokens(tree: SyntaxTree, index: number): Token[] {
  const line = tree.lines[index];
  const base = tree.lineStarts[index];
  const textLen = line.length - line.eol;
  const kinds: (TokenKind | undefined)[] = new Array(textLen);
  const paint = (a: number, b: number, k: TokenKind) => { for (let i = Math.max(0, a); i < Math.min(b, textLen); i++) kinds[i] = k; };
  if (index === 0 && tree.bom) paint(0, 1, 'bom');
  const s = line.section, a = line.assignment, d = line.directive;
  if (s) {
    paint(line.codeStart, line.codeStart + 1, 'l-bracket');
    paint(s.nameStart, s.nameEnd, 'section-name');
    if (s.close >= 0) paint(s.close, s.close + 1, 'r-bracket');
    if (s.lparen >= 0) paint(s.lparen, s.lparen + 1, 'l-paren');
    for (let i = 0; i < s.items.length; i++) {
      const it = s.items[i];
      paint(it.start, it.end, it.kind === 'template' ? 'template-marker' : it.kind === 'append' ? 'append-marker' : 'parent-name');
      if (i + 1 < s.items.length) paint(it.end, it.end + 1, 'comma');
    }
    if (s.rparen >= 0) paint(s.rparen, s.rparen + 1, 'r-paren');
    if (s.trailingStart >= 0) paint(s.trailingStart, s.trailingEnd, 'error');
  } else if (a) {
    paint(a.keyStart, a.keyEnd, 'key');
    if (a.escaped) paint(line.codeStart, line.codeStart + 1, 'escape');
    paint(a.opStart, a.opStart + a.op.length, 'operator');
    paint(a.valueStart, a.valueEnd, 'value');
  } else if (d) {
    paint(line.codeStart, line.codeStart + 1, 'hash');
    paint(d.nameStart, d.nameEnd, 'directive-name');
    paint(d.quoted ? d.argStart - 1 : d.argStart, d.quoted ? d.argEnd + 1 : d.argEnd, 'directive-arg');
  } else if (line.codeStart >= 0) {
    paint(line.codeStart, line.codeEnd, 'error');
  }
  for (const c of line.comments) paint(c.start, c.end, c.block ? 'block-comment' : 'comment');
  const src = tree.text;
  const out: Token[] = [];
  let i = 0;
  while (i < textLen) {
    let k = kinds[i];
    if (k === undefined) k = isSpace(src.charCodeAt(base + i)) ? 'whitespace' : 'error';
    let j = i + 1;
    while (j < textLen) {
      let kj = kinds[j];
      if (kj === undefined) kj = isSpace(src.charCodeAt(base + j)) ? 'whitespace' : 'error';
      if (kj !== k) break;
      j++;
    }
    // Whitespace or unescaped text inside a value/key painted range stays part of it; split escapes out.
    out.push({ kind: k, offset: base + i, length: j - i });
    i = j;
  }
  if (line.eol) out.push({ kind: 'eol', offset: base + textLen, length: line.eol });
  return out;
}

/** All tokens of the tree, in order. */
export function allTokens(tree: SyntaxTree): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tree.lines.length; i++) for (const t of lineTokens(tree, i)) out.push(t);
  return out;
}

/** Text of line `index` without its end-of-line characters. */
export function lineText(tree: SyntaxTree, index: number): string {
  const line = tree.lines[index];
  const s = tree.lineStarts[index];
  return tree.text.slice(s, s + line.length - line.eol);
}

export type { CommentPiece };
