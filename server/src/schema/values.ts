/**
 * Value checks for one option, following what Asterisk's handler for it accepts at load time.
 *
 * A problem with `fails: true` makes Asterisk refuse the whole object; other problems describe values that load
 * but do something the admin probably did not mean (an unknown boolean word reads as "no", ...).
 * Offsets in a problem are indexes into the effective value string.
 */
import { booleanValue, findCodec, suggest, codecs, type OptionInfo } from './schema';
import { part, type Part } from '../i18n/messages';

/**
 * Addresses Asterisk parses without a port (`type.option`), and the option that takes the port instead: with a
 * port, Asterisk ignores the address (rules/transportAddresses.ts reports it; the option docs say so).
 */
export const PORTLESS_ADDRESSES: Readonly<Record<string, { portOption?: string }>> = {
  'transport.external_signaling_address': { portOption: 'external_signaling_port' }, // the port goes in SIP headers
  'transport.external_media_address': {}, // SDP has its own ports
};

export interface ValueProblem {
  /** Asterisk refuses the object (error); otherwise the value loads with a surprising effect (warning). */
  fails: boolean;
  /** Why, as a catalogue phrase (no final period). */
  reason: Part;
  /** Sub-range of the value the problem is about (indexes into the value); whole value when absent. */
  start?: number;
  end?: number;
  /** Replacement candidates for the sub-range (did-you-mean). */
  suggestions?: string[];
}

type Checker = (opt: OptionInfo, value: string, out: ValueProblem[]) => void;

const UINT = /^\s*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/;
const INT = /^\s*[+-]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/;
const DOUBLE = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Check `value` for `opt`. Returns no problems when the value is fine. */
export function checkValue(opt: OptionInfo, value: string): ValueProblem[] {
  let checker = checkers.get(opt);
  if (!checker)
    checkers.set(
      opt,
      (checker =
        (opt.olderRegistration ? undefined : (byName[`${opt.type}.${opt.name}`] ?? byName[`*.${opt.name}`])) ??
        byKind[opt.kind] ??
        noCheck),
    );
  if (checker === noCheck) return NONE;
  // One list for every call (checkers never call checkValue): most values have no problem, and a config checks
  // tens of thousands of them.
  scratch.length = 0;
  checker(opt, value, scratch);
  if (!scratch.length) return NONE;
  const out = scratch.slice();
  scratch.length = 0;
  return out;
}

const scratch: ValueProblem[] = [];

const checkers = new WeakMap<OptionInfo, Checker>();
const NONE: ValueProblem[] = Object.freeze([]) as unknown as ValueProblem[];

/** Options whose handler does not validate at load (plain string fields): problems there never fail the object. */
function validatedAtLoad(opt: OptionInfo): boolean {
  return opt.parser !== 'OPT_STRINGFIELD_T' && opt.parser !== 'OPT_CHAR_ARRAY_T' && opt.parser !== undefined;
}

const noCheck: Checker = () => {};

/** The separator next to an empty list item (what the admin has to delete), as a range in the value. */
function separatorOf(value: string, item: { start: number; end: number }): { start: number; end: number } {
  if (item.start > 0) return { start: item.start - 1, end: item.start };
  return item.end < value.length ? { start: item.end, end: item.end + 1 } : { start: 0, end: value.length };
}

/** Items of a comma (or other) separated list with their offsets in the value. */
export function splitList(value: string, seps = ','): { text: string; start: number; end: number; raw: string }[] {
  const out: { text: string; start: number; end: number; raw: string }[] = [];
  let s = 0;
  for (let i = 0; i <= value.length; i++) {
    if (i === value.length || seps.includes(value[i])) {
      const raw = value.slice(s, i);
      let a = s,
        b = i;
      while (a < b && /\s/.test(value[a])) a++;
      while (b > a && /\s/.test(value[b - 1])) b--;
      out.push({ text: value.slice(a, b), start: a, end: b, raw });
      s = i + 1;
    }
  }
  return out;
}

