/**
 * The smaller steps of a peer that read more than one key or reshape a value: qualify, mailboxes, caller ID,
 * Remote-Party-ID, the outbound proxy, transports and the registration `callbackextension` asks for.
 */
import {
  carried,
  eff,
  ignoredOutcome,
  isFalse,
  isTrue,
  manualOutcome,
  note,
  own,
  ownAll,
  putOption,
  record,
  sameOutcome,
  type PeerCtx,
} from './context';
import { splitHostPort } from './peerAddress';
import type { Outcome, Placement } from './types';

/**
 * `qualify=yes` (chan_sip: 2000 ms) or `qualify=N` ms: the peer is unreachable when it answers slower than that;
 * `qualifyfreq` (default 60 s) is how often it is asked.
 */
export function convertQualify(ctx: PeerCtx): void {
  const q = eff(ctx, 'qualify'),
    f = eff(ctx, 'qualifyfreq');
  if (!q && !f) return;
  if (!ctx.aor) {
    for (const s of [q, f]) if (s) record(ctx, s, ignoredOutcome(note('userHasNoAddress')));
    return;
  }
  const v = (q?.value ?? 'no').trim().toLowerCase();
  const ms = isTrue(v) ? 2000 : /^\d+$/.test(v) ? Number(v) : 0;
  if (!ms) {
    if (q)
      record(
        ctx,
        q,
        isFalse(v) || v === '0' ? sameOutcome(note('qualifyOff')) : ignoredOutcome(note('unknownValue', { value: v })),
      );
    if (f) record(ctx, f, ignoredOutcome(note('qualifyfreqWithoutQualify')));
    return;
  }
  const freq = f && /^\d+$/.test(f.value.trim()) ? f.value.trim() : '60';
  const to: Placement[] = [];
  to.push(...putOption(ctx.out, ctx.aor, 'qualify_frequency', freq).to);
  to.push(...putOption(ctx.out, ctx.aor, 'qualify_timeout', String(ms / 1000)).to);
  if (q) record(ctx, q, carried(note('qualify', { ms, freq }), to));
  if (f) record(ctx, f, carried(note('qualifyfreq', { freq }), to));
}

/**
 * `mailbox`: chan_sip sent unsolicited MWI to the peer (pjsip: the aor's `mailboxes`); with `subscribemwi=yes`
 * only to a device that subscribed (pjsip: the endpoint's `mailboxes`).
 */
export function convertMailbox(ctx: PeerCtx): void {
  const lines = ownAll(ctx, 'mailbox');
  const sub = own(ctx, 'subscribemwi');
  const subscribe = !!sub && isTrue(sub.value);
  const boxes = lines
    .flatMap((s) => s.value.split(','))
    .map((x) => x.trim())
    .filter(Boolean);
  const target = subscribe || !ctx.aor ? ctx.endpoint : ctx.aor;
  let to: Placement[] = [];
  if (boxes.length) to = putOption(ctx.out, target, 'mailboxes', [...new Set(boxes)].join(',')).to;
  for (const s of lines)
    record(
      ctx,
      s,
      s.value.trim()
        ? carried(note(subscribe ? 'mailboxSubscribe' : 'mailbox'), to)
        : ignoredOutcome(note('emptyValue')),
    );
  if (sub)
    record(
      ctx,
      sub,
      boxes.length
        ? carried(note(subscribe ? 'mailboxSubscribe' : 'mailbox'), to)
        : ignoredOutcome(note('subscribemwiWithoutMailbox')),
    );
}

/** `"Name" <number>`, `Name <number>` or a number, as Asterisk splits a caller ID. */
export function splitCallerId(v: string): { name: string; num: string } {
  const m = /^\s*(?:"((?:[^"\\]|\\.)*)"|([^<]*?))\s*<([^>]*)>\s*$/.exec(v);
  if (m) return { name: (m[1] ?? m[2] ?? '').trim(), num: m[3].trim() };
  const t = v.trim().replace(/^"(.*)"$/, '$1');
  return /^[+\d*#]+$/.test(t) ? { name: '', num: t } : { name: t, num: '' };
}

