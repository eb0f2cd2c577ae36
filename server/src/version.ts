/**
 * What the bins say about themselves. The build (scripts/build.mjs) replaces `__VERSION__` with the version of the
 * root package.json; code compiled by tsc alone (the unit tests) reports a development version instead.
 */
import type { Locale } from './i18n/locale';

declare const __VERSION__: string | undefined;

export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** The repository, as in package.json's `repository.url` (a test checks that they agree). The one place the bins
 * write it: the rule docs online hang off it, one anchor per rule id. */
export const REPOSITORY_URL = 'https://example.invalid/pjsip-language-tools';
export const RULES_DOC_URL = `${REPOSITORY_URL}/blob/HEAD/docs/rules.md`;
/** The same page in Chinese, with the same anchors. */
export const RULES_DOC_URL_ZH = `${REPOSITORY_URL}/blob/HEAD/docs/zh-cn/rules.md`;

export function ruleHelpUri(id: string, locale: Locale = 'en'): string {
  return `${locale === 'zh-cn' ? RULES_DOC_URL_ZH : RULES_DOC_URL}#${id}`;
}
