/** Directives: `#include`, `#tryinclude`, `#exec` or any other `#word`, with an optional (quoted) argument. */
import type { Line } from './nodes';
import { Ch } from './chars';
import { type Code, rel, relEnd, skipSpace } from './code';

/** Parse the directive whose `#` is at code index `cs` (the trimmed code is [cs, ce)) into `line.directive`. */
export function parseDirective(line: Line, c: Code, cs: number, ce: number): void {
  line.kind = 'directive';
  const code = c.s;
  let i = cs + 1;
  while (i < ce && code.charCodeAt(i) > Ch.Space && code.charCodeAt(i) < 0x80) i++;
  const name = code.slice(cs + 1, i);
  const a = skipSpace(code, i, ce);
  const b = ce;
  let argStart = a,
    argEnd = b;
  if (b - a >= 2) {
    const q = code.charCodeAt(a);
    const closeQ = q === Ch.Quote ? Ch.Quote : q === Ch.Lt ? Ch.Gt : -1;
    if (closeQ > 0 && code.charCodeAt(b - 1) === closeQ) {
      argStart = a + 1;
      argEnd = b - 1;
    }
  }
  const none = relEnd(c, cs, ce);
  line.directive = {
    name,
    nameStart: rel(c, cs + 1),
    nameEnd: relEnd(c, cs + 1, i),
    arg: a < b ? code.slice(argStart, argEnd) : '',
    argStart: a < b ? rel(c, argStart) : none,
    argEnd: a < b ? relEnd(c, argStart, argEnd) : none,
    quoted: argStart !== a,
  };
}