function checkBool(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (booleanValue(value) !== undefined) return;
  const sugg = suggest(value, ['yes', 'no'], 2);
  out.push({
    fails: false,
    reason: value === '' ? part('value/bool-empty', { option: opt.name }) : part('value/bool-word', { value }),
    suggestions: sugg.length ? sugg : ['yes', 'no'],
  });
}

function enumMatches(opt: OptionInfo, v: string): boolean {
  const values = opt.values ?? [];
  if (opt.caseSensitive ? values.includes(v) : values.some((x) => x.toLowerCase() === v.toLowerCase())) return true;
  if (
    opt.aliases &&
    (opt.caseSensitive ? v in opt.aliases : Object.keys(opt.aliases).some((a) => a.toLowerCase() === v.toLowerCase()))
  )
    return true;
  if (opt.acceptsBooleans && booleanValue(v) !== undefined) return true;
  if (opt.acceptsInteger && INT.test(v)) return true;
  return false;
}

function enumProblem(opt: OptionInfo, v: string, start: number | undefined, end: number | undefined): ValueProblem {
  const values = opt.values ?? [];
  const right = opt.caseSensitive ? values.find((x) => x.toLowerCase() === v.toLowerCase()) : undefined;
  const caseHint = right !== undefined ? part('value/enum-case', { value: right }) : undefined;
  let fails = validatedAtLoad(opt) && !opt.invalidSilentlyIgnored && !opt.openEnum;
  let effect = fails
    ? undefined
    : opt.invalidSilentlyIgnored
      ? part('value/effect-ignored-default')
      : part('value/effect-no-effect');
  if (opt.openEnum) {
    fails = false;
    effect = part('value/effect-unhandled');
  }
  const sugg = suggest(v, values, 3);
  return {
    fails,
    reason:
      v === ''
        ? part('value/enum-empty', { option: opt.name, values, effect })
        : part('value/enum-invalid', { value: v, option: opt.name, caseHint, values, effect }),
    start,
    end,
    suggestions: sugg.length ? sugg : undefined,
  };
}

function checkEnum(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (value === '' && !opt.emptyRejected && (!validatedAtLoad(opt) || opt.invalidSilentlyIgnored)) return;
  if (enumMatches(opt, value)) return;
  out.push(enumProblem(opt, value, undefined, undefined));
}

function checkEnumList(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (value === '') return;
  for (const item of splitList(value)) {
    if (!validatedAtLoad(opt) && item.raw !== item.text) {
      out.push({
        fails: false,
        reason: part('value/list-spaces', { option: opt.name, item: item.raw }),
        start: item.start,
        end: item.end,
      });
      continue;
    }
    if (!enumMatches(opt, item.text)) out.push(enumProblem(opt, item.text, item.start, item.end));
  }
}

function checkUint(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  const signed = opt.parser === 'OPT_INT_T';
  if (!(signed ? INT : UINT).test(value)) {
    const what = part(
      opt.unit === 's'
        ? 'value/what-seconds'
        : opt.unit === 'ms'
          ? 'value/what-milliseconds'
          : signed
            ? 'value/what-integer'
            : 'value/what-unsigned',
    );
    const fails = validatedAtLoad(opt);
    const effect = fails ? undefined : part('value/effect-value-ignored');
    const negative = /^\s*-/.test(value) && !signed ? part('value/negative-refused') : undefined;
    out.push({
      fails,
      reason:
        value === ''
          ? part('value/number-empty', { option: opt.name, what, effect })
          : part('value/number-invalid', { value, what, negative, effect }),
    });
    return;
  }
  const n = parseCInt(value);
  if (opt.range && (n < opt.range[0] || n > opt.range[1])) {
    out.push({
      fails: true,
      reason: part('value/out-of-range', {
        value: value.trim(),
        min: opt.range[0],
        max: opt.range[1],
        option: opt.name,
      }),
    });
  }
}

/** Number from a C integer literal (strtoul base 0: 0x.. hex, 0.. octal). */
export function parseCInt(value: string): number {
  if (plainDecimal(value)) return Number(value); // most values: no sign, base prefix or blanks, so no regex
  const v = value.trim();
  const neg = v.startsWith('-');
  const body = v.replace(/^[+-]/, '');
  let n: number;
  if (/^0[xX]/.test(body)) n = parseInt(body.slice(2), 16);
  else if (/^0[0-7]+$/.test(body)) n = parseInt(body, 8);
  else n = parseInt(body, 10);
  return neg ? -n : n;
}

