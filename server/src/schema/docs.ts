/**
 * Option documentation, composed in our own words from the schema facts (value kind, default, values, unit,
 * version, deprecation) and what Asterisk does with a bad value. Never Asterisk's own text.
 */
import { booleanWords, findOption, getType, type OptionInfo } from './schema';
import { valueMeaning } from './meanings';
import { availability, formatBranches, present, type AsteriskTarget } from './versions';

function code(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}

/** How the value is written, in a short phrase. */
export function valueFormat(o: OptionInfo): string {
  const unit = o.unit === 's' ? ' of seconds' : o.unit === 'ms' ? ' of milliseconds' : o.unit === 'bytes' ? ' of bytes' : '';
  switch (o.kind) {
    case 'bool': return `yes or no (also ${booleanWords.true.filter((w) => w !== 'yes').join('/')} and ${booleanWords.false.filter((w) => w !== 'no').join('/')})`;
    case 'enum': return `one word from the list below${o.caseSensitive ? ', case-sensitive' : ''}`;
    case 'enum-list': return `comma-separated words from the list below${o.caseSensitive ? ', case-sensitive' : ''}`;
    case 'uint': return `a whole number${unit}, 0 or more${o.range ? ` (${o.range[0]} to ${o.range[1]})` : ''}; 0x... hex is accepted`;
    case 'int': return `a whole number${unit}`;
    case 'duration-seconds': return `a whole number of seconds${o.range ? ` (${o.range[0]} to ${o.range[1]})` : ''}`;
    case 'duration-ms': return `a whole number of milliseconds${o.range ? ` (${o.range[0]} to ${o.range[1]})` : ''}`;
    case 'double': return `a number${unit}, decimals allowed`;
    case 'codec-list': return 'codec names separated by commas (or |); `all` means every codec, a leading `!` reverses the entry, `:20` sets the packet time in ms';
    case 'reference': return o.target ? `the name of ${o.target === 'aor' ? 'an' : 'a'} ${o.target} section` : 'a name';
    case 'reference-list': return o.target ? `comma-separated names of ${o.target} sections` : 'comma-separated names';
    case 'acl': return 'comma-separated IP addresses or networks (`10.0.0.0/8`, `192.168.1.0/255.255.255.0`); a leading `!` negates one; no host names';
    case 'sockaddr': return 'an IP address with an optional port (`0.0.0.0:5060`, `[::]:5061`); no host names';
    case 'uri': return 'a SIP URI (`sip:...` or `sips:...`)';
    default: return o.format ? plainFormat(o.format) : 'text';
  }
}

/** The facts' format notes are terse technical phrases; keep them as a value shape. */
function plainFormat(f: string): string {
  return f.replace(/\s+/g, ' ').trim();
}

/** What Asterisk does when the value is not accepted. */
export function badValueEffect(o: OptionInfo): string {
  if (o.kind === 'bool') return 'Any word other than the yes/no spellings is silently read as **no**.';
  if (o.invalidSilentlyIgnored) return 'An unknown value is silently ignored; the default stays.';
  if (o.ignored) return 'Asterisk ignores this option.';
  if (o.openEnum) return 'Other values load, but nothing acts on them.';
  if (o.parser === 'OPT_STRINGFIELD_T' || o.parser === 'OPT_CHAR_ARRAY_T') {
    if (o.validation && /must not be empty|empty value is rejected/.test(o.validation)) return `An empty value makes Asterisk refuse the whole ${o.type}.`;
    return 'Asterisk stores the text as written; a wrong value only shows up when it is used.';
  }
  if (o.kind === 'reference' || o.kind === 'reference-list') return `A name that matches no ${o.target ?? 'object'} still loads, and fails when it is used.`;
  if (o.type === 'wizard') return 'The wizard reads this value itself; see the format above.';
  return `A value Asterisk cannot parse makes it refuse the whole ${o.type} (it logs "Error parsing" and the object is missing).`;
}

export function defaultText(o: OptionInfo): string | undefined {
  const d = o.effectiveDefault ?? o.default;
  if (d === undefined || d === null) return o.docDefault ? code(o.docDefault) : undefined;
  if (d === '') return o.docDefault ? code(o.docDefault) : 'empty';
  return code(d);
}

/** Which releases have it, and whether the target does: `- **Asterisk:** 20.12.0 · 21.7.0 · 22.2.0 · 23`. */
function releasesLine(target: AsteriskTarget | undefined, type: string, option?: string, value?: string): string {
  const a = availability(type, option, value);
  const missing = target && !present(target, a.since, a.removed) ? ` — ⚠ not in Asterisk ${target.label}` : '';
  return `- **Asterisk:** ${formatBranches(a)}${missing}`;
}

/**
 * Markdown documentation for an option (hover and completion). With a target, `o` is the option as that release
 * has it (see versioned.ts): its default, its values.
 */
