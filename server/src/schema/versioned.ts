/**
 * The schema as one Asterisk release has it: the options, enum values, defaults and value parsers of the target
 * version, as `OptionInfo`s every layer above can use unchanged. Master's facts are the base; the version data
 * says what differs. Results are cached per target and option.
 */
import { findOption, getType, typesWithOption, type OptionInfo } from './schema';
import {
  availability,
  DEFAULT_TARGET,
  defaultFor,
  formerOptions,
  hasEnumValue,
  hasOption,
  parseAsteriskVersion,
  parserFor,
  type AsteriskTarget,
} from './versions';

export type VersionedOption = OptionInfo;

/** Options some releases had that master no longer has, described in our own words. */
const FORMER: Record<string, Omit<OptionInfo, 'type' | 'name'>> = {
  'identify.transport': {
    kind: 'reference',
    refersTo: ['transport'],
    target: 'transport',
    parser: 'OPT_STRINGFIELD_T',
    purpose:
      'the transport a request must arrive on for this identify to match it (briefly in 18.23.0, 20.8.0 and 21.3.0)',
  },
};

/**
 * Purposes for the releases whose option set their master text names options of (`password_digest` before
 * 20.12.0): keyed `type.option`, the text and the key of its translation (`type.option@before-<option>`).
 */
export const OLDER_PURPOSES: Readonly<Record<string, { missing: string; purpose: string }>> = {
  'auth.md5_cred': { missing: 'password_digest', purpose: 'pre-hashed MD5 credential instead of a clear password' },
  'auth.auth_type': {
    missing: 'password_digest',
    purpose: 'credential style: userpass (password), md5 (md5_cred) or google_oauth',
  },
};

const formerInfo = new Map<string, OptionInfo>();
for (const type of ['identify']) {
  for (const name of formerOptions(type)) {
    const f = FORMER[`${type}.${name}`];
    if (f) formerInfo.set(`${type}.${name.toLowerCase()}`, { ...f, type, name });
  }
}

const targets = new Map<string, AsteriskTarget>();

/** The target for a setting value (memoized; an invalid value gives the default, see `parseAsteriskVersion`). */
export function targetFor(setting: string | undefined): AsteriskTarget {
  const key = setting ?? '';
  let t = targets.get(key);
  if (!t) targets.set(key, (t = parseAsteriskVersion(setting).target));
  return t;
}

const cache = new WeakMap<AsteriskTarget, Map<OptionInfo, VersionedOption>>();

/** The option as the target release has it (same object as master's when nothing differs). */
export function optionAt(target: AsteriskTarget, o: OptionInfo): VersionedOption {
  let m = cache.get(target);
  if (!m) cache.set(target, (m = new Map<OptionInfo, VersionedOption>()));
  let v = m.get(o);
  if (!v) m.set(o, (v = adjust(target, o)));
  return v;
}

function adjust(target: AsteriskTarget, o: OptionInfo): VersionedOption {
  const out: VersionedOption = { ...o };
  let changed = false;
  if (o.values?.length) {
    const values = o.values.filter((x) => hasEnumValue(target, o.type, o.name, x));
    if (values.length !== o.values.length) {
      out.values = values;
      changed = true;
    }
    // an old value is only old where its replacement exists (auth_type=userpass before digest came)
    if (o.deprecatedValues && !values.some((x) => !o.deprecatedValues!.includes(x) && x !== 'google_oauth')) {
      delete out.deprecatedValues;
      changed = true;
    }
  }
  const d = defaultFor(target, o.type, o.name);
  if (d) {
    out.default = d.value;
    delete out.effectiveDefault;
    delete out.docDefault;
    changed = true;
  }
  const p = parserFor(target, o.type, o.name);
  if (p && !p.current) {
    out.olderRegistration = true;
    out.parser = p.parser;
    out.kind = p.parser === 'OPT_BOOL_T' ? 'bool' : 'string';
    for (const k of [
      'deprecated',
      'deprecatedFor',
      'ignored',
      'format',
      'validation',
      'values',
      'deprecatedValues',
      'docDefault',
      'effectiveDefault',
    ] as const)
      delete out[k];
    changed = true;
  }
  // a replacement the target does not have is no advice: before it came, the option was the current one
  const instead = out.deprecatedFor ?? out.aliasOf;
  if (out.deprecated && instead && !hasOption(target, o.type, instead)) {
    const current = o.aliasOf ? findOption(o.type, o.aliasOf) : undefined;
    if (current) {
      out.purpose = current.purpose;
      out.purposeOf = current.name;
    }
    for (const k of ['deprecated', 'deprecatedFor', 'aliasOf', 'ignored'] as const) delete out[k];
    changed = true;
  }
  const older = OLDER_PURPOSES[`${o.type}.${o.name}`];
  if (older && !hasOption(target, o.type, older.missing)) {
    out.purpose = older.purpose;
    out.purposeOf = `${o.name}@before-${older.missing}`;
    changed = true;
  }
  // notes and pointers never name an option the target lacks (`mutually exclusive with external_signaling_hostname`)
  if (out.validation && namesMissing(target, o.type, out.validation)) {
    delete out.validation;
    changed = true;
  }
  if (out.seeAlso?.some((n) => isMissing(target, o.type, n))) {
    out.seeAlso = out.seeAlso.filter((n) => !isMissing(target, o.type, n));
    changed = true;
  }
  return changed ? out : o;
}

/** An option name of `type` (master's) that the target does not have. */
function isMissing(target: AsteriskTarget, type: string, name: string): boolean {
  const o = findOption(type, name);
  return !!o && !o.wildcard && !hasOption(target, type, o.name);
}

/** The text names an option of `type` that the target lacks. */
function namesMissing(target: AsteriskTarget, type: string, text: string): boolean {
  return (text.match(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g) ?? []).some((w) => isMissing(target, type, w));
}

/** The option `name` of `type` in the target release, or undefined when that release does not know it. */
export function findOptionAt(target: AsteriskTarget, type: string, name: string): VersionedOption | undefined {
  const o = findOption(type, name);
  if (o) return hasOption(target, type, o.name) ? optionAt(target, o) : undefined;
  const former = formerInfo.get(`${type}.${name.toLowerCase()}`);
  return former && hasOption(target, type, former.name) ? former : undefined;
}

/** An option some other release has, when the target does not (for "exists from ..." messages). */
export function optionElsewhere(type: string, name: string): OptionInfo | undefined {
  return findOption(type, name) ?? formerInfo.get(`${type}.${name.toLowerCase()}`);
}

/** The options of a type the target has (plain names and patterns), each as the target has it. */
export function optionsAt(target: AsteriskTarget, type: string): VersionedOption[] {
  const t = getType(type);
  if (!t) return [];
  const out = t.options.filter((o) => hasOption(target, type, o.name)).map((o) => optionAt(target, o));
  for (const f of formerInfo.values()) if (f.type === type && hasOption(target, type, f.name)) out.push(f);
  return out;
}

/** Every type (other than the wizard) whose options in the target include `name`. */
export function typesWithOptionAt(target: AsteriskTarget, name: string): string[] {
  return typesWithOption(name).filter((t) => findOptionAt(target, t, name));
}

export { availability, DEFAULT_TARGET };