/** Digits only, not starting with 0 unless it is just `0` (which would make it octal in C). */
function plainDecimal(value: string): boolean {
  const n = value.length;
  if (n === 0 || n > 15 || (n > 1 && value.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function checkDouble(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (!DOUBLE.test(value))
    out.push({ fails: true, reason: part(opt.unit === 's' ? 'value/not-seconds' : 'value/not-a-number', { value }) });
}

const CODEC_SEPARATORS = ',|';

/**
 * The items of a codec list (`allow`, `disallow`), offsets relative to the value. A value wrapped whole in
 * parentheses, the form `pjsip show endpoint` prints, is one list: Asterisk strips the parentheses, and for `allow`
 * it replaces the codecs allowed so far (`wrapped`). With `editing`, a leading `(` alone counts (a list being typed).
 */
export function codecListItems(
  value: string,
  editing = false,
): { items: ReturnType<typeof splitList>; wrapped: boolean } {
  const open = value.search(/\S/);
  const close = value.trimEnd().length - 1;
  const wrapped = open >= 0 && value[open] === '(' && ((close > open && value[close] === ')') || editing);
  if (!wrapped) return { items: splitList(value, CODEC_SEPARATORS), wrapped };
  const innerEnd = close > open && value[close] === ')' ? close : value.length;
  const items = splitList(value.slice(open + 1, innerEnd), CODEC_SEPARATORS).map((it) => ({
    ...it,
    start: it.start + open + 1,
    end: it.end + open + 1,
  }));
  return { items, wrapped };
}

function checkCodecs(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (opt.name === 'disallow' && value === '') return; // an empty disallow is a no-op
  const names = codecs().map((c) => c.name);
  for (const item of codecListItems(value).items) {
    let name = item.text;
    let start = item.start;
    if (name.startsWith('!')) {
      name = name.slice(1);
      start++;
    }
    const colon = name.lastIndexOf(':');
    if (colon >= 0) {
      const ms = name.slice(colon + 1);
      if (!/^\s*\d+/.test(ms)) {
        out.push({
          fails: true,
          reason: part('value/packetization', { ms, codec: name.slice(0, colon) }),
          start: start + colon + 1,
          end: item.end,
        });
        continue;
      }
      name = name.slice(0, colon);
    }
    if (name.toLowerCase() === 'all' || findCodec(name)) continue;
    if (name === '') {
      out.push({
        fails: true,
        reason: part('value/empty-codec', { option: opt.name }),
        ...separatorOf(value, item),
      });
      continue;
    }
    const sugg = suggest(name, names, 3);
    out.push({
      fails: true,
      reason: part('value/unknown-codec', { codec: name }),
      start,
      end: start + name.length,
      suggestions: sugg.length ? sugg : undefined,
    });
  }
}

// ---- addresses -------------------------------------------------------------------------------------------

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIPv4(s: string): boolean {
  return IPV4.test(s);
}

export function isIPv6(s: string): boolean {
  if (!s.includes(':') || !/^[0-9a-fA-F:.]+(%[\w.]+)?$/.test(s)) return false;
  const addr = s.replace(/%.*$/, '');
  const dbl = addr.split('::');
  if (dbl.length > 2) return false;
  const parts = (x: string) => (x === '' ? [] : x.split(':'));
  const head = parts(dbl[0]);
  const tail = dbl.length === 2 ? parts(dbl[1]) : [];
  const all = [...head, ...tail];
  let groups = 0;
  for (let i = 0; i < all.length; i++) {
    const p = all[i];
    if (i === all.length - 1 && p.includes('.')) {
      if (!IPV4.test(p)) return false;
      groups += 2;
      continue;
    }
    if (!/^[0-9a-fA-F]{1,4}$/.test(p)) return false;
    groups++;
  }
  return dbl.length === 2 ? groups < 8 : groups === 8;
}

export function isHostname(s: string): boolean {
  return /^(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62}))*\.?$/.test(s);
}

function validMask(mask: string, v6: boolean): boolean {
  if (/^\d+$/.test(mask)) return Number(mask) <= (v6 ? 128 : 32);
  return v6 ? isIPv6(mask) : isIPv4(mask);
}

/** `[!]address[/mask]` entries as ast_append_ha takes them (numeric addresses only, no port). */
function checkAcl(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  for (const item of splitList(value)) {
    let t = item.text;
    let start = item.start;
    if (t.startsWith('!')) {
      t = t.slice(1);
      start++;
    }
    const slash = t.indexOf('/');
    const addr = slash >= 0 ? t.slice(0, slash) : t;
    const mask = slash >= 0 ? t.slice(slash + 1) : undefined;
    const v6 = isIPv6(addr);
    if (!v6 && !isIPv4(addr)) {
      out.push({
        fails: true,
        reason:
          item.text === ''
            ? part('value/acl-empty-entry', { option: opt.name })
            : part(isHostname(addr) ? 'value/not-ip-hostname' : 'value/not-ip', { value: addr }),
        ...(item.text === '' ? separatorOf(value, item) : { start, end: start + addr.length }),
      });
      continue;
    }
    if (mask !== undefined && !validMask(mask, v6)) {
      out.push({
        fails: true,
        reason: part('value/bad-netmask', { mask, address: addr }),
        start: start + slash + 1,
        end: item.end,
      });
    }
  }
}

/** identify `match`: IP, IP/mask, IP:port, [IPv6]:port, or a host name (resolved when Asterisk loads). */
function checkMatch(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  for (const item of splitList(value)) {
    const t = item.text;
    if (t === '') continue; // empty items are skipped by the handler
    if (t.includes('/')) {
      // address[:port]/mask: the port is allowed here (ast_append_ha_with_port)
      const slash = t.indexOf('/');
      const addr = t.slice(0, slash);
      const noPort = /^\[([^\]]+)\](?::\d+)?$/.exec(addr)?.[1] ?? /^([^:]+):\d+$/.exec(addr)?.[1] ?? addr;
      const sub: ValueProblem[] = [];
      checkAcl(opt, noPort + t.slice(slash), sub);
      for (const p of sub)
        out.push({ ...p, start: item.start + (p.start ?? 0), end: item.start + (p.end ?? t.length) });
      continue;
    }
    if (isIPv4(t) || isIPv6(t)) continue;
    const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(t);
    if (m && isIPv6(m[1])) continue;
    const hp = /^([^:]+):(\d+)$/.exec(t);
    const host = hp ? hp[1] : t;
    if (isIPv4(host) || isHostname(host)) continue;
    out.push({
      fails: true,
      reason: part('value/match-unresolvable', { value: t }),
      start: item.start,
      end: item.end,
    });
  }
}