export function optionDoc(o: OptionInfo, opts: { prefix?: string; target?: AsteriskTarget } = {}): string {
  const lines: string[] = [];
  const title = `**${opts.prefix ?? ''}${o.name}** — ${o.type} option`;
  lines.push(title, '', capitalize(o.purpose) + '.');
  if (o.deprecated) {
    const instead = o.deprecatedFor ?? o.aliasOf;
    lines.push('', `⚠ Deprecated${instead ? `: use ${code(instead)} instead` : ''}.${o.ignored ? ' Asterisk ignores it.' : ''}`);
  }
  lines.push('', `- **Value:** ${valueFormat(o)}`);
  const def = defaultText(o);
  if (def) lines.push(`- **Default:** ${def}`);
  if (o.values?.length && o.kind !== 'bool') {
    const vals = o.values.map((v) => (o.deprecatedValues?.includes(v) ? `${code(v)} (old name)` : code(v))).join(', ');
    lines.push(`- **Accepted:** ${vals}${o.acceptsBooleans ? ', and yes/no words' : ''}${o.acceptsInteger ? ', or a number' : ''}`);
  }
  const master = findOption(o.type, o.name);
  const elsewhere = (master?.values ?? []).filter((v) => !o.values?.includes(v) && o.kind !== 'bool' && !o.olderRegistration);
  if (elsewhere.length) lines.push(`- **Other releases:** ${elsewhere.map((v) => `${code(v)} (${formatBranches(availability(o.type, o.name, v))})`).join(', ')}`);
  if (o.params) lines.push(`- **Parts:** ${Object.entries(o.params).map(([k, v]) => `${code(k)} (${v.join(', ')})`).join('; ')}`);
  if (o.list || o.repeatable) {
    lines.push(`- **Lists:** ${o.repeatable ? 'may be written on several lines; each line adds to the previous ones' : 'a later line replaces an earlier one'}`);
  }
  lines.push(releasesLine(opts.target, o.type, o.name));
  if (o.validation && !/^required$/.test(o.validation)) lines.push(`- **Rule:** ${o.validation}`);
  if (o.required) lines.push(`- **Required:** the ${o.type} needs it`);
  if (o.buildDependent?.length) lines.push(`- **Build:** ${o.buildDependent.map(code).join(', ')} depend on the OpenSSL Asterisk was built with`);
  lines.push(`- **Bad value:** ${badValueEffect(o)}`);
  if (o.seeAlso?.length) lines.push(`- **See also:** ${o.seeAlso.map(code).join(', ')}`);
  return lines.join('\n');
}

/** Markdown for one value of an enum-like option. */
export function valueDoc(o: OptionInfo, value: string, target?: AsteriskTarget): string | undefined {
  const meaning = valueMeaning(o.type, o.name, value);
  const known = o.values?.find((v) => (o.caseSensitive ? v === value : v.toLowerCase() === value.toLowerCase()));
  if (!meaning && !known) return undefined;
  const alias = o.aliases && Object.entries(o.aliases).find(([k]) => k.toLowerCase() === value.toLowerCase());
  const parts = [`**${o.name}=${known ?? value}**`, ''];
  parts.push(meaning ? capitalize(meaning) + '.' : `One of the accepted values of ${code(o.name)}.`);
  if (alias) parts.push('', `Same as ${code(alias[1])}.`);
  if (o.deprecatedValues?.some((v) => v.toLowerCase() === value.toLowerCase())) parts.push('', 'An old name, still accepted.');
  if (availability(o.type, o.name, value).since) parts.push('', releasesLine(target, o.type, o.name, value));
  return parts.join('\n');
}

export function typeDoc(type: string, target?: AsteriskTarget): string {
  const t = getType(type);
  if (!t) return '';
  const what: Record<string, string> = {
    endpoint: 'the SIP peer profile: codecs, dialplan context, media and NAT behaviour, which auths and aors it uses',
    auth: 'credentials: what Asterisk asks a phone for (auth=), or what it sends to a provider (outbound_auth=)',
    aor: 'where an endpoint can be reached: registered contacts (max_contacts) or static ones (contact=)',
    transport: 'a listening socket (udp, tcp, tls, ws, wss) with its NAT and TLS settings',
    identify: 'matches incoming requests to an endpoint by source address or header, for peers that do not authenticate',
    registration: 'outbound registration of Asterisk to a provider or another server',
    acl: 'named permit/deny address lists',
    domain_alias: 'an extra domain that maps onto a configured one',
    global: 'settings for the whole PJSIP stack (at most one section)',
    system: 'low-level stack settings: timers, thread pool (at most one section; changes need a restart)',
    phoneprov: 'phone provisioning data for res_phoneprov',
    resource_list: 'a list subscription (RFC 4662) bundling several resources',
    'outbound-publish': 'outbound PUBLISH of state to another server',
    'inbound-publication': 'which inbound PUBLISH events to accept from an endpoint',
    'asterisk-publication': 'state sharing between Asterisk servers',
    wizard: 'a shortcut that creates an endpoint, aor, auths, identify and registrations from one section',
    contact: 'a registered contact (kept in Asterisk\'s internal database, not defined in files)',
    subscription_persistence: 'a saved subscription (kept in Asterisk\'s internal database)',
  };
  const parts = [`**${type}** — ${what[type] ?? 'a PJSIP object type'}.`];
  const a = availability(type);
  parts.push(`Module ${code(t.module)}; Asterisk ${formatBranches(a)}${target && !present(target, a.since) ? ` (not in ${target.label})` : ''}.`);
  if (t.singleObject) parts.push('Only one section of this type may exist.');
  if (t.reloadable === false) parts.push('Changes take effect only after a restart.');
  return parts.join(' ');
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
