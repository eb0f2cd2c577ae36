/**
 * The effective code of a line: its code segments joined and `\;` unescaped (Asterisk drops the backslash),
 * with a map from code indexes back to source offsets for the line-kind parsers.
 */
import type { CodeSegments } from './comments';
import { Ch, isSpace } from './chars';

export interface Code {
  /** Holds the effective code (the segments joined, `\;` unescaped) at [from, to). */
  s: string;
  from: number;
  to: number;
  /** Source offset (relative to the line start) of each code index; null when the code is one plain slice. */
  map: Int32Array | null;
  /** Without a map: code index i sits at relative offset off + i. */
  off: number;
}

/**
 * Fill `out` with the effective code of the segments `segs` (at least one) of the line starting at `start`.
 * A single segment without escapes (the common case) is read in place in the text, so a line costs no string of
 * its own (only what the line-kind parsers cut out of it); code indexes are then offsets in the text.
 */
export function joinCode(text: string, start: number, segs: CodeSegments, out: Code): void {
  if (segs.count === 2 && !segs.escapes) {
    out.s = text;
    out.from = segs.list[0];
    out.to = segs.list[1];
    out.off = -start;
    out.map = null;
  } else {
    out.off = segs.list[0] - start;
    unescapeCode(text, start, segs, out);
    out.from = 0;
    out.to = out.s.length;
  }
}

/**
 * The first index of the character `ch` in [from, to) of `s`, or -1. The code may be the whole text: an unbounded
 * `indexOf` would search on past the line, once per line.
 */
export function indexIn(s: string, ch: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === ch) return i;
  return -1;
}

/** The slow path of `joinCode`: join several segments and drop the backslash of each `\;`, building the map. */
function unescapeCode(text: string, start: number, segs: CodeSegments, out: Code): void {
  let s = '';
  const idx: number[] = [];
  for (let k = 0; k < segs.count; k += 2) {
    const e = segs.list[k + 1];
    for (let i = segs.list[k]; i < e; i++) {
      if (text.charCodeAt(i) === Ch.Backslash && i + 1 < e && text.charCodeAt(i + 1) === Ch.Semi) continue;
      s += text[i];
      idx.push(i - start);
    }
  }
  out.s = s;
  out.map = Int32Array.from(idx);
}

/** Source offset (relative to the line start) of code index `i`. */
export function rel(c: Code, i: number): number {
  const map = c.map;
  if (map === null) return c.off + i;
  return i < map.length ? map[i] : map.length ? map[map.length - 1] + 1 : c.off;
}

/** Relative end offset of the code range [i, j): just after the source char of code index j-1 (or at i when empty). */
export function relEnd(c: Code, i: number, j: number): number {
  return j > i ? rel(c, j - 1) + 1 : rel(c, i);
}

/** First index in [i, end) of `s` that is not a space (or `end`). */
export function skipSpace(s: string, i: number, end: number): number {
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Last index + 1 in (start, end] of `s` whose char is not a space (or `start`). */
export function trimEnd(s: string, start: number, end: number): number {
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return end;
}
