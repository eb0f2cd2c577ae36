/**
 * Dialplan contexts in endpoint options (`context`, `subscribe_context`, `message_context`, and the wizard's
 * `endpoint/...` forms): completion from the contexts extensions.conf defines, a hover with the context's first
 * lines and where it is, and go to definition. Nothing here without an extensions.conf.
 */
import type { Analysis } from '../analysis/analyze';
import type { Locale } from '../i18n/locale';
import { navigationText as tr } from '../i18n/ui/navigationTexts';
import type { ForeignSection } from '../model/foreignConfigs';
import { relativeTo } from '../model/paths';
import { CONTEXT_OPTIONS } from '../rules/contexts';
import { firstLinesBlock, sectionPlace, sectionTarget } from './foreignSection';
import type { Cursor } from './cursor';
import type { Completion, DefinitionTarget, HoverResult } from './types';

type ValueSlot = Extract<Cursor['slot'], { kind: 'value' }>;

/** The value slot under the cursor when it holds a context and the folder has a dialplan. */
function contextSlot(a: Analysis, slot: Cursor['slot']): ValueSlot | undefined {
  if (slot.kind !== 'value' || !a.dialplan || slot.type !== 'endpoint' || !slot.option) return undefined;
  return Object.hasOwn(CONTEXT_OPTIONS, slot.option.name) ? slot : undefined;
}

/** The first lines of a context as a code block. */
function preview(s: ForeignSection, locale?: Locale): string {
  return firstLinesBlock(s, tr(locale, 'contextEmpty'));
}

/** Contexts to offer as the value of a context option, or undefined when the cursor is elsewhere. */
export function contextCompletions(a: Analysis, slot: Cursor['slot'], locale?: Locale): Completion[] | undefined {
  const v = contextSlot(a, slot);
  if (!v) return undefined;
  const out: Completion[] = [];
  for (const [name, defs] of a.dialplan!.contexts) {
    out.push({
      label: name,
      kind: 'value',
      detail: tr(locale, 'contextDetail', { where: sectionPlace(a, defs[0]) }),
      documentation: preview(defs[0], locale),
      start: v.valueStart,
      end: Math.max(v.valueEnd, v.itemEnd),
    });
  }
  return out;
}

/** The named context: where it is and how it starts; or that the dialplan lacks it. */
export function contextHover(a: Analysis, c: Cursor, locale?: Locale): HoverResult | undefined {
  const v = contextSlot(a, c.slot);
  const name = v && c.file.text.slice(v.valueStart, v.valueEnd).trim();
  if (!v || !name) return undefined;
  const defs = a.dialplan!.contexts.get(name);
  const range = { start: v.valueStart, end: v.valueEnd };
  if (!defs)
    return {
      markdown: tr(locale, 'contextMissing', { file: relativeTo(a.options.configDir, a.dialplan!.config.root), name }),
      ...range,
    };
  const places = defs
    .slice(1)
    .map((d) => sectionPlace(a, d))
    .join(locale === 'zh-cn' ? '、' : ', ');
  const also = defs.length > 1 ? `\n\n${tr(locale, 'contextAlso', { places })}` : '';
  const title = tr(locale, 'contextHover', { name, where: sectionPlace(a, defs[0]) });
  return { markdown: `${title}\n\n${preview(defs[0], locale)}${also}`, ...range };
}

/** Every place the named context is written. */
export function contextDefinition(a: Analysis, c: Cursor): DefinitionTarget[] | undefined {
  const v = contextSlot(a, c.slot);
  if (!v) return undefined;
  const name = c.file.text.slice(v.valueStart, v.valueEnd).trim();
  return (a.dialplan!.contexts.get(name) ?? []).map((s) => sectionTarget(s, { start: v.valueStart, end: v.valueEnd }));
}
