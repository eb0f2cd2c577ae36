/**
 * The rule documentation in the session's language: the rule table (rules/registry.ts) with its texts replaced by
 * the Chinese ones of i18n/rules/zh-cn.ts. The checks below make that table complete at compile time: one entry per
 * rule id and no other, with a text for each variant the rules report (test/i18nUi.test.ts compares the rest,
 * `where` and the variants, with the English table at run time).
 */
import type { Locale } from '../i18n/locale';
import { zhRuleDocs, type ZhRuleDoc } from '../i18n/rules/zh-cn';
import { allRules, type RuleId, type RuleInfo } from '../rules/registry';
import type { RuleVariants } from '../rules/diagnostic';

type Zh = typeof zhRuleDocs;
type VariantsOf<T> = T extends { variants: infer V } ? keyof V : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type Missing = Exclude<RuleId, keyof Zh>;
type Extra = Exclude<keyof Zh, RuleId>;
type ZhOf<K> = K extends keyof Zh ? Zh[K] : never;
type ReportedVariants<K> = K extends keyof RuleVariants ? RuleVariants[K] : never;
/** Rules whose Chinese variants are not the ones the rules report (RuleVariants). */
type WrongVariants = {
  [K in RuleId]: Same<ReportedVariants<K>, VariantsOf<ZhOf<K>>> extends true ? never : K;
}[RuleId];

/** Compiles only while every rule has its Chinese entry with the English one's fields and variants. */
export const everyRuleHasChineseDocs: [Missing, Extra, WrongVariants] extends [never, never, never] ? true : never =
  true;

function translated(r: RuleInfo): RuleInfo {
  const zh: ZhRuleDoc = zhRuleDocs[r.id as RuleId];
  const variants = r.variants
    ? Object.fromEntries(Object.entries(r.variants).map(([k, v]) => [k, { ...v, when: zh.variants?.[k] ?? v.when }]))
    : undefined;
  return { ...r, summary: zh.summary, asterisk: zh.asterisk, fix: zh.fix, where: zh.where ?? r.where, variants };
}

/** Every rule, documented in `locale`. */
export function localizedRules(locale: Locale | undefined): readonly RuleInfo[] {
  const rules = allRules();
  return locale === 'zh-cn' ? rules.map(translated) : rules;
}
