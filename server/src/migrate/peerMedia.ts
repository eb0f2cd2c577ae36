/**
 * NAT, direct media, T.38 and media encryption (SRTP, DTLS for WebRTC): chan_sip's words to pjsip's options.
 * chan_sip's default `nat` is `auto_force_rport` (measured: `Force rport: Auto`): it answered a device behind NAT
 * at the address its requests came from, which pjsip does with `rewrite_contact=yes`, so that is written whenever
 * `nat` does not say otherwise.
 */
import {
  carried,
  eff,
  ignoredOutcome,
  isTrue,
  note,
  own,
  putOption,
  record,
  sameOutcome,
  type PeerCtx,
} from './context';
import type { Outcome, Placement } from './types';

/** What each `nat` word turns on in pjsip. */
const NAT_WORDS: Readonly<Record<string, readonly [string, string][]>> = {
  no: [['force_rport', 'no']],
  never: [['force_rport', 'no']],
  force_rport: [
    ['force_rport', 'yes'],
    ['rewrite_contact', 'yes'],
  ],
  auto_force_rport: [
    ['force_rport', 'yes'],
    ['rewrite_contact', 'yes'],
  ],
  comedia: [['rtp_symmetric', 'yes']],
  auto_comedia: [['rtp_symmetric', 'yes']],
  yes: [
    ['force_rport', 'yes'],
    ['rewrite_contact', 'yes'],
    ['rtp_symmetric', 'yes'],
  ],
  route: [['force_rport', 'no']],
};

export function convertNat(ctx: PeerCtx): void {
  const s = eff(ctx, 'nat');
  const words = (s?.value ?? 'auto_force_rport')
    .toLowerCase()
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
  const unknown = words.filter((w) => !(w in NAT_WORDS));
  const to: Placement[] = [];
  for (const w of words)
    for (const [option, value] of NAT_WORDS[w] ?? []) {
      const o = putOption(ctx.out, ctx.endpoint, option, value);
      to.push(...o.to);
    }
  if (!s) return;
  const auto = words.some((w) => w.startsWith('auto_'));
  const o: Outcome = unknown.length
    ? ignoredOutcome(note('unknownValue', { value: unknown.join(',') }))
    : to.length
      ? carried(note(auto ? 'natAuto' : 'nat'), to)
      : sameOutcome(note('natNo'));
  record(ctx, s, o);
}

/** `directmedia` (old name `canreinvite`): yes, no, nonat, update, outgoing, or several of them. */
export function convertDirectMedia(ctx: PeerCtx): void {
  const a = eff(ctx, 'directmedia'),
    b = eff(ctx, 'canreinvite');
  const pick = [a, b].filter((x) => !!x).sort((x, y) => position(ctx, x) - position(ctx, y));
  const s = pick[pick.length - 1];
  if (!s) return;
  for (const other of pick.slice(0, -1))
    record(ctx, other, ignoredOutcome(note('setAgainAs', { key: s.key, line: s.line + 1 })));
  const words = s.value
    .toLowerCase()
    .split(',')
    .map((w) => w.trim());
  const to: Placement[] = [];
  let unknown = false;
  const put = (option: string, value: string) => to.push(...putOption(ctx.out, ctx.endpoint, option, value).to);
  if (words.includes('no') || words.every((w) => /^(no|false|n|f|0|off)$/.test(w))) put('direct_media', 'no');
  for (const w of words) {
    if (w === 'nonat') put('disable_direct_media_on_nat', 'yes');
    else if (w === 'update') put('direct_media_method', 'update');
    else if (w === 'outgoing') put('direct_media_glare_mitigation', 'outgoing');
    else if (!/^(yes|no|true|false|y|n|t|f|1|0|on|off)$/.test(w)) unknown = true;
  }
  record(
    ctx,
    s,
    unknown
      ? ignoredOutcome(note('unknownValue', { value: s.value }))
      : to.length
        ? carried(note('directmedia'), to)
        : sameOutcome(note('pjsipDefault', { option: 'direct_media', value: 'yes' })),
  );
}

