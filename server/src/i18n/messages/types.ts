/**
 * The shapes of the message catalogue. An entry is a function of a typed params object and a renderer for the
 * phrases (`Part`) it embeds; the zh-cn tables are declared `satisfies` the English ones, so each language has
 * exactly the same keys with the same parameters.
 */

/** A phrase of the catalogue with its params, rendered in the reader's language when the message is. */
export interface Part {
  readonly part: string;
  readonly params?: object;
}

/** What a param can embed: a phrase, or a name or value written as is. */
export type Embedded = Part | string | number | undefined;

/** Renders an embedded phrase in the entry's language ('' for nothing). */
export type Render = (x: Embedded) => string;

/** A catalogue entry (the params type is the entry's own). */
export type Entry<P> = (p: P, t: Render) => string;
