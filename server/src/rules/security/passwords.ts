/**
 * Weak and shared passwords of the auths endpoints challenge callers with (their `auth=`; wizard `inbound_auth`).
 * Outbound auths are left alone: their password is the provider's. A message names the auth, never the password.
 */
import { msg, part } from '../../i18n/messages';
import { entryRange } from '../../model/ranges';
import { lastVar } from '../../model/variables';
import type { Model } from '../../model/model';
import type { PjsipObject, Variable } from '../../model/types';
import type { SecurityContext } from './context';
import { COMMON_PASSWORDS } from './commonPasswords';

export const MIN_PASSWORD_LENGTH = 12;
const COMMON_LONGEST = Math.max(...[...COMMON_PASSWORDS].map((p) => p.length));

/** The endpoints Asterisk loads that challenge with this auth name (`auth=` lists it), by name. */
function usersOf(model: Model, auth: string): string[] {
  const out: string[] = [];
  for (const o of model.optionValues.get('endpoint', 'auth', true, auth))
    if (o.loads && !o.section.config.standalone) out.push(o.id);
  return out;
}

/** Whether endpoints challenge with the auth: it loads, and a loaded endpoint names it in `auth=`. */
function isInbound(model: Model, a: PjsipObject): boolean {
  if (!a.loads || a.section.config.standalone) return false;
  for (const o of model.optionValues.get('endpoint', 'auth', true, a.id))
    if (o.loads && !o.section.config.standalone) return true;
  return false;
}

/** The inbound auths with this password, by name (then by place, for two of one name). */
function sharing(model: Model, password: string): PjsipObject[] {
  const out = model.optionValues.get('auth', 'password', false, password).filter((a) => isInbound(model, a));
  return out.length > 1 ? out.sort(byNameAndPlace) : out;
}

function byNameAndPlace(a: PjsipObject, b: PjsipObject): number {
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  const x = a.section;
  const y = b.section;
  return x.file.path !== y.file.path ? (x.file.path < y.file.path ? -1 : 1) : x.line - y.line;
}

/** Which name a password equals (never the name itself: it is the password). */
export type NameKind = 'username' | 'auth' | 'endpoint';

type Weakness = { key: 'common' } | { key: 'same-as-name'; name: NameKind } | { key: 'digits' } | { key: 'short' };

/** Why a password is weak (the most telling reason), or undefined. */
export function weakness(password: string, names: readonly { name: string; kind: NameKind }[]): Weakness | undefined {
  const lower = password.toLowerCase();
  if (password.length <= COMMON_LONGEST && COMMON_PASSWORDS.has(lower)) return { key: 'common' };
  for (const n of names)
    if (n.name.length === password.length && n.name.toLowerCase() === lower)
      return { key: 'same-as-name', name: n.kind };
  if (/^\d+$/.test(password)) return { key: 'digits' };
  if (password.length < MIN_PASSWORD_LENGTH) return { key: 'short' };
  return undefined;
}

/**
 * One auth: weak when endpoints challenge with it, shared when another such auth has the same password. Every auth
 * on a template's password line reports the same shared finding (the rules keep one).
 */
export function checkPassword(ctx: SecurityContext, auth: PjsipObject): void {
  const model = ctx.model;
  if (!isInbound(model, auth)) return;
  const v = lastVar(auth.vars, 'password');
  if (!v || !v.value) return;
  const w = weakness(v.value, namesOfLength(auth, usersOf(model, auth.id), v.value.length));
  if (w) {
    const at = entryRange(v.entry, 'value');
    const m =
      w.key === 'short'
        ? msg('weak-password/short', { auth: auth.id, length: v.value.length })
        : w.key === 'same-as-name'
          ? msg('weak-password/same-as-name', { auth: auth.id, name: part(`name/${w.name}`) })
          : msg(`weak-password/${w.key}`, { auth: auth.id });
    ctx.sink.add({ ...at, code: 'weak-password', msg: m, data: { replace: true } });
  }
  const group = sharing(model, v.value);
  if (group.length > 1) reportShared(ctx, auth, v, group);
}

/** The names a password could equal (`weakness` compares only names of its length): most auths have none. */
function namesOfLength(
  auth: PjsipObject,
  endpoints: readonly string[],
  length: number,
): { name: string; kind: NameKind }[] {
  const out: { name: string; kind: NameKind }[] = [];
  const username = (lastVar(auth.vars, 'username')?.value ?? '').trim();
  if (username.length === length) out.push({ name: username, kind: 'username' });
  if (auth.id.length === length) out.push({ name: auth.id, kind: 'auth' });
  for (const name of endpoints) if (name.length === length) out.push({ name, kind: 'endpoint' });
  return out;
}

/**
 * The auth's password line, shared with the other auths of the group (those that take the same line, from one
 * template, are named with it, not as others).
 */
function reportShared(ctx: SecurityContext, auth: PjsipObject, v: Variable, group: readonly PjsipObject[]): void {
  const entry = v.entry;
  const lines = group.map((a) => lastVar(a.vars, 'password')!);
  const mine = group.filter((_, i) => lines[i].entry === entry);
  const others = group.flatMap((a, i) => (lines[i].entry === entry ? [] : [{ auth: a, v: lines[i] }]));
  const named = (others.length ? others.map((g) => g.auth) : group.slice(1)).map((a) => a.id);
  const shown = named.slice(0, 3);
  ctx.sink.add({
    ...entryRange(entry, 'value'),
    code: 'shared-password',
    msg: msg('shared-password', {
      auth: (mine[0] ?? auth).id,
      others: shown.map((n) => `'${n}'`).join(', '),
      more: named.length - shown.length,
    }),
    related: others
      .slice(0, 3)
      .map((g) => ({ ...entryRange(g.v.entry, 'value'), msg: part('related/shared-with', { auth: g.auth.id }) })),
    data: { replace: mine.length === 1 },
  });
}
