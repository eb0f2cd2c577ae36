/** Section headers: `[name]`, `[name](!,tpl,+filter)`, broken ones (`[name` with no `]`) and trailing junk. */
import type { Line, SectionHeader, SectionItem, SectionItemKind } from './nodes';
import { Ch } from './chars';

/** Shared by every header without a `(...)` list (never pushed to: the first item gets a list of its own). */
const NO_SECTION_ITEMS: SectionItem[] = [];
import { type Code, indexIn, rel, relEnd, skipSpace } from './code';
import { intern } from './intern';

/** Parse the header whose `[` is at code index `cs` (the trimmed code is [cs, ce)) into `line.section`. */
export function parseSectionHeader(line: Line, c: Code, cs: number, ce: number): void {
  line.kind = 'section';
  const code = c.s;
  const close = indexIn(code, Ch.RBracket, cs + 1, ce);
  const closed = close >= 0;
  const nameEnd = closed ? close : ce;
  const header: SectionHeader = {
    name: code.slice(cs + 1, nameEnd),
    nameStart: rel(c, cs + 1),
    nameEnd: relEnd(c, cs + 1, nameEnd),
    close: closed ? rel(c, close) : -1,
    lparen: -1,
    rparen: -1,
    items: NO_SECTION_ITEMS,
    trailingStart: -1,
    trailingEnd: -1,
  };
  line.section = header;
  if (!closed) return;
  let after = close + 1;
  if (after < ce && code.charCodeAt(after) === Ch.LParen) after = parseSectionItems(header, c, after, ce);
  after = skipSpace(code, after, ce);
  if (after < ce) {
    header.trailingStart = rel(c, after);
    header.trailingEnd = rel(c, ce - 1) + 1;
  }
}

/** Parse the `(...)` list whose `(` is at code index `lp` into `header`; returns the code index just after it. */
function parseSectionItems(header: SectionHeader, c: Code, lp: number, ce: number): number {
  const code = c.s;
  header.lparen = rel(c, lp);
  const rp = indexIn(code, Ch.RParen, lp + 1, ce);
  const rclosed = rp >= 0;
  const listEnd = rclosed ? rp : ce;
  if (rclosed) header.rparen = rel(c, rp);
  let itemStart = lp + 1;
  for (let i = lp + 1; i <= listEnd; i++) {
    if (i === listEnd || code.charCodeAt(i) === Ch.Comma) {
      const t = intern(code, itemStart, i); // template names repeat on thousands of headers
      const item = { kind: itemKind(t), text: t, start: rel(c, itemStart), end: relEnd(c, itemStart, i) };
      if (header.items === NO_SECTION_ITEMS)
        header.items = [item]; // exact size: most lists have one item
      else header.items.push(item);
      itemStart = i + 1;
    }
  }
  return rclosed ? rp + 1 : ce;
}

/** `!` marks a template, a leading `+` an append (Asterisk's `(+)`), anything else names a parent template. */
function itemKind(t: string): SectionItemKind {
  return t === '!' ? 'template' : t.charCodeAt(0) === Ch.Plus ? 'append' : 'parent';
}
