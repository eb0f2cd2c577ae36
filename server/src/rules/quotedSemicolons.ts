/**
 * A `;` inside a quoted value: Asterisk's config reader does not know quotes, so the `;` starts a comment and the
 * value ends there (measured on 20.7.0 and master: `callerid="Lobby; front desk" <1012>` loads as `"Lobby`, with
 * nothing logged; test/oracle-firstHour.test.ts). Reported when the value keeps an open quote and the comment
 * holds its closing one.
 */
import { msg } from '../i18n/messages';
import type { Model } from '../model/model';
import type { Line } from '../syntax';
import type { RuleSink } from './diagnostic';
import type { ReadingSetCheck } from './recheck';

/** An odd number of `"`: a quote the value opens and never closes. */
function opensQuote(value: string): boolean {
  let n = 0;
  for (let i = value.indexOf('"'); i >= 0; i = value.indexOf('"', i + 1)) n++;
  return n % 2 === 1;
}

/** A line that may hold the finding: a comment, and a value that opens a quote (most lines have neither). */
function mayHold(l: Line): boolean {
  const as = l.assignment;
  return l.comments.length > 0 && !!as && as.value.indexOf('"') >= 0 && opensQuote(as.value);
}

/**
 * Reads each line on its own: after an in-place edit it runs again only when a line the edit wrote may hold a
 * finding, or the edit touched one (recheck.ts); otherwise its findings move with the file.
 */
export const quotedSemicolons: ReadingSetCheck = {
  check: checkQuotedSemicolons,
  reads: {},
  readsLines: (file, first, end) => {
    const lines = file.tree.lines;
    for (let i = first; i < end && i < lines.length; i++) if (mayHold(lines[i])) return true;
    return false;
  },
};

function checkQuotedSemicolons(model: Model, sink: RuleSink): void {
  for (const file of model.files.values()) {
    const { lines, lineStarts } = file.tree;
    const text = file.text;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      const as = l.assignment;
      if (!as || !mayHold(l)) continue;
      const c = l.comments.find((x) => !x.block && x.start >= as.valueEnd);
      if (!c) continue;
      const base = lineStarts[i];
      if (text[base + c.start] !== ';' || !text.slice(base + c.start, base + c.end).includes('"')) continue;
      sink.add({
        path: file.path,
        start: base + c.start,
        end: base + c.end,
        code: 'semicolon-in-quotes',
        msg: msg('semicolon-in-quotes', { option: as.key, kept: as.value }),
      });
    }
  }
}
