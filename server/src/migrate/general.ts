/**
 * What became of each [general] setting: the ones that are every peer's default say how many peers took them;
 * the others went to a transport, `global`, `system`, an `acl`, the registrations, or nowhere (with why).
 */
import {
  carried,
  ignoredOutcome,
  isTrue,
  manualOutcome,
  note,
  putOption,
  sameOutcome,
  type GeneralView,
  type PeerCtx,
} from './context';
import type { Output } from './output';
import { canonicalKey, handlerIn, readIn, ruleOf, type Handler } from './table';
import { ROOT_FILE } from './transports';
import type { Outcome, SipSetting, Status } from './types';
import { generalCodecs, offered } from './peerCodecs';

export interface GeneralInput {
  out: Output;
  general: GeneralView;
  peers: PeerCtx[];
  /** Outcomes settled elsewhere (transports, registrations). */
  settled: Map<SipSetting, Outcome>;
  registrations: number;
}

const RANK: Record<Status, number> = { ignored: 0, default: 1, carried: 2, manual: 3, broken: 4 };

export function worse(a: Outcome, b: Outcome): Outcome {
  return RANK[b.status] > RANK[a.status] ? b : a;
}

/** How the peers used each [general] line: how many took it, and the worst outcome. */
function peerUse(
  peers: PeerCtx[],
  general: GeneralView,
): Map<SipSetting, { count: number; outcome: Outcome; all: Outcome[] }> {
  const mine = new Set(general.settings);
  const use = new Map<SipSetting, { count: number; outcome: Outcome; all: Outcome[] }>();
  for (const p of peers)
    for (const [s, o] of p.outcomes) {
      if (!mine.has(s)) continue;
      const u = use.get(s);
      if (u) {
        u.count++;
        u.outcome = worse(u.outcome, o);
        u.all.push(o);
      } else use.set(s, { count: 1, outcome: o, all: [o] });
    }
  return use;
}

export function generalOutcomes(g: GeneralInput): Map<SipSetting, Outcome> {
  const result = new Map<SipSetting, Outcome>();
  const use = peerUse(g.peers, g.general);
  for (const s of g.general.settings) {
    const k = canonicalKey(s.name);
    const rule = k === undefined ? undefined : ruleOf(k);
    const settled = g.settled.get(s);
    const used = use.get(s);
    let o: Outcome;
    if (settled) o = settled;
    else if (!rule) o = ignoredOutcome(note('unknownKey'));
    else if (!readIn(rule, 'general')) o = ignoredOutcome(note('peerOnly'));
    else if (!rule.list && g.general.last.get(k!) !== s)
      o = ignoredOutcome(note('setAgain', { line: g.general.last.get(k!)!.line + 1 }));
    else if (used)
      o = {
        ...used.outcome,
        note: { key: 'peerDefault', params: { count: used.count }, then: used.outcome.note },
        to: everyOne(used.all),
      };
    else o = ownOutcome(g, s, handlerIn(rule, 'general'), !!rule.peerDefault);
    result.set(s, o);
  }
  return result;
}

/**
 * The places a [general] default went, as "every endpoint" (or aor, ...) rather than the first peer's; a value
 * only when every peer got the same one.
 */
function everyOne(outcomes: Outcome[]): Outcome['to'] {
  const byOption = new Map<string, { p: Outcome['to'][number]; values: Set<string | undefined> }>();
  for (const o of outcomes)
    for (const p of o.to) {
      const k = `${p.type}.${p.option}`;
      const e = byOption.get(k);
      if (e) e.values.add(p.value);
      else byOption.set(k, { p: { ...p, object: '*' }, values: new Set([p.value]) });
    }
  return [...byOption.values()].map(({ p, values }) => (values.size === 1 ? p : { ...p, value: undefined }));
}

/** A [general] line no peer took and no other step settled. */
function ownOutcome(g: GeneralInput, s: SipSetting, h: Handler, peerDefault: boolean): Outcome {
  if (h.kind === 'same') return sameOutcome(note(h.note));
  if (h.kind === 'ignored') return ignoredOutcome(note(h.note));
  if (h.kind === 'manual') return manualOutcome(note(h.note));
  if (h.kind === 'copy' && (h.type === 'global' || h.type === 'system')) {
    const o = g.out.object(h.type, h.type, ROOT_FILE);
    return putOption(g.out, o, h.option, h.upper ? s.value.trim().toUpperCase() : s.value.trim());
  }
  if (h.kind === 'bool' && (h.type === 'global' || h.type === 'system'))
    return putOption(g.out, g.out.object(h.type, h.type, ROOT_FILE), h.option, isTrue(s.value) ? 'yes' : 'no');
  if (h.kind === 'copy' && h.type === 'transport') return toTransports(g, s, h.option, !!h.upper);
  if (h.kind === 'group') return groupOutcome(g, s, h.group);
  return ignoredOutcome(note(peerDefault ? (g.peers.length ? 'everyPeerSetsIt' : 'noPeers') : 'notRead'));
}

function toTransports(g: GeneralInput, s: SipSetting, option: string, upper: boolean): Outcome {
  const value = upper ? s.value.trim().toUpperCase() : s.value.trim();
  const ws = option.startsWith('websocket');
  const list = g.out.objects.filter((o) => o.type === 'transport' && (!ws || /^transport-wss?$/.test(o.name)));
  if (!list.length) return ignoredOutcome(note('noWebsocketTransport'));
  let out: Outcome | undefined;
  for (const t of list) {
    const o = putOption(g.out, t, option, value);
    out = out ? { ...out, to: [...out.to, ...o.to], status: worse(out, o).status } : o;
  }
  return out!;
}

function groupOutcome(g: GeneralInput, s: SipSetting, group: string): Outcome {
  switch (group) {
    case 'realm': {
      const v = s.value.trim();
      return v
        ? putOption(g.out, g.out.object('global', 'global', ROOT_FILE), 'default_realm', v, note('realm'))
        : ignoredOutcome(note('emptyValue'));
    }
    case 'guests':
      return isTrue(s.value) ? anonymous(g) : sameOutcome(note('allowguestNo'));
    case 'general-acl': {
      const acl = g.out.object('acl', 'acl', ROOT_FILE);
      const option = s.name.replace('contact', 'contact_');
      return carried(note('copied'), [g.out.put(acl, option, s.value.trim(), true)]);
    }
    case 'expiry':
      return s.name === 'defaultexpiry' && g.registrations
        ? carried(note('defaultexpiryRegistrations'), [{ type: 'registration', object: '*', option: 'expiration' }])
        : ignoredOutcome(note('noDynamicPeers'));
    case 'register-retry':
    case 'register':
      return ignoredOutcome(note('noRegistrations'));
    default:
      return ignoredOutcome(note(g.peers.length ? 'everyPeerSetsIt' : 'noPeers'));
  }
}

/** `allowguest=yes`: chan_sip let unknown callers into [general]'s context; pjsip does that with `anonymous`. */
function anonymous(g: GeneralInput): Outcome {
  const e = g.out.object('endpoint', g.out.freeName('endpoint', 'anonymous'), ROOT_FILE, ['chan_sip allowguest=yes']);
  const context = g.general.value('context')?.trim() || 'default';
  const codecs = offered(generalCodecs(g.general), false, false);
  const to = [g.out.put(e, 'context', context)];
  if (codecs.length) to.push(g.out.put(e, 'disallow', 'all'), g.out.put(e, 'allow', codecs.join(',')));
  return carried(note('allowguestYes', { context }), to);
}
