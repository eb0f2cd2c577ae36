/** Where a problem sits: the ranges of a section name, an option's key or value, or a whole assignment. */
import type { OptionEntry, RelatedInput, Section } from './types';
import { part } from '../i18n/messages';

export interface FileRange {
  path: string;
  start: number;
  end: number;
}

/** The name inside a section's brackets. */
export function nameRange(s: Section): FileRange {
  return { path: s.file.path, start: s.nameStart, end: s.nameEnd };
}

/** An option's key (`skip` characters of a prefix left out) or its value. */
export function entryRange(e: OptionEntry, which: 'key' | 'value', skip = 0): FileRange {
  return which === 'key'
    ? { path: e.file.path, start: e.keyStart + skip, end: e.keyEnd }
    : { path: e.file.path, start: e.valueStart, end: e.valueEnd };
}

/** From an option's key to the end of its value. */
export function assignmentRange(e: OptionEntry): FileRange {
  return { path: e.file.path, start: e.keyStart, end: e.valueEnd };
}

/** The line was written for `s` itself: under its header or in a `(+)` block added to it (not in a template). */
export function isOwnLine(s: Section, e: OptionEntry): boolean {
  return e.block === s || (e.block.isAppend && e.block.appendTarget === s);
}

/**
 * Where a finding about section `s`, caused by line `e`, sits when the outcome depends on the rest of `s`: on the
 * line when `s` wrote it; on the section's name when `s` inherits it from a template (other sections sharing the
 * template may be fine), with the template line as related information.
 */
export function placeOn(s: Section, e: OptionEntry, which: 'key' | 'value'): FileRange & { related?: RelatedInput[] } {
  if (isOwnLine(s, e)) return entryRange(e, which);
  return {
    ...nameRange(s),
    related: [{ ...entryRange(e, which), msg: part('related/inherited', { option: e.name, template: e.block.name }) }],
  };
}
