/** Transport addresses that must not carry a port: Asterisk refuses them and uses no external address at all. */
import { msg } from '../i18n/messages';
import { PORTLESS_ADDRESSES } from '../schema/values';
import type { Effective } from '../model/objects';
import { entryRange, placeByUsers } from '../model/ranges';
import type { PjsipObject } from '../model/types';
import type { ObjectRuleContext } from './objectRules';

/** Options parsed as a bare address, and the option that takes the port instead (when there is one). */
export const ADDRESS_OPTIONS: readonly { option: string; portOption?: string }[] = Object.entries(PORTLESS_ADDRESSES)
  .filter(([k]) => k.startsWith('transport.'))
  .map(([k, v]) => ({ option: k.slice('transport.'.length), portOption: v.portOption }));

/** `host:port` or `[v6]:port`; a bare IPv6 address has colons but no port. */
export function splitPort(value: string): { host: string; port: string } | undefined {
  const v = value.trim();
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(v) ?? /^([^:[\]\s]+):(\d+)$/.exec(v);
  if (!m) return undefined;
  return { host: v.startsWith('[') ? `[${m[1]}]` : m[1], port: m[2] };
}

export function addressWithPort(o: PjsipObject, eff: Effective, ctx: ObjectRuleContext): void {
  for (const { option, portOption } of ADDRESS_OPTIONS) {
    const v = eff.get(option);
    const split = v && !v.synthetic ? splitPort(v.value) : undefined;
    if (!v || !split) continue;
    for (const { moved, ...range } of placeByUsers(
      ctx.model.objects,
      [o],
      v.entry,
      option,
      entryRange(v.entry, 'value'),
    ))
      ctx.sink.add({
        ...range,
        code: 'address-with-port',
        msg: portOption
          ? msg('address-with-port/signaling', { option, id: o.id, portOption, port: split.port })
          : msg('address-with-port/media', { option, id: o.id }),
        // the quick fix edits the value where the diagnostic sits: only when that is the value itself
        data: moved ? undefined : { ...split, portOption },
      });
  }
}
