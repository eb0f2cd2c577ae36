/**
 * What Asterisk's apply handlers verify once all options of an object are set: required options, options that
 * only work together, ranges across options. Each object type has a row of small checks, run in order. A check
 * holds for the target release: one about options the release does not have stays quiet (the unknown option is
 * the finding), and the auth checks follow the handler of the release (measured on 20.7.0 and master).
 */
import { booleanValue } from '../schema/schema';
import { hasEnumValue, hasOption } from '../schema/versions';
import { parseCInt, splitList } from '../schema/values';
import { fail, type BuildContext } from './context';
import type { AddOptions } from './problems';
import { msg, part, type MessageKeyOf, type MessageRef, type Part } from '../i18n/messages';
import { nameRange, placeOn } from './ranges';
import type { PjsipObject, Variable } from './types';
import { effective, sameName } from './variables';

/** One check of an apply handler; returning `false` ends the object's checks (the later ones assume it passed). */
type ObjectCheck = (ctx: BuildContext, obj: PjsipObject) => void | false;

/** Run the apply-time checks of the object's type. */
export function checkObject(ctx: BuildContext, obj: PjsipObject): void {
  const checks = OBJECT_CHECKS[obj.type];
  if (!checks) return;
  for (const check of checks) if (check(ctx, obj) === false) return;
}

/** A value for a required option that passes the checks and is obviously to be edited. */
export function placeholder(obj: { id: string; type: string }, option: string): string {
  const base = obj.id.replace(/-(iauth|oauth|identify|reg-\d+|phoneprov)$/, '');
  switch (option.toLowerCase()) {
    case 'username':
      return base;
    case 'password':
      return 'CHANGE_ME';
    case 'match':
      return '192.0.2.1';
    case 'endpoint':
      return base;
    case 'server_uri':
      return 'sip:sip.example.com';
    case 'client_uri':
      return `sip:${base}@sip.example.com`;
    case 'bind':
      return '0.0.0.0';
    case 'event':
      return 'presence';
    case 'list_item':
      return base;
    case 'mac':
      return '000000000000';
    case 'profile':
      return 'default';
    case 'remote_hosts':
      return 'sip.example.com';
    case 'refresh_token':
    case 'oauth_clientid':
    case 'oauth_secret':
      return 'CHANGE_ME';
    default:
      return '';
  }
}

// ---- what the checks share ---------------------------------------------------------------------------------

/** The effective value of an option ('' when unset). */
function value(obj: PjsipObject, lower: string): string {
  return effective(obj).get(lower)?.value ?? '';
}

function has(obj: PjsipObject, lower: string): boolean {
  return value(obj, lower) !== '';
}

/** Whether some line setting `lower` has a value (for options that may be set many times). */
function anySet(obj: PjsipObject, lower: string, valueSet: (v: string) => boolean): boolean {
  return obj.vars.some((v) => v.name.toLowerCase() === lower && valueSet(v.value));
}

/** `endpoint 'alice'`, as message params. */
function label(obj: PjsipObject): { type: string; id: string } {
  return { type: obj.type, id: obj.id };
}

/** For wizard objects: where their options come from. */
function generated(obj: PjsipObject): Part | undefined {
  return obj.wizardPrefix ? part('note/generated-from', { prefix: obj.wizardPrefix }) : undefined;
}

/** A leading integer as Asterisk parses it, 0 without one. */
function leadingInt(v: Variable | undefined): number {
  return v && /^\s*\d/.test(v.value) ? parseCInt(v.value) : 0;
}

/** The object lacks a required option: report it at the section name (with the options to add) and drop it. */
function missing(
  ctx: BuildContext,
  obj: PjsipObject,
  option: string | string[],
  why: MessageRef<MessageKeyOf<'missing-required-option'>>,
): void {
  const names = Array.isArray(option) ? option : [option];
  const data: AddOptions = {
    addOptions: names.map((n) => ({ name: (obj.wizardPrefix ?? '') + n, value: placeholder(obj, n) })),
  };
  ctx.sink.add({ ...nameRange(obj.section), code: 'missing-required-option', msg: why, data });
  fail(obj, why);
}

