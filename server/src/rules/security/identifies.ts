/**
 * Identify sections that do not do what they seem to: two for different endpoints that match the same address
 * (the one Asterisk tries first takes those requests: by name on master, in hash-table order on 20.7.0, measured),
 * one the identifier order never lets run because the anonymous endpoint comes first, and host names (resolved by
 * Asterisk once, at load; never by us).
 */
import { msg, part, type Part } from '../../i18n/messages';
import { isEveryone, rangeCovered, type AddressEntry } from '../../model/inbound/addresses';
import { loadedEndpoint } from '../../model/inbound/endpoints';
import { sortedByName, type IdentifyRule } from '../../model/inbound/identifies';
import type { SecurityContext } from './context';
import { itemRange } from './ranges';

type Net = Extract<AddressEntry, { kind: 'net' }>;

interface Item {
  rule: IdentifyRule;
  /** Position in Asterisk's order: lower is tried first. */
  rank: number;
  entry: Net;
  from: IdentifyRule['matches'][number]['from'];
}

export function checkIdentifies(ctx: SecurityContext): void {
  checkOverlaps(ctx);
  checkOrder(ctx);
  checkHostnames(ctx);
}

function samePort(a: Net, b: Net): boolean {
  return a.port === undefined || b.port === undefined || a.port === b.port;
}

/** Entries of identifies that load, sorted by their first address; then one sweep finds the pairs that overlap. */
function checkOverlaps(ctx: SecurityContext): void {
  const items: Item[] = [];
  ctx.identify.rules.forEach((rule, rank) => {
    if (!loadedEndpoint(ctx.model, rule.endpoint)) return;
    for (const m of rule.matches)
      if (m.entry.kind === 'net' && !m.entry.negated) items.push({ rule, rank, entry: m.entry, from: m.from });
  });
  items.sort(
    (a, b) => a.entry.family - b.entry.family || (a.entry.lo < b.entry.lo ? -1 : a.entry.lo > b.entry.lo ? 1 : 0),
  );
  const why = whyPart(ctx);
  const reported = new Set<Item>();
  const active: Item[] = [];
  for (const it of items) {
    for (let i = active.length - 1; i >= 0; i--)
      if (active[i].entry.family !== it.entry.family || active[i].entry.hi < it.entry.lo) active.splice(i, 1);
    for (const other of active) {
      if (other.rule.endpoint === it.rule.endpoint || !samePort(other.entry, it.entry)) continue;
      const [winner, loser] = other.rank < it.rank ? [other, it] : [it, other];
      // an identify for every address is reported as such (acl-permits-everyone), not for each address it shares
      if (reported.has(loser) || isEveryone(loser.entry)) continue;
      reported.add(loser);
      report(ctx, winner, loser, items, why);
    }
    active.push(it);
  }
}

function report(ctx: SecurityContext, winner: Item, loser: Item, items: readonly Item[], why: Part): void {
  const before = items
    .filter(
      (x) =>
        x.rank < loser.rank &&
        x.rule.endpoint !== loser.rule.endpoint &&
        x.entry.family === loser.entry.family &&
        samePort(x.entry, loser.entry),
    )
    .map((x) => x.entry);
  const never = rangeCovered(loser.entry.lo, loser.entry.hi, before);
  const params = {
    identify: loser.rule.object.id,
    endpoint: loser.rule.endpoint,
    other: winner.rule.object.id,
    otherEndpoint: winner.rule.endpoint,
    address: loser.entry.text,
    why,
  };
  ctx.sink.add({
    ...itemRange(loser.from, loser.entry.text),
    code: 'identify-overlap',
    msg: msg(never ? 'identify-overlap/never' : 'identify-overlap/partly', params),
    related: [
      {
        ...itemRange(winner.from, winner.entry.text),
        msg: part('related/identify', { identify: winner.rule.object.id }),
      },
    ],
  });
}

function whyPart(ctx: SecurityContext): Part {
  const release = ctx.target.label;
  return sortedByName(ctx.target) ? part('why/by-name', { release }) : part('why/hash', { release });
}

/** Identifiers that run after anonymous while an anonymous endpoint exists: their identifies never apply. */
function checkOrder(ctx: SecurityContext): void {
  if (!loadedEndpoint(ctx.model, 'anonymous')) return;
  const names = ctx.identify.order.names;
  const after = (n: string) => names.indexOf(n as never) > names.indexOf('anonymous');
  for (const rule of ctx.identify.rules) {
    if (rule.endpoint === 'anonymous') continue;
    if (rule.header && after('header'))
      ctx.sink.add({
        ...itemRange(rule.header.from, rule.header.from.value.trim()),
        code: 'identify-never-applies',
        msg: msg('identify-never-applies/header', { identify: rule.object.id, identifier: 'header' }),
      });
    if (rule.requestUri && after('request_uri'))
      ctx.sink.add({
        ...itemRange(rule.requestUri.from, rule.requestUri.from.value.trim()),
        code: 'identify-never-applies',
        msg: msg('identify-never-applies/header', { identify: rule.object.id, identifier: 'request_uri' }),
      });
    const first = rule.matches.find((m) => m.entry.kind !== 'bad');
    if (first && after('ip'))
      ctx.sink.add({
        ...itemRange(first.from, first.entry.text),
        code: 'identify-never-applies',
        msg: msg('identify-never-applies/address', { identify: rule.object.id }),
      });
  }
}

function checkHostnames(ctx: SecurityContext): void {
  for (const rule of ctx.identify.rules)
    for (const m of rule.matches)
      if (m.entry.kind === 'host')
        ctx.sink.add({
          ...itemRange(m.from, m.entry.text),
          code: 'identify-hostname',
          msg: msg('identify-hostname', { identify: rule.object.id, host: m.entry.host }),
        });
}
