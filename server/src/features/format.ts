/**
 * Formatting: `key = value` or `key=value` spacing, no indentation before keys and headers, no trailing
 * blanks, one blank line between sections. Values and comments are never changed; lines with block comments
 * or escapes are left alone. Formatting twice changes nothing.
 */
import type { SourceFile } from '../model/types';
import { lineBreakOf, lineContentEnd } from '../syntax';
import type { TextEditSpan } from './types';

export type FormatStyle = 'spaced' | 'compact' | 'auto';

export interface FormatOptions {
  style?: FormatStyle;
  /** Keep exactly one blank line before each section header (default true). */
  blankLineBetweenSections?: boolean;
  /** Only lines in [startLine, endLine] (range formatting). */
  startLine?: number;
  endLine?: number;
}

/** The file's own style: spaced when most assignments have spaces around the operator. */
export function detectStyle(file: SourceFile): 'spaced' | 'compact' {
  let spaced = 0,
    compact = 0;
  const { lines, lineStarts } = file.tree;
  for (let i = 0; i < lines.length && spaced + compact < 2000; i++) {
    const a = lines[i].assignment;
    if (!a || a.key === '') continue;
    const before = file.text.charCodeAt(lineStarts[i] + a.opStart - 1);
    if (before === 32 || before === 9) spaced++;
    else compact++;
  }
  return spaced > compact ? 'spaced' : 'compact';
}

/** Records an edit unless it would change more than whitespace (an escape like `\;` before a key is not
 * indentation) or join a lone `\r` and a `\n` into one line end. */
function whitespaceEditor(
  file: SourceFile,
  edits: TextEditSpan[],
): (start: number, end: number, newText: string) => void {
  const text = file.text;
  return (start, end, newText) => {
    const old = text.slice(start, end);
    if (old === newText || /[^ \t\r\n]/.test(old)) return;
    if (newText === '' && text.charCodeAt(start - 1) === 13 && text.charCodeAt(end) === 10) return;
    edits.push({ path: file.path, start, end, newText });
  };
}

export function format(file: SourceFile, opts: FormatOptions = {}): TextEditSpan[] {
  const style = !opts.style || opts.style === 'auto' ? detectStyle(file) : opts.style;
  const blankBetween = opts.blankLineBetweenSections !== false;
  const { lines, lineStarts } = file.tree;
  const text = file.text;
  const first = Math.max(0, opts.startLine ?? 0);
  const last = Math.min(lines.length - 1, opts.endLine ?? lines.length - 1);
  const edits: TextEditSpan[] = [];
  const replace = whitespaceEditor(file, edits);
  let seenSection = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const base = lineStarts[i];
    const contentEnd = lineContentEnd(file.tree, i);
    const inRange = i >= first && i <= last;
    const untouchable = l.depthIn !== 0 || l.depthOut !== 0 || l.comments.some((c) => c.block) || l.loneCr;
    if (l.kind === 'section') {
      if (blankBetween && seenSection && inRange) {
        // the header and the comment lines right above it form a unit; one blank line goes before the unit
        let top = i;
        while (
          top > 0 &&
          lines[top - 1].kind === 'comment' &&
          lines[top - 1].depthIn === 0 &&
          lines[top - 1].depthOut === 0
        )
          top--;
        let blanks = 0;
        while (top - blanks - 1 >= 0 && lines[top - blanks - 1].kind === 'blank') blanks++;
        if (top - blanks - 1 >= 0 && top - blanks - 1 >= first) {
          if (blanks === 0)
            edits.push({
              path: file.path,
              start: lineStarts[top],
              end: lineStarts[top],
              newText: lineBreakOf(file.tree, top - 1),
            });
          else if (blanks > 1) replace(lineStarts[top - blanks + 1], lineStarts[top], '');
        }
      }
      seenSection = true;
    }
    if (!inRange) continue;
    if (untouchable) continue;
    // trailing blanks
    let end = contentEnd;
    while (end > base && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    if (end < contentEnd) replace(end, contentEnd, '');
    if (l.kind === 'blank') continue;
    // indentation before headers, keys and directives
    if (
      (l.kind === 'section' || l.kind === 'assignment' || l.kind === 'directive') &&
      l.codeStart > 0 &&
      !(i === 0 && file.tree.bom)
    )
      replace(base, base + l.codeStart, '');
    const a = l.assignment;
    if (a && a.key !== '' && !a.escaped && !text.slice(base + a.keyEnd, base + a.valueStart).includes('\\')) {
      const gap = style === 'spaced' ? ' ' : '';
      const hasValue = a.valueEnd > a.valueStart;
      // `a+ = b` and `a = >b` keep a space: joined they would read as `+=` and `=>`
      replace(base + a.keyEnd, base + a.opStart, a.op === '=' && a.key.endsWith('+') ? ' ' : gap);
      if (hasValue)
        replace(
          base + a.opStart + a.op.length,
          base + a.valueStart,
          a.op === '=' && a.value.startsWith('>') ? ' ' : gap,
        );
      else if (/^[ \t]*$/.test(text.slice(base + a.opStart + a.op.length, end)))
        replace(base + a.opStart + a.op.length, Math.max(base + a.opStart + a.op.length, end), ''); // `key=  ; note` keeps its comment
    }
  }
  // drop blank lines at the very end (keep the final end-of-line)
  return mergeEdits(edits);
}

/** Sort and drop overlapping edits: at one offset an insertion goes first, then the widest deletion wins. */
function mergeEdits(edits: TextEditSpan[]): TextEditSpan[] {
  const inserts = (e: TextEditSpan) => (e.start === e.end ? 0 : 1);
  edits.sort((x, y) => x.start - y.start || inserts(x) - inserts(y) || y.end - x.end);
  const out: TextEditSpan[] = [];
  let lastEnd = -1;
  for (const e of edits) {
    if (e.start < lastEnd) continue;
    out.push(e);
    lastEnd = Math.max(e.end, e.start === e.end ? e.start : e.end);
  }
  return out;
}

/** Apply edits to a text (for tests and for checking idempotence). */
export function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  // the order of applying them one by one from the last, built in one pass (linear in the text's length)
  const sorted = [...edits].sort((x, y) => y.start - x.start || y.end - x.end).reverse();
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, Math.max(at, e.start)), e.newText);
    at = Math.max(at, e.end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}