/** transport `bind`: IPv4[:port], [IPv6][:port] or a bare IPv6 address. Host names are refused. */
function checkBind(_opt: OptionInfo, value: string, out: ValueProblem[]): void {
  const b = parseBind(value);
  if (!b)
    out.push({
      fails: true,
      reason: part('value/bind-invalid', { value }),
    });
  else if (b.port !== undefined && (b.port < 0 || b.port > 65535))
    out.push({ fails: true, reason: part('value/port-range', { port: b.port }) });
}

export function parseBind(value: string): { host: string; port?: number; v6: boolean } | undefined {
  const v = value.trim();
  let m = /^\[([^\]]+)\](?::(\d+))?$/.exec(v);
  if (m)
    return isIPv6(m[1]) ? { host: m[1], port: m[2] !== undefined ? Number(m[2]) : undefined, v6: true } : undefined;
  if (isIPv6(v)) return { host: v, v6: true };
  m = /^([^:]+)(?::(\d+))?$/.exec(v);
  if (m && isIPv4(m[1])) return { host: m[1], port: m[2] !== undefined ? Number(m[2]) : undefined, v6: false };
  return undefined;
}

/** A sip:/sips: URI (optionally in <...>), as ast_sip_validate_uri_length checks it. */
export function isSipUri(value: string): boolean {
  let v = value.trim();
  if (v.startsWith('<') && v.endsWith('>')) v = v.slice(1, -1).trim();
  return /^sips?:\S+$/i.test(v) && v.length < 512;
}

