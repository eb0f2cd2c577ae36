/**
 * Addresses as Asterisk's access lists read them (identify `match`, endpoint `permit`/`deny`, acl.conf): one
 * address, an address with a CIDR or dotted netmask, optionally a port (`192.0.2.1:5061`, `[2001:db8::1]:5060`),
 * an optional leading `!` that inverts the entry, or a host name (resolved by Asterisk when it loads the config;
 * never by us). An address is a bigint per family, so a network is a [lo, hi] range.
 */

export type Family = 4 | 6;

export interface Address {
  family: Family;
  value: bigint;
}

/** One entry of an address list, as written. */
export type AddressEntry =
  | { kind: 'net'; family: Family; lo: bigint; hi: bigint; port?: number; negated: boolean; text: string }
  | { kind: 'host'; host: string; port?: number; negated: boolean; text: string }
  | { kind: 'bad'; text: string };

const BITS: Record<Family, number> = { 4: 32, 6: 128 };

export function parseIPv4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    v = (v << 8n) | BigInt(Number(p));
  }
  return v;
}

export function parseIPv6(s: string): bigint | undefined {
  let text = s;
  let tail: bigint | undefined;
  let tailGroups = 0;
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.slice(lastColon + 1).includes('.')) {
    tail = parseIPv4(text.slice(lastColon + 1));
    if (tail === undefined) return undefined;
    text = `${text.slice(0, lastColon + 1)}0:0`;
    tailGroups = 2;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  let v = 0n;
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  if (tail !== undefined && tailGroups) v = (v & ~0xffffffffn) | tail;
  return v;
}

export function parseAddress(s: string): Address | undefined {
  const t = s.trim().replace(/^\[|\]$/g, '');
  const v4 = parseIPv4(t);
  if (v4 !== undefined) return { family: 4, value: v4 };
  const v6 = t.includes(':') ? parseIPv6(t) : undefined;
  return v6 === undefined ? undefined : { family: 6, value: v6 };
}

/** A netmask as a prefix length: `24`, or dotted (`255.255.255.0`), or undefined when it is no valid mask. */
function prefixOf(mask: string, family: Family): number | undefined {
  if (/^\d{1,3}$/.test(mask)) {
    const n = Number(mask);
    return n <= BITS[family] ? n : undefined;
  }
  const m = family === 4 ? parseIPv4(mask) : parseIPv6(mask);
  if (m === undefined) return undefined;
  const bits = BITS[family];
  let n = 0;
  while (n < bits && (m >> BigInt(bits - 1 - n)) & 1n) n++;
  const full = ((1n << BigInt(n)) - 1n) << BigInt(bits - n);
  return m === full ? n : undefined;
}

/** `addr`, `addr:port`, `[v6]`, `[v6]:port`: the host part and the port. */
function splitPort(s: string): { host: string; port?: number } {
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(s);
  if (bracket) return { host: bracket[1], port: bracket[2] ? Number(bracket[2]) : undefined };
  const colons = (s.match(/:/g) ?? []).length;
  if (colons === 1) {
    const [host, port] = s.split(':');
    if (/^\d+$/.test(port)) return { host, port: Number(port) };
  }
  return { host: s };
}

/** One entry of an address list. */
export function parseAddressEntry(raw: string): AddressEntry {
  const text = raw.trim();
  let s = text;
  const negated = s.startsWith('!');
  if (negated) s = s.slice(1).trim();
  const slash = s.lastIndexOf('/');
  const addrPart = slash >= 0 ? s.slice(0, slash) : s;
  const { host, port } = splitPort(addrPart);
  const a = parseAddress(host);
  if (!a) {
    if (slash < 0 && /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host) && /[A-Za-z]/.test(host))
      return { kind: 'host', host, port, negated, text };
    return { kind: 'bad', text };
  }
  const bits = BITS[a.family];
  const prefix = slash >= 0 ? prefixOf(s.slice(slash + 1), a.family) : bits;
  if (prefix === undefined) return { kind: 'bad', text };
  const size = 1n << BigInt(bits - prefix);
  const lo = (a.value / size) * size;
  return { kind: 'net', family: a.family, lo, hi: lo + size - 1n, port, negated, text };
}

/** Comma-separated entries of one value. */
export function parseAddressList(value: string): AddressEntry[] {
  return value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map(parseAddressEntry);
}

/** Whether a network entry covers the address (and the port, when the entry names one). */
export function covers(e: Extract<AddressEntry, { kind: 'net' }>, a: Address, port?: number): boolean {
  if (e.family !== a.family || a.value < e.lo || a.value > e.hi) return false;
  return e.port === undefined || port === undefined || e.port === port;
}

/** The whole address space of its family (`0.0.0.0/0`, `::/0`). */
export function isEveryone(e: AddressEntry): boolean {
  return (
    e.kind === 'net' &&
    !e.negated &&
    e.port === undefined &&
    e.lo === 0n &&
    e.hi === (1n << BigInt(BITS[e.family])) - 1n
  );
}

/** Whether `[lo, hi]` of one family is covered by the union of `ranges` (of that family). */
export function rangeCovered(lo: bigint, hi: bigint, ranges: readonly { lo: bigint; hi: bigint }[]): boolean {
  const sorted = [...ranges].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
  let next = lo;
  for (const r of sorted) {
    if (r.lo > next) break;
    if (r.hi >= next) next = r.hi + 1n;
    if (next > hi) return true;
  }
  return next > hi;
}

export function formatAddress(a: Address): string {
  if (a.family === 4) return [24n, 16n, 8n, 0n].map((s) => String((a.value >> s) & 255n)).join('.');
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((a.value >> BigInt(i * 16)) & 0xffffn).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}
