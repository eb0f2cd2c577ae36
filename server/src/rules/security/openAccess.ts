/**
 * Address rules that keep nobody out, on an endpoint without `auth=`: an identify matching every address (the
 * endpoint then takes every request the identifiers before it leave), or an access list that permits
 * `0.0.0.0/0` and refuses nothing (a list lets everything through by default, so it narrows nothing).
 */
import { msg } from '../../i18n/messages';

import { isEveryone } from '../../model/inbound/addresses';
import { permitsEveryone } from '../../model/inbound/acl';
import { loadedEndpoint } from '../../model/inbound/endpoints';
import type { PjsipObject } from '../../model/types';
import type { SecurityContext } from './context';
import { itemRange, itemWithComma } from './ranges';
import { hasAuth } from './unauthenticated';

/** Identifies for every address, of endpoints without `auth=` that no access list narrows. */
export function checkOpenIdentifies(ctx: SecurityContext): void {
  for (const rule of ctx.identify.rules) {
    const o = loadedEndpoint(ctx.model, rule.endpoint);
    if (!o || ctx.reach(o).challenge.kind !== 'none' || ctx.reach(o).restricted) continue;
    for (const m of rule.matches) {
      if (!isEveryone(m.entry)) continue;
      const others = rule.matches.filter((x) => x !== m && x.entry.kind !== 'bad');
      const remove = others.length ? itemWithComma(m.from, m.entry.text) : undefined;
      ctx.sink.add({
        ...itemRange(m.from, m.entry.text),
        code: 'acl-permits-everyone',
        msg: msg('acl-permits-everyone/identify', { identify: rule.object.id, id: o.id }),
        data: { remove: remove && { ...remove, newText: '' } },
      });
    }
  }
}

/** The access lists of one endpoint Asterisk loads, when it has no `auth=`. */
export function checkOpenAcls(ctx: SecurityContext, o: PjsipObject): void {
  if (hasAuth(o)) return;
  const r = ctx.reach(o);
  const seen = new Set<string>();
  for (const rule of permitsEveryone(r.acls)) {
    // a rule of acl.conf is reported on the endpoint's acl= line (acl.conf is not a document we report in)
    const list = r.acls.find((l) => l.rules.includes(rule));
    const at =
      list?.name && list.from
        ? itemRange(list.from, list.name)
        : { path: rule.at.file.path, start: rule.at.start, end: rule.at.end };
    const key = `${at.path}:${at.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ctx.sink.add({
      ...at,
      code: 'acl-permits-everyone',
      msg: msg('acl-permits-everyone/acl', { id: o.id }),
      data: {},
    });
  }
}