function checkSipUri(_opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (value === '') return; // required-ness is a separate rule
  if (!isSipUri(value)) {
    out.push({ fails: true, reason: part('value/not-sip-uri', { value }) });
  }
}

function checkContactList(_opt: OptionInfo, value: string, out: ValueProblem[]): void {
  for (const item of splitList(value)) {
    if (item.text === '') continue;
    if (!isSipUri(item.text))
      out.push({
        fails: true,
        reason: part('value/not-sip-uri', { value: item.text }),
        start: item.start,
        end: item.end,
      });
  }
}

// ---- named special cases ---------------------------------------------------------------------------------

function checkSetVar(_opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (!value.includes('=')) out.push({ fails: true, reason: part('value/set-var', { value }) });
}

function checkGroups(_opt: OptionInfo, value: string, out: ValueProblem[]): void {
  for (const item of splitList(value)) {
    if (item.text === '') continue;
    const m = /^(\d+)(?:-(\d+))?$/.exec(item.text);
    if (!m || Number(m[1]) > 63 || (m[2] !== undefined && (Number(m[2]) > 63 || Number(m[2]) < Number(m[1])))) {
      out.push({
        fails: false,
        reason: part('value/group', { item: item.text }),
        start: item.start,
        end: item.end,
      });
    }
  }
}

function checkTos(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (enumMatches(opt, value)) return;
  out.push(enumProblem({ ...opt, values: opt.values ?? [] }, value, undefined, undefined));
  out[out.length - 1].reason = part('value/tos', { value, examples: (opt.values ?? []).slice(0, 4).join(', ') });
}

const DIGEST_LEN: Record<string, number> = { MD5: 32, 'SHA-256': 64, 'SHA-512-256': 64 };

function checkPasswordDigest(_opt: OptionInfo, value: string, out: ValueProblem[]): void {
  for (const item of splitList(value)) {
    const m = /^([^:]+):(.*)$/.exec(item.text);
    if (!m) {
      out.push({
        fails: true,
        reason: part('value/digest-form', { item: item.text }),
        start: item.start,
        end: item.end,
      });
      continue;
    }
    const algo = Object.keys(DIGEST_LEN).find((a) => a.toLowerCase() === m[1].toLowerCase());
    if (!algo) {
      out.push({
        fails: true,
        reason: part('value/digest-algorithm', { algorithm: m[1] }),
        start: item.start,
        end: item.start + m[1].length,
      });
      continue;
    }
    // Asterisk compares the length only (measured on master: 32 letters z load as an MD5 digest)
    if (m[2].length !== DIGEST_LEN[algo]) {
      out.push({
        fails: true,
        reason: part('value/digest-length', { algorithm: algo, length: DIGEST_LEN[algo] }),
        start: item.start + m[1].length + 1,
        end: item.end,
      });
    }
  }
}

/** The handler of releases with `password_digest` (20.12.0, 21.7.0, 22.2.0, 23): the length only, for every auth_type. */
function checkMd5Cred(_opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (value.length !== 32) out.push({ fails: true, reason: part('value/md5-cred', { length: value.length }) });
}

function checkCodecPrefs(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  const params = opt.params ?? {};
  for (const item of splitList(value)) {
    const m = /^([^:]+):\s*(.*)$/.exec(item.text);
    if (!m) {
      out.push({
        fails: true,
        reason: part('value/codec-pref-form', { item: item.text }),
        start: item.start,
        end: item.end,
      });
      continue;
    }
    const name = m[1].trim();
    const allowed = params[name];
    if (!allowed) {
      out.push({
        fails: true,
        reason: part('value/codec-pref-name', { name, names: Object.keys(params) }),
        start: item.start,
        end: item.start + m[1].length,
      });
      continue;
    }
    if (!allowed.includes(m[2].trim())) {
      const vs = item.start + item.text.indexOf(m[2]);
      out.push({
        fails: true,
        reason: part('value/codec-pref-value', { value: m[2].trim(), name, values: allowed }),
        start: vs,
        end: item.end,
        suggestions: suggest(m[2].trim(), allowed),
      });
    }
  }
}

