/** Messages of the rules layer (English): references, endpoints, registrations, ACLs, contexts, unused sections. */
import type { Part, Render } from '../types';

type T = Part | undefined;

export const enRuleMessages = {
  'semicolon-in-quotes': (p: { option: string; kept: string }) =>
    `This ';' starts a comment, quotes or not: Asterisk reads ${p.option} as '${p.kept}' and ignores the rest of the line. Write \\; for a semicolon in the value.`,
  'unresolved-reference': (p: { type: string; name: string; other: T; effect: T }, t: Render) =>
    `No ${p.type} named '${p.name}'${t(p.other)}: Asterisk loads this, but ${t(p.effect)}.`,
  'unresolved-reference/refused': (p: { type: string; name: string; file: string; effect: T }, t: Render) =>
    `${p.type} '${p.name}' is refused with every ${p.type} of ${p.file} (a duplicate ${p.type} there): once Asterisk has loaded, this name means nothing, and ${t(p.effect)}.`,
  'endpoint-without-aors/registers': (p: { id: string }) =>
    `Endpoint '${p.id}' authenticates like a phone that registers, but has no aors: its REGISTER requests are refused and nothing can call it.`,
  'endpoint-without-aors/dialled': (p: { id: string; file: string; line: number }) =>
    `Endpoint '${p.id}': the dialplan dials it at ${p.file}:${p.line}, but it has no aors: that call fails.`,
  'endpoint-without-aors/not-called': (p: { id: string }) =>
    `Endpoint '${p.id}' has no aors: calls from it work, but it cannot be called (Dial(PJSIP/${p.id}) finds no contact) and nothing can register to it.`,
  'endpoint-without-codecs/signalling-only': (p: { id: string; prefix: string }) =>
    `Endpoint '${p.id}' allows no codec (PJSIP has no default codecs): subscriptions and messages work, but every call to or from it fails for lack of a common codec. Add ${p.prefix}allow=ulaw if it should make calls.`,
  'endpoint-without-codecs/calls': (p: { id: string; prefix: string }) =>
    `Endpoint '${p.id}' allows no codec (PJSIP has no default codecs): it loads, but every call fails for lack of a common codec. Add ${p.prefix}allow=ulaw (or your phones' codecs).`,
  'aor-rejects-registrations/max-contacts': (
    p: { aor: string; endpoint: string; max: string; wizard: T; prefix: string },
    t: Render,
  ) =>
    `Aor '${p.aor}' is used by endpoint '${p.endpoint}', which authenticates, but max_contacts is ${p.max} and there is no static contact: Asterisk refuses every REGISTER to it.${t(p.wizard)} Add ${p.prefix}max_contacts=1.`,
  'aor-rejects-registrations/max-contacts-unset': (
    p: { aor: string; endpoint: string; wizard: T; prefix: string },
    t: Render,
  ) =>
    `Aor '${p.aor}' is used by endpoint '${p.endpoint}', which authenticates, but max_contacts is not set (default 0) and there is no static contact: Asterisk refuses every REGISTER to it.${t(p.wizard)} Add ${p.prefix}max_contacts=1.`,
  'registration-stops-retrying': (p: { name: T; groups: readonly T[]; id: string }, t: Render) =>
    `${t(p.name)} stops for good if the registrar keeps saying no: ${p.groups.map(t).join('; ')}. Then nothing is sent until 'pjsip send register ${p.id}', a reload of res_pjsip.so or a restart.`,
  'unknown-acl/not-in-acl-conf': (p: { name: string; type: string }) =>
    `acl.conf defines no ACL named '${p.name}': Asterisk logs "ACL '${p.name}' does not exist" and loads the ${p.type} with an ACL that fails whenever it is applied, so every request it guards is rejected.`,
  'unknown-acl/no-acl-conf': (p: { name: string; type: string }) =>
    `There is no acl.conf in the config folder, so no ACL named '${p.name}' exists: Asterisk logs "ACL '${p.name}' does not exist" and loads the ${p.type} with an ACL that fails whenever it is applied, so every request it guards is rejected.`,
  'unknown-context/context': (p: { name: string }) =>
    `The dialplan (extensions.conf) defines no context '${p.name}': Asterisk loads the endpoint anyway, then rejects every call from it, since no extension is found in that context ("... rejected because extension not found in context '${p.name}'").`,
  'unknown-context/subscribe-context': (p: { name: string }) =>
    `The dialplan (extensions.conf) defines no context '${p.name}': Asterisk loads the endpoint anyway, then rejects every subscription from it, since no hint is found in that context.`,
  'unknown-context/message-context': (p: { name: string }) =>
    `The dialplan (extensions.conf) defines no context '${p.name}': Asterisk loads the endpoint anyway, then finds no extension for any MESSAGE from it, since that context has none.`,
  'duplicate-list-item': (p: { item: string; list: string }) =>
    `'${p.item}' is already in resource list '${p.list}': Asterisk logs "Ignoring duplicated list item" and keeps the first one, so this has no effect.`,
  'timer-b-raised': (p: { b: number; isDefault: T; t1: number; raised: number }, t: Render) =>
    `timer_b is ${p.b} ms${t(p.isDefault)}, below 64 × timer_t1 (${p.t1} ms): Asterisk logs "Timer B setting is too low" and uses ${p.raised} ms instead. Set timer_b=${p.raised} to say what it will do.`,
  'address-with-port/signaling': (p: { option: string; id: string; portOption: string; port: string }) =>
    `${p.option} takes an address without a port: Asterisk logs "Port disallowed" and "Unable to lookup", ignores it, and transport '${p.id}' puts its private address in SIP headers, which breaks calls through NAT. Write the port in ${p.portOption}=${p.port}.`,
  'address-with-port/media': (p: { option: string; id: string }) =>
    `${p.option} takes an address without a port: Asterisk logs "Port disallowed" and "Unable to lookup", ignores it, and transport '${p.id}' puts its private address in SDP, which breaks calls through NAT. Remove the port.`,
  'unused-section': (p: { type: string; id: string; namedBy: T; hint: T }, t: Render) =>
    `Nothing names ${p.type} '${p.id}' (${t(p.namedBy)} would): Asterisk loads it and never uses it.${t(p.hint)}`,
};