/** Where a setting comes in the order chan_sip reads lines ([general] first). */
function position(ctx: PeerCtx, s: { line: number; path: string }): number {
  const i = ctx.settings.findIndex((x) => x.line === s.line && x.path === s.path);
  return i < 0 ? -1 : i;
}

/** `t38pt_udptl = yes[,fec|redundancy|none][,maxdatagram=N]` (measured: plain `yes` means FEC). */
export function convertT38(ctx: PeerCtx): void {
  const s = eff(ctx, 't38pt_udptl');
  if (!s) return;
  const words = s.value.split(',').map((w) => w.trim().toLowerCase());
  if (!isTrue(words[0])) return record(ctx, s, sameOutcome(note('pjsipDefault', { option: 't38_udptl', value: 'no' })));
  const to: Placement[] = [];
  const put = (option: string, value: string) => to.push(...putOption(ctx.out, ctx.endpoint, option, value).to);
  put('t38_udptl', 'yes');
  const ec = words.find((w) => ['fec', 'redundancy', 'none'].includes(w)) ?? 'fec';
  put('t38_udptl_ec', ec);
  const max = words.find((w) => w.startsWith('maxdatagram='));
  if (max) put('t38_udptl_maxdatagram', max.slice('maxdatagram='.length));
  record(ctx, s, carried(note('t38'), to));
}

/** `encryption=yes` is SDES-SRTP unless DTLS is on; `encryption_taglen=32` asks for 32-bit tags. */
export function convertEncryption(ctx: PeerCtx, dtls: boolean): void {
  const s = own(ctx, 'encryption');
  if (s) {
    const o = isTrue(s.value)
      ? putOption(
          ctx.out,
          ctx.endpoint,
          'media_encryption',
          dtls ? 'dtls' : 'sdes',
          note(dtls ? 'encryptionDtls' : 'encryption'),
        )
      : sameOutcome(note('pjsipDefault', { option: 'media_encryption', value: 'no' }));
    record(ctx, s, o);
  }
  const tag = own(ctx, 'encryption_taglen');
  if (tag)
    record(
      ctx,
      tag,
      tag.value.trim() === '32'
        ? putOption(ctx.out, ctx.endpoint, 'srtp_tag_32', 'yes')
        : sameOutcome(note('pjsipDefault', { option: 'srtp_tag_32', value: 'no' })),
    );
}

const DTLS_OPTIONS: Readonly<Record<string, string>> = {
  dtlsverify: 'dtls_verify',
  dtlsrekey: 'dtls_rekey',
  dtlscertfile: 'dtls_cert_file',
  dtlsprivatekey: 'dtls_private_key',
  dtlscipher: 'dtls_cipher',
  dtlscafile: 'dtls_ca_file',
  dtlscapath: 'dtls_ca_path',
  dtlssetup: 'dtls_setup',
  dtlsfingerprint: 'dtls_fingerprint',
};

/** DTLS (WebRTC): only a peer's own `dtlsenable=yes` turns it on; the other dtls* keys fill it in. */
export function convertDtls(ctx: PeerCtx): boolean {
  const enable = own(ctx, 'dtlsenable');
  const on = !!enable && isTrue(enable.value);
  if (enable)
    record(
      ctx,
      enable,
      on
        ? putOption(ctx.out, ctx.endpoint, 'media_encryption', 'dtls', note('dtlsenable'))
        : sameOutcome(note('pjsipDefault', { option: 'media_encryption', value: 'no' })),
    );
  for (const [key, option] of Object.entries(DTLS_OPTIONS)) {
    const s = eff(ctx, key);
    if (!s) continue;
    if (!on) {
      record(ctx, s, ignoredOutcome(note('dtlsOff')));
      continue;
    }
    const value = key === 'dtlsfingerprint' ? s.value.trim().toUpperCase() : s.value.trim();
    record(ctx, s, putOption(ctx.out, ctx.endpoint, option, value));
  }
  return on;
}
