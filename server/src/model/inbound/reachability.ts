/**
 * How a request can reach an endpoint, read off the same steps as path.ts: by source address through its identify
 * sections, by a header or Request-URI through them, by the From user name (when `identify_by` has `username`, the
 * default), by the credentials' user name (`auth_username`), or as the `anonymous` endpoint; then whether it is
 * challenged and whether its access lists narrow who gets in. A way in that needs no password and that no address
 * restriction narrows is open to anyone who can send it a packet.
 *
 * An identify does not narrow the user-name way in: an endpoint with an identify, no `auth=` and the default
 * `identify_by=username,ip` takes a call from any address whose From user is its name (measured on master and
 * 20.7.0).
 */
import type { AsteriskTarget } from '../../schema/versions';
import type { Model } from '../model';
import type { PjsipObject } from '../types';
import { accessLists, restrictsSources, type AccessList } from './acl';
import { isEveryone, type AddressEntry } from './addresses';
import { challengeOf, type Challenge } from './authentication';
import { identifyBy } from './endpoints';
import type { IdentifyRule } from './identifies';

export type WayIn =
  | { kind: 'address'; identify: IdentifyRule; entries: AddressEntry[]; hosts: string[] }
  /** An identify that matches every address (`0.0.0.0/0`). */
  | { kind: 'everyone'; identify: IdentifyRule; entry: AddressEntry }
  | { kind: 'header'; identify: IdentifyRule }
  | { kind: 'request_uri'; identify: IdentifyRule }
  | { kind: 'username'; user: string }
  | { kind: 'auth_username'; user: string }
  | { kind: 'anonymous' };

export interface Reachability {
  endpoint: PjsipObject;
  ways: WayIn[];
  challenge: Challenge;
  acls: AccessList[];
  /** Some address is refused by the access lists. */
  restricted: boolean;
  /** The ways in that need no password and no particular source address. */
  open: WayIn[];
}

/** Identify rules by the endpoint they name. */
export function identifiesByEndpoint(rules: readonly IdentifyRule[]): Map<string, IdentifyRule[]> {
  const m = new Map<string, IdentifyRule[]>();
  for (const r of rules) {
    const list = m.get(r.endpoint);
    if (list) list.push(r);
    else m.set(r.endpoint, [r]);
  }
  return m;
}

export function reachability(
  model: Model,
  target: AsteriskTarget,
  o: PjsipObject,
  identifies: readonly IdentifyRule[],
): Reachability {
  const ways: WayIn[] = [];
  for (const r of identifies) {
    const everyone = r.matches.find((m) => isEveryone(m.entry));
    if (everyone) ways.push({ kind: 'everyone', identify: r, entry: everyone.entry });
    else {
      const entries = r.matches.filter((m) => m.entry.kind === 'net' && !m.entry.negated).map((m) => m.entry);
      const hosts = r.matches.flatMap((m) => (m.entry.kind === 'host' ? [m.entry.host] : []));
      if (entries.length || hosts.length) ways.push({ kind: 'address', identify: r, entries, hosts });
    }
    if (r.header) ways.push({ kind: 'header', identify: r });
    if (r.requestUri) ways.push({ kind: 'request_uri', identify: r });
  }
  const by = identifyBy(o, target).methods;
  // the anonymous endpoint takes everyone: its user-name ways in add nothing to say
  if (o.id === 'anonymous') ways.unshift({ kind: 'anonymous' });
  else {
    if (by.includes('username')) ways.push({ kind: 'username', user: o.id });
    if (by.includes('auth_username')) ways.push({ kind: 'auth_username', user: o.id });
  }
  const challenge = challengeOf(model, o);
  const acls = accessLists(model, o);
  const restricted = restrictsSources(acls);
  const open = challenge.kind === 'none' && !restricted ? ways.filter((w) => w.kind !== 'address') : [];
  return { endpoint: o, ways, challenge, acls, restricted, open };
}
