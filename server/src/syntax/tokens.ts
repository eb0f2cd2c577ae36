/** The lossless token view of a tree, built on demand from the lines' fields. */
import type { SyntaxTree, Token, TokenKind } from './nodes';
import { isSpace } from './chars';
import { lineContentEnd, lineContentLength } from './positions';

/**
 * The tokens of line `index`, covering every character of it (end-of-line included) in order.
 * Built on demand from the line's fields; not used on hot paths.
 */
export function lineTokens(tree: SyntaxTree, index: number): Token[] {
  const line = tree.lines[index];
  const base = tree.lineStarts[index];
  const textLen = lineContentLength(tree, index);
  const kinds: (TokenKind | undefined)[] = new Array<TokenKind | undefined>(textLen);
  const paint = (a: number, b: number, k: TokenKind) => {
    for (let i = Math.max(0, a); i < Math.min(b, textLen); i++) kinds[i] = k;
  };
  if (index === 0 && tree.bom) paint(0, 1, 'bom');
  const s = line.section,
    a = line.assignment,
    d = line.directive;
  if (s) {
    paint(line.codeStart, line.codeStart + 1, 'l-bracket');
    paint(s.nameStart, s.nameEnd, 'section-name');
    if (s.close >= 0) paint(s.close, s.close + 1, 'r-bracket');
    if (s.lparen >= 0) paint(s.lparen, s.lparen + 1, 'l-paren');
    for (let i = 0; i < s.items.length; i++) {
      const it = s.items[i];
      paint(
        it.start,
        it.end,
        it.kind === 'template' ? 'template-marker' : it.kind === 'append' ? 'append-marker' : 'parent-name',
      );
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
  return tree.text.slice(tree.lineStarts[index], lineContentEnd(tree, index));
}
