/** Character codes and classes shared by the line parsers (they work on char codes, never regexes). */

export const enum Ch {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Hash = 35,
  Quote = 34,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Semi = 59,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  LParen = 40,
  RParen = 41,
  Bang = 33,
}

/** Asterisk's isspace() set: space, \t, \n, \v, \f, \r. */
export function isSpace(c: number): boolean {
  return c === Ch.Space || (c >= Ch.Tab && c <= Ch.Cr);
}
