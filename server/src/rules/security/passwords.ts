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

/**
 * The auths endpoints challenge with, each with the endpoints that use it. One pass over the endpoints, objects
 * as keys (no string hashing): a 100,000-line set has thousands of phones, and this runs after every edit.
 */
function inboundAuths(ctx: SecurityContext): Map<PjsipObject, string[]> {
  const out = new Map<PjsipObject, string[]>();
  const auths = ctx.model.index.get('auth');
  if (!auths) return out;
  const add = (name: string, endpoint: string) => {
    for (const a of auths.get(name) ?? NONE) {
      if (!a.loads || a.section.config.standalone) continue;
      const users = out.get(a);
      if (users) users.push(endpoint);
      else out.set(a, [endpoint]);
    }
  };
  for (const o of ctx.endpoints) {
    const v = lastVar(o.vars, 'auth');
    if (!v) continue;
    if (v.value.indexOf(',') < 0) add(v.value.trim(), o.id);
    else for (const n of v.value.split(',')) if (n.trim()) add(n.trim(), o.id);
  }
  return out;
}

const NONE: PjsipObject[] = [];

/** Which name a password equals (never the name itself: it is the password). */
export type NameKind = 'username' | 'auth' | 'endpoint';

type Weakness = { key: 'common' } | { key: 'same-as-name'; name: NameKind } | { key: 'digits' } | { key: 'short' };

/** Why a password is weak (the most telling reason), or undefined. */
export function weakness(password: string, names: readonly { name: string; kind: NameKind }[]): Weakness | undefined {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return { key: 'common' };
  for (const n of names)
    if (n.name.length === password.length && n.name.toLowerCase() === lower)
      return { key: 'same-as-name', name: n.kind };
  if (/^\d+$/.test(password)) return { key: 'digits' };
  if (password.length < MIN_PASSWORD_LENGTH) return { key: 'short' };
  return undefined;
}

export function checkPasswords(ctx: SecurityContext): void {
  const byPassword = new Map<string, { auth: PjsipObject; v: Variable }[]>();
  for (const [auth, endpoints] of inboundAuths(ctx)) {
    const v = lastVar(auth.vars, 'password');
    if (!v || !v.value) continue;
    const names = [
      { name: (lastVar(auth.vars, 'username')?.value ?? '').trim(), kind: 'username' as const },
      { name: auth.id, kind: 'auth' as const },
      ...endpoints.map((name) => ({ name, kind: 'endpoint' as const })),
    ];
    const w = weakness(v.value, names);
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
    if (same) same.push({ auth, v });
    else byPassword.set(v.value, [{ auth, v }]);
  }
  for (const group of byPassword.values()) if (group.length > 1) reportShared(ctx, group);
}

/** Each line of the group: the auths it is shared with (a line a template gives several auths is reported once). */
function reportShared(ctx: SecurityContext, group: { auth: PjsipObject; v: Variable }[]): void {
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
