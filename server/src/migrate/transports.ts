/**
 * Where chan_sip listened ([general] `udpbindaddr`/`bindaddr`/`bindport`, `tcpenable`/`tcpbindaddr`,
 * `tlsenable`/`tlsbindaddr`, WebSockets through http.conf) as pjsip transports, with the NAT addresses and TLS
 * files. One transport per protocol, named `transport-<protocol>`; `ws`/`wss` only when a peer uses them.
 */
import { carried, ignoredOutcome, isTrue, manualOutcome, note, putOption, type GeneralView } from './context';
import type { Output } from './output';
import { splitHostPort } from './peerAddress';
import type { Outcome, Placement, PjsipOut, SipSetting } from './types';

export const ROOT_FILE = 'pjsip.conf';

export interface Transports {
  byProtocol: Map<string, PjsipOut>;
  outcomes: Map<SipSetting, Outcome>;
  /** Protocols whose bind address Asterisk would refuse (-> the address written instead). */
  badBind: Map<string, { value: string; bind: string }>;
}

/** The UDP bind: the last `bindaddr`/`udpbindaddr` (with its port, else `bindport`, else 5060). */
function udpBind(general: GeneralView): { host: string; port: string } {
  let addr: SipSetting | undefined;
  for (const s of general.settings) if (s.name === 'bindaddr' || s.name === 'udpbindaddr') addr = s;
  const { host, port } = splitHostPort(addr?.value.trim() || '0.0.0.0');
  const bindport = general.value('bindport')?.trim();
  return { host, port: port ?? (bindport && /^\d+$/.test(bindport) ? bindport : '5060') };
}

function bindOf(value: string | undefined, fallback: { host: string; port: string }): string {
  if (!value?.trim()) return `${fallback.host}:${fallback.port}`;
  const { host, port } = splitHostPort(value.trim());
  return `${host}:${port ?? fallback.port}`;
}

export function makeTransports(out: Output, general: GeneralView, needed: Set<string>): Transports {
  const t: Transports = { byProtocol: new Map(), outcomes: new Map(), badBind: new Map() };
  const udp = udpBind(general);
  const tcpOn = isTrue(general.value('tcpenable') ?? 'no');
  const tlsOn = isTrue(general.value('tlsenable') ?? general.value('sslenable') ?? 'no');
  const wsOn = !/^(no|false|n|f|0|off)$/i.test(general.value('websocket_enabled') ?? 'yes');
  const make = (protocol: string, bind: string) => {
    const o = out.object('transport', `transport-${protocol}`, ROOT_FILE);
    out.put(o, 'protocol', protocol);
    if (!out.put(o, 'bind', bind)) {
      const instead = `0.0.0.0:${bind.slice(bind.lastIndexOf(':') + 1).replace(/\D/g, '') || '5060'}`;
      out.put(o, 'bind', instead);
      t.badBind.set(protocol, { value: bind, bind: instead });
    }
    t.byProtocol.set(protocol, o);
    return o;
  };
  make('udp', `${udp.host}:${udp.port}`);
  if (tcpOn || needed.has('tcp')) make('tcp', bindOf(general.value('tcpbindaddr'), udp));
  if (tlsOn || needed.has('tls'))
    make('tls', bindOf(general.value('tlsbindaddr') ?? general.value('sslbindaddr'), { host: udp.host, port: '5061' }));
  for (const p of ['ws', 'wss'])
    if (needed.has(p)) make(p, `${udp.host === '0.0.0.0' || udp.host === '[::]' ? udp.host : '0.0.0.0'}:${udp.port}`);
  bindOutcomes(t, general, { tcpOn, tlsOn, wsOn });
  natAddresses(out, t, general);
  tlsFiles(out, t, general);
  return t;
}