/** `callerid`, `fullname`, `cid_number`: one caller ID, each line overriding its part, in order. */
export function convertCallerId(ctx: PeerCtx): void {
  const lines = ctx.settings.filter((s) => ['callerid', 'fullname', 'cid_number'].includes(s.name));
  if (!lines.length) return;
  let name = '',
    num = '';
  for (const s of lines) {
    if (s.name === 'callerid') ({ name, num } = splitCallerId(s.value));
    else if (s.name === 'fullname') name = s.value.trim();
    else num = s.value.trim();
  }
  const value = name && num ? `"${name}" <${num}>` : num ? `<${num}>` : name;
  const o: Outcome = value
    ? putOption(ctx.out, ctx.endpoint, 'callerid', value, note('callerid'))
    : ignoredOutcome(note('emptyValue'));
  for (const s of lines) record(ctx, s, o);
}

/** `sendrpid`: yes/rpid sends Remote-Party-ID, pai sends P-Asserted-Identity. */
export function convertRpid(ctx: PeerCtx): void {
  const s = eff(ctx, 'sendrpid');
  if (!s) return;
  const v = s.value.trim().toLowerCase();
  const o =
    v === 'pai'
      ? putOption(ctx.out, ctx.endpoint, 'send_pai', 'yes')
      : isTrue(v) || v === 'rpid'
        ? putOption(ctx.out, ctx.endpoint, 'send_rpid', 'yes')
        : sameOutcome(note('pjsipDefault', { option: 'send_rpid', value: 'no' }));
  record(ctx, s, o);
}

/** chan_sip's `outboundproxy = [transport://]host[:port][,force]` as a pjsip proxy URI (loose routing). */
export function proxyUri(value: string): string | undefined {
  const m = /^\s*(?:(udp|tcp|tls|ws|wss):\/\/)?([^,\s]+)\s*(?:,\s*force)?\s*$/i.exec(value);
  if (!m) return undefined;
  const { host, port } = splitHostPort(m[2]);
  const transport = m[1] && m[1].toLowerCase() !== 'udp' ? `;transport=${m[1].toLowerCase()}` : '';
  return `sip:${host}${port ? `:${port}` : ''};lr${transport}`;
}

export function convertOutboundProxy(ctx: PeerCtx): void {
  const s = eff(ctx, 'outboundproxy');
  if (!s) return;
  const uri = proxyUri(s.value);
  record(ctx, s, uri ? putOption(ctx.out, ctx.endpoint, 'outbound_proxy', uri) : manualOutcome(note('badProxy')));
}

/** The transports chan_sip accepts: udp always, tcp and tls only when enabled in [general] (else it warns). */
export function enabledProtocols(general: PeerCtx['general']): Set<string> {
  const on = new Set(['udp', 'ws', 'wss']);
  if (isTrue(general.value('tcpenable') ?? 'no')) on.add('tcp');
  if (isTrue(general.value('tlsenable') ?? general.value('sslenable') ?? 'no')) on.add('tls');
  return on;
}

/**
 * `transport=udp,tcp,...`: the first is what chan_sip used for calls to the peer. pjsip picks the transport from
 * the contact, so only a peer that uses one protocol gets `transport=`. Returns the protocols the peer needs.
 */
export function convertTransport(ctx: PeerCtx): string[] {
  const s = eff(ctx, 'transport');
  if (!s) return ['udp'];
  const enabled = enabledProtocols(ctx.general);
  const listed = s.value
    .toLowerCase()
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
  const usable = listed.filter((w) => enabled.has(w));
  const off = listed.filter((w) => !enabled.has(w));
  if (!usable.length) {
    record(ctx, s, ignoredOutcome(note('transportNoneUsable', { value: s.value })));
    return ['udp'];
  }
  const n = off.length ? note('transportSomeOff', { off: off.join(',') }) : note('transport');
  if (usable.length === 1 && usable[0] !== 'udp')
    record(ctx, s, carried(n, [ctx.out.put(ctx.endpoint, 'transport', `transport-${usable[0]}`)]));
  else record(ctx, s, usable.length === 1 ? sameOutcome(note('transportUdpOnly')) : carried(note('transportMany'), []));
  return usable;
}

/** `callbackextension=N`: chan_sip registered to the peer with that contact; the registration is made later. */
export function convertCallback(ctx: PeerCtx): void {
  const s = own(ctx, 'callbackextension');
  if (!s) return;
  if (!s.value.trim()) return record(ctx, s, ignoredOutcome(note('emptyValue')));
  ctx.callbacks.push({ contactUser: s.value.trim(), setting: s });
}
