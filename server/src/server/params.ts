/**
 * The shape checks for request params: a request whose params lack what its method needs (a document URI, a
 * position, a range, a new name) is answered with LSP's InvalidParams (-32602) and a message that says what is
 * missing, rather than with an empty result that hides the client's mistake.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';

export type Need = 'document' | 'position' | 'range' | 'newName' | 'query' | 'command';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isPosition = (v: unknown): boolean => isObject(v) && isCount(v.line) && isCount(v.character);

const checks: Record<Need, { holds: (p: Json) => boolean; what: string }> = {
  document: {
    holds: (p) => isObject(p.textDocument) && typeof p.textDocument.uri === 'string',
    what: 'textDocument.uri (a string)',
  },
  position: { holds: (p) => isPosition(p.position), what: 'position ({ line, character }, whole numbers ≥ 0)' },
  range: {
    holds: (p) => isObject(p.range) && isPosition(p.range.start) && isPosition(p.range.end),
    what: 'range ({ start, end } positions)',
  },
  newName: { holds: (p) => typeof p.newName === 'string', what: 'newName (a string)' },
  query: { holds: (p) => typeof p.query === 'string', what: 'query (a string)' },
  command: { holds: (p) => typeof p.command === 'string', what: 'command (a string)' },
};

export const DOCUMENT: readonly Need[] = ['document'];
export const POSITION: readonly Need[] = ['document', 'position'];
export const RANGE: readonly Need[] = ['document', 'range'];

/** InvalidParams naming what `params` lacks for `method`, or undefined when they have all it needs. */
export function invalidParams(
  method: string,
  params: unknown,
  needs: readonly Need[],
): ResponseError<void> | undefined {
  const p = isObject(params) ? params : {};
  const missing = needs.filter((n) => !checks[n].holds(p)).map((n) => checks[n].what);
  if (missing.length === 0) return undefined;
  return new ResponseError(ErrorCodes.InvalidParams, `${method} needs ${missing.join(' and ')}`);
}
