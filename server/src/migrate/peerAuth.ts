/**
 * A peer's credentials. Inbound: chan_sip challenged a device for the peer's `secret` (or `md5secret`), with the
 * peer's name as the user name; an empty secret meant no challenge at all (measured: `Secret: <Not set>`).
 * Outbound (a call to the peer that it challenges): the user name is `defaultuser` (or its old name `username`)
 * and the password `remotesecret`, else `secret`; without a user name chan_sip did not answer the challenge.
 * `auth=user:secret@realm` lines add credentials for one realm. Passwords are copied as the admin wrote them
 * (`\;` read back as `;`, every other backslash kept: measured on 20.7.0); none is ever made up.
 */
import {
  carried,
  ignoredOutcome,
  manualOutcome,
  note,
  own,
  ownAll,
  record,
  sameOutcome,
  type PeerCtx,
} from './context';
import type { Placement, PjsipOut } from './types';

export interface Credentials {
  /** The auth object challenging the device, when it has a password. */
  inbound?: PjsipOut;
  /** The auth objects answering challenges on calls to the peer, in order. */
  outbound: PjsipOut[];
}

export function convertCredentials(ctx: PeerCtx, skipInviteAuth: boolean, isStatic: boolean): Credentials {
  const secret = own(ctx, 'secret'),
    md5 = own(ctx, 'md5secret');
  const creds: Credentials = { outbound: [] };
  // a static peer with insecure=invite is never challenged: no inbound auth at all
  const skip = skipInviteAuth && isStatic;
  const inboundAuth = skip ? undefined : inbound(ctx, secret?.value ?? '', md5?.value ?? '');
  if (inboundAuth) {
    creds.inbound = inboundAuth;
    ctx.out.put(ctx.endpoint, 'auth', inboundAuth.name);
  }
  const outAuth = outbound(ctx, creds, inboundAuth);
  realmAuths(ctx, creds);
  if (creds.outbound.length) ctx.out.put(ctx.endpoint, 'outbound_auth', creds.outbound.map((a) => a.name).join(','));
  if (secret) {
    const to: Placement[] = [];
    if (inboundAuth && !md5?.value) to.push({ type: 'auth', object: inboundAuth.name, option: 'password' });
    if (outAuth?.fromSecret && outAuth.auth !== inboundAuth)
      to.push({ type: 'auth', object: outAuth.auth.name, option: 'password' });
    record(
      ctx,
      secret,
      !secret.value
        ? sameOutcome(note('emptySecret'))
        : to.length
          ? carried(note(skip ? 'secretOutboundOnly' : 'secret'), to)
          : ignoredOutcome(note(md5?.value ? 'secretUnderMd5' : 'secretUnusedInsecure')),
    );
  }
  if (md5)
    record(
      ctx,
      md5,
      !md5.value
        ? sameOutcome(note('emptySecret'))
        : inboundAuth
          ? carried(note('md5secret'), [
              {
                type: 'auth',
                object: inboundAuth.name,
                option: ctx.out.get(inboundAuth, 'md5_cred') ? 'md5_cred' : 'password_digest',
              },
            ])
          : ignoredOutcome(note('secretUnusedInsecure')),
    );
  return creds;
}

/** The auth a device answers: user name = the peer's name; `md5secret` wins over `secret`, as in chan_sip. */
function inbound(ctx: PeerCtx, secret: string, md5: string): PjsipOut | undefined {
  if (!secret && !md5) return undefined;
  const auth = ctx.out.object('auth', ctx.name, ctx.file);
  if (md5) putMd5(ctx, auth, md5);
  else {
    ctx.out.put(auth, 'auth_type', ctx.out.authType());
    ctx.out.put(auth, 'password', secret);
  }
  ctx.out.put(auth, 'username', ctx.name);
  return auth;
}

