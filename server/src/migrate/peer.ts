/**
 * One chan_sip peer (type friend, peer or user) to its pjsip objects: an endpoint, an auth when it has a password,
 * an aor unless it is a `user` (which chan_sip never called), an identify for a peer at a fixed address. The steps
 * that read several keys run first; every other key is handled by its row of the table.
 */
import {
  carried,
  eff,
  ignoredOutcome,
  isTrue,
  manualOutcome,
  note,
  notInTarget,
  putOption,
  record,
  sameOutcome,
  type GeneralView,
  type PeerCtx,
  type SipType,
} from './context';
import type { Output } from './output';
import { convertAddress, peerAddress } from './peerAddress';
import { convertCredentials } from './peerAuth';
import { convertCodecs } from './peerCodecs';
import { convertDirectMedia, convertDtls, convertEncryption, convertNat, convertT38 } from './peerMedia';
import {
  convertCallback,
  convertCallerId,
  convertMailbox,
  convertOutboundProxy,
  convertQualify,
  convertRpid,
  convertTransport,
} from './peerMisc';
import { canonicalKey, handlerIn, readIn, ruleOf, SIP_KEYS, type Handler } from './table';
import type { Outcome, SipSection, SipSetting } from './types';

export interface PeerResult {
  ctx: PeerCtx;
  /** Protocols its transports must exist for. */
  protocols: string[];
}

/** The type chan_sip gives a section, or why it skips it (measured: "lacks type", "Unknown type"). */
export function sipTypeOf(section: SipSection): SipType | { missing: true } | { unknown: string } {
  let t: SipSetting | undefined;
  for (const s of section.settings) if (s.name === 'type') t = s;
  if (!t) return { missing: true };
  const v = t.value.trim().toLowerCase();
  return v === 'friend' || v === 'peer' || v === 'user' ? v : { unknown: t.value };
}

export function convertPeer(
  out: Output,
  section: SipSection,
  sipType: SipType,
  general: GeneralView,
  file: string,
): PeerResult {
  const comments = [...section.comments, `sip.conf [${section.name}], type=${sipType}`];
  const endpoint = out.object('endpoint', section.name, file, comments);
  const ctx: PeerCtx = {
    out,
    name: section.name,
    file,
    sipType,
    endpoint,
    general,
    settings: section.settings,
    outcomes: new Map(),
    callbacks: [],
  };
  if (sipType !== 'user') ctx.aor = out.object('aor', section.name, file);
  if (ctx.aor) out.put(endpoint, 'aors', ctx.aor.name);
  const typeLine = [...section.settings].reverse().find((s) => s.name === 'type');
  record(ctx, typeLine, carried(note(`type.${sipType}`), [{ type: 'endpoint', object: ctx.name, option: 'type' }]));
  putOption(out, endpoint, 'context', eff(ctx, 'context')?.value.trim() || 'default');
  const addr = peerAddress(ctx);
  const { skipInviteAuth } = convertAddress(ctx);
  convertCredentials(ctx, skipInviteAuth, !!addr && !addr.dynamic);
  convertCodecs(ctx);
  convertNat(ctx);
  convertDirectMedia(ctx);
  convertT38(ctx);
  convertEncryption(ctx, convertDtls(ctx));
  convertQualify(ctx);
  convertMailbox(ctx);
  convertCallerId(ctx);
  convertRpid(ctx);
  convertOutboundProxy(ctx);
  const protocols = convertTransport(ctx);
  convertCallback(ctx);
  convertTableKeys(ctx);
  return { ctx, protocols };
}

/** Every key no step has handled yet: its table row (or why chan_sip ignored it). */
function convertTableKeys(ctx: PeerCtx): void {
  const keys = new Set<string>();
  for (const s of ctx.settings) keys.add(canonicalKey(s.name) ?? s.name);
  for (const [k, rule] of Object.entries(SIP_KEYS)) if (rule.peerDefault && ctx.general.last.has(k)) keys.add(k);
  for (const k of keys) {
    const rule = ruleOf(k);
    const own = ctx.settings.filter((s) => (canonicalKey(s.name) ?? s.name) === k);
    if (!rule) {
      for (const s of own) record(ctx, s, ignoredOutcome(note('unknownKey')));
      continue;
    }
    if (!readIn(rule, 'peer')) {
      for (const s of own) record(ctx, s, ignoredOutcome(note('generalOnly')));
      continue;
    }
    const h = handlerIn(rule, 'peer');
    if (rule.list) {
      for (const s of own) if (!ctx.outcomes.has(s)) record(ctx, s, applyHandler(ctx, h, s, true));
      continue;
    }
    for (const s of own.slice(0, -1))
      if (!ctx.outcomes.has(s))
        record(ctx, s, ignoredOutcome(note('setAgain', { line: own[own.length - 1].line + 1 })));
    const s = eff(ctx, k);
    if (s && !ctx.outcomes.has(s) && h.kind !== 'group') record(ctx, s, applyHandler(ctx, h, s, false));
  }
}

/** A table row applied to one line. */
export function applyHandler(ctx: PeerCtx, h: Handler, s: SipSetting, add: boolean): Outcome {
  switch (h.kind) {
    case 'same':
      return sameOutcome(note(h.note));
    case 'ignored':
      return ignoredOutcome(note(h.note));
    case 'manual':
      return manualOutcome(note(h.note));
    case 'group':
      return ignoredOutcome(note('notRead'));
    default:
      break;
  }
  const target = h.type === 'aor' ? ctx.aor : h.type === 'endpoint' ? ctx.endpoint : undefined;
  if (!target) return ignoredOutcome(note('userHasNoAddress'));
  const raw = s.value.trim();
  if (!raw) return ignoredOutcome(note('emptyValue'));
  let value = raw;
  if (h.kind === 'bool') value = isTrue(raw) ? 'yes' : 'no';
  else if (h.values) {
    const mapped = h.values[raw.toLowerCase()];
    if (mapped === undefined) return manualOutcome(note('unknownValue', { value: raw }));
    value = mapped;
  } else if (h.upper) value = raw.toUpperCase();
  if (add) {
    if (!ctx.out.has(target.type, h.option)) return notInTarget(ctx.out, target.type, h.option);
    const p = ctx.out.put(target, h.option, value, true);
    return p ? carried(note('copied'), [p]) : manualOutcome(note('valueRejected', { option: h.option, value }));
  }
  const n = value !== raw ? note('renamedValue', { from: raw, to: value }) : undefined;
  return putOption(ctx.out, target, h.option, value, n);
}
