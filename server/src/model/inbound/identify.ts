/**
 * Step 1: which endpoint Asterisk picks for a request, and why (measured, test/oracle-who.test.ts). Each identifier
 * runs in the order of identifiers.ts until one names an endpoint that exists:
 *
 * - ip: the first identify (identifies.ts order) whose `match` covers the source address (and port, when the
 *   entry names one); the endpoint's `identify_by` does not matter. When that identify names an endpoint that does
 *   not exist, Asterisk logs a warning and this identifier finds nothing (it does not try the next identify);
 * - header / request_uri: the first identify whose `match_header` / `match_request_uri` matches (the whole
 *   Request-URI; `/regex/` values are regular expressions); `identify_by` does not matter either;
 * - username: the endpoint named `user@domain`, else `user`, after the From header (case-sensitive), if its
 *   `identify_by` has `username`;
 * - auth_username: the endpoint named after the user name of the credentials sent, if its `identify_by` has
 *   `auth_username` (a first request without credentials finds nothing);
 * - anonymous: the endpoint named `anonymous`.
 */
import type { AsteriskTarget } from '../../schema/versions';
import type { Model } from '../model';
import type { PjsipObject } from '../types';
import { covers, parseAddress, type AddressEntry } from './addresses';
import { identifyBy, loadedEndpoint } from './endpoints';
import { identifierOrder, type IdentifierName, type IdentifierOrder } from './identifiers';
import { identifyRules, textMatches, type IdentifyRule } from './identifies';
import { headerValue, requestUriOf, type InboundRequest } from './request';

/** What one identifier made of the request. */
export type IdentifierOutcome =
  | { name: IdentifierName; result: 'matched'; endpoint: PjsipObject; identify?: IdentifyRule; entry?: AddressEntry }
  /** An identify matched but names an endpoint Asterisk does not have. */
  | { name: IdentifierName; result: 'endpoint-missing'; identify: IdentifyRule }
  /** The endpoint named after the user exists, but its identify_by leaves this identifier out. */
  | { name: IdentifierName; result: 'not-by-this'; endpoint: PjsipObject }
  | { name: IdentifierName; result: 'no-match'; hosts?: { identify: IdentifyRule; host: string }[] };

export interface Identification {
  order: IdentifierOrder;
  /** Each identifier asked, in order, until one matched. */
  tried: IdentifierOutcome[];
  /** The identifier that matched (the last of `tried`), if any. */
  matched?: Extract<IdentifierOutcome, { result: 'matched' }>;
}

export interface IdentifyContext {
  model: Model;
  target: AsteriskTarget;
  order: IdentifierOrder;
  rules: IdentifyRule[];
}

export function identifyContext(model: Model, target: AsteriskTarget): IdentifyContext {
  return { model, target, order: identifierOrder(model, target), rules: identifyRules(model, target) };
}

export function identify(c: IdentifyContext, r: InboundRequest): Identification {
  const tried: IdentifierOutcome[] = [];
  for (const name of c.order.names) {
    const outcome = IDENTIFIERS[name](c, r);
    tried.push(outcome);
    if (outcome.result === 'matched') return { order: c.order, tried, matched: outcome };
  }
  return { order: c.order, tried };
}

type Identifier = (c: IdentifyContext, r: InboundRequest) => IdentifierOutcome;

const IDENTIFIERS: Record<IdentifierName, Identifier> = {
  ip: byAddress,
  header: (c, r) => byIdentify(c, 'header', (rule) => !!rule.header && headerMatches(rule, r)),
  request_uri: (c, r) =>
    byIdentify(c, 'request_uri', (rule) => !!rule.requestUri && textMatches(rule.requestUri.value, requestUriOf(r))),
  username: (c, r) => byName(c, 'username', r.fromUser, r.fromDomain),
  auth_username: (c, r) => byName(c, 'auth_username', r.authUsername, undefined),
  anonymous: (c) => {
    const endpoint = loadedEndpoint(c.model, 'anonymous');
    return endpoint ? { name: 'anonymous', result: 'matched', endpoint } : { name: 'anonymous', result: 'no-match' };
  },
};

function headerMatches(rule: IdentifyRule, r: InboundRequest): boolean {
  const v = headerValue(r, rule.header!.name);
  return v !== undefined && textMatches(rule.header!.value, v);
}

function found(c: IdentifyContext, name: IdentifierName, rule: IdentifyRule, entry?: AddressEntry): IdentifierOutcome {
  const endpoint = loadedEndpoint(c.model, rule.endpoint);
  return endpoint
    ? { name, result: 'matched', endpoint, identify: rule, entry }
    : { name, result: 'endpoint-missing', identify: rule };
}

function byIdentify(
  c: IdentifyContext,
  name: IdentifierName,
  test: (rule: IdentifyRule) => boolean,
): IdentifierOutcome {
  const rule = c.rules.find(test);
  return rule ? found(c, name, rule) : { name, result: 'no-match' };
}

function byAddress(c: IdentifyContext, r: InboundRequest): IdentifierOutcome {
  const a = parseAddress(r.source);
  const hosts: { identify: IdentifyRule; host: string }[] = [];
  for (const rule of c.rules) {
    let hit: AddressEntry | undefined;
    // Asterisk's access lists: the last entry that covers the address decides (a `!` entry excludes it).
    for (const m of rule.matches) {
      const e = m.entry;
      if (e.kind === 'net' && a && covers(e, a, r.port)) hit = e.negated ? undefined : e;
      else if (e.kind === 'host' && !hosts.some((h) => h.identify === rule && h.host === e.host))
        hosts.push({ identify: rule, host: e.host });
    }
    if (hit) return found(c, 'ip', rule, hit);
  }
  return hosts.length ? { name: 'ip', result: 'no-match', hosts } : { name: 'ip', result: 'no-match' };
}

function byName(
  c: IdentifyContext,
  name: 'username' | 'auth_username',
  user: string | undefined,
  domain: string | undefined,
): IdentifierOutcome {
  if (!user) return { name, result: 'no-match' };
  const candidates = domain ? [`${user}@${domain}`, user] : [user];
  for (const n of candidates) {
    const endpoint = loadedEndpoint(c.model, n);
    if (!endpoint) continue;
    if (identifyBy(endpoint, c.target).methods.includes(name)) return { name, result: 'matched', endpoint };
    return { name, result: 'not-by-this', endpoint };
  }
  return { name, result: 'no-match' };
}
