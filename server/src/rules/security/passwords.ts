/**
 * Weak and shared passwords of the auths endpoints challenge callers with (their `auth=`; wizard `inbound_auth`).
 * Outbound auths are left alone: their password is the provider's. A message names the auth, never the password.
 */
import { msg, part } from '../../i18n/messages';
import { entryRange } from '../../model/ranges';
import { lastVar } from '../../model/variables';
import type { OptionEntry, PjsipObject, Variable } from '../../model/types';
import type { SecurityContext } from './context';
import { COMMON_PASSWORDS } from './commonPasswords';

export const MIN_PASSWORD_LENGTH = 12;
const COMMON_LONGEST = Math.max(...[...COMMON_PASSWORDS].map((p) => p.length));

/**
 * The names endpoints challenge with (`auth=`), in the order first met, each with the endpoints that name it. One
 * pass over the endpoints keyed by the name as written (strings hash once), and no list for a name one endpoint
 * uses: a 100,000-line set has thousands of phones, and this runs whenever an endpoint stops or starts loading.
 */
function inboundAuthNames(ctx: SecurityContext): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  const add = (name: string, endpoint: string) => {
    const users = out.get(name);
    if (users === undefined) out.set(name, endpoint);
    else if (typeof users === 'string') out.set(name, [users, endpoint]);
    else users.push(endpoint);
  };
  for (const o of ctx.endpoints) {
    const v = lastVar(o.vars, 'auth');
    if (!v) continue;
    if (v.value.indexOf(',') < 0) {
      const name = v.value.trim();
      if (name) add(name, o.id);
    } else for (const n of v.value.split(',')) if (n.trim()) add(n.trim(), o.id);
  }
  return out;
}

/** Each loaded auth endpoints challenge with, with the endpoints that use it. */
function* inboundAuths(ctx: SecurityContext): Generator<[PjsipObject, readonly string[]]> {
  const auths = ctx.model.index.get('auth');
  if (!auths) return;
  for (const [name, users] of inboundAuthNames(ctx))
    for (const a of auths.get(name) ?? NONE)
      if (a.loads && !a.section.config.standalone) yield [a, typeof users === 'string' ? [users] : users];
}

const NONE: PjsipObject[] = [];

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

type Holder = { auth: PjsipObject; v: Variable };

export function checkPasswords(ctx: SecurityContext): void {
  const byPassword = new Map<string, Holder | Holder[]>();
  for (const [auth, endpoints] of inboundAuths(ctx)) {
    const v = lastVar(auth.vars, 'password');
    if (!v || !v.value) continue;
    const w = weakness(v.value, namesOfLength(auth, endpoints, v.value.length));
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
    const same = byPassword.get(v.value);
    if (same === undefined) byPassword.set(v.value, { auth, v });
    else if (Array.isArray(same)) same.push({ auth, v });
    else byPassword.set(v.value, [same, { auth, v }]);
  }
  for (const group of byPassword.values()) if (Array.isArray(group)) reportShared(ctx, group);
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

/** Each line of the group: the auths it is shared with (a line a template gives several auths is reported once). */
function reportShared(ctx: SecurityContext, group: Holder[]): void {
  const byEntry = new Map<OptionEntry, PjsipObject[]>();
  for (const { auth, v } of group) {
    const list = byEntry.get(v.entry);
    if (list) list.push(auth);
    else byEntry.set(v.entry, [auth]);
  }
  for (const [entry, auths] of byEntry) {
    const others = group.filter((g) => !auths.includes(g.auth));
    const named = (others.length ? others : group.slice(1)).map((g) => g.auth.id);
    const shown = named.slice(0, 3);
    ctx.sink.add({
      ...entryRange(entry, 'value'),
      code: 'shared-password',
      msg: msg('shared-password', {
        auth: auths[0].id,
        others: shown.map((n) => `'${n}'`).join(', '),
        more: named.length - shown.length,
      }),
      related: others
        .slice(0, 3)
        .map((g) => ({ ...entryRange(g.v.entry, 'value'), msg: part('related/shared-with', { auth: g.auth.id }) })),
      data: { replace: auths.length === 1 },
    });
  }
}
