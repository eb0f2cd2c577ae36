/**
 * Endpoints anyone can reach without a password (model/inbound/reachability.ts): an error when the context they
 * land in can reach a Dial() through a trunk, or of the dialled number without FILTER() under `.`/`!` (toll fraud);
 * a warning otherwise. An identify by address alone is a restriction; every other way in is open to anyone.
 */
import { msg, part, type Part } from '../../i18n/messages';
import { relativeTo } from '../../model/paths';
import { nameRange } from '../../model/ranges';
import type { PjsipObject } from '../../model/types';
import { lastVar } from '../../model/variables';
import { contextOf } from '../../model/inbound/endpoints';
import type { DialDevice, DialLine } from '../../model/inbound/dials';
import type { WayIn } from '../../model/inbound/reachability';
import type { SecurityContext } from './context';
import type { SecureEndpoint } from './fixData';

/** At most this many ways in are spelled out in a message. */
const WAYS_SHOWN = 3;

export function wayPart(w: WayIn): Part | undefined {
  switch (w.kind) {
    case 'anonymous':
      return part('way/anonymous');
    case 'username':
      return part('way/username', { user: w.user });
    case 'auth_username':
      return part('way/auth-username', { user: w.user });
    case 'header':
      return part('way/header', {
        header: `${w.identify.header!.name}: ${w.identify.header!.value.text}`,
        identify: w.identify.object.id,
      });
    case 'request_uri':
      return part('way/request-uri', { uri: w.identify.requestUri!.value.text, identify: w.identify.object.id });
    case 'everyone':
      return part('way/everyone', { identify: w.identify.object.id });
    default:
      return undefined;
  }
}

/** A Dial() that lets a caller out of the PBX: through a trunk, or of the dialled number unfiltered under `.`/`!`. */
export function tollDial(dials: readonly DialLine[]): { dial: DialLine; device: DialDevice } | undefined {
  for (const d of dials)
    for (const device of d.devices)
      if (device.trunk || (device.exten === 'unfiltered' && d.line.name.open)) return { dial: d, device };
  return undefined;
}

function dialPart(device: DialDevice): Part {
  if (device.trunk && device.endpoint) return part('dial/trunk', { endpoint: device.endpoint });
  if (device.trunk) return part('dial/uri');
  return part('dial/exten');
}

/** The endpoint names inbound auths (then a request is challenged, or refused with 500 when none exists). */
export function hasAuth(o: PjsipObject): boolean {
  const v = lastVar(o.vars, 'auth');
  return !!v && v.value.trim() !== '';
}

/** One endpoint Asterisk loads (the others are not reachable at all). */
export function checkUnauthenticated(ctx: SecurityContext, o: PjsipObject): void {
  if (hasAuth(o)) return; // most endpoints: challenged, nothing more to work out
  const r = ctx.reach(o);
  if (!r.open.length) return;
  const context = contextOf(o, ctx.target).name;
  const ways = r.open.slice(0, WAYS_SHOWN).map(wayPart);
  const data = secureData(o, r.open, r.ways);
  const toll = tollDial(ctx.dials(context));
  if (toll) {
    const line = toll.dial.line;
    ctx.sink.add({
      ...nameRange(o.section),
      code: 'unauthenticated-dial-out',
      msg: msg('unauthenticated-dial-out', {
        id: o.id,
        ways,
        context,
        dial: dialPart(toll.device),
        file: relativeTo(ctx.model.options.configDir, line.file.path),
        line: line.line + 1,
      }),
      related: [{ path: line.file.path, start: line.start, end: line.end, msg: part('related/dial') }],
      data,
    });
  } else
    ctx.sink.add({
      ...nameRange(o.section),
      code: 'unauthenticated-endpoint',
      msg: msg('unauthenticated-endpoint', { id: o.id, ways, context }),
      data,
    });
}

function secureData(o: PjsipObject, open: readonly WayIn[], ways: readonly WayIn[]): SecureEndpoint {
  const byName = open.every((w) => w.kind === 'username' || w.kind === 'auth_username');
  return {
    endpoint: o.id,
    wizard: !!o.wizardPrefix,
    username: o.id,
    identifyByIp: byName && ways.some((w) => w.kind === 'address'),
  };
}
