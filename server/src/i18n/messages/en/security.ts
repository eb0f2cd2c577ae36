/**
 * Messages of the security rules (English): who can reach an endpoint without a password, what its context can
 * dial, weak and shared passwords, identifies. No message ever holds a password.
 */
import type { Part, Render } from '../types';

type T = Part | undefined;

export const enSecurityMessages = {
  'unauthenticated-dial-out': (
    p: { id: string; ways: readonly T[]; context: string; dial: T; file: string; line: number },
    t: Render,
  ) =>
    `Anyone can reach endpoint '${p.id}' without a password (${p.ways.map(t).join('; ')}), and its context '${p.context}' reaches ${t(p.dial)} at ${p.file}:${p.line}: calls from the internet go out on your bill. Add auth=.`,
  'unauthenticated-endpoint': (p: { id: string; ways: readonly T[]; context: string }, t: Render) =>
    `Anyone can reach endpoint '${p.id}' without a password: ${p.ways.map(t).join('; ')}. Asterisk takes such a request without a challenge and runs the dialplan of context '${p.context}'.`,
  'dial-unfiltered-exten': (p: { context: string; pattern: string; file: string; line: number }) =>
    `Context '${p.context}' reaches a Dial() of the dialled number without FILTER() under the pattern '${p.pattern}' (${p.file}:${p.line}): a caller who dials '500&PJSIP/...' adds a device of their own choosing, such as a call out through your trunk. Use \${FILTER(0-9*#+,\${EXTEN})}.`,
  'weak-password/short': (p: { auth: string; length: number }) =>
    `The password of auth '${p.auth}' has only ${p.length} characters: use a random one of 12 or more.`,
  'weak-password/digits': (p: { auth: string }) =>
    `The password of auth '${p.auth}' is digits only: scanners try such passwords first. Use a long random one.`,
  'weak-password/same-as-name': (p: { auth: string; name: T }, t: Render) =>
    `The password of auth '${p.auth}' is ${t(p.name)}: scanners try names first. Use a long random one.`,
  'weak-password/common': (p: { auth: string }) =>
    `The password of auth '${p.auth}' is a well-known placeholder or common password: use a long random one.`,
  'shared-password': (p: { auth: string; others: string; more: number }) =>
    `Auth '${p.auth}' has the same password as ${p.others}${p.more ? ` and ${p.more} more` : ''}: whoever learns one of them can register as all of them. Give each its own.`,
  'acl-permits-everyone/identify': (p: { identify: string; id: string }) =>
    `Identify '${p.identify}' matches every address, and endpoint '${p.id}' has no auth=: every request the identifiers before it do not take goes to '${p.id}' without a challenge.`,
  'acl-permits-everyone/acl': (p: { id: string }) =>
    `This access list of endpoint '${p.id}' permits every address and refuses none, and the endpoint has no auth=: it keeps nobody out.`,
  'identify-overlap/never': (
    p: { identify: string; endpoint: string; other: string; otherEndpoint: string; address: string; why: T },
    t: Render,
  ) =>
    `Identify '${p.other}' (endpoint '${p.otherEndpoint}') also matches ${p.address}, and Asterisk tries it before '${p.identify}' (${t(p.why)}): requests from there go to '${p.otherEndpoint}', never to '${p.endpoint}'.`,
  'identify-overlap/partly': (
    p: { identify: string; endpoint: string; other: string; otherEndpoint: string; address: string; why: T },
    t: Render,
  ) =>
    `Identify '${p.other}' (endpoint '${p.otherEndpoint}') also matches part of ${p.address}, and Asterisk tries it before '${p.identify}' (${t(p.why)}): requests from the addresses both match go to '${p.otherEndpoint}', not to '${p.endpoint}'.`,
  'identify-never-applies/header': (p: { identify: string; identifier: string }) =>
    `Identify '${p.identify}' never applies: the anonymous endpoint takes every request before the ${p.identifier} identifier runs (it is not before anonymous in endpoint_identifier_order).`,
  'identify-never-applies/address': (p: { identify: string }) =>
    `Identify '${p.identify}' never applies: endpoint_identifier_order runs anonymous before ip, and the anonymous endpoint takes every request first.`,
  'identify-hostname': (p: { identify: string; host: string }) =>
    `Identify '${p.identify}' matches the host name '${p.host}': Asterisk resolves it once, when it loads the config, and drops the whole identify if the lookup fails; we do not resolve it, so its addresses are unknown here.`,
};

export const enSecurityParts = {
  'way/anonymous': () => 'it is the anonymous endpoint, which takes every request no other endpoint takes',
  'way/username': (p: { user: string }) => `any request whose From user is '${p.user}', from any address`,
  'way/auth-username': (p: { user: string }) => `any request with credentials for the user name '${p.user}'`,
  'way/header': (p: { header: string; identify: string }) =>
    `any request carrying the header '${p.header}' (identify '${p.identify}')`,
  'way/request-uri': (p: { uri: string; identify: string }) => `any request to '${p.uri}' (identify '${p.identify}')`,
  'way/everyone': (p: { identify: string }) => `every address, through identify '${p.identify}'`,
  'dial/trunk': (p: { endpoint: string }) => `a Dial() through the trunk '${p.endpoint}'`,
  'dial/uri': () => 'a Dial() to a SIP URI through a trunk',
  'dial/exten': () => 'an unfiltered Dial() of whatever number is dialled',
  'why/by-name': (p: { release: string }) => `Asterisk ${p.release} tries identifies by name`,
  'why/hash': (p: { release: string }) =>
    `Asterisk ${p.release} tries identifies in the order of its hash table of names, not in file order`,
  'related/dial': () => 'the Dial() it reaches',
  'name/username': () => 'its user name',
  'name/auth': () => "the auth's own name",
  'name/endpoint': () => 'the name of an endpoint that uses it',
  'related/identify': (p: { identify: string }) => `identify '${p.identify}', tried first`,
  'related/shared-with': (p: { auth: string }) => `auth '${p.auth}' has the same password`,
};
