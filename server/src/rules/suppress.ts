/**
 * Suppression comments:
 *   ; pjsip-disable-next-line rule-id[, rule-id...]   silences those rules (all rules when none given) on the next line
 *   ; pjsip-disable-file rule-id[, rule-id...]        silences them in the whole file
 */
import { lineIndexAt } from '../syntax';
import type { SourceFile } from '../model/types';
import type { Diagnostic } from './diagnostic';
import { currentRuleId } from './registry';

const MARK = /pjsip-disable-(next-line|file)\b([^;]*)/;

interface Suppressions {
  file: Set<string> | 'all' | null;
  lines: Map<number, Set<string> | 'all'>;
}

function parseIds(text: string): Set<string> | 'all' {
  const ids = text
    .split(/[\s,]+/)
    .map((s) => currentRuleId(s.trim()))
    .filter(Boolean);
  return ids.length ? new Set(ids) : 'all';
}

export function suppressionsOf(file: SourceFile): Suppressions {
  const out: Suppressions = { file: null, lines: new Map() };
  const { lines, lineStarts } = file.tree;
  for (let i = 0; i < lines.length; i++) {
    for (const c of lines[i].comments) {
      const text = file.text.slice(lineStarts[i] + c.start, lineStarts[i] + c.end);
      const m = MARK.exec(text);
      if (!m) continue;
      const ids = parseIds(m[2]);
      if (m[1] === 'file') {
        if (ids === 'all' || out.file === 'all') out.file = 'all';
        else out.file = new Set([...(out.file ?? []), ...ids]);
      } else {
        const prev = out.lines.get(i + 1);
        out.lines.set(i + 1, ids === 'all' || prev === 'all' ? 'all' : new Set([...(prev ?? []), ...ids]));
      }
    }
  }
  return out;
}

function covers(s: Set<string> | 'all' | null | undefined, code: string): boolean {
  return s === 'all' || (!!s && s.has(code));
}

/** Drop the diagnostics silenced by comments in their files. */
export function applySuppressions(diags: Diagnostic[], files: Map<string, SourceFile>): Diagnostic[] {
  const cache = new Map<string, Suppressions>();
  return diags.filter((d) => {
    const f = files.get(d.path);
    if (!f) return true;
    let s = cache.get(d.path);
    if (!s)
      cache.set(d.path, (s = f.text.includes('pjsip-disable-') ? suppressionsOf(f) : { file: null, lines: new Map() }));
    if (covers(s.file, d.code)) return false;
    if (!s.lines.size) return true;
    return !covers(s.lines.get(lineIndexAt(f.tree.lineStarts, d.start)), d.code);
  });
}
