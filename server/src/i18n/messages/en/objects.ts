/**
 * Messages of the object builder (English): types, options and values, the apply-time checks, the wizard, and
 * what Asterisk settles across objects (duplicates, transports).
 */
import type { Part, Render } from '../types';
import { aType } from './parts';

type T = Part | undefined;
type Obj = { type: string; id: string };

export const enObjectMessages = {
  'missing-type/singleton-misspelled': (p: { name: string; option: string; known: string }) =>
    `[${p.name}] has no type=. Asterisk only takes it as the ${p.name} settings while every option in it is a ${p.name} option written exactly so, and '${p.option}' is spelled differently from '${p.known}': it silently ignores the whole section. Add type=${p.name}.`,
  'missing-type/singleton-foreign': (p: { name: string; option: string }) =>
    `[${p.name}] has no type=. Asterisk only takes it as the ${p.name} settings while every option in it is a ${p.name} option written exactly so, and '${p.option}' is not one: it silently ignores the whole section. Add type=${p.name}.`,
  'missing-type/empty': (p: { name: string }) => `[${p.name}] is empty and has no type=: Asterisk ignores it.`,
  'missing-type/no-type': (p: { name: string; guess: T }, t: Render) =>
    `[${p.name}] has no type= line: Asterisk silently ignores it${t(p.guess)}.`,
  'missing-type/wizard-empty': (p: { name: string }) =>
    `[${p.name}] is empty and has no type=wizard: the config wizard ignores it.`,
  'missing-type/wizard': (p: { name: string }) => `[${p.name}] has no type=wizard line: the config wizard ignores it.`,
  'unknown-type/wizard-in-pjsip': (p: { file: string; name: string; where: T }, t: Render) =>
    `type=wizard belongs in pjsip_wizard.conf; in ${p.file} Asterisk ignores [${p.name}]${t(p.where)}.`,
  'unknown-type/internal': (p: { type: string; name: string; where: T }, t: Render) =>
    `${p.type} objects are kept in Asterisk's internal database and cannot be defined in a config file (for a fixed contact, use contact= on an aor); Asterisk ignores [${p.name}]${t(p.where)}.`,
  'unknown-type/not-a-type': (p: { value: string; caseNote: T; name: string; where: T }, t: Render) =>
    `'${p.value}' is not an object type${t(p.caseNote)}: Asterisk silently ignores [${p.name}]${t(p.where)}.`,
  'unknown-type/not-a-wizard': (p: { name: string; define: T }, t: Render) =>
    `pjsip_wizard.conf is only read by the config wizard, which takes sections with exactly type=wizard: [${p.name}] is ignored${t(p.define)}.`,
  'duplicate-option/type': (p: { value: string; by: T }, t: Render) =>
    `type is already set to '${p.value}'${t(p.by)}; Asterisk uses the first type= line, so this one has no effect.`,
  'duplicate-option/set-again': (p: { option: string; line: number; of: T }, t: Render) =>
    `'${p.option}' is set again on line ${p.line}${t(p.of)}: Asterisk keeps only the last value, so this line has no effect.`,
  'unknown-option/other-release': (p: { missing: T; consequence: T }, t: Render) =>
    `${t(p.missing)}: ${t(p.consequence)}.`,
  'unknown-option/not-of-type': (p: { option: string; type: string; belongs: T; consequence: T }, t: Render) =>
    `'${p.option}' is not ${aType(p.type)} option${t(p.belongs)}: ${t(p.consequence)}.`,
  'unknown-option/no-type-has-it': (p: { option: string; template: string }) =>
    `'${p.option}' is not an option of any PJSIP type: every object that uses [${p.template}] will fail to load.`,
  'unknown-option/wizard-template': (p: { option: string; type: string; template: string }) =>
    `'${p.option}' is not ${aType(p.type)} option: every wizard that uses [${p.template}] fails to create its ${p.type}.`,
  'unknown-option/not-wizard': (p: { option: string; hint: T }, t: Render) =>
    `'${p.option}' is not a wizard option${t(p.hint)}: the wizard silently ignores it.`,
  'invalid-value/fails': (p: { reason: T; consequence: T }, t: Render) => `${t(p.reason)}: ${t(p.consequence)}.`,
  'invalid-value/plain': (p: { reason: T }, t: Render) => `${t(p.reason)}.`,
  'invalid-value/remote-host': (p: { host: string; id: string }) =>
    `'${p.host}' is neither an IP address nor a host name: Asterisk cannot resolve it, so the wizard cannot create identify '${p.id}-identify'.`,
  'deprecated-option': (p: { option: string; instead: T; ignored: T }, t: Render) =>
    `'${p.option}' is deprecated${t(p.instead)}${t(p.ignored)}.`,
  'deprecated-value': (p: { value: string; option: string; same: T }, t: Render) =>
    `'${p.value}' is an old value of ${p.option}${t(p.same)}.`,
  // required options (apply handlers)
  'missing-required-option/auth-username': (p: { id: string }) =>
    `auth '${p.id}' has no username: Asterisk reports "No authentication username" and drops it.`,
  'missing-required-option/auth-username-password': (p: { id: string }) =>
    `auth '${p.id}' has no username (and no password): Asterisk reports "No authentication username" and drops it.`,
  'missing-required-option/google-oauth': (p: { id: string; option: string }) =>
    `auth '${p.id}' uses google_oauth but has no ${p.option}: Asterisk drops it.`,
  'missing-required-option/auth-password': (
    p: { id: string; generated: T; digests: T; algorithm: string },
    t: Render,
  ) =>
    `auth '${p.id}'${t(p.generated)} has no password${t(p.digests)}: Asterisk reports "No plain text or digest password found for algorithm ${p.algorithm}" and drops it.`,
  'missing-required-option/auth-md5-cred': (p: { id: string }) =>
    `auth '${p.id}' has auth_type=md5 but no md5_cred: Asterisk reports "'md5' authentication specified but no md5_cred specified" and drops it.`,
  'missing-required-option/identify-endpoint': (p: { id: string }) =>
    `identify '${p.id}' names no endpoint: Asterisk reports "missing required endpoint name" and drops it.`,
  'missing-required-option/identify-match': (p: { id: string; generated: T }, t: Render) =>
    `identify '${p.id}'${t(p.generated)} has no match, match_header or match_request_uri: Asterisk reports "is not configured to match anything" and drops it.`,
  'missing-required-option/registration-server-uri': (p: { id: string }) =>
    `registration '${p.id}' has no server_uri: Asterisk reports "No server URI specified" and drops it.`,
  'missing-required-option/registration-client-uri': (p: { id: string }) =>
    `registration '${p.id}' has no client_uri: Asterisk reports "No client URI specified" and drops it.`,
  'missing-required-option/transport-bind': (p: { id: string }) =>
    `transport '${p.id}' has no bind address: Asterisk reports "could not be started as binding not specified" and drops it.`,
  'missing-required-option/publish-server-uri': (p: { id: string }) =>
    `outbound-publish '${p.id}' has no server_uri: Asterisk drops it.`,
  'missing-required-option/publish-event': (p: { id: string }) =>
    `outbound-publish '${p.id}' has no event: Asterisk drops it.`,
  'missing-required-option/resource-list-event': (p: { id: string }) =>
    `resource_list '${p.id}' has no event: Asterisk drops it.`,
  'missing-required-option/resource-list-item': (p: { id: string }) =>
    `resource_list '${p.id}' has no list_item: Asterisk drops it.`,
  'missing-required-option/phoneprov-mac': (p: { id: string }) => `phoneprov '${p.id}' has no MAC: Asterisk drops it.`,
  'missing-required-option/phoneprov-profile': (p: { id: string; generated: T }, t: Render) =>
    `phoneprov '${p.id}'${t(p.generated)} has no PROFILE: Asterisk drops it.`,
  // options that do not go together
  'invalid-combination/line-without-endpoint': (p: { id: string }) =>
    `line=yes needs endpoint= on registration '${p.id}': Asterisk drops it.`,
  'invalid-combination/endpoint-without-line': (p: { id: string }) =>
    `endpoint= on registration '${p.id}' only works with line=yes: Asterisk drops the registration.`,
  'invalid-combination/timers-min-se': (p: Obj) =>
    `timers_min_se must be 90 or more: Asterisk drops ${p.type} '${p.id}'.`,
  'invalid-combination/timers-sess-expires': (p: Obj & { value: string; min: number }) =>
    `timers_sess_expires (${p.value}) must not be below timers_min_se (${p.min}): Asterisk drops ${p.type} '${p.id}'.`,
  'invalid-combination/preferred-codec-only': (p: Obj & { value: string }) =>
    `preferred_codec_only cannot be combined with incoming_call_offer_pref=${p.value}: Asterisk drops ${p.type} '${p.id}'.`,
  'invalid-combination/dtls-cert': (p: Obj) =>
    `dtls_auto_generate_cert cannot be combined with dtls_cert_file: Asterisk drops ${p.type} '${p.id}'.`,
  'invalid-combination/rtp-ports-pair': (p: Obj) =>
    `rtp_port_start and rtp_port_end must be set together: Asterisk drops ${p.type} '${p.id}'.`,
  'invalid-combination/rtp-ports-low': (p: Obj) =>
    `RTP ports must be 1024 or above: Asterisk drops ${p.type} '${p.id}'.`,
  'invalid-combination/md5-cred-size': (p: Obj & { size: number }) =>
    `With auth_type=md5, md5_cred must be 32 characters long (the MD5 of username:realm:password in hex), not ${p.size}: Asterisk reports "'md5' authentication requires digest of size '32'" and drops ${p.type} '${p.id}'.`,
  'invalid-combination/rtp-ports-order': (p: Obj) =>
    `rtp_port_end must be above rtp_port_start: Asterisk drops ${p.type} '${p.id}'.`,
  // the wizard
  'wizard-ignored-option': (p: { option: string; why: T }, t: Render) =>
    `The wizard sets ${p.option} itself (${t(p.why)}), after this line: this value has no effect.`,
  'wizard-missing-required/sends-auth': (p: { prefix: string; id: string }) =>
    `sends_auth=yes needs ${p.prefix}username: Asterisk reports "Wizard '${p.id}' must have '${p.prefix}username'" and creates no outbound auth (nor the inbound one).`,
  'wizard-missing-required/accepts-auth': (p: { prefix: string; id: string }) =>
    `accepts_auth=yes needs ${p.prefix}username: Asterisk reports "Wizard '${p.id}' must have '${p.prefix}username'" and creates no inbound auth.`,
  'wizard-missing-required/remote-hosts': (p: { id: string }) =>
    `A wizard that does not accept registrations needs remote_hosts (it builds an identify from them): Asterisk reports "Wizard '${p.id}' must have 'remote_hosts'" and creates no identify. Set remote_hosts, or accepts_registrations=yes for phones.`,
  'wizard-missing-required/registration-remote-hosts': (p: { id: string }) =>
    `sends_registrations=yes needs remote_hosts: Asterisk reports "Wizard '${p.id}' must have 'remote_hosts' if it sends registrations" and creates no registration.`,
  'wizard-missing-required/phoneprov-mac': (p: { id: string }) =>
    `has_phoneprov=yes needs phoneprov/MAC: Asterisk reports "Wizard '${p.id}' must have 'phoneprov/MAC'" and creates no phoneprov.`,
  // across objects
  'duplicate-section': (p: { type: string; id: string; file: string; count: number }) =>
    `A second ${p.type} named '${p.id}' after one Asterisk created: it reports "configuration contains a duplicate object" and refuses every ${p.type} of ${p.file} (${p.count} that would load otherwise), not just this one. This copy is never applied, so its own lines do not matter.`,
  'duplicate-singleton/refused': (p: { type: string; count: number }) =>
    `One of ${p.count} type=${p.type} sections: Asterisk reports "configuration contains more than one object of type '${p.type}'" and loads none of them, so its defaults are in effect.`,
  'duplicate-singleton/global-ignored': (p: { name: string; line: number; file: string }) =>
    `A second type=global section follows: Asterisk reports "At most one pjsip.conf type=global object can be defined" and uses the last one, [${p.name}] (line ${p.line} of ${p.file}); the settings of this one are ignored.`,
  'duplicate-singleton/system-ignored': (p: { name: string; line: number; file: string }) =>
    `A second type=system section follows: Asterisk applies the last one, [${p.name}] (line ${p.line} of ${p.file}), without a word; the settings of this one are ignored.`,
  'transport-bind-conflict': (
    p: { other: string; kind: string; host: string; port: number; protocol: T; id: string },
    t: Render,
  ) =>
    `Transport '${p.other}' already listens on ${p.kind} ${p.host}:${p.port}${t(p.protocol)}: transport '${p.id}' fails to start ("Address already in use") and is not loaded.`,
  // key and certificate files
  'key-file-missing/transport': (
    p: { option: string; path: string; where: T; problem: T; consequence: T },
    t: Render,
  ) =>
    `${p.option} ${p.path} ${t(p.problem)}${t(p.where)}: Asterisk reports "${p.option} ${p.path} is either missing or not readable", so ${t(p.consequence)}.`,
  'key-file-missing/endpoint': (p: { option: string; path: string; where: T; problem: T; consequence: T }, t: Render) =>
    `${p.option} ${p.path} ${t(p.problem)}${t(p.where)}: Asterisk reports "does not exist or is not readable" and "Error parsing ${p.option}", so ${t(p.consequence)}.`,
  'registration-without-transport': (p: { id: string; need: string; server: T | string; has: T }, t: Render) =>
    `Registration '${p.id}' needs a ${p.need} transport for ${t(p.server)}, and the config set has ${t(p.has)}: Asterisk cannot build its Contact and drops it ("Could not create an object of type 'registration'").`,
};
