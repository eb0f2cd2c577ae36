/**
 * What converting one peer shares between its steps: the objects made for it, its settings as chan_sip reads them
 * (its own last value of each key, else the [general] default), and the outcome of each setting.
 */
import { defaultFor } from '../schema/versions';
import { findOptionAt } from '../schema/versioned';
import type { Output } from './output';
import { canonicalKey, ruleOf } from './table';
import type { Note, Outcome, Placement, PjsipOut, SipSetting } from './types';

/** The [general] settings: the last line of each key, and every line of list keys. */
export class GeneralView {
  readonly last = new Map<string, SipSetting>();
  private readonly lists = new Map<string, SipSetting[]>();
  constructor(readonly settings: SipSetting[]) {
    for (const s of settings) {
      const k = canonicalKey(s.name) ?? s.name;
      this.last.set(k, s);
      let l = this.lists.get(k);
      if (!l) this.lists.set(k, (l = []));
      l.push(s);
    }
  }
  list(key: string): SipSetting[] {
    return this.lists.get(key) ?? [];
  }
  value(key: string): string | undefined {
    return this.last.get(key)?.value;
  }
}

export type SipType = 'friend' | 'peer' | 'user';

export interface PeerCtx {
  out: Output;
  /** The peer's name in sip.conf: also the name of its endpoint, aor and auth. */
  name: string;
  /** Output file its objects go into. */
  file: string;
  sipType: SipType;
  endpoint: PjsipOut;
  aor?: PjsipOut;
  general: GeneralView;
  /** The peer's own settings (templates included), in order. */
  settings: SipSetting[];
  outcomes: Map<SipSetting, Outcome>;
  /** Registrations the peer asks for (callbackextension); made by the caller. */
  callbacks: { contactUser: string; setting: SipSetting }[];
}

/** The last own line of a key (under any of its names). */
export function own(ctx: PeerCtx, key: string): SipSetting | undefined {
  for (let i = ctx.settings.length - 1; i >= 0; i--)
    if (canonicalKey(ctx.settings[i].name) === key) return ctx.settings[i];
  return undefined;
}

/** Every own line of a key, in order. */
export function ownAll(ctx: PeerCtx, key: string): SipSetting[] {
  return ctx.settings.filter((s) => canonicalKey(s.name) === key);
}

/** The setting chan_sip uses for this peer: its own last line, else the [general] default. */
export function eff(ctx: PeerCtx, key: string): SipSetting | undefined {
  const o = own(ctx, key);
  if (o) return o;
  return ruleOf(key)?.peerDefault ? ctx.general.last.get(key) : undefined;
}

export function record(ctx: PeerCtx, s: SipSetting | undefined, o: Outcome): void {
  if (s) ctx.outcomes.set(s, o);
}

export const note = (key: Note['key'], params?: Note['params']): Note => (params ? { key, params } : { key });

/**
 * Carried to these places; a place that is undefined was not written (the target lacks the option, or would
 * refuse the value), which makes it something the admin has to look at.
 */
export function carried(n: Note, to: (Placement | undefined)[]): Outcome {
  const written = to.filter((p): p is Placement => !!p);
  if (written.length < to.length) return { status: 'manual', note: { key: 'partlyWritten', then: n }, to: written };
  return { status: 'carried', note: n, to: written };
}

export const sameOutcome = (n: Note): Outcome => ({ status: 'default', note: n, to: [] });
export const ignoredOutcome = (n: Note): Outcome => ({ status: 'ignored', note: n, to: [] });
export const manualOutcome = (n: Note, to: Placement[] = []): Outcome => ({ status: 'manual', note: n, to });
export const brokenOutcome = (n: Note): Outcome => ({ status: 'broken', note: n, to: [] });

/** The target release's default of an option, as written in pjsip.conf. */
export function pjsipDefault(out: Output, type: string, option: string): string | undefined {
  const d = defaultFor(out.target, type, option);
  if (d) return d.value;
  return findOptionAt(out.target, type, option)?.default ?? undefined;
}

/**
 * Writes `option=value` on an object unless pjsip's default already is that value; the outcome says which, or that
 * the target release lacks the option.
 */
export function putOption(out: Output, o: PjsipOut, option: string, value: string, n?: Note): Outcome {
  if (!out.has(o.type, option)) return notInTarget(out, o.type, option);
  if (!out.has(o.type, option, value)) return manualOutcome(note('valueNotInTarget', { option, value }));
  if (!out.accepts(o.type, option, value)) return manualOutcome(note('valueRejected', { option, value }));
  const d = pjsipDefault(out, o.type, option);
  if (d !== undefined && d.toLowerCase() === value.toLowerCase() && out.get(o, option) === undefined)
    return sameOutcome(note('pjsipDefault', { option, value }));
  return carried(n ?? note('copied'), [out.put(o, option, value)]);
}

export function notInTarget(out: Output, type: string, option: string): Outcome {
  return manualOutcome(note('notInTarget', { option: `${type}.${option}`, version: out.target.label }));
}

/** chan_sip's yes (ast_true). */
export function isTrue(v: string): boolean {
  return /^(yes|true|y|t|1|on)$/i.test(v.trim());
}

/** chan_sip's no (ast_false); a value that is neither counts as no for its flags. */
export function isFalse(v: string): boolean {
  return /^(no|false|n|f|0|off)$/i.test(v.trim());
}
