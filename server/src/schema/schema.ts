/**
 * Read-only knowledge about PJSIP object types and options, built once from the generated data.
 * Lookups follow Asterisk: option names match case-insensitively, `type` values exactly.
 */
import { data } from './data.generated';
import type { OptionData, TypeData, WizardPrefixData } from './types';

export type { OptionData, TypeData, WizardPrefixData, ValueKind } from './types';

export interface OptionInfo extends OptionData {
  /** The type this option belongs to (`endpoint`, `wizard`, ...). */
  type: string;
  /** Target type when the option names another object (`endpoint.aors` -> `aor`). */
  target?: string;
  /**
   * Set on the option as an older release has it (see versioned.ts): that release registered it with another
   * parser, so master's handler checks and notes do not apply.
   */
  olderRegistration?: boolean;
  /** Set where an old name is still the current one (versioned.ts): the option whose purpose it has. */
  purposeOf?: string;
}

export interface TypeInfo extends Omit<TypeData, 'options'> {
  options: OptionInfo[];
  /** Options by lower-cased name (only plain names, not patterns). */
  byName: Map<string, OptionInfo>;
  /** Pattern options (`event_*`, phoneprov's catch-all) with their matcher. */
  patterns: { re: RegExp; option: OptionInfo }[];
}

const types = new Map<string, TypeInfo>();
for (const [name, t] of Object.entries(data.types)) {
  const info: TypeInfo = { ...t, options: [], byName: new Map(), patterns: [] };
  for (const o of t.options) {
    const opt: OptionInfo = { ...o, type: name };
    info.options.push(opt);
    if (o.wildcard) {
      if (o.matchedByRegex) info.patterns.push({ re: new RegExp(o.matchedByRegex, 'i'), option: opt });
    } else info.byName.set(o.name.toLowerCase(), opt);
  }
  types.set(name, info);
}
for (const r of data.references) {
  const [t, o] = r.from.split('.');
  const opt =
    types.get(t)?.byName.get(o.toLowerCase()) ?? types.get(t)?.patterns.find((p) => p.option.name === o)?.option;
  if (opt && opt.refersTo?.includes(r.to)) opt.target = r.to;
}
for (const t of types.values())
  for (const o of t.options) if (!o.target && o.refersTo?.length === 1) o.target = o.refersTo[0];

/** All known types, including the wizard and the astdb-only ones (contact, subscription_persistence). */
export function allTypes(): TypeInfo[] {
  return [...types.values()];
}

export function getType(name: string): TypeInfo | undefined {
  return types.get(name);
}

const configurable: readonly TypeInfo[] = Object.freeze(
  allTypes().filter((t) => t.configurable && t.name !== 'wizard'),
);
const configurableNames: readonly string[] = Object.freeze(configurable.map((t) => t.name));

/** Types an admin can define with `type=` in pjsip.conf (one shared, frozen list). */
export function configurableTypes(): readonly TypeInfo[] {
  return configurable;
}

/** The names of `configurableTypes()` (one shared, frozen list). */
export function configurableTypeNames(): readonly string[] {
  return configurableNames;
}

/**
 * The option `name` of `type`, matched like Asterisk does: case-insensitively, then by pattern
 * (`event_*` on inbound-publication, any name on phoneprov). Extended `@name` fields are not options; see
 * `isExtendedField`.
 */
export function findOption(type: string, name: string): OptionInfo | undefined {
  const t = types.get(type);
  if (!t) return undefined;
  const exact = t.byName.get(name) ?? t.byName.get(name.toLowerCase());
  if (exact) return exact;
  for (const p of t.patterns) if (p.re.test(name)) return p.option;
  return undefined;
}

/** `@name=value` extended fields are accepted on every sorcery type. */
export function isExtendedField(name: string): boolean {
  return name.charCodeAt(0) === 64; // '@'
}

/** Every type (other than the wizard) that has an option of this name, for "belongs to another type" messages. */
export function typesWithOption(name: string): string[] {
  const lower = name.toLowerCase();
  const out: string[] = [];
  for (const t of types.values()) if (t.configurable && t.name !== 'wizard' && t.byName.has(lower)) out.push(t.name);
  return out;
}

const trueWords = new Set(data.booleans.true);
const falseWords = new Set(data.booleans.false);

/** Asterisk's ast_true/ast_false: case-insensitive; anything else is neither. */
export function booleanValue(value: string): boolean | undefined {
  const v = value.toLowerCase();
  if (trueWords.has(v)) return true;
  if (falseWords.has(v)) return false;
  return undefined;
}

export const booleanWords = { true: data.booleans.true, false: data.booleans.false };

const codecNames = new Map(data.codecs.map((c) => [c.name.toLowerCase(), c] as const));

export function codecs(): readonly { name: string; media: string; sampleRate?: number }[] {
  return data.codecs;
}

export function findCodec(name: string) {
  return codecNames.get(name.toLowerCase());
}

export function wizardPrefixes(): readonly WizardPrefixData[] {
  return data.wizard.prefixes;
}

/** Split a wizard key into its prefix (matched case-sensitively, as Asterisk does) and the option name. */
export function splitWizardKey(key: string): { prefix: WizardPrefixData; option: string } | undefined {
  for (const p of data.wizard.prefixes)
    if (key.startsWith(p.prefix)) return { prefix: p, option: key.slice(p.prefix.length) };
  return undefined;
}

/** Display form of a type name with its article, for messages: "an endpoint", "a transport". */
export function aType(type: string): string {
  return (/^[aeiou]/.test(type) ? 'an ' : 'a ') + type;
}

/** Best matches for `word` among `candidates` by edit distance (for did-you-mean), at most `max`. */
export function suggest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const w = word.toLowerCase();
  const scored: { c: string; d: number }[] = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const limit = Math.max(2, Math.floor(Math.max(w.length, c.length) / 3));
    const contains = (w.length >= 4 && lc.includes(w)) || (c.length >= 4 && w.includes(lc));
    if (Math.abs(w.length - c.length) > limit && !contains) continue; // cannot be close enough
    const d = editDistance(w, lc, contains ? Infinity : limit);
    if (d <= limit || contains) scored.push({ c, d });
  }
  scored.sort((a, b) => a.d - b.d || a.c.localeCompare(b.c));
  const out: string[] = [];
  for (const s of scored)
    if (!out.includes(s.c)) {
      out.push(s.c);
      if (out.length >= max) break;
    }
  return out;
}

let rowA = new Int32Array(64),
  rowB = new Int32Array(64),
  rowC = new Int32Array(64);

/**
 * Damerau-Levenshtein distance (optimal string alignment). With `limit`, stops early and returns `limit + 1`
 * as soon as the distance is known to exceed it.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const m = a.length,
    n = b.length;
  if (!m) return n;
  if (!n) return m;
  if (Math.abs(m - n) > limit) return limit + 1;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
    rowC = new Int32Array(n + 1);
  }
  let prev2 = rowA,
    prev = rowB,
    cur = rowC;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}
