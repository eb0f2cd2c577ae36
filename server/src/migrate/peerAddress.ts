/**
 * Who a peer is and where it is: `host`/`port`/`defaultip` (an aor with a static contact, or one that takes one
 * registration), `insecure` (identify by address, without inbound authentication where chan_sip skipped it).
 * Measured on Asterisk 20.7.0's chan_sip: a peer matched by address only when the source port is the peer's port
 * (5060 unless `port=`), unless `insecure=port`; `insecure=invite` answered that peer's INVITEs without a
 * challenge; `insecure=very` is unknown ("Unknown insecure mode 'very'") and changes nothing.
 */
import {
  carried,
  eff,
  ignoredOutcome,
  manualOutcome,
  note,
  own,
  putOption,
  record,
  sameOutcome,
  type PeerCtx,
} from './context';
import type { Outcome, Placement } from './types';

export interface Address {
  /** `dynamic`, or the host (IPv6 in brackets) and port as chan_sip reaches it. */
  dynamic: boolean;
  host?: string;
  port?: string;
}

/** `host=` (maybe with `:port`) and `port=` as chan_sip reads them. */
export function peerAddress(ctx: PeerCtx): Address | undefined {
  const h = own(ctx, 'host')?.value.trim();
  if (!h) return undefined;
  if (h.toLowerCase() === 'dynamic') return { dynamic: true };
  const { host, port } = splitHostPort(h);
  const p = own(ctx, 'port')?.value.trim();
  return { dynamic: false, host, port: port ?? (p || undefined) };
}

/** `host[:port]`, `[v6]:port` or a bare IPv6 address. */
export function splitHostPort(text: string): { host: string; port?: string } {
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (v6) return { host: `[${v6[1]}]`, port: v6[2] };
  if ((text.match(/:/g) ?? []).length > 1) return { host: `[${text}]` };
  const i = text.lastIndexOf(':');
  if (i > 0 && /^\d+$/.test(text.slice(i + 1))) return { host: text.slice(0, i), port: text.slice(i + 1) };
  return { host: text };
}

interface Insecure {
  port: boolean;
  invite: boolean;
}

function insecureOf(ctx: PeerCtx): Insecure {
  const s = eff(ctx, 'insecure');
  const words = (s?.value ?? '')
    .toLowerCase()
    .split(',')
    .map((w) => w.trim());
  return { port: words.includes('port'), invite: words.includes('invite') };
}

/** The address step: aor contact or registration limits, identify. Returns whether the peer skips INVITE auth. */
export function convertAddress(ctx: PeerCtx): { skipInviteAuth: boolean } {
  const a = peerAddress(ctx);
  const ins = insecureOf(ctx);
  insecureOutcome(ctx, a, ins);
  const host = own(ctx, 'host'),
    port = own(ctx, 'port'),
    defaultip = own(ctx, 'defaultip');
  if (defaultip) record(ctx, defaultip, manualOutcome(note('defaultip')));
  if (!a || !ctx.aor) {
    if (host) record(ctx, host, ignoredOutcome(note(ctx.aor ? 'emptyHost' : 'userHasNoAddress')));
    if (port) record(ctx, port, ignoredOutcome(note('portWithoutHost')));
    return { skipInviteAuth: false };
  }
  if (a.dynamic) {
    const to = [ctx.out.put(ctx.aor, 'max_contacts', '1'), ctx.out.put(ctx.aor, 'remove_existing', 'yes')];
    record(ctx, host, carried(note('hostDynamic'), to));
    if (port) record(ctx, port, ignoredOutcome(note('portDynamic')));
    expiryDefaults(ctx);
    return { skipInviteAuth: false };
  }
  const user = own(ctx, 'defaultuser') ?? own(ctx, 'username');
  const contact = `sip:${user?.value ? `${user.value}@` : ''}${a.host}${a.port ? `:${a.port}` : ''}`;
  const to: (Placement | undefined)[] = [ctx.out.put(ctx.aor, 'contact', contact)];
  if (ctx.sipType !== 'user') to.push(...identify(ctx, a, ins));
  record(ctx, host, carried(note('hostStatic', { contact }), to));
  if (port) record(ctx, port, carried(note('portStatic'), to));
  return { skipInviteAuth: ins.invite };
}

/** An identify matching the peer's address (with its port unless `insecure=port`, as chan_sip matched it). */
function identify(ctx: PeerCtx, a: Address, ins: Insecure): (Placement | undefined)[] {
  const id = ctx.out.object('identify', ctx.name, ctx.file);
  const to = [ctx.out.put(id, 'endpoint', ctx.name)];
  const isIp = /^(\d{1,3}\.){3}\d{1,3}$|^\[/.test(a.host ?? '');
  const port = ins.port ? undefined : (a.port ?? (isIp ? '5060' : undefined));
  to.push(ctx.out.put(id, 'match', `${a.host}${port ? `:${port}` : ''}`));
  // a chan_sip peer (not a friend) is found by its address only, never by the From user name
  if (ctx.sipType === 'peer') to.push(ctx.out.put(ctx.endpoint, 'identify_by', 'ip'));
  return to;
}

function insecureOutcome(ctx: PeerCtx, a: Address | undefined, ins: Insecure): void {
  const s = eff(ctx, 'insecure');
  if (!s) return;
  const words = s.value
    .toLowerCase()
    .split(',')
    .map((w) => w.trim());
  const unknown = words.filter((w) => w && !['port', 'invite', 'no'].includes(w));
  let o: Outcome;
  if (unknown.includes('very')) o = ignoredOutcome(note('insecureVery'));
  else if (unknown.length) o = ignoredOutcome(note('unknownValue', { value: unknown.join(',') }));
  else if (!ins.port && !ins.invite) o = sameOutcome(note('insecureNo'));
  else if (!a || a.dynamic)
    o = ins.invite ? manualOutcome(note('insecureInviteDynamic')) : sameOutcome(note('insecurePortDynamic'));
  else
    o = carried(note(ins.invite ? 'insecureInvite' : 'insecurePort'), [
      { type: 'identify', object: ctx.name, option: 'match' },
    ]);
  record(ctx, s, o);
}

/**
 * The registration expiry limits of chan_sip ([general] `maxexpiry`, `minexpiry`, `defaultexpiry`; measured
 * defaults 3600, 60 and 120 seconds: `sip show settings`), on the aor of a peer that registers.
 */
function expiryDefaults(ctx: PeerCtx): void {
  const aor = ctx.aor!;
  for (const [key, option, chanSipDefault] of [
    ['maxexpiry', 'maximum_expiration', '3600'],
    ['minexpiry', 'minimum_expiration', '60'],
    ['defaultexpiry', 'default_expiration', '120'],
  ] as const) {
    const s = ctx.general.last.get(key);
    const value = s && /^\d+$/.test(s.value.trim()) ? s.value.trim() : chanSipDefault;
    const o = putOption(ctx.out, aor, option, value);
    if (s) record(ctx, s, value === s.value.trim() ? o : ignoredOutcome(note('notANumber')));
  }
}