/** A hashed password: `password_digest=MD5:...` where the target has it, else `auth_type=md5` and `md5_cred`. */
function putMd5(ctx: PeerCtx, auth: PjsipOut, md5: string): string {
  if (ctx.out.has('auth', 'password_digest')) {
    ctx.out.put(auth, 'auth_type', 'digest');
    ctx.out.put(auth, 'password_digest', `MD5:${md5}`);
    return 'password_digest';
  }
  ctx.out.put(auth, 'auth_type', 'md5');
  ctx.out.put(auth, 'md5_cred', md5);
  return 'md5_cred';
}

/** The credentials for calls to the peer: `defaultuser` with `remotesecret` (else `secret`). */
function outbound(
  ctx: PeerCtx,
  creds: Credentials,
  inboundAuth: PjsipOut | undefined,
): { auth: PjsipOut; fromSecret: boolean } | undefined {
  const users = ownAll(ctx, 'defaultuser').concat(ownAll(ctx, 'username'));
  users.sort((a, b) => ctx.settings.indexOf(a) - ctx.settings.indexOf(b));
  const user = users[users.length - 1];
  for (const u of users.slice(0, -1))
    record(ctx, u, ignoredOutcome(note('setAgainAs', { key: user.key, line: user.line + 1 })));
  const remote = own(ctx, 'remotesecret');
  const secret = own(ctx, 'secret')?.value ?? '';
  const password = remote?.value || secret;
  if (!user?.value) {
    if (user) record(ctx, user, sameOutcome(note('emptyDefaultuser')));
    if (remote) record(ctx, remote, ignoredOutcome(note(remote.value ? 'remotesecretNoUser' : 'emptySecret')));
    return undefined;
  }
  const contactNote = { type: 'aor', object: ctx.name, option: 'contact' };
  if (!password) {
    record(ctx, user, carried(note('defaultuserContact'), ctx.aor ? [contactNote] : []));
    if (remote) record(ctx, remote, sameOutcome(note('emptySecret')));
    return undefined;
  }
  let auth: PjsipOut;
  if (inboundAuth && user.value === ctx.name && !remote?.value && ctx.out.get(inboundAuth, 'password') === password)
    auth = inboundAuth;
  else {
    auth = ctx.out.object('auth', ctx.out.freeName('auth', `${ctx.name}-out`), ctx.file);
    ctx.out.put(auth, 'auth_type', ctx.out.authType());
    ctx.out.put(auth, 'username', user.value);
    ctx.out.put(auth, 'password', password);
  }
  creds.outbound.push(auth);
  const to: Placement[] = [{ type: 'auth', object: auth.name, option: 'username' }];
  if (ctx.aor) to.push(contactNote);
  record(ctx, user, carried(note('defaultuser'), to));
  if (remote)
    record(ctx, remote, carried(note('remotesecret'), [{ type: 'auth', object: auth.name, option: 'password' }]));
  return { auth, fromSecret: !remote?.value };
}

/** `auth=user:secret@realm` (or `user#md5secret@realm`): credentials used when that realm challenges. */
function realmAuths(ctx: PeerCtx, creds: Credentials): void {
  for (const s of ownAll(ctx, 'auth')) {
    const m = /^([^:#@]+)([:#])([^@]*)@(.+)$/.exec(s.value.trim());
    if (!m) {
      record(ctx, s, manualOutcome(note('badRealmAuth')));
      continue;
    }
    const [, user, sep, secret, realm] = m;
    if (sep === '#' && !/^[0-9a-fA-F]{32}$/.test(secret)) {
      record(ctx, s, manualOutcome(note('badRealmAuth')));
      continue;
    }
    const auth = ctx.out.object('auth', ctx.out.freeName('auth', `${ctx.name}-${realm}`), ctx.file);
    if (sep === '#') putMd5(ctx, auth, secret);
    else {
      ctx.out.put(auth, 'auth_type', ctx.out.authType());
      ctx.out.put(auth, 'password', secret);
    }
    ctx.out.put(auth, 'username', user);
    ctx.out.put(auth, 'realm', realm);
    creds.outbound.push(auth);
    record(ctx, s, carried(note('realmAuth', { realm }), [{ type: 'auth', object: auth.name, option: 'realm' }]));
  }
}