/** Options that do not go together: report it at the value (or the section name for generated lines) and drop it. */
function conflict(
  ctx: BuildContext,
  obj: PjsipObject,
  v: Variable | undefined,
  why: MessageRef<MessageKeyOf<'invalid-combination'>>,
): void {
  const r = v && !v.synthetic ? placeOn(obj.section, v.entry, 'value') : nameRange(obj.section);
  ctx.sink.add({ ...r, code: 'invalid-combination', msg: why });
  fail(obj, why);
}

// ---- auth --------------------------------------------------------------------------------------------------

function authUsername(ctx: BuildContext, obj: PjsipObject): void | false {
  if (has(obj, 'username')) return;
  if (obj.wizardPrefix) {
    fail(obj, part('failure/no-username'));
    return false;
  }
  const noPassword =
    !has(obj, 'password') && !obj.vars.some((v) => /^(password_digest|md5_cred)$/i.test(v.name) && v.value.trim());
  missing(
    ctx,
    obj,
    noPassword ? ['username', 'password'] : 'username',
    msg(noPassword ? 'missing-required-option/auth-username-password' : 'missing-required-option/auth-username', {
      id: obj.id,
    }),
  );
  return false;
}

/** google_oauth takes its own three options instead of a password. */
function authGoogleOauth(ctx: BuildContext, obj: PjsipObject): void | false {
  if (value(obj, 'auth_type').toLowerCase() !== 'google_oauth') return;
  if (!hasEnumValue(ctx.target, 'auth', 'auth_type', 'google_oauth')) return false; // the value is the finding
  for (const o of ['refresh_token', 'oauth_clientid', 'oauth_secret'])
    if (!has(obj, o)) missing(ctx, obj, o, msg('missing-required-option/google-oauth', { id: obj.id, option: o }));
  return false;
}

/**
 * Releases before `password_digest` (20.12.0, 21.7.0, 22.2.0, 23) check an auth by its auth_type: `md5` needs an
 * md5_cred of 32 characters, `userpass` needs nothing more (an auth without a password loads). Later ones check
 * the password or digests for each algorithm instead (`authPassword`).
 */
function digestRework(ctx: BuildContext): boolean {
  return hasOption(ctx.target, 'auth', 'password_digest');
}

function authMd5Cred(ctx: BuildContext, obj: PjsipObject): void {
  if (digestRework(ctx) || value(obj, 'auth_type').toLowerCase() !== 'md5') return;
  const cred = effective(obj).get('md5_cred');
  if (!cred?.value) missing(ctx, obj, 'md5_cred', msg('missing-required-option/auth-md5-cred', { id: obj.id }));
  else if (cred.value.length !== 32)
    conflict(ctx, obj, cred, msg('invalid-combination/md5-cred-size', { ...label(obj), size: cred.value.length }));
}

/** Without a password, every algorithm the auth supports needs a digest. */
function authPassword(ctx: BuildContext, obj: PjsipObject): void {
  if (!digestRework(ctx) || has(obj, 'password')) return;
  const digests = new Set<string>();
  for (const v of obj.vars) {
    if (sameName(v.name, 'md5_cred') && v.value) digests.add('MD5');
    if (sameName(v.name, 'password_digest'))
      for (const it of splitList(v.value)) {
        const a = it.text.split(':')[0];
        if (a) digests.add(a.toUpperCase());
      }
  }
  const algos = new Set<string>();
  for (const o of ['supported_algorithms_uas', 'supported_algorithms_uac']) {
    const list = obj.vars
      .filter((v) => v.name.toLowerCase() === o)
      .flatMap((v) =>
        splitList(v.value)
          .map((x) => x.text.toUpperCase())
          .filter(Boolean),
      );
    for (const a of list.length ? list : ['MD5']) algos.add(a);
  }
  const lacking = [...algos].filter((a) => !digests.has(a));
  if (lacking.length)
    missing(
      ctx,
      obj,
      'password',
      msg('missing-required-option/auth-password', {
        id: obj.id,
        generated: generated(obj),
        digests: digests.size ? part('note/no-digest-for', { algorithms: lacking.join(', ') }) : undefined,
        algorithm: lacking[0],
      }),
    );
}

