/**
 * `register =>` lines to pjsip registrations, one registration (and auth) per line, with chan_sip's retry
 * behaviour. Measured on Asterisk 20.7.0 with a scripted registrar (test/oracle-migrate.test.ts):
 * - a refused password (401) and 5xx or no answer are retried every `registertimeout` (default 20 s) for ever
 *   when `registerattempts=0` (the default); with N > 0 it stops after N requests;
 * - a 403 stops at once unless `register_retry_403=yes`, which retries it like the others; a 404 stops at once;
 * - the last `registerattempts` line wins; chan_sip asks for `defaultexpiry` (120 s) per registration;
 * - a host that names a peer is that peer's address (the register line's port, 5060 by default), and a line
 *   without a secret then authenticates with the peer's `secret`.
 * pjsip: `retry_interval` = registertimeout, `auth_rejection_permanent=no` (keep retrying a 401),
 * `forbidden_retry_interval` = registertimeout with register_retry_403, `max_retries` = N - 1 (chan_sip counts
 * the first request) or, for ever, the largest value Asterisk reads.
 */
import { brokenOutcome, carried, ignoredOutcome, isTrue, manualOutcome, note, type GeneralView } from './context';
import type { Output } from './output';
import { splitHostPort, type Address } from './peerAddress';
import { enabledProtocols, proxyUri } from './peerMisc';
import type { Outcome, Placement, PjsipOut, SipSetting } from './types';

/** For ever: the largest value `max_retries` (an unsigned 32-bit number) takes. */
export const FOREVER = '4294967295';

export interface RegisterLine {
  peer?: string;
  transport: string;
  user: string;
  domain?: string;
  secret: string;
  authuser?: string;
  host: string;
  port?: string;
  extension?: string;
  expiry?: string;
}

/** `[peer?][transport://]user[@domain][:secret[:authuser]]@host[:port][/extension][~expiry]`, or undefined. */
export function parseRegister(value: string): RegisterLine | undefined {
  let v = value.trim();
  let peer: string | undefined;
  const q = /^([^:@/?]+)\?/.exec(v);
  if (q) {
    peer = q[1];
    v = v.slice(q[0].length);
  }
  let transport = 'udp';
  const t = /^(udp|tcp|tls):\/\//i.exec(v);
  if (t) {
    transport = t[1].toLowerCase();
    v = v.slice(t[0].length);
  }
  const at = v.lastIndexOf('@');
  if (at <= 0) return undefined;
  let right = v.slice(at + 1);
  const left = v.slice(0, at);
  let expiry: string | undefined, extension: string | undefined;
  const tilde = right.indexOf('~');
  if (tilde >= 0) [right, expiry] = [right.slice(0, tilde), right.slice(tilde + 1)];
  const slash = right.indexOf('/');
  if (slash >= 0) [right, extension] = [right.slice(0, slash), right.slice(slash + 1)];
  const { host, port } = splitHostPort(right);
  const [userPart, secret = '', authuser] = left.split(':');
  const [user, domain] = userPart.split('@');
  if (!user || !host) return undefined;
  return { peer, transport, user, domain, secret, authuser: authuser || undefined, host, port, extension, expiry };
}

/** What a register line needs of a peer it names. */
export interface PeerInfo {
  name: string;
  address?: Address;
  secret: string;
}

/** The retry options of every registration, from [general]. */
export interface RetryPlan {
  options: [string, string][];
  /** The [general] lines they come from, with what each did. */
  outcomes: Map<SipSetting, Outcome>;
}

export function retryPlan(general: GeneralView): RetryPlan {
  const outcomes = new Map<SipSetting, Outcome>();
  const timeoutLine = general.last.get('registertimeout');
  const attemptsLine = general.last.get('registerattempts');
  const retry403Line = general.last.get('register_retry_403');
  const timeout = /^\d+$/.test(timeoutLine?.value.trim() ?? '') ? timeoutLine!.value.trim() : '20';
  const attempts = /^\d+$/.test(attemptsLine?.value.trim() ?? '') ? Number(attemptsLine!.value.trim()) : 0;
  const options: [string, string][] = [
    ['retry_interval', timeout],
    ['auth_rejection_permanent', 'no'],
    ['max_retries', attempts === 0 ? FOREVER : String(attempts - 1)],
  ];
  if (retry403Line && isTrue(retry403Line.value)) options.push(['forbidden_retry_interval', timeout]);
  const to = (option: string): Placement[] => [{ type: 'registration', object: '*', option }];
  if (timeoutLine)
    outcomes.set(
      timeoutLine,
      timeout === timeoutLine.value.trim()
        ? carried(note('registertimeout'), to('retry_interval'))
        : ignoredOutcome(note('notANumber')),
    );
  if (attemptsLine)
    outcomes.set(
      attemptsLine,
      !/^\d+$/.test(attemptsLine.value.trim())
        ? ignoredOutcome(note('notANumber'))
        : carried(
            note(attempts === 0 ? 'registerattemptsForever' : 'registerattempts', { n: attempts }),
            to('max_retries'),
          ),
    );
  if (retry403Line)
    outcomes.set(
      retry403Line,
      isTrue(retry403Line.value)
        ? carried(note('registerRetry403'), to('forbidden_retry_interval'))
        : carried(note('registerStop403'), []),
    );
  for (const s of general
    .list('registertimeout')
    .concat(general.list('registerattempts'), general.list('register_retry_403')))
    if (!outcomes.has(s))
      outcomes.set(s, ignoredOutcome(note('setAgain', { line: (general.last.get(s.name)?.line ?? 0) + 1 })));
  return { options, outcomes };
}

