/**
 * A peer's codecs as chan_sip worked them out, written as one explicit list. Measured on Asterisk 20.7.0
 * (`sip show peer`, `sip show settings`): with no `allow`/`disallow` anywhere a peer has ulaw, alaw, gsm and h263;
 * [general] lines apply first, then the peer's own, in order; an empty `allow=` changes nothing (chan_sip logs
 * "Codec configuration errors" and keeps the list); `disallow=all` with nothing allowed leaves no codec. Video and
 * text codecs are only offered with `videosupport`/`textsupport` (default no), so they are left out otherwise.
 */
import { findCodec } from '../schema/schema';
import {
  carried,
  eff,
  ignoredOutcome,
  isTrue,
  manualOutcome,
  note,
  ownAll,
  record,
  sameOutcome,
  type PeerCtx,
} from './context';
import type { GeneralView } from './context';
import type { Outcome, SipSetting } from './types';

/** chan_sip's codecs when nothing is allowed or disallowed (measured: `Codecs: (ulaw|alaw|gsm|h263)`). */
export const CHAN_SIP_DEFAULT_CODECS: readonly string[] = ['ulaw', 'alaw', 'gsm', 'h263'];

interface CodecStep {
  list: string[];
  /** Names chan_sip does not know (it skips them). */
  unknown: string[];
  empty: boolean;
}

/** One allow/disallow line applied to a list, as chan_sip's format capabilities do. */
export function applyCodecLine(list: string[], s: SipSetting): CodecStep {
  const items = s.value
    .split(/[,&|]/)
    .map((x) => x.trim())
    .filter(Boolean);
  const unknown: string[] = [];
  const allow = s.name === 'allow';
  let next = [...list];
  for (const item of items) {
    const name = item.split(':')[0].toLowerCase();
    if (name === 'all') {
      next = allow ? ['all'] : [];
      continue;
    }
    if (!findCodec(name)) {
      unknown.push(item);
      continue;
    }
    if (allow) {
      if (!next.some((c) => c.split(':')[0] === name)) next.push(item.toLowerCase());
    } else next = next.filter((c) => c.split(':')[0] !== name);
  }
  return { list: next, unknown, empty: items.length === 0 };
}

/** The codec lines of [general] in order. */
export function generalCodecLines(general: GeneralView): SipSetting[] {
  return general.settings.filter((s) => s.name === 'allow' || s.name === 'disallow');
}

/** The codecs [general] leaves every peer with (before its own lines). */
export function generalCodecs(general: GeneralView): string[] {
  let list = [...CHAN_SIP_DEFAULT_CODECS];
  for (const s of generalCodecLines(general)) list = applyCodecLine(list, s).list;
  return list;
}

function mediaOf(name: string): string {
  return findCodec(name.split(':')[0])?.media ?? 'audio';
}

/** Drops video and text codecs the peer would not offer. */
export function offered(list: string[], video: boolean, text: boolean): string[] {
  return list.filter((c) => c === 'all' || ((mediaOf(c) !== 'video' || video) && (mediaOf(c) !== 'text' || text)));
}

export function convertCodecs(ctx: PeerCtx): void {
  const lines = [...generalCodecLines(ctx.general), ...ownAll(ctx, 'allow'), ...ownAll(ctx, 'disallow')].sort(
    (a, b) => order(ctx, a) - order(ctx, b),
  );
  let list = [...CHAN_SIP_DEFAULT_CODECS];
  const steps = new Map<SipSetting, CodecStep>();
  for (const s of lines) {
    const step = applyCodecLine(list, s);
    steps.set(s, step);
    list = step.list;
  }
  const video = isTrue(eff(ctx, 'videosupport')?.value ?? 'no');
  const text = isTrue(eff(ctx, 'textsupport')?.value ?? 'no');
  const final = offered(list, video, text);
  if (final.length) {
    ctx.out.put(ctx.endpoint, 'disallow', 'all');
    ctx.out.put(ctx.endpoint, 'allow', final.join(','));
  }
  const codecs = final.join(',') || '-';
  const to = final.length ? [{ type: 'endpoint', object: ctx.name, option: 'allow', value: final.join(',') }] : [];
  for (const [s, step] of steps) record(ctx, s, lineOutcome(step, codecs, to));
  for (const key of ['videosupport', 'textsupport'] as const) {
    const s = eff(ctx, key);
    if (!s) continue;
    const on = isTrue(s.value);
    const kind = key === 'videosupport' ? 'video' : 'text';
    const has = list.some((c) => mediaOf(c) === kind || c === 'all');
    record(
      ctx,
      s,
      on && has ? carried(note('mediaSupportOn', { kind }), to) : sameOutcome(note('mediaSupportOff', { kind })),
    );
  }
}

function lineOutcome(step: CodecStep, codecs: string, to: Outcome['to']): Outcome {
  if (step.empty) return ignoredOutcome(note('emptyAllow'));
  if (codecs === '-') return manualOutcome(note('noCodecs'));
  if (step.unknown.length) return carried(note('codecsUnknown', { codecs, unknown: step.unknown.join(',') }), to);
  return carried(note('codecs', { codecs }), to);
}

/** [general] lines first, then the peer's own in file order. */
function order(ctx: PeerCtx, s: SipSetting): number {
  const i = ctx.settings.indexOf(s);
  return i < 0 ? -1e9 + ctx.general.settings.indexOf(s) : i;
}