// ---- identify ----------------------------------------------------------------------------------------------

function identifyEndpoint(ctx: BuildContext, obj: PjsipObject): void {
  if (!has(obj, 'endpoint'))
    missing(ctx, obj, 'endpoint', msg('missing-required-option/identify-endpoint', { id: obj.id }));
}

function identifyMatch(ctx: BuildContext, obj: PjsipObject): void {
  if (
    anySet(obj, 'match', (v) => splitList(v).some((x) => x.text !== '')) ||
    has(obj, 'match_header') ||
    has(obj, 'match_request_uri')
  )
    return;
  missing(ctx, obj, 'match', msg('missing-required-option/identify-match', { id: obj.id, generated: generated(obj) }));
}

// ---- registration ------------------------------------------------------------------------------------------

function registrationUris(ctx: BuildContext, obj: PjsipObject): void {
  if (!has(obj, 'server_uri'))
    missing(ctx, obj, 'server_uri', msg('missing-required-option/registration-server-uri', { id: obj.id }));
  if (!has(obj, 'client_uri'))
    missing(ctx, obj, 'client_uri', msg('missing-required-option/registration-client-uri', { id: obj.id }));
}

/** line=yes and endpoint= go together. */
function registrationLine(ctx: BuildContext, obj: PjsipObject): void {
  const eff = effective(obj);
  const line = booleanValue(value(obj, 'line')) === true;
  if (line && !has(obj, 'endpoint'))
    conflict(ctx, obj, eff.get('line'), msg('invalid-combination/line-without-endpoint', { id: obj.id }));
  if (!line && has(obj, 'endpoint'))
    conflict(ctx, obj, eff.get('endpoint'), msg('invalid-combination/endpoint-without-line', { id: obj.id }));
}

// ---- transport, outbound-publish, resource_list, phoneprov -------------------------------------------------

function transportBind(ctx: BuildContext, obj: PjsipObject): void {
  if (!has(obj, 'bind') && value(obj, 'protocol').toLowerCase() !== 'flow') {
    missing(ctx, obj, 'bind', msg('missing-required-option/transport-bind', { id: obj.id }));
  }
}

function publishRequired(ctx: BuildContext, obj: PjsipObject): void {
  if (!has(obj, 'server_uri'))
    missing(ctx, obj, 'server_uri', msg('missing-required-option/publish-server-uri', { id: obj.id }));
  if (!has(obj, 'event')) missing(ctx, obj, 'event', msg('missing-required-option/publish-event', { id: obj.id }));
}

function resourceListRequired(ctx: BuildContext, obj: PjsipObject): void {
  if (!has(obj, 'event'))
    missing(ctx, obj, 'event', msg('missing-required-option/resource-list-event', { id: obj.id }));
  if (!anySet(obj, 'list_item', (v) => v.trim() !== ''))
    missing(ctx, obj, 'list_item', msg('missing-required-option/resource-list-item', { id: obj.id }));
}

function phoneprovRequired(ctx: BuildContext, obj: PjsipObject): void {
  if (!has(obj, 'mac')) {
    if (!obj.wizardPrefix) missing(ctx, obj, 'MAC', msg('missing-required-option/phoneprov-mac', { id: obj.id }));
    else fail(obj, part('failure/no-mac'));
  }
  if (!has(obj, 'profile'))
    missing(
      ctx,
      obj,
      'PROFILE',
      msg('missing-required-option/phoneprov-profile', { id: obj.id, generated: generated(obj) }),
    );
}

