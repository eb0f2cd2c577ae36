/**
 * The languages the user-facing text ships in, and how one is chosen. Pure: the shell passes what it knows
 * (the client's `initialize` locale, the `pjsip.language` setting, the CLI's `--lang` or `LANG`).
 */
export type Locale = 'en' | 'zh-cn';
export const locales: readonly Locale[] = ['en', 'zh-cn'];

/** Traditional-script Chinese locales: these keep English until a zh-tw text exists. */
const TRADITIONAL = /^zh[-_](tw|hk|mo|hant)\b/;

/**
 * A locale tag (`zh-CN`, `zh_CN.UTF-8`, `zh-Hans-SG`, `en-US`, `C`) to the locale we ship: any Chinese tag except
 * the traditional ones gives zh-cn, everything else (and nothing) gives en.
 */
export function localeFrom(tag: string | undefined | null): Locale {
  const t = (tag ?? '').trim().toLowerCase();
  if (!/^zh([-_.@]|$)/.test(t)) return 'en';
  return TRADITIONAL.test(t) ? 'en' : 'zh-cn';
}

/** The `pjsip.language` setting (`auto`, `en`, `zh-cn`) over the client's locale. */
export type LanguageSetting = 'auto' | Locale;

export function isLanguageSetting(v: unknown): v is LanguageSetting {
  return v === 'auto' || v === 'en' || v === 'zh-cn';
}

export function chooseLocale(setting: unknown, clientLocale: string | undefined): Locale {
  return isLanguageSetting(setting) && setting !== 'auto' ? setting : localeFrom(clientLocale);
}

/** The text for a locale, English when the Chinese one is missing. */
export function pickText(locale: Locale | undefined, en: string, zh: string | undefined): string {
  return locale === 'zh-cn' && zh ? zh : en;
}
