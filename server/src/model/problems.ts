/**
 * What the model finds while it reads and builds a config set the way Asterisk does: each problem is a fact
 * ("Asterisk skips this line", "this object does not load, because ...") tied to a place in a file. The rules
 * layer turns problems into diagnostics (severity, suppression, user settings); the model knows no severity.
 */
import { renderMessage, renderPart, type MessageKeyOf, type MessageRef, type Part } from '../i18n/messages';
import type { RelatedInfo, RelatedInput } from './types';

/** The problems the model reports, by the id of the rule that reports them. */
export type ModelProblemCode =
  | 'syntax-unclosed-section'
  | 'syntax-missing-equals'
  | 'syntax-missing-name'
  | 'syntax-no-section'
  | 'syntax-invalid-escape'
  | 'section-trailing-text'
  | 'block-comment-unterminated'
  | 'block-comment-stray-end'
  | 'block-comment-nesting'
  | 'line-ending-cr'
  | 'line-too-long'
  | 'include-not-found'
  | 'include-cycle'
  | 'include-duplicate'
  | 'unknown-directive'
  | 'directive-missing-argument'
  | 'file-not-included'
  | 'exec-not-checked'
  | 'unresolved-template'
  | 'missing-type'
  | 'unknown-type'
  | 'duplicate-section'
  | 'duplicate-singleton'
  | 'unknown-option'
  | 'invalid-value'
  | 'duplicate-option'
  | 'deprecated-option'
  | 'deprecated-value'
  | 'missing-required-option'
  | 'invalid-combination'
  | 'transport-bind-conflict'
  | 'registration-without-transport'
  | 'wizard-missing-required'
  | 'wizard-ignored-option'
  | 'key-file-missing';

/**
 * Variants of a problem whose consequence differs from the rule's usual one (the rule table gives each its own
 * severity): `not-an-object` for a line in a template or wizard, where Asterisk drops no object; `harmless` for a
 * value Asterisk warns about but accepts; `empty` for a section without any line; `ignored` for a `global` or
 * `system` section whose settings Asterisk ignores because a later one is in effect.
 */
export interface ProblemVariants {
  'unknown-option': 'not-an-object';
  'invalid-value': 'not-an-object' | 'harmless';
  'missing-type': 'empty';
  'duplicate-singleton': 'ignored';
  'key-file-missing': 'not-an-object';
}

export interface Suggestions {
  /** Replacement candidates for the diagnostic's range (did-you-mean). */
  suggestions: string[];
  /** No Asterisk version set: the releases a suggestion needs when not every release has it (`20.12.0, ...`). */
  needs?: Record<string, Part>;
}

export interface AddOptions {
  /** Options to add to the section at the diagnostic (an option written there with an empty value is filled in). */
  addOptions: { name: string; value: string }[];
  /** Also replace a value the section already has for these options. */
  replace?: boolean;
}

/** Data for quick fixes, per rule id. A rule without an entry carries no data. */
export interface FixData {
  'unknown-option': Suggestions;
  'unknown-type': Suggestions;
  'invalid-value': Suggestions;
  'deprecated-option': Suggestions;
  'deprecated-value': Suggestions;
  'missing-type': { types: readonly string[] };
  'missing-required-option': AddOptions;
  'wizard-missing-required': AddOptions;
  'registration-without-transport': { protocol: string };
}

/**
 * One finding, for any table of codes (the model's, or every rule's), with their fix data and variants. `msg` is
 * the catalogue message (a key of the rule's own, so a rule cannot show a text that has no translation);
 * `message` is its English text, rendered from it by the sink.
 */
export type FindingOf<K extends string, D extends object = FixData, V extends object = ProblemVariants> = {
  [C in K]: {
    code: C;
    path: string;
    start: number;
    end: number;
    msg: MessageRef<MessageKeyOf<C>>;
    message: string;
    variant?: C extends keyof V ? V[C] : never;
    related?: RelatedInfo[];
    data?: C extends keyof D ? D[C] : never;
  };
}[K];

export type Problem = FindingOf<ModelProblemCode>;

interface AnyFinding {
  path: string;
  start: number;
  end: number;
  code: string;
  msg: MessageRef;
  message: string;
  related?: RelatedInfo[];
}

/** What a check hands the sink: the finding without its texts (the sink renders them from the catalogue). */
export type FindingInput<F> = F extends AnyFinding
  ? Omit<F, 'message' | 'related'> & { related?: RelatedInput[] }
  : never;

/** Collects findings, dropping exact repeats (a template line reached through many sections). */
export class FindingSink<F extends AnyFinding> {
  readonly list: F[] = [];
  /** The findings by start offset: repeats share a start, and few findings do, so no key string is built. */
  private readonly byStart = new Map<number, F | F[]>();

  add(input: FindingInput<F>): void {
    const f = rendered(input);
    const same = this.byStart.get(f.start);
    if (same === undefined) this.byStart.set(f.start, f);
    else if (Array.isArray(same)) {
      if (same.some((g) => repeats(f, g))) return;
      same.push(f);
    } else {
      if (repeats(f, same)) return;
      this.byStart.set(f.start, [same, f]);
    }
    this.list.push(f);
  }
}

/** The finding of a check's input, its English texts rendered (`FindingSink` and the rules' recorder share it). */
export function rendered<F extends AnyFinding>(input: FindingInput<F>): F {
  // rendered in place, not copied: a generated file can yield 100,000 findings, and V8 copies spreads slowly
  const f = input as unknown as F;
  f.message = renderMessage('en', f.msg);
  const related = (input as { related?: RelatedInput[] }).related;
  if (related)
    f.related = related.map((r) => ({
      path: r.path,
      start: r.start,
      end: r.end,
      msg: r.msg,
      message: renderPart('en', r.msg),
    }));
  return f;
}

function repeats(a: FindingKey, b: FindingKey): boolean {
  return a.end === b.end && a.code === b.code && a.path === b.path && a.message === b.message;
}

type FindingKey = { path: string; start: number; end: number; code: string; message: string };

export type ProblemSink = FindingSink<Problem>;

/**
 * A sink that keeps nothing: for what Asterisk never reads (the lines after a fatal one, the sections there), whose
 * problems it never reports either.
 */
export class MutedSink extends FindingSink<Problem> {
  override add(): void {
    /* Asterisk never reads these lines: nothing to say about them */
  }
}
