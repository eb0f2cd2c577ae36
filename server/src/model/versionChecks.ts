/**
 * What the target Asterisk version changes in the option checks: options and enum values that exist only in
 * other releases, and advice (replacement names and values) that needs a newer release than some admins run.
 */
import { findOption, type OptionInfo } from '../schema/schema';
import { optionElsewhere } from '../schema/versioned';
import { availability, missingIn, needsNote, type AsteriskTarget } from '../schema/versions';

/** `'tenantid' exists from 18.25.0, ...; Asterisk 20.7.0 does not know it`, when some other release has it. */
export function optionMissingIn(target: AsteriskTarget, type: string, name: string): string | undefined {
  const o = optionElsewhere(type, name);
  if (!o) return undefined;
  return `'${o.name}' ${missingIn(target, availability(type, o.name))}`;
}

/** The same for a value (or list item) of an option: master's enum value the target does not have. */
export function valueMissingIn(target: AsteriskTarget, opt: OptionInfo, item: string): string | undefined {
  const master = findOption(opt.type, opt.name) ?? opt;
  const known = master.values?.find((x) => x.toLowerCase() === item.trim().toLowerCase());
  if (!known || opt.values?.includes(known)) return undefined;
  return `${opt.name}=${known} ${missingIn(target, availability(opt.type, opt.name, known))}`;
}

/**
 * With no version set, the releases each suggestion needs when not every release has it (for quick-fix titles).
 * `kind` says what the suggestions are: option names of `type`, or values of `option`.
 */
export function suggestionNeeds(target: AsteriskTarget, type: string, suggestions: readonly string[], option?: string): Record<string, string> | undefined {
  if (target.explicit) return undefined;
  const out: Record<string, string> = {};
  for (const s of suggestions) {
    const note = option === undefined ? needsNote(availability(type, s)) : needsNote(availability(type, option, s));
    if (note) out[s] = note;
  }
  return Object.keys(out).length ? out : undefined;
}
