/**
 * Quick fixes, chosen by the diagnostic's rule id from a table (`quickFixes.ts`). Each fix edits only what the
 * diagnostic is about, so the config re-checks cleanly for that rule afterwards; every diagnostic can also be
 * silenced for its line.
 */
import { lineBreakOf, lineIndexAt, lineText } from '../syntax';
import type { Analysis } from '../analysis/analyze';
import type { SourceFile } from '../model/types';
import type { Diagnostic } from '../rules/diagnostic';
import { detectStyle } from './format';
import { fixesFor } from './quickFixes';
import type { Locale } from '../i18n/locale';
import { quickFixTitle } from '../i18n/ui/quickFixTitles';
import type { CodeActionResult, TextEditSpan } from './types';

export interface CodeActionOptions {
  style?: 'spaced' | 'compact' | 'auto';
  /** The language of the titles (English when not given). */
  locale?: Locale;
}

export function codeActions(
  a: Analysis,
  file: SourceFile,
  diagnostics: readonly Diagnostic[],
  opts: CodeActionOptions = {},
): CodeActionResult[] {
  const out: CodeActionResult[] = [];
  const eq =
    opts.style === 'spaced' || ((!opts.style || opts.style === 'auto') && detectStyle(file) === 'spaced') ? ' = ' : '=';
  for (const d of diagnostics) {
    if (d.path !== file.path) continue;
    const fixes = fixesFor(a, file, d, eq, opts.locale);
    fixes.forEach((f, i) =>
      out.push({ ...f, code: d.code, kind: 'quickfix', isPreferred: i === 0 && f.isPreferred !== false }),
    );
    out.push({
      title: quickFixTitle(opts.locale, 'disableRule', { rule: d.code }),
      code: d.code,
      kind: 'quickfix',
      isPreferred: false,
      edits: [disableLine(file, d)],
    });
  }
  return out;
}

/** `; pjsip-disable-next-line rule` above the diagnostic's line, indented like it. */
function disableLine(file: SourceFile, d: Diagnostic): TextEditSpan {
  const line = lineIndexAt(file.tree.lineStarts, d.start);
  const start = file.tree.lineStarts[line];
  const indent = /^[ \t]*/.exec(lineText(file.tree, line))![0];
  return {
    path: file.path,
    start,
    end: start,
    newText: `${indent}; pjsip-disable-next-line ${d.code}${lineBreakOf(file.tree, line)}`,
  };
}
