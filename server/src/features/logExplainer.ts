/** The shape of an explainer of one kind of Asterisk log line (features/explainLog.ts lists them). */
import type { Analysis } from '../analysis/analyze';
import type { Locale } from '../i18n/locale';

export interface Explanation {
  path: string;
  start: number;
  end: number;
  markdown: string;
  /** The rule the line corresponds to, when there is one. */
  rule?: string;
}

/** One kind of log line: how to read it, and how to answer it. */
export interface LogExplainer<P = unknown> {
  /** Reads a line without Asterisk's prefix (see `stripLogPrefix`); undefined when it is not of this kind. */
  read(text: string): P | undefined;
  /** The place in this config set the line is about and what happened there; undefined when nothing matches. */
  explain(a: Analysis, p: P, locale: Locale): Explanation | undefined;
  /** What the line means when no config set matches it (Markdown, without the "nothing matched" note). */
  general?(p: P, locale: Locale): string | undefined;
}

/** An explainer of any kind of line, for `LOG_EXPLAINERS` (explainLog.ts). */
export function logExplainer<P>(e: LogExplainer<P>): LogExplainer {
  return e;
}