function checkFromUser(_opt: OptionInfo, value: string, out: ValueProblem[]): void {
  const bad = /[^A-Za-z0-9\-._~%!$&'()*+,;=:]/.exec(value);
  if (bad)
    out.push({
      fails: true,
      reason: part('value/from-user', { char: bad[0] }),
      start: bad.index,
      end: bad.index + 1,
    });
}

function checkNotEmpty(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (value === '') out.push({ fails: true, reason: part('value/not-empty', { option: opt.name }) });
}

function checkSdp(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (value === '' || (opt.name === 'sdp_owner' && /\s/.test(value))) {
    out.push({
      fails: false,
      reason: part(opt.name === 'sdp_owner' ? 'value/sdp-owner' : 'value/sdp-name', { option: opt.name }),
    });
  }
}

function checkSecurityMechanisms(opt: OptionInfo, value: string, out: ValueProblem[]): void {
  for (const item of splitList(value)) {
    const mech = item.text.split(';')[0].trim();
    if (mech && !(opt.values ?? []).includes(mech.toLowerCase())) {
      out.push({
        fails: false,
        reason: part('value/security-mechanism', { mechanism: mech }),
        start: item.start,
        end: item.start + mech.length,
        suggestions: suggest(mech, opt.values ?? []),
      });
    }
  }
}

function checkAsyncOperations(_opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (value.trim() !== '1')
    out.push({
      fails: false,
      reason: part('value/async-operations'),
    });
}

function checkMatchHeader(_opt: OptionInfo, value: string, out: ValueProblem[]): void {
  if (value === '') return;
  const colon = value.indexOf(':');
  if (colon < 0) out.push({ fails: true, reason: part('value/match-header-colon', { value }) });
  else if (value.slice(0, colon).trim() === '') out.push({ fails: true, reason: part('value/match-header-name') });
}

const byKind: Partial<Record<OptionInfo['kind'], Checker>> = {
  bool: checkBool,
  enum: checkEnum,
  'enum-list': checkEnumList,
  uint: checkUint,
  int: checkUint,
  'duration-seconds': checkUint,
  'duration-ms': checkUint,
  double: checkDouble,
  'codec-list': checkCodecs,
  acl: checkAcl,
  sockaddr: checkBind,
};

const byName: Record<string, Checker> = {
  'endpoint.set_var': checkSetVar,
  'endpoint.call_group': checkGroups,
  'endpoint.pickup_group': checkGroups,
  'endpoint.tos_audio': checkTos,
  'endpoint.tos_video': checkTos,
  'transport.tos': checkTos,
  'endpoint.codec_prefs_incoming_offer': checkCodecPrefs,
  'endpoint.codec_prefs_outgoing_offer': checkCodecPrefs,
  'endpoint.codec_prefs_incoming_answer': checkCodecPrefs,
  'endpoint.codec_prefs_outgoing_answer': checkCodecPrefs,
  'endpoint.from_user': checkFromUser,
  'endpoint.sdp_owner': checkSdp,
  'endpoint.sdp_session': checkSdp,
  'endpoint.security_mechanisms': checkSecurityMechanisms,
  'registration.security_mechanisms': checkSecurityMechanisms,
  'endpoint.dtls_rekey': (_opt, v, out) => {
    if (!/^\s*\d+/.test(v)) out.push({ fails: true, reason: part('value/not-whole-seconds', { value: v }) });
  },
  'auth.password_digest': checkPasswordDigest,
  'auth.md5_cred': checkMd5Cred,
  'aor.contact': checkContactList,
  'identify.match': checkMatch,
  'identify.match_header': checkMatchHeader,
  'registration.server_uri': checkSipUri,
  'registration.client_uri': checkSipUri,
  'outbound-publish.server_uri': checkSipUri,
  'outbound-publish.from_uri': checkSipUri,
  'outbound-publish.to_uri': checkSipUri,
  'transport.async_operations': checkAsyncOperations,
  'global.debug': checkNotEmpty,
  'global.default_from_user': checkNotEmpty,
};
