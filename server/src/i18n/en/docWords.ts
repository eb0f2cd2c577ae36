/** English words of the option, value and type documentation. */
import type { BadValueCase, DocWords, ValueShape } from '../docWords';

const c = (s: string): string => '`' + s.replace(/`/g, "'") + '`';
const span = (r?: readonly number[]): string => (r ? ` (${r[0]} to ${r[1]})` : '');
const cs = (s: ValueShape): string => (s.caseSensitive ? ', case-sensitive' : '');
const units: Record<string, string> = { s: ' of seconds', ms: ' of milliseconds', bytes: ' of bytes' };

const formats: Record<string, (s: ValueShape) => string> = {
  bool: (s) => `yes or no (also ${s.trueWords} and ${s.falseWords})`,
  enum: (s) => `one word from the list below${cs(s)}`,
  'enum-list': (s) => `comma-separated words from the list below${cs(s)}`,
  uint: (s) => `a whole number${units[s.unit ?? ''] ?? ''}, 0 or more${span(s.range)}; 0x... hex is accepted`,
  int: (s) => `a whole number${units[s.unit ?? ''] ?? ''}`,
  'duration-seconds': (s) => `a whole number of seconds${span(s.range)}`,
  'duration-ms': (s) => `a whole number of milliseconds${span(s.range)}`,
  double: (s) => `a number${units[s.unit ?? ''] ?? ''}, decimals allowed`,
  'codec-list': () =>
    'codec names separated by commas (or |); `all` means every codec, a leading `!` reverses the entry, `:20` sets the packet time in ms',
  reference: (s) => (s.target ? `the name of ${s.target === 'aor' ? 'an' : 'a'} ${s.target} section` : 'a name'),
  'reference-list': (s) => (s.target ? `comma-separated names of ${s.target} sections` : 'comma-separated names'),
  acl: () =>
    'comma-separated IP addresses or networks (`10.0.0.0/8`, `192.168.1.0/255.255.255.0`); a leading `!` negates one; no host names',
  sockaddr: () => 'an IP address with an optional port (`0.0.0.0:5060`, `[::]:5061`); no host names',
  uri: () => 'a SIP URI (`sip:...` or `sips:...`)',
};

const badValues: Record<BadValueCase, (type: string, target?: string) => string> = {
  bool: () => 'Any word other than the yes/no spellings is silently read as **no**.',
  silentlyIgnored: () => 'An unknown value is silently ignored; the default stays.',
  ignored: () => 'Asterisk ignores this option.',
  openEnum: () => 'Other values load, but nothing acts on them.',
  emptyRefused: (type) => `An empty value makes Asterisk refuse the whole ${type}.`,
  storedAsWritten: () => 'Asterisk stores the text as written; a wrong value only shows up when it is used.',
  noPort: (_type, portOption) =>
    `The value must not carry a port: with one, Asterisk ignores the address and the transport goes on without it${portOption ? ` (the port belongs in ${c(portOption)})` : ''}.`,
  unknownName: (_type, target) =>
    `A name that matches no ${target ?? 'object'} still loads, and fails when it is used.`,
  wizard: () => 'The wizard reads this value itself; see the format above.',
  refused: (type) =>
    `A value Asterisk cannot parse makes it refuse the whole ${type} (it logs "Error parsing" and the object is missing).`,
};

export const enDocWords: DocWords = {
  labels: {
    value: 'Value',
    default: 'Default',
    accepted: 'Accepted',
    otherReleases: 'Other releases',
    parts: 'Parts',
    lists: 'Lists',
    asterisk: 'Asterisk',
    rule: 'Rule',
    required: 'Required',
    build: 'Build',
    badValue: 'Bad value',
    seeAlso: 'See also',
  },
  item: (label, text) => `- **${label}:** ${text}`,
  optionTitle: (name, type) => `**${name}** — ${type} option`,
  sentence: (p) => (p ? p[0].toUpperCase() + p.slice(1) : p) + '.',
  deprecated: (instead, ignored) =>
    `⚠ Deprecated${instead ? `: use ${c(instead)} instead` : ''}.${ignored ? ' Asterisk ignores it.' : ''}`,
  valueFormat: (s) => formats[s.kind]?.(s) ?? s.format ?? 'text',
  badValue: (k, type, target) => badValues[k](type, target),
  empty: 'empty',
  oldName: 'old name',
  andYesNo: ', and yes/no words',
  orNumber: ', or a number',
  listsRepeatable: 'may be written on several lines; each line adds to the previous ones',
  listsReplace: 'a later line replaces an earlier one',
  requiredBy: (type) => `the ${type} needs it`,
  buildDependent: (names) => `${names} depend on the OpenSSL Asterisk was built with`,
  notInTarget: (label) => ` — ⚠ not in Asterisk ${label}`,
  oneOfValues: (option) => `One of the accepted values of ${c(option)}.`,
  sameAs: (value) => `Same as ${c(value)}.`,
  oldNameStillAccepted: 'An old name, still accepted.',
  typeTitle: (type, summary) => `**${type}** — ${summary ?? 'a PJSIP object type'}.`,
  moduleLine: (module, branches, missingIn) =>
    `Module ${c(module)}; Asterisk ${branches}${missingIn ? ` (not in ${missingIn})` : ''}.`,
  singleObject: 'Only one section of this type may exist.',
  restartOnly: 'Changes take effect only after a restart.',
};
