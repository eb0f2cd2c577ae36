/** Shapes of the generated version data (see scripts/generate-versions.mjs). Plain data, no behaviour. */

/** Release branches the data covers, oldest first. */
export type Branch = '16' | '18' | '20' | '21' | '22' | '23';
/** A branch, or master (its development head). */
export type Line = Branch | 'master';

/** Per line, the first release that has something (`master` for master); a line left out never has it. */
export type Since = Partial<Record<Line, string>>;
/** Per branch, the release from which something is gone again. */
export type Removed = Partial<Record<Branch, string>>;

export interface OptionVersionData {
  /** Left out: every release of every branch has the option. */
  since?: Since;
  removed?: Removed;
  enumsSince?: Record<string, Since>;
  enumsRemoved?: Record<string, Removed>;
  /** The built-in default over time; each entry holds from the releases listed (null: no default). */
  defaults?: { value: string | null; from: Since }[];
  /** The value parser over time (`OPT_BOOL_T`, `OPT_CUSTOM_T`, ...). */
  parsers?: { value: string; from: Since }[];
}

export interface VersionData {
  source: { repo: string; master: string };
  branches: Record<Branch, { first: string; last: string; tags: number }>;
  types: Record<string, Since>;
  codecs: Record<string, Since>;
  options: Record<string, Record<string, OptionVersionData>>;
}
