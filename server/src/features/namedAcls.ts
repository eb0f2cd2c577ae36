/**
 * Named ACLs in `acl=` and `contact_acl=` (of an endpoint, or of a `type=acl` section of pjsip.conf): completion
 * from the sections of acl.conf, a hover with the ACL's rules and where it is, and go to definition. Nothing here
 * without an acl.conf; the rule `unknown-acl` says what a missing one does.
 */
import type { Analysis } from '../analysis/analyze';
import type { Locale } from '../i18n/locale';
import { navigationText as tr } from '../i18n/ui/navigationTexts';
import type { ForeignSection } from '../model/foreignConfigs';
import { relativeTo } from '../model/paths';
import { firstLinesBlock, sectionPlace, sectionTarget } from './foreignSection';
import type { Cursor } from './cursor';
import type { Completion, DefinitionTarget, HoverResult } from './types';

type ValueSlot = Extract<Cursor['slot'], { kind: 'value' }>;

/** The value slot under the cursor when its option names acl.conf sections. */
function aclSlot(slot: Cursor['slot']): ValueSlot | undefined {
  if (slot.kind !== 'value' || !slot.option?.external?.includes('acl.conf:section')) return undefined;
  return slot;
}

/** The rules of an ACL (its first lines) as a code block. */
function rules(s: ForeignSection, locale?: Locale): string {
  return firstLinesBlock(s, tr(locale, 'aclEmpty'));
}

/** The item under the cursor (one name of the comma-separated list), trimmed. */
function itemAt(c: Cursor, v: ValueSlot): { name: string; start: number; end: number } {
  const raw = c.file.text.slice(v.itemStart, v.itemEnd);
  const lead = raw.length - raw.trimStart().length;
  const name = raw.trim();
  return { name, start: v.itemStart + lead, end: v.itemStart + lead + name.length };
}

/** The ACLs of acl.conf to offer in the list item being typed, or undefined when the cursor is elsewhere. */
export function aclCompletions(a: Analysis, slot: Cursor['slot'], locale?: Locale): Completion[] | undefined {
  const v = aclSlot(slot);
  if (!v || !a.acls) return undefined;
  return [...a.acls.sections].map(([name, defs]) => ({
    label: name,
    kind: 'section' as const,
    detail: tr(locale, 'aclDetail', { where: sectionPlace(a, defs[0]) }),
    documentation: rules(defs[0], locale),
    start: v.itemStart,
    end: v.itemEnd,
  }));
}

/** The named ACL: its rules and where it is; or that acl.conf lacks it (or that there is no acl.conf). */
export function aclHover(a: Analysis, c: Cursor, locale?: Locale): HoverResult | undefined {
  const v = aclSlot(c.slot);
  if (!v) return undefined;
  const it = itemAt(c, v);
  if (!it.name) return undefined;
  const range = { start: it.start, end: it.end };
  const file = relativeTo(a.options.configDir, a.acls?.root ?? `${a.options.configDir}/acl.conf`);
  const defs = a.acls?.sections.get(it.name);
  if (!defs) return { markdown: tr(locale, a.acls ? 'aclMissing' : 'aclNoFile', { name: it.name, file }), ...range };
  const title = tr(locale, 'aclHover', { name: it.name, where: sectionPlace(a, defs[0]) });
  return { markdown: `${title}\n\n${rules(defs[0], locale)}`, ...range };
}

/** Where the named ACL is written. */
export function aclDefinition(a: Analysis, c: Cursor): DefinitionTarget[] | undefined {
  const v = aclSlot(c.slot);
  if (!v) return undefined;
  const it = itemAt(c, v);
  return (a.acls?.sections.get(it.name) ?? []).map((s) => sectionTarget(s, it));
}
