/**
 * Typed text catalogues: an English table and a Chinese one with the same keys, where every `{name}` placeholder
 * of one text is in the other (checked by the compiler: see `PlaceholderMismatch`). Pure, no imports but the locale.
 */
import type { Locale } from '../locale';

/** The `{name}` placeholders of a template, as a union of names. */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The keys whose English and Chinese texts do not have the same placeholders (never, when all agree). */
export type PlaceholderMismatch<En, Zh> = {
  [K in keyof En & keyof Zh]: Same<Placeholders<En[K]>, Placeholders<Zh[K]>> extends true ? never : K;
}[keyof En & keyof Zh];

/** What a text needs filled in: nothing, or one value per placeholder. */
export type ParamsOf<S> = [Placeholders<S>] extends [never] ? [] : [Record<Placeholders<S>, string | number>];

/** `{name}` replaced by its value; a placeholder without one stays as written. */
export function fill(template: string, params: Record<string, string | number> | undefined): string {
  return params ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : template;
}

/** A renderer for one catalogue pair: `t(locale, key, params)`. */
export function renderer<En extends Record<string, string>>(en: En, zh: { readonly [K in keyof En]: string }) {
  return <K extends keyof En & string>(locale: Locale | undefined, key: K, ...params: ParamsOf<En[K]>): string =>
    fill(locale === 'zh-cn' ? zh[key] : en[key], params[0]);
}
