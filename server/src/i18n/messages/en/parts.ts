/**
 * Phrases the messages embed (English): the file being read, notes in parentheses, release lists, durations.
 * Keys are `<area>/<name>`; a phrase that starts with a space or `;` carries its own separator.
 */
import type { Part, Render } from '../types';

type T = Part | undefined;

/** `a` or `an` before a type name. */
export function aType(type: string): string {
  return (/^[aeiou]/.test(type) ? 'an ' : 'a ') + type;
}

/** `a, b and c` */
function joinWith(items: readonly string[], word: string): string {
  if (!items.length) return 'no release';
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

export const enParts = {
  // the file being read, and what Asterisk does when it cannot get past a line
  'file/root': () => 'this file',
  'file/wizard-root': () => 'this wizard file',
  'file/included': () => 'this included file',
  'stops-here/root': (p: { file: T }, t: Render) =>
    `Asterisk stops reading ${t(p.file)} here and loads nothing from it`,
  'stops-here/included': () => 'Asterisk stops reading this included file here',
  'stops-reading/root': (p: { file: T }, t: Render) => `stops reading ${t(p.file)}, so nothing in it loads`,
  'stops-reading/included': () => 'stops reading this included file',
  // what an include argument names when it is no readable config file
  'file-problem/folder': () => 'is a folder, not a file',
  'file-problem/not-regular': () => 'is not a regular file (a device, pipe or socket), so it is not read',
  'file-problem/symlink-loop': () => 'is a symbolic link that loops back on itself',
  'file-problem/unreadable': () => 'exists but cannot be read (permission denied)',
  'file-problem/too-large': (p: { mb: number }) => `is larger than ${p.mb} MB, so it is not read`,
  // notes in parentheses and other optional clauses
  'note/template-not-extensible': () => ' (a template cannot be extended with (+))',
  'note/spaces-in-parentheses': () => ' (Asterisk does not trim spaces inside the parentheses)',
  'note/type-guess': (p: { type: string }) => ` (its options suggest type=${p.type})`,
  'note/set-in-template': (p: { template: string }) => ` (set in template [${p.template}])`,
  'note/type-case': () => ' (type values are case-sensitive)',
  'note/by-template': (p: { template: string }) => ` by template [${p.template}]`,
  'note/of-file': (p: { file: string }) => ` of ${p.file}`,
  'note/option-of-type': (p: { type: string }) => ` (it is ${aType(p.type)} option)`,
  'note/option-of-types': (p: { types: string }) => ` (it is an option of ${p.types})`,
  'note/use-instead': (p: { option: string; needs: T }, t: Render) => `; use '${p.option}' instead${t(p.needs)}`,
  'note/means-the-same': (p: { value: string; needs: T }, t: Render) => `; '${p.value}' means the same${t(p.needs)}`,
  'note/ignored': () => '. Asterisk ignores it',
  'note/needs': (p: { releases: T }, t: Render) => ` (needs ${t(p.releases)})`,
  'note/and-no-password': () => ' (and no password)',
  'note/no-digest-for': (p: { algorithms: string }) => ` (and no password_digest for ${p.algorithms})`,
  'note/generated-from': (p: { prefix: string }) => ` (generated from ${p.prefix}... options)`,
  'note/define-in-pjsip': (p: { type: string }) => ` (define ${aType(p.type)} in pjsip.conf)`,
  'note/wizard-prefix-case': (p: { prefix: string }) => ` (wizard prefixes are case-sensitive: write '${p.prefix}')`,
  'note/wizard-prefix-needed': (p: { example: string }) =>
    ` (options of generated objects need a prefix, e.g. '${p.example}')`,
  'note/protocol': (p: { protocol: string }) => ` (${p.protocol})`,
  'note/other-type-has-name': (p: { type: string }) => ` (there is ${aType(p.type)} with that name)`,
  'note/timer-default': () => ' (the default)',
  'note/accepts-registrations': () => ' (accepts_registrations does not set it.)',
  // what happens to the objects a bad line is in
  'consequence/template-wizard': (p: { template: string; type: string }) =>
    `every wizard that uses [${p.template}] fails to create its ${p.type}`,
  'consequence/template': (p: { template: string; type: string }) =>
    `every ${p.type} that uses [${p.template}] fails to load`,
  'consequence/wizard': (p: { type: string; id: string }) => `the wizard cannot create ${p.type} '${p.id}'`,
  'consequence/object': (p: { type: string; id: string }) => `Asterisk will not load ${p.type} '${p.id}'`,
  // releases
  'version/exists-from': (p: { where: T; target: string }, t: Render) =>
    `exists from ${t(p.where)}; Asterisk ${p.target} does not know it`,
  'version/exists-in': (p: { where: T; target: string }, t: Render) =>
    `exists in ${t(p.where)}; Asterisk ${p.target} does not know it`,
  'version/and-list': (p: { items: readonly string[] }) => joinWith(p.items, 'and'),
  'version/or-list': (p: { items: readonly string[] }) => joinWith(p.items, 'or'),
  'version/master-only': () => 'master only',
  'version/option-missing': (p: { option: string; missing: T }, t: Render) => `'${p.option}' ${t(p.missing)}`,
  'version/value-missing': (p: { option: string; value: string; missing: T }, t: Render) =>
    `${p.option}=${p.value} ${t(p.missing)}`,
  'version/codec-missing': (p: { codec: string; missing: T }, t: Render) => `codec '${p.codec}' ${t(p.missing)}`,
  // key and certificate files
  'key-file/missing': () => 'does not exist on this machine',
  'key-file/unreadable': () => 'cannot be read',
  'key-file/looked-at': (p: { path: string }) => ` (looked for ${p.path})`,
  // related information
  'related/first-object': (p: { type: string; id: string }) => `first ${p.type} '${p.id}'`,
  'related/duplicate-copy': (p: { type: string; id: string }) =>
    `the duplicate ${p.type} '${p.id}' that makes Asterisk refuse them all`,
  'related/first-singleton': (p: { type: string }) => `first ${p.type} section`,
  'related/singleton-in-effect': (p: { type: string }) => `the ${p.type} section in effect`,
  'related/transport': (p: { id: string }) => `transport '${p.id}'`,
  'related/inherited': (p: { option: string; template: string }) => `${p.option} is inherited from [${p.template}]`,
  'related/not-singleton-option': (p: { option: string; type: string }) => `'${p.option}' is not a ${p.type} option`,
  // the wizard
  'wizard/set-to': (p: { value: string }) => `to '${p.value}'`,
  'wizard/from-pattern': (p: { option: string }) => `from ${p.option}`,
  // registrations
  'registration/its-server': () => 'its server',
  'registration/only-transports': (p: { protocols: string }) => `only ${p.protocols}`,
  'registration/no-transport': () => 'no transport at all',
  'registration/name': (p: { id: string }) => `Registration '${p.id}'`,
  'registration/name-wizard': (p: { id: string }) => `Registration '${p.id}' (from this wizard)`,
  'retry/label-auth': () => '401/407',
  'retry/label-forbidden': () => '403',
  'retry/label-fatal': () => '404 and other fatal codes',
  'retry/label-temporary': () => '408/5xx/6xx',
  'retry/group': (p: { labels: readonly T[]; when: T }, t: Render) => `${p.labels.map(t).join(', ')} ${t(p.when)}`,
  'retry/at-once': () => 'at once',
  'retry/not-within-day': (p: { interval: number }) => `not within a day (retried every ${p.interval} s)`,
  'retry/after-one': (p: { interval: number; duration: T; silent: T }, t: Render) =>
    `after 1 retry ${p.interval} s apart (${t(p.duration)}${t(p.silent)})`,
  'retry/after-many': (p: { retries: number; interval: number; duration: T; silent: T }, t: Render) =>
    `after ${p.retries} retries ${p.interval} s apart (${t(p.duration)}${t(p.silent)})`,
  'retry/no-answer': (p: { duration: T }, t: Render) => `; ${t(p.duration)} with no answer`,
  'duration/seconds': (p: { n: number }) => `${p.n} s`,
  'duration/minutes': (p: { n: number }) => `${p.n} min`,
  'duration/hours': (p: { h: number }) => `${p.h} h`,
  'duration/hours-minutes': (p: { h: number; m: number }) => `${p.h} h ${p.m} min`,
  'duration/days': (p: { n: number }) => `${p.n} days`,
  // what a missing object does to the one naming it
  'reference-effect/auth': () => 'requests that need it fail ("Couldn\'t find auth")',
  'reference-effect/aor': () => 'the endpoint has no address to call or register to',
  'reference-effect/transport': () => 'sending with it fails',
  'reference-effect/endpoint': () => 'requests are not matched to an endpoint ("No matching endpoint found")',
  'reference-effect/other': (p: { type: string }) => `it fails when it needs the ${p.type}`,
  // unused sections
  'unused/named-by-auth': () =>
    "an endpoint's auth or outbound_auth, or the outbound_auth of a registration, aor or outbound-publish",
  'unused/named-by-aor': () => "an endpoint's aors, or a dial string in extensions.conf",
  'unused/often-misspelled': () => ' Often the name on the other side is misspelled.',
  'unused/likely-typo': (p: { line: string; section: string; file: string; type: string }) =>
    ` \`${p.line}\` in [${p.section}] (${p.file}) names no ${p.type}: is this the one it means?`,
  'unused/endpoint-has': (p: { id: string; option: string; value: string; type: string }) =>
    ` Endpoint '${p.id}' has ${p.option}=${p.value}: is this ${p.type} meant for it?`,
  'unused/endpoint-has-none': (p: { id: string; option: string; type: string }) =>
    ` Endpoint '${p.id}' has no ${p.option}: is this ${p.type} meant for it?`,
  // why an object does not load (the hovers and `--explain` show it after "Asterisk will not load it:")
  'failure/unknown-option': (p: { option: string }) => `unknown option '${p.option}'`,
  'failure/bad-value': (p: { option: string }) => `bad value for '${p.option}'`,
  'failure/duplicate-names': (p: { type: string; file: string }) =>
    `a duplicate ${p.type} in ${p.file} makes Asterisk refuse every ${p.type} of that file`,
  'failure/duplicate-copy': (p: { type: string }) =>
    `an earlier ${p.type} of this name was created, so this copy is a duplicate and is never applied`,
  'failure/more-than-one-singleton': (p: { type: string; count: number }) =>
    `there are ${p.count} type=${p.type} sections and Asterisk loads none of them`,
  'failure/singleton-ignored': (p: { type: string; name: string; line: number }) =>
    `its settings are ignored because [${p.name}] (line ${p.line}), the last type=${p.type} section, is the one in effect`,
  'failure/file-rejected': () => 'the file it is in is rejected',
  'failure/file-not-read': () => 'Asterisk does not read its file',
  'failure/stopped-above': () => 'Asterisk stopped reading its file above it',
  'failure/address-in-use': () => 'address already in use',
  'failure/key-file': (p: { option: string }) => `the file of ${p.option} is missing or unreadable`,
  'failure/no-transport': () => 'no transport',
  'failure/no-username': () => 'no username',
  'failure/no-mac': () => 'no MAC',
  'failure/bad-remote-host': (p: { host: string }) => `bad remote host '${p.host}'`,
};
