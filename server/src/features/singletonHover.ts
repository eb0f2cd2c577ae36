/**
 * The section hover's note on the `global` or `system` section in effect when a config has two of them (the last
 * one in load order wins, model/duplicates.ts). The other one's hover already says why it does not count.
 */
import type { Analysis } from '../analysis/analyze';
import type { Locale } from '../i18n/locale';
import { singletonHoverText } from '../i18n/ui/singletonHoverTexts';
import { basename } from '../model/paths';
import type { Section } from '../model/types';

const IGNORED = 'failure/singleton-ignored';

export function singletonInEffect(a: Analysis, cat: Section, locale?: Locale): string | undefined {
  const type = cat.type;
  if ((type !== 'global' && type !== 'system') || cat.isTemplate) return undefined;
  const all = [...(a.index.get(type)?.values() ?? [])]
    .flat()
    .filter((o) => !o.wizardPrefix && o.section.config === cat.config && !o.section.dead);
  const self = all.find((o) => o.section === cat);
  const ignored = all.filter((o) => o.failureReason && 'part' in o.failureReason && o.failureReason.part === IGNORED);
  if (!self?.loads || !ignored.length) return undefined;
  const others = ignored
    .map((o) => singletonHoverText(locale, 'other', { name: o.section.name, line: o.section.line + 1 }))
    .join(', ');
  return singletonHoverText(locale, 'inEffect', {
    count: all.length,
    type,
    file: basename(cat.config.root.path),
    others,
  });
}
