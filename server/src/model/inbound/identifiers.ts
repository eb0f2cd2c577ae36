/**
 * The order in which Asterisk asks its endpoint identifiers who sent a request (measured on master and 20.7.0,
 * test/oracle-who.test.ts):
 *
 * - the identifiers the global `endpoint_identifier_order` names come first, in its order;
 * - every other identifier the release has still runs, after them, in a fixed order: ip, header, (request_uri),
 *   username, (auth_username), anonymous. Leaving `ip` out of the order does not switch identify sections off,
 *   and leaving `anonymous` out does not switch the anonymous endpoint off; `header` is not in the default order,
 *   so a `match_header` identify comes after the anonymous endpoint. (Where request_uri and auth_username fall
 *   among the appended ones is inferred from the module that registers them; the others are measured.)
 */
import { hasEnumValue, type AsteriskTarget } from '../../schema/versions';
import { findOptionAt } from '../../schema/versioned';
import type { Model } from '../model';
import { lastVar } from '../variables';
import type { PjsipObject, Variable } from '../types';

export type IdentifierName = 'ip' | 'header' | 'request_uri' | 'username' | 'auth_username' | 'anonymous';

/** The identifiers in the order they run when the global order names none of them. */
const APPENDED: readonly IdentifierName[] = ['ip', 'header', 'request_uri', 'username', 'auth_username', 'anonymous'];

export interface IdentifierOrder {
  /** Every identifier that runs, in order. */
  names: IdentifierName[];
  /** The ones the order names (the others run after them). */
  listed: IdentifierName[];
  /** The line that sets `endpoint_identifier_order`, when one does (else the release's default holds). */
  written?: Variable;
  /** The global object that holds it. */
  global?: PjsipObject;
}

/** The identifiers the target release has. */
export function identifiersOf(target: AsteriskTarget): IdentifierName[] {
  const requestUri = hasEnumValue(target, 'global', 'endpoint_identifier_order', 'request_uri');
  return APPENDED.filter((n) => n !== 'request_uri' || requestUri);
}

/** The global object Asterisk uses (the first that loads). */
export function globalObject(model: Model): PjsipObject | undefined {
  for (const list of model.index.get('global')?.values() ?? []) for (const o of list) if (o.loads) return o;
  return undefined;
}

export function identifierOrder(model: Model, target: AsteriskTarget): IdentifierOrder {
  const global = globalObject(model);
  const written = global ? lastVar(global.vars, 'endpoint_identifier_order') : undefined;
  const value = written?.value ?? findOptionAt(target, 'global', 'endpoint_identifier_order')?.default ?? '';
  const known = identifiersOf(target);
  const listed: IdentifierName[] = [];
  for (const raw of value.split(',')) {
    const n = raw.trim().toLowerCase() as IdentifierName;
    if (known.includes(n) && !listed.includes(n)) listed.push(n);
  }
  const names = [...listed, ...known.filter((n) => !listed.includes(n))];
  return { names, listed, written, global };
}
