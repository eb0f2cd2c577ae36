/**
 * The identify sections Asterisk loads, in the order it tries them, with what each one matches. The first identify
 * that matches a request wins, so the order decides between two identifies that match the same address
 * (measured, test/oracle-who.test.ts):
 *
 * - master: by name (byte order: `-` before digits before letters);
 * - 20.7.0: the order of Asterisk's hash table of identifies: bucket `hash(name) mod P` (the djb2-style string hash
 *   Asterisk uses; P the largest prime not above the number of identify sections in pjsip.conf), then file order.
 *   We take releases without `match_request_uri` (before 18.23.0, 20.8.0, 21.3.0) to behave like 20.7.0 and the
 *   later ones like master; only those two are measured.
 *
 * A `match` host name is resolved by Asterisk when it loads the config; we never resolve names, so its addresses are
 * unknown here. Without DNS (measured) the lookup fails and Asterisk drops the whole identify. A `!` in front of an
 * address is no exclusion in an identify (it is in an ACL): Asterisk looks `!192.0.2.1` up as a host name, which
 * always fails, and drops the whole identify (measured on master and 20.7.0; the model already refuses such an
 * identify, `invalid-value`, so it never reaches this list).
 */
import { hasOption, type AsteriskTarget } from '../../schema/versions';
import type { Model } from '../model';
import { lastVar, sameName } from '../variables';
import type { PjsipObject, Variable } from '../types';
import { parseAddressList, type AddressEntry } from './addresses';

/** A value of `match_header` or `match_request_uri`: literal, or `/regex/`. */
export interface TextMatch {
  text: string;
  regex?: RegExp;
  /** A `/regex/` our regular expressions cannot read: it matches nothing here. */
  badRegex?: boolean;
}

export interface IdentifyRule {
  object: PjsipObject;
  /** The endpoint it names. */
  endpoint: string;
  /** Each `match` entry with the line it comes from. */
  matches: { entry: AddressEntry; from: Variable }[];
  header?: { name: string; value: TextMatch; from: Variable };
  requestUri?: { value: TextMatch; from: Variable };
  /** A `!address` entry: Asterisk cannot resolve it and drops the identify. */
  negated?: { text: string; from: Variable };
}

/** The identify objects that load, in the order Asterisk tries them for the target release. */
export function identifyRules(model: Model, target: AsteriskTarget): IdentifyRule[] {
  return identifyRulesWithDropped(model, target).filter((r) => !r.negated);
}

/** The same, with the identifies Asterisk drops when it resolves their `match` (a `!address` entry). */
export function identifyRulesWithDropped(model: Model, target: AsteriskTarget): IdentifyRule[] {
  const all: PjsipObject[] = [];
  for (const list of model.index.get('identify')?.values() ?? []) for (const o of list) all.push(o);
  const loaded = all.filter((o) => o.loads && !o.section.config.standalone);
  const ordered = sortedByName(target) ? [...loaded].sort(byName) : hashOrder(loaded, bucketCount(all));
  return ordered.map(ruleOf);
}

/** Whether the target tries identifies by name (else in hash-table order). */
export function sortedByName(target: AsteriskTarget): boolean {
  return hasOption(target, 'identify', 'match_request_uri');
}

function byName(a: PjsipObject, b: PjsipObject): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Identify sections pjsip.conf holds (loading or not): Asterisk sizes its table by them. */
function bucketCount(all: readonly PjsipObject[]): number {
  const n = all.filter((o) => !o.wizardPrefix && !o.section.config.standalone).length;
  let p = n;
  while (p > 1 && !isPrime(p)) p--;
  return Math.max(p, 1);
}

function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

/** Asterisk's string hash of a name (over its UTF-8 bytes), as a non-negative 31-bit number. */
export function asteriskStringHash(s: string): number {
  let h = 5381;
  for (const b of utf8(s)) h = (Math.imul(h, 33) ^ b) >>> 0;
  return h & 0x7fffffff;
}

function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** pjsip.conf's identifies by bucket, then in file order; wizard-generated ones after them (not measured). */
function hashOrder(loaded: readonly PjsipObject[], buckets: number): PjsipObject[] {
  const own = loaded.filter((o) => !o.wizardPrefix);
  const keyed = own.map((o, i) => ({ o, i, b: asteriskStringHash(o.id) % buckets }));
  keyed.sort((x, y) => x.b - y.b || x.i - y.i);
  return [...keyed.map((k) => k.o), ...loaded.filter((o) => o.wizardPrefix)];
}

function textMatch(raw: string): TextMatch {
  const text = raw.trim();
  if (text.length > 2 && text.startsWith('/') && text.endsWith('/')) {
    try {
      return { text, regex: new RegExp(text.slice(1, -1)) };
    } catch {
      return { text, badRegex: true };
    }
  }
  return { text };
}

function ruleOf(o: PjsipObject): IdentifyRule {
  const matches: IdentifyRule['matches'] = [];
  let negated: IdentifyRule['negated'];
  for (const v of o.vars)
    if (sameName(v.name, 'match'))
      for (const entry of parseAddressList(v.value)) {
        if (entry.kind !== 'bad' && entry.negated) negated ??= { text: entry.text, from: v };
        else matches.push({ entry, from: v });
      }
  const rule: IdentifyRule = { object: o, endpoint: (lastVar(o.vars, 'endpoint')?.value ?? '').trim(), matches };
  if (negated) rule.negated = negated;
  const header = lastVar(o.vars, 'match_header');
  const colon = header ? header.value.indexOf(':') : -1;
  if (header && colon > 0)
    rule.header = {
      name: header.value.slice(0, colon).trim(),
      value: textMatch(header.value.slice(colon + 1)),
      from: header,
    };
  const uri = lastVar(o.vars, 'match_request_uri');
  if (uri && uri.value.trim()) rule.requestUri = { value: textMatch(uri.value), from: uri };
  return rule;
}

/** Whether a header value (or a request URI) matches: exactly, or by the regular expression. */
export function textMatches(m: TextMatch, value: string): boolean {
  if (m.regex) return m.regex.test(value);
  return !m.badRegex && m.text === value.trim();
}
