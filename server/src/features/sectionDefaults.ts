/** The defaults that matter for a section's type which neither it nor its templates set (section hover). */
import { DEFAULTS_THAT_MATTER, sectionHoverLabels } from '../i18n/sectionHover';
import { pickText, type Locale } from '../i18n/locale';
import { lastVar } from '../model/variables';
import type { Section } from '../model/types';
import { findOptionAt } from '../schema/versioned';
import type { AsteriskTarget } from '../schema/versions';

export function defaultsNotSet(
  cat: Section,
  type: string | undefined,
  target: AsteriskTarget,
  locale?: Locale,
): string {
  const rows = type && cat.config.kind !== 'wizard' ? DEFAULTS_THAT_MATTER[type] : undefined;
  if (!rows) return '';
  const L = sectionHoverLabels(locale);
  const zh = locale === 'zh-cn';
  const items: string[] = [];
  for (const r of rows) {
    if (lastVar(cat.vars, r.option) || (r.unlessSet && lastVar(cat.vars, r.unlessSet))) continue;
    const value = findOptionAt(target, type!, r.option)?.default;
    if (value === undefined) continue;
    const meaning = !value ? L.none : r.for === undefined || r.for === value ? pickText(locale, r.en, r.zh) : '';
    items.push(`\`${r.option}=${value}\`${!meaning ? '' : zh ? `（${meaning}）` : ` (${meaning})`}`);
  }
  return items.length ? `${L.defaults}${L.after}${items.join(zh ? '，' : ', ')}` : '';
}