export interface RegistrationInput {
  setting: SipSetting;
  line: RegisterLine;
  file: string;
  peers: Map<string, PeerInfo>;
  plan: RetryPlan;
  general: GeneralView;
  /** Set by the caller for a `callbackextension` registration: the peer it registers to. */
  forPeer?: string;
}

/** Characters a SIP URI user part can hold unescaped (RFC 3261: unreserved, user-unreserved, escapes). */
const URI_USER = /^(?:[A-Za-z0-9\-_.!~*'()&=+$,;?/]|%[0-9A-Fa-f]{2})+$/;
const URI_HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)$/;

/** One registration (and its auth) for a register line. */
export function makeRegistration(out: Output, r: RegistrationInput): Outcome {
  const { line } = r;
  const peer = r.peers.get((line.peer ?? line.host).toLowerCase());
  const named = peer && peer.address && !peer.address.dynamic ? peer : undefined;
  const host = named ? named.address!.host! : line.host;
  const bad = [line.user, line.domain ?? host].find((x, i) => !(i === 0 ? URI_USER : URI_HOST).test(x));
  if (bad !== undefined) return brokenOutcome(note('registerBadUri', { text: bad }));
  const port = line.port ? `:${line.port}` : '';
  const base = out.freeName('registration', sanitize(`${r.forPeer ?? line.host}-${line.user}`));
  const reg = out.object('registration', base, r.file);
  const to: (Placement | undefined)[] = [];
  to.push(out.put(reg, 'transport', `transport-${line.transport}`));
  to.push(out.put(reg, 'server_uri', `sip:${host}${port}`));
  to.push(out.put(reg, 'client_uri', `sip:${line.user}@${line.domain ?? host}${port}`));
  if (line.extension) to.push(out.put(reg, 'contact_user', line.extension));
  const expiry = /^\d+$/.test(line.expiry ?? '') ? line.expiry! : defaultExpiry(r.general);
  to.push(out.put(reg, 'expiration', expiry));
  for (const [o, v] of r.plan.options) to.push(out.put(reg, o, v));
  const proxy = r.general.value('outboundproxy');
  if (proxy && proxyUri(proxy)) to.push(out.put(reg, 'outbound_proxy', proxyUri(proxy)!));
  const secret = line.secret || (peer ? peer.secret : '');
  if (secret) {
    const auth = out.object('auth', base, r.file);
    out.put(auth, 'auth_type', out.authType());
    out.put(auth, 'username', line.authuser ?? line.user);
    out.put(auth, 'password', secret);
    to.push(out.put(reg, 'outbound_auth', auth.name));
  }
  if (peer && out.find('endpoint', peer.name)) {
    to.push(out.put(reg, 'endpoint', peer.name));
    to.push(out.put(reg, 'line', 'yes'));
  }
  const missing = to.filter((p) => !p).length;
  if (missing)
    return manualOutcome(
      note('registrationIncomplete', { name: base }),
      to.filter((p): p is Placement => !!p),
    );
  if (!enabledProtocols(r.general).has(line.transport))
    return manualOutcome(
      note('registerProtocolOff', { name: base, protocol: line.transport }),
      to.filter((p): p is Placement => !!p),
    );
  const n = named
    ? note(line.secret ? 'registerPeerHost' : 'registerPeerHostSecret', { name: base, peer: named.name })
    : note('register', { name: base });
  return carried(n, to);
}

export function defaultExpiry(general: GeneralView): string {
  const v = general.value('defaultexpiry')?.trim();
  return v && /^\d+$/.test(v) ? v : '120';
}

/** A name made of the characters a section name can safely hold. */
export function sanitize(s: string): string {
  return s.replace(/[^A-Za-z0-9._+-]+/g, '_').slice(0, 60) || 'registration';
}

export type { PjsipOut };
