/**
 * Transports as Asterisk starts them: a second transport on an address already in use fails to start, and a
 * registration whose server URI needs a protocol no loaded transport provides cannot build its Contact.
 */
import { parseBind } from '../schema/values';
import { effective } from './objects';
import type { ProblemSink } from './problems';
import { msg, part } from '../i18n/messages';
import { setFailure } from './context';
import { nameRange } from './ranges';
import type { PjsipObject } from './types';

interface Bound {
  o: PjsipObject;
  kind: 'udp' | 'tcp';
  proto: string;
  host: string;
  port: number;
  v6: boolean;
}

const UNBOUND_PROTOCOLS = new Set(['ws', 'wss', 'flow']);

/** Settles bind conflicts (the later transport does not load) and says which protocols the set provides. */
export function settleTransports(objects: readonly PjsipObject[], sink: ProblemSink): Set<string> {
  const bound: Bound[] = [];
  const provides = new Set<string>();
  for (const o of objects) {
    if (o.type !== 'transport' || !o.loads) continue;
    const eff = effective(o);
    const proto = (eff.get('protocol')?.value || 'udp').toLowerCase();
    if (UNBOUND_PROTOCOLS.has(proto)) {
      provides.add(proto);
      continue;
    }
    const bind = eff.get('bind');
    const b = bind ? parseBind(bind.value) : undefined;
    if (!bind || !b) continue;
    const kind = proto === 'udp' ? 'udp' : 'tcp';
    const port = b.port || (proto === 'tls' ? 5061 : 5060);
    const clash = bound.find(
      (x) =>
        x.kind === kind && x.port === port && x.v6 === b.v6 && (x.host === b.host || isAny(x.host) || isAny(b.host)),
    );
    if (!clash) {
      bound.push({ o, kind, proto, host: b.host, port, v6: b.v6 });
      provides.add(proto);
      continue;
    }
    const e = bind.entry;
    sink.add({
      path: e.file.path,
      start: e.valueStart,
      end: e.valueEnd,
      code: 'transport-bind-conflict',
      msg: msg('transport-bind-conflict', {
        other: clash.o.id,
        kind,
        host: clash.host,
        port: clash.port,
        protocol: clash.proto !== proto ? part('note/protocol', { protocol: clash.proto }) : undefined,
        id: o.id,
      }),
      related: [{ ...nameRange(clash.o.section), msg: part('related/transport', { id: clash.o.id }) }],
    });
    o.loads = false;
    setFailure(o, part('failure/address-in-use'));
  }
  return provides;
}

function isAny(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || /^0*:0*:0*:0*:0*:0*:0*:0*$/.test(host) || host === '::0';
}

/** Registrations need a transport of the kind their server URI asks for, when Asterisk builds their Contact. */
export function settleRegistrationTransports(
  objects: readonly PjsipObject[],
  provides: Set<string>,
  sink: ProblemSink,
): void {
  for (const o of objects) {
    if (o.type !== 'registration' || !o.loads) continue;
    const uri = effective(o).get('server_uri')?.value ?? '';
    const need = neededTransport(uri);
    if (!need || provides.has(need)) continue;
    sink.add({
      ...nameRange(o.section),
      code: 'registration-without-transport',
      msg: msg('registration-without-transport', {
        id: o.id,
        need,
        server: uri || part('registration/its-server'),
        has: provides.size
          ? part('registration/only-transports', { protocols: [...provides].join(', ') })
          : part('registration/no-transport'),
      }),
      data: { protocol: need },
    });
    o.loads = false;
    setFailure(o, part('failure/no-transport'));
  }
}

/** The transport protocol pjsip picks for a URI: tls for sips:, the ;transport= parameter, else udp. */
export function neededTransport(uri: string): string | undefined {
  let v = uri.trim();
  if (v.startsWith('<') && v.endsWith('>')) v = v.slice(1, -1);
  const m = /^(sips?):(?:[^@;]*@)?(\[[^\]]+\]|[^:;?]+)(?::\d+)?(.*)$/i.exec(v);
  if (!m) return undefined;
  const param = /;transport=([a-z]+)/i.exec(m[3]);
  const secure = m[1].toLowerCase() === 'sips';
  let proto = secure ? 'tls' : 'udp';
  if (param) proto = param[1].toLowerCase();
  if (proto === 'tcp' && secure) proto = 'tls';
  return proto;
}
