/**
 * What the target Asterisk version changes in the option checks: options and enum values that exist only in
 * other releases, and advice (replacement names and values) that needs a newer release than some admins run.
 */
import { findCodec, findOption, type OptionInfo } from '../schema/schema';
import { codecListItems, type ValueProblem } from '../schema/values';
import { optionElsewhere } from '../schema/versioned';
import {
  availability,
  codecAvailability,
  codecExists,
  missingInPart,
  needsPart,
  releasesPart,
  type AsteriskTarget,
  type Availability,
} from '../schema/versions';
import { part, type Part } from '../i18n/messages';

/** `'tenantid' exists from 18.25.0, ...; Asterisk 20.7.0 does not know it`, when some other release has it. */
export function optionMissingIn(target: AsteriskTarget, type: string, name: string): Part | undefined {
  const o = optionElsewhere(type, name);
  if (!o) return undefined;
  return part('version/option-missing', { option: o.name, missing: missingInPart(target, availability(type, o.name)) });
}

/** The same for a value (or list item) of an option: master's enum value the target does not have. */
export function valueMissingIn(target: AsteriskTarget, opt: OptionInfo, item: string): Part | undefined {
  const master = findOption(opt.type, opt.name) ?? opt;
  const known = master.values?.find((x) => x.toLowerCase() === item.trim().toLowerCase());
  if (!known || opt.values?.includes(known)) return undefined;
  const missing = missingInPart(target, availability(opt.type, opt.name, known));
  return part('version/value-missing', { option: opt.name, value: known, missing });
}

/**
 * With no version set, the releases each suggestion needs when not every release has it (for quick-fix titles).
 * `kind` says what the suggestions are: option names of `type`, or values of `option`.
 */
export function suggestionNeeds(
  target: AsteriskTarget,
  type: string,
  suggestions: readonly string[],
  option?: string,
): Record<string, Part> | undefined {
  if (target.explicit) return undefined;
  const out: Record<string, Part> = {};
  for (const s of suggestions) {
    const note =
      option === undefined ? releasesPart(availability(type, s)) : releasesPart(availability(type, option, s));
    if (note) out[s] = note;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * A value the target lacks that is the new name of an older value the target has: that older name (`digest` is
 * `userpass` before 20.12.0, 21.7.0 and 22.2.0). Undefined otherwise.
 */
export function olderNameAt(target: AsteriskTarget, opt: OptionInfo, item: string): string | undefined {
  const master = findOption(opt.type, opt.name) ?? opt;
  const old = master.deprecatedValues;
  if (!old?.length || target.line === 'master') return undefined;
  const current = master.values?.find((x) => !old.includes(x) && x !== 'google_oauth');
  if (!current || current.toLowerCase() !== item.trim().toLowerCase() || opt.values?.includes(current))
    return undefined;
  return old.find((x) => opt.values?.includes(x));
}

/** The same for one suggestion, as a phrase for a message: ` (needs 20.12.0 or 23)`, or nothing. */
export function suggestionNeedPart(
  target: AsteriskTarget,
  type: string,
  suggestion: string,
  option?: string,
): Part | undefined {
  if (target.explicit) return undefined;
  return needsPart(option === undefined ? availability(type, suggestion) : availability(type, option, suggestion));
}

/**
 * Codec names in a codec list, as the target release knows them: a codec master lacks but the target has
 * (`testlaw` on 16 and 18) is no problem there, and one master has but the target lacks (`h265` before 16.7.0)
 * is: Asterisk rejects an unknown codec and drops the object.
 */
export function codecProblemsAt(
  target: AsteriskTarget,
  opt: OptionInfo,
  value: string,
  problems: ValueProblem[],
): ValueProblem[] {
  if (opt.kind !== 'codec-list') return problems;
  const knownHere = (name: string) => codecAvailability(name) !== undefined && codecExists(target, name);
  const out: ValueProblem[] = [];
  for (const p of problems) {
    const name = p.start !== undefined && p.end !== undefined ? codecName(value.slice(p.start, p.end)) : '';
    const since = name ? codecAvailability(name) : undefined;
    if (since && knownHere(name)) continue;
    out.push(since ? { ...p, reason: codecMissing(target, name, since), suggestions: undefined } : p);
  }
  for (const it of codecListItems(value).items) {
    const name = codecName(it.text);
    const since = codecAvailability(name);
    if (!since || codecExists(target, name) || !findCodec(name)) continue;
    const start = it.start + (it.text.startsWith('!') ? 1 : 0);
    out.push({
      fails: true,
      reason: codecMissing(target, name, since),
      start,
      end: start + name.length,
    });
  }
  return out;
}

function codecMissing(target: AsteriskTarget, codec: string, since: Availability['since']): Part {
  return part('version/codec-missing', { codec, missing: missingInPart(target, { since }) });
}

function codecName(item: string): string {
  return item.replace(/^!/, '').replace(/:.*$/, '').trim().toLowerCase();
}
