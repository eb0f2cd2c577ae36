/** Assignments (`key = value`, `key => value`, `key += value`), the leading `\` escape, and lines Asterisk rejects. */
import type { AssignOp, Line } from './nodes';
import { Ch } from './chars';
import { type Code, indexIn, rel, skipSpace, trimEnd } from './code';
import { intern } from './intern';

/**
 * Parse the trimmed code [cs, ce) as an assignment into `line.assignment`; without an `=` the line is `text`.
 * A leading `\` escapes the first character (so `\[x]=1` is an assignment); followed by a space or control
 * character, Asterisk rejects the file (`badEscape`).
 */
export function parseAssignment(line: Line, c: Code, cs: number, ce: number): void {
  const code = c.s;
  const escaped = code.charCodeAt(cs) === Ch.Backslash;
  if (escaped && (cs + 1 >= ce || code.charCodeAt(cs + 1) < 33)) {
    line.kind = 'text';
    line.badEscape = true;
    return;
  }
  const keyFrom = escaped ? cs + 1 : cs;
  const searchFrom = escaped ? cs + 2 : cs; // the escaped character itself may be an `=`
  const eq = indexIn(code, Ch.Eq, searchFrom, ce);
  if (eq < 0) {
    line.kind = 'text';
    return;
  }
  line.kind = 'assignment';
  const op = assignOp(code, eq, searchFrom, ce);
  const opStart = op === '+=' ? eq - 1 : eq; // the key ends where the operator starts
  const valueFrom = op === '=>' ? eq + 2 : eq + 1;
  const ks = skipSpace(code, keyFrom, opStart);
  const ke = trimEnd(code, ks, opStart);
  const vs = skipSpace(code, valueFrom, ce);
  const opRel = rel(c, opStart);
  const afterOp = opRel + op.length;
  const key = intern(code, ks, ke);
  line.assignment = {
    key,
    keyStart: ks < ke ? rel(c, ks) : opRel,
    keyEnd: ks < ke ? rel(c, ke - 1) + 1 : opRel,
    op,
    opStart: opRel,
    // `+=` appends the raw text after `=` (leading blanks included) to the earlier value; see the model.
    // `type` values are a handful of words on thousands of lines: interned like the keys.
    value: op === '+=' ? code.slice(valueFrom, ce) : key === 'type' ? intern(code, vs, ce) : code.slice(vs, ce),
    valueStart: vs < ce ? rel(c, vs) : afterOp,
    valueEnd: vs < ce ? rel(c, ce - 1) + 1 : afterOp,
    escaped,
  };
}

/** The operator around the first `=` at `eq`: `+=` (a `+` just before it, after the key start), `=>` or `=`. */
function assignOp(code: string, eq: number, searchFrom: number, ce: number): AssignOp {
  if (eq > searchFrom && code.charCodeAt(eq - 1) === Ch.Plus) return '+=';
  if (eq + 1 < ce && code.charCodeAt(eq + 1) === Ch.Gt) return '=>';
  return '=';
}
