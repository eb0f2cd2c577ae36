/**
 * Option documentation, composed in our own words from the schema facts (value kind, default, values, unit,
 * version, deprecation) and what Asterisk does with a bad value. Never Asterisk's own text.
 */
import { booleanWords, findOption, getType, type OptionInfo } from './schema';
import { valueMeaning } from './meanings';
import { PORTLESS_ADDRESSES } from './values';
import { availability, formatBranches, present, type AsteriskTarget } from './versions';
import type { Locale } from '../i18n/locale';
import { docWords, type BadValueCase, type DocWords } from '../i18n/docWords';
import { factText, purposeText, typeText } from '../i18n/texts';

function code(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}

/** How the value is written, in a short phrase. */
export function valueFormat(o: OptionInfo, locale?: Locale): string {
  return docWords(locale).valueFormat({
    kind: o.kind,
    unit: o.unit,
    range: o.range,
    caseSensitive: o.caseSensitive,
    target: o.target,
    format: o.format ? factText(locale, plainFormat(o.format)) : undefined,
    trueWords: booleanWords.true.filter((w) => w !== 'yes').join('/'),
    falseWords: booleanWords.false.filter((w) => w !== 'no').join('/'),
  });
}

/** The facts' format notes are terse technical phrases; keep them as a value shape. */
function plainFormat(f: string): string {
  return f.replace(/\s+/g, ' ').trim();
}

/** Which of the bad-value outcomes applies to an option. */
function badValueCase(o: OptionInfo): BadValueCase {
  if (o.kind === 'bool') return 'bool';
  if (PORTLESS_ADDRESSES[`${o.type}.${o.name}`]) return 'noPort';
  if (o.invalidSilentlyIgnored) return 'silentlyIgnored';
  if (o.ignored) return 'ignored';
  if (o.openEnum) return 'openEnum';
  if (o.parser === 'OPT_STRINGFIELD_T' || o.parser === 'OPT_CHAR_ARRAY_T') {
    return o.validation && /must not be empty|empty value is rejected/.test(o.validation)
      ? 'emptyRefused'
      : 'storedAsWritten';
  }
  if (o.kind === 'reference' || o.kind === 'reference-list') return 'unknownName';
  return o.type === 'wizard' ? 'wizard' : 'refused';
}

/** What Asterisk does when the value is not accepted. */
export function badValueEffect(o: OptionInfo, locale?: Locale): string {
  const c = badValueCase(o);
  return docWords(locale).badValue(
    c,
    o.type,
    c === 'noPort' ? PORTLESS_ADDRESSES[`${o.type}.${o.name}`].portOption : o.target,
  );
}

export function defaultText(o: OptionInfo, locale?: Locale): string | undefined {
  const d = o.effectiveDefault ?? o.default;
  if (d === undefined || d === null) return o.docDefault ? code(o.docDefault) : undefined;
  if (d === '') return o.docDefault ? code(o.docDefault) : docWords(locale).empty;
  return code(d);
}

/** Which releases have it, and whether the target does: `- **Asterisk:** 20.12.0 · 21.7.0 · 22.2.0 · 23`. */
function releasesLine(
  w: DocWords,
  target: AsteriskTarget | undefined,
  type: string,
  option?: string,
  value?: string,
): string {
  const a = availability(type, option, value);
  const missing = target && !present(target, a.since, a.removed) ? w.notInTarget(target.label) : '';
  return w.item(w.labels.asterisk, `${formatBranches(a)}${missing}`);
}

export interface DocOptions {
  prefix?: string;
  target?: AsteriskTarget;
  locale?: Locale;
}

/**
 * Markdown documentation for an option (hover and completion). With a target, `o` is the option as that release
 * has it (see versioned.ts): its default, its values.
 */
