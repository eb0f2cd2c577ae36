/** Lookups of the translated option, value, type and fact texts; English (the caller's text) when missing. */
import { pickText, type Locale } from './locale';
import { zhOptionPurposes } from './zh-cn/options';
import { zhValueMeanings } from './zh-cn/enums';
import { zhTypeDocs } from './zh-cn/types';
import { zhFactNotes } from './zh-cn/facts';

export function purposeText(locale: Locale | undefined, type: string, option: string, en: string): string {
  return pickText(locale, en, zhOptionPurposes[`${type}.${option}`]);
}

/** `key` is the English table's key: `type.option=value`, `*.option=value` or `*algorithms=value`. */
export function meaningText(locale: Locale | undefined, key: string, en: string): string {
  return pickText(locale, en, zhValueMeanings[key]);
}

export function typeText(locale: Locale | undefined, type: string, en: string | undefined): string | undefined {
  return en === undefined ? undefined : pickText(locale, en, zhTypeDocs[type]);
}

export function factText(locale: Locale | undefined, en: string): string {
  return pickText(locale, en, zhFactNotes[en]);
}