// ---- endpoint ----------------------------------------------------------------------------------------------

/** Endpoint options that take part in the cross-option checks below. */
const ENDPOINT_RELATIONS = new Set([
  'timers_min_se',
  'timers_sess_expires',
  'preferred_codec_only',
  'dtls_auto_generate_cert',
  'rtp_port_start',
  'rtp_port_end',
]);

/** Most endpoints set none of the related options: skip the checks below (a shortcut for large configs). */
function endpointHasRelations(_ctx: BuildContext, obj: PjsipObject): void | false {
  if (!obj.vars.some((v) => ENDPOINT_RELATIONS.has(v.name) || ENDPOINT_RELATIONS.has(v.name.toLowerCase())))
    return false;
}

function endpointTimers(ctx: BuildContext, obj: PjsipObject): void {
  const eff = effective(obj);
  const minSe = eff.get('timers_min_se');
  const min = minSe && /^\s*\d/.test(minSe.value) ? parseCInt(minSe.value) : 90;
  if (minSe && min < 90) conflict(ctx, obj, minSe, msg('invalid-combination/timers-min-se', label(obj)));
  const sess = eff.get('timers_sess_expires');
  if (sess && /^\s*\d/.test(sess.value) && parseCInt(sess.value) < min)
    conflict(ctx, obj, sess, msg('invalid-combination/timers-sess-expires', { ...label(obj), value: sess.value, min }));
}

function endpointCodecPreference(ctx: BuildContext, obj: PjsipObject): void {
  if (!hasOption(ctx.target, 'endpoint', 'incoming_call_offer_pref')) return;
  const eff = effective(obj);
  const pco = eff.get('preferred_codec_only');
  const icop = eff.get('incoming_call_offer_pref');
  if (pco && booleanValue(pco.value) === true && icop && icop.value !== 'local') {
    conflict(ctx, obj, pco, msg('invalid-combination/preferred-codec-only', { ...label(obj), value: icop.value }));
  }
}

function endpointDtlsCert(ctx: BuildContext, obj: PjsipObject): void {
  const auto = effective(obj).get('dtls_auto_generate_cert');
  if (auto && booleanValue(auto.value) === true && has(obj, 'dtls_cert_file')) {
    conflict(ctx, obj, auto, msg('invalid-combination/dtls-cert', label(obj)));
  }
}

function endpointRtpPorts(ctx: BuildContext, obj: PjsipObject): void {
  if (!hasOption(ctx.target, 'endpoint', 'rtp_port_start')) return;
  const eff = effective(obj);
  const ps = eff.get('rtp_port_start'),
    pe = eff.get('rtp_port_end');
  const start = leadingInt(ps),
    end = leadingInt(pe);
  if (!start && !end) return;
  if (!start || !end) conflict(ctx, obj, ps ?? pe, msg('invalid-combination/rtp-ports-pair', label(obj)));
  else if (start < 1024 || end < 1024)
    conflict(ctx, obj, start < 1024 ? ps : pe, msg('invalid-combination/rtp-ports-low', label(obj)));
  else if (end <= start) conflict(ctx, obj, pe, msg('invalid-combination/rtp-ports-order', label(obj)));
}

// ---- the table ---------------------------------------------------------------------------------------------

/** Per type, the checks its apply handler makes, in order. Types without a row have none. */
const OBJECT_CHECKS: Readonly<Partial<Record<string, readonly ObjectCheck[]>>> = {
  auth: [authUsername, authGoogleOauth, authMd5Cred, authPassword],
  identify: [identifyEndpoint, identifyMatch],
  registration: [registrationUris, registrationLine],
  transport: [transportBind],
  'outbound-publish': [publishRequired],
  resource_list: [resourceListRequired],
  phoneprov: [phoneprovRequired],
  endpoint: [endpointHasRelations, endpointTimers, endpointCodecPreference, endpointDtlsCert, endpointRtpPorts],
};