function bindOutcomes(
  t: Transports,
  general: GeneralView,
  on: { tcpOn: boolean; tlsOn: boolean; wsOn: boolean },
): void {
  const where = (p: string, option: string): Placement[] =>
    t.byProtocol.has(p) ? [{ type: 'transport', object: `transport-${p}`, option, value: '' }] : [];
  const bind = (p: string) =>
    where(p, 'bind').map((x) => ({ ...x, value: t.byProtocol.get(p)!.options.find((o) => o.name === 'bind')!.value }));
  for (const s of general.settings) {
    let o: Outcome | undefined;
    const bad = t.badBind.get(s.name.startsWith('tcp') ? 'tcp' : /^(tls|ssl)/.test(s.name) ? 'tls' : 'udp');
    if (bad && /bindaddr|bindport/.test(s.name)) {
      t.outcomes.set(s, manualOutcome(note('bindRejected', bad)));
      continue;
    }
    switch (s.name) {
      case 'bindaddr':
      case 'udpbindaddr':
      case 'bindport':
        o = carried(note('bind', { protocol: 'udp' }), bind('udp'));
        break;
      case 'tcpenable':
        o = on.tcpOn
          ? carried(note('bind', { protocol: 'tcp' }), bind('tcp'))
          : carried(note('protocolOff', { protocol: 'tcp' }), []);
        break;
      case 'tcpbindaddr':
        o = on.tcpOn
          ? carried(note('bind', { protocol: 'tcp' }), bind('tcp'))
          : ignoredOutcome(note('protocolOff', { protocol: 'tcp' }));
        break;
      case 'tlsenable':
      case 'sslenable':
        o = on.tlsOn
          ? carried(note('bind', { protocol: 'tls' }), bind('tls'))
          : carried(note('protocolOff', { protocol: 'tls' }), []);
        break;
      case 'tlsbindaddr':
      case 'sslbindaddr':
        o = on.tlsOn
          ? carried(note('bind', { protocol: 'tls' }), bind('tls'))
          : ignoredOutcome(note('protocolOff', { protocol: 'tls' }));
        break;
      case 'websocket_enabled':
        o = on.wsOn ? carried(note('websocket'), [...bind('ws'), ...bind('wss')]) : carried(note('websocketOff'), []);
        break;
      default:
        break;
    }
    if (o) t.outcomes.set(s, o);
  }
}

/** `externaddr`/`externip`/`externhost` (the last wins) and `localnet`, on every transport but WebSockets. */
function natAddresses(out: Output, t: Transports, general: GeneralView): void {
  let ext: SipSetting | undefined;
  for (const s of general.settings) if (['externaddr', 'externip', 'externhost'].includes(s.name)) ext = s;
  const plain = [...t.byProtocol].filter(([p]) => p !== 'ws' && p !== 'wss').map(([, o]) => o);
  for (const s of general.settings) {
    if (['externaddr', 'externip', 'externhost'].includes(s.name)) {
      if (s !== ext) {
        t.outcomes.set(s, ignoredOutcome(note('setAgainAs', { key: ext!.key, line: ext!.line + 1 })));
        continue;
      }
      const { host, port } = splitHostPort(s.value.trim());
      const to: (Placement | undefined)[] = [];
      for (const o of plain) {
        to.push(out.put(o, 'external_signaling_address', host), out.put(o, 'external_media_address', host));
        if (port) to.push(out.put(o, 'external_signaling_port', port));
      }
      t.outcomes.set(s, host ? carried(note('externaddr'), to) : ignoredOutcome(note('emptyValue')));
    } else if (s.name === 'localnet') {
      const to = plain.map((o) => out.put(o, 'local_net', s.value.trim(), true));
      t.outcomes.set(s, carried(note(ext ? 'localnet' : 'localnetNoExtern'), to));
    } else if (s.name === 'externtcpport' || s.name === 'externtlsport') {
      const o = t.byProtocol.get(s.name === 'externtcpport' ? 'tcp' : 'tls');
      t.outcomes.set(
        s,
        o
          ? putOption(out, o, 'external_signaling_port', s.value.trim())
          : ignoredOutcome(note('protocolOff', { protocol: s.name.slice(6, 9) })),
      );
    }
  }
}

const TLS_OPTIONS: Readonly<Record<string, string>> = {
  tlscertfile: 'cert_file',
  tlsprivatekey: 'priv_key_file',
  tlscafile: 'ca_list_file',
  tlscapath: 'ca_list_path',
  tlscipher: 'cipher',
  tlsclientmethod: 'method',
};

/** The TLS files and settings, on the TLS transport. */
function tlsFiles(out: Output, t: Transports, general: GeneralView): void {
  const tls = t.byProtocol.get('tls');
  for (const s of general.settings) {
    const key = s.name.replace(/^ssl/, 'tls');
    if (key !== 'tlsdontverifyserver' && !(key in TLS_OPTIONS)) continue;
    if (!tls) {
      t.outcomes.set(s, ignoredOutcome(note('protocolOff', { protocol: 'tls' })));
      continue;
    }
    if (key === 'tlsdontverifyserver')
      t.outcomes.set(s, putOption(out, tls, 'verify_server', isTrue(s.value) ? 'no' : 'yes'));
    else {
      const value = key === 'tlsclientmethod' ? s.value.trim().toLowerCase() : s.value.trim();
      t.outcomes.set(
        s,
        out.has('transport', TLS_OPTIONS[key], value)
          ? putOption(out, tls, TLS_OPTIONS[key], value)
          : manualOutcome(note('unknownValue', { value })),
      );
    }
  }
}