export function optionDoc(o: OptionInfo, opts: DocOptions = {}): string {
  const w = docWords(opts.locale),
    l = w.labels,
    loc = opts.locale;
  const item = (label: string, text: string) => lines.push(w.item(label, text));
  const lines: string[] = [
    w.optionTitle(`${opts.prefix ?? ''}${o.name}`, o.type),
    '',
    w.sentence(purposeText(loc, o.type, o.purposeOf ?? o.name, o.purpose)),
  ];
  if (o.deprecated) lines.push('', w.deprecated(o.deprecatedFor ?? o.aliasOf, !!o.ignored));
  lines.push('');
  item(l.value, valueFormat(o, loc));
  const def = defaultText(o, loc);
  if (def) item(l.default, def);
  if (o.values?.length && o.kind !== 'bool') {
    const zh = loc === 'zh-cn';
    const vals = o.values
      .map((v) =>
        o.deprecatedValues?.includes(v) ? `${code(v)}${zh ? `（${w.oldName}）` : ` (${w.oldName})`}` : code(v),
      )
      .join(zh ? '、' : ', ');
    item(l.accepted, `${vals}${o.acceptsBooleans ? w.andYesNo : ''}${o.acceptsInteger ? w.orNumber : ''}`);
  }
  const master = findOption(o.type, o.name);
  const elsewhere = (master?.values ?? []).filter(
    (v) => !o.values?.includes(v) && o.kind !== 'bool' && !o.olderRegistration,
  );
  if (elsewhere.length)
    item(
      l.otherReleases,
      elsewhere.map((v) => `${code(v)} (${formatBranches(availability(o.type, o.name, v))})`).join(', '),
    );
  if (o.params) {
    const zh = loc === 'zh-cn';
    item(
      l.parts,
      Object.entries(o.params)
        .map(([k, v]) => (zh ? `${code(k)}（${v.map(code).join('、')}）` : `${code(k)} (${v.map(code).join(', ')})`))
        .join(zh ? '；' : '; '),
    );
  }
  if (o.list || o.repeatable) item(l.lists, o.repeatable ? w.listsRepeatable : w.listsReplace);
  lines.push(releasesLine(w, opts.target, o.type, o.name));
  if (o.validation && !/^required$/.test(o.validation)) item(l.rule, factText(loc, o.validation));
  if (o.required) item(l.required, w.requiredBy(o.type));
  if (o.buildDependent?.length) item(l.build, w.buildDependent(o.buildDependent.map(code).join(', ')));
  item(l.badValue, badValueEffect(o, loc));
  if (o.seeAlso?.length) item(l.seeAlso, o.seeAlso.map(code).join(', '));
  return lines.join('\n');
}

/** Markdown for one value of an enum-like option. */
export function valueDoc(o: OptionInfo, value: string, target?: AsteriskTarget, locale?: Locale): string | undefined {
  const w = docWords(locale);
  const meaning = valueMeaning(o.type, o.name, value, locale);
  const known = o.values?.find((v) => (o.caseSensitive ? v === value : v.toLowerCase() === value.toLowerCase()));
  if (!meaning && !known) return undefined;
  const alias = o.aliases && Object.entries(o.aliases).find(([k]) => k.toLowerCase() === value.toLowerCase());
  const parts = [`**${o.name}=${known ?? value}**`, ''];
  parts.push(meaning ? w.sentence(locale === 'zh-cn' ? meaning : capitalize(meaning)) : w.oneOfValues(o.name));
  if (alias) parts.push('', w.sameAs(alias[1]));
  if (o.deprecatedValues?.some((v) => v.toLowerCase() === value.toLowerCase())) parts.push('', w.oldNameStillAccepted);
  if (availability(o.type, o.name, value).since) parts.push('', releasesLine(w, target, o.type, o.name, value));
  return parts.join('\n');
}

/** What each object type is, in a phrase (English; the translations key on the same names). */
export const typeSummaries: Readonly<Record<string, string>> = {
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
  contact: "a registered contact (kept in Asterisk's internal database, not defined in files)",
  subscription_persistence: "a saved subscription (kept in Asterisk's internal database)",
};

export function typeDoc(type: string, target?: AsteriskTarget, locale?: Locale): string {
  const t = getType(type);
  if (!t) return '';
  const w = docWords(locale);
  const parts = [w.typeTitle(type, typeText(locale, type, typeSummaries[type]))];
  const a = availability(type);
  parts.push(w.moduleLine(t.module, formatBranches(a), target && !present(target, a.since) ? target.label : undefined));
  if (t.singleObject) parts.push(w.singleObject);
  if (t.reloadable === false) parts.push(w.restartOnly);
  return parts.join(locale === 'zh-cn' ? '' : ' ');
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
