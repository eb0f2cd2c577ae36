/**
 * The message catalogue: every text a finding shows, keyed `<rule-id>` (a rule with one text) or
 * `<rule-id>/<variant>` (a rule with several), and the phrases they embed (`<area>/<name>`). A finding carries a
 * `MessageRef` (key + typed params), built by `msg`; its English text and every other language are rendered
 * from the same reference, so no finding text exists without its translation.
 */
import type { Locale } from '../locale';
import { enLoadMessages } from './en/load';
import { enObjectMessages } from './en/objects';
import { enParts } from './en/parts';
import { enRuleMessages } from './en/rules';
import { enSecurityMessages, enSecurityParts } from './en/security';
import { enValueParts } from './en/values';
import type { Embedded, Part, Render } from './types';
import { zhLoadMessages } from './zh-cn/load';
import { zhObjectMessages } from './zh-cn/objects';
import { zhParts } from './zh-cn/parts';
import { zhRuleMessages } from './zh-cn/rules';
import { zhSecurityMessages, zhSecurityParts } from './zh-cn/security';
import { zhValueParts } from './zh-cn/values';

export type { Part, Render, Embedded } from './types';

export const enMessages = { ...enLoadMessages, ...enObjectMessages, ...enRuleMessages, ...enSecurityMessages };
export const enPhrases = { ...enParts, ...enValueParts, ...enSecurityParts };

export type MessageKey = keyof typeof enMessages;
export type PartKey = keyof typeof enPhrases;

type AnyEntry = (p: never, t: Render) => string;
type ParamsOf<E extends AnyEntry> = Parameters<E>[0];
/** The params argument: none for an entry without params. */
type ParamsArg<E extends AnyEntry> = ParamsOf<E> extends undefined ? [] : [ParamsOf<E>];

/** A message of the catalogue with its params. */
export type MessageRef<K extends MessageKey = MessageKey> = {
  [X in K]: ParamsOf<(typeof enMessages)[X]> extends undefined
    ? { readonly key: X; readonly params?: undefined }
    : { readonly key: X; readonly params: ParamsOf<(typeof enMessages)[X]> };
}[K];

/** The catalogue keys a rule may use: its id, or its id and a variant. */
export type MessageKeyOf<C extends string> = Extract<MessageKey, C | `${C}/${string}`>;

export function msg<K extends MessageKey>(key: K, ...params: ParamsArg<(typeof enMessages)[K]>): MessageRef<K> {
  return (params.length ? { key, params: params[0] } : { key }) as MessageRef<K>;
}

export function part<K extends PartKey>(key: K, ...params: ParamsArg<(typeof enPhrases)[K]>): Part {
  return params.length ? { part: key, params: params[0] } : { part: key };
}

/** Both tables of a language, as the renderer reads them. */
interface Tables {
  messages: Record<string, (p: unknown, t: Render) => string>;
  phrases: Record<string, (p: unknown, t: Render) => string>;
}

const TABLES: Record<Locale, Tables> = {
  en: { messages: enMessages as never, phrases: enPhrases as never },
  'zh-cn': {
    messages: { ...zhLoadMessages, ...zhObjectMessages, ...zhRuleMessages, ...zhSecurityMessages } as never,
    phrases: { ...zhParts, ...zhValueParts, ...zhSecurityParts } as never,
  },
};

/** The tables of a language (for the tests that compare them). */
export function catalogue(locale: Locale): Tables {
  return TABLES[locale];
}

function renderer(tables: Tables): Render {
  const t: Render = (x: Embedded) => {
    if (x === undefined) return '';
    if (typeof x !== 'object') return String(x);
    return tables.phrases[x.part](x.params, t);
  };
  return t;
}

const RENDER: Record<Locale, Render> = { en: renderer(TABLES.en), 'zh-cn': renderer(TABLES['zh-cn']) };

/** The text of a message in a language. */
export function renderMessage(locale: Locale, ref: { key: string; params?: unknown }): string {
  return TABLES[locale].messages[ref.key](ref.params, RENDER[locale]);
}

/** The text of a phrase in a language. */
export function renderPart(locale: Locale, p: Part): string {
  return RENDER[locale](p);
}

/**
 * Why an object does not load (`PjsipObject.failure`): a `failure/...` phrase, or the whole message of the finding
 * that drops it.
 */
export type Failure = Part | MessageRef;

/** The text of a failure in a language. */
export function renderFailure(locale: Locale, f: Failure): string {
  return 'part' in f ? renderPart(locale, f) : renderMessage(locale, f);
}
