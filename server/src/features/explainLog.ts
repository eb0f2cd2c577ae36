/**
 * From an Asterisk log line to the config: a pasted line (with or without Asterisk's timestamp, level and source
 * file) is read by the first explainer of `LOG_EXPLAINERS` that knows its kind, and answered with the place in the
 * config it is about and what happened there. A line that names a file and line goes to that line. When nothing in
 * the config matches, an explainer may still say what the line means in general (what a 403 is, what Asterisk does
 * next, what to check), and says that nothing matched.
 *
 * More kinds of lines plug in as one more `LogExplainer` in `LOG_EXPLAINERS` (in a file of their own: see
 * explainLoad.ts, explainRegistration.ts and explainInbound.ts for the shape).
 */
import type { Analysis } from '../analysis/analyze';
import type { Locale } from '../i18n/locale';
import { explainText } from '../i18n/ui/explainTexts';
import { inboundExplainer } from './explainInbound';
import { loadExplainers } from './explainLoad';
import { registrationExplainer } from './explainRegistration';
import type { Explanation, LogExplainer } from './logExplainer';

export type { Explanation, LogExplainer } from './logExplainer';
export { logExplainer } from './logExplainer';

/** Every kind of line we explain, tried in order: add new explainers here. */
export const LOG_EXPLAINERS: readonly LogExplainer[] = [registrationExplainer, ...loadExplainers, inboundExplainer];

/** `[Dec  2 01:19:18.675] WARNING[1234][C-0001] res_pjsip_outbound_registration.c:1234 handle_x: ` and the like. */
export function stripLogPrefix(line: string): string {
  return line
    .trim()
    .replace(/^\[[^\]]*\]\s*/, '')
    .replace(/^(ERROR|WARNING|NOTICE|VERBOSE|DEBUG|SECURITY)\[[^\]]*\](\[[^\]]*\])*:?\s*/i, '')
    .replace(/^[\w.-]+\.c(:\d+)?(\s+\w+)?:\s*/, '')
    .replace(/^(--|==|>)\s*/, '')
    .trim();
}

/** The explainer that knows the line, with what it read. */
function readLine(line: string): { e: LogExplainer; p: unknown } | undefined {
  const text = stripLogPrefix(line);
  for (const e of LOG_EXPLAINERS) {
    const p = e.read(text);
    if (p !== undefined) return { e, p };
  }
  return undefined;
}

/** Whether some explainer knows this kind of line. */
export function knowsLogLine(line: string): boolean {
  return readLine(line) !== undefined;
}

/** Explain one pasted log line against a config set, or undefined when the line is not one we know or matches nothing. */
export function explainLogLine(a: Analysis, line: string, locale: Locale = 'en'): Explanation | undefined {
  const r = readLine(line);
  return r?.e.explain(a, r.p, locale);
}

/**
 * For a line no config set matches: what it means in general, led by a note that nothing in the config matched;
 * undefined when the line is not one we know or its kind has nothing general to say.
 */
export function explainInGeneral(line: string, locale: Locale = 'en'): string | undefined {
  const r = readLine(line);
  const general = r?.e.general?.(r.p, locale);
  return general && `${explainText(locale, 'nothingMatched')}\n\n${general}`;
}
