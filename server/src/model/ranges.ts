/** Where a problem sits: the ranges of a section name, an option's key or value, or a whole assignment. */
import type { OptionEntry, PjsipObject, RelatedInput, Section } from './types';
import { lastVar } from './variables';
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

/**
 * The sections that take `s`'s lines: those naming it as a template, and theirs in turn (`s` excluded); the
 * templates among them too when `templates` is set.
 */
export function inheritingSections(s: Section, templates = false): Section[] {
  const out: Section[] = [];
  const seen = new Set<Section>([s]);
  const walk = (t: Section) => {
    for (const c of t.children) {
      if (seen.has(c)) continue;
      seen.add(c);
      if (templates || !c.isTemplate) out.push(c);
      walk(c);
    }
  };
  walk(s);
  return out;
}

/** The loaded objects of `type` built from sections that take line `e` from its template. */
function usersOfLine(objects: readonly PjsipObject[], e: OptionEntry, type: string): PjsipObject[] {
  const sections = new Set(inheritingSections(e.block.appendTarget ?? e.block));
  return objects.filter((o) => o.loads && o.type === type && sections.has(o.section));
}

/**
 * Where findings caused by line `e` (the value of option `lower`, found wrong for `failing` objects) sit: on the
 * line (`at`) when the object wrote it, or when every object that takes the line from its template keeps it (the
 * line itself is what is wrong); otherwise on the name of each failing object, with the template line as related
 * information (objects sharing the template that set the option themselves are fine).
 */
export function placeByUsers(
  objects: readonly PjsipObject[],
  failing: readonly PjsipObject[],
  e: OptionEntry,
  lower: string,
  at: FileRange,
): (FileRange & { related?: RelatedInput[]; moved: boolean })[] {
  const inherited = failing.filter((o) => !isOwnLine(o.section, e));
  const onLine = { ...at, moved: false };
  if (!inherited.length) return [onLine];
  const users = usersOfLine(objects, e, inherited[0].type);
  const keeps = (o: PjsipObject) => lastVar(o.vars, lower)?.entry === e;
  if (users.every(keeps)) return [onLine];
  const related = [{ ...at, msg: part('related/inherited', { option: e.name, template: e.block.name }) }];
  const own = failing.length > inherited.length ? [onLine] : [];
  return [...own, ...inherited.filter(keeps).map((o) => ({ ...nameRange(o.section), related, moved: true }))];
}
