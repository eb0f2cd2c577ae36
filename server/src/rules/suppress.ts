/**
 * Suppression comments:
 *   ; pjsip-disable-next-line rule-id[, rule-id...]   silences those rules (all rules when none given) on the next line
 *   ; pjsip-disable-file rule-id[, rule-id...]        silences them in the whole file
 * Each file's comments are read once; after an in-place edit only the lines it changed are read again (reading a
 * whole text edited in place copies it).
 */
import { lineIndexAt, textAt, type SyntaxTree } from '../syntax';
import type { SourceFile } from '../model/types';
import type { ModelChanges } from '../model/update';
import type { Diagnostic } from './diagnostic';
import { currentRuleId } from './registry';

const MARKER = 'pjsip-disable-';
const MARK = /pjsip-disable-(next-line|file)\b([^;]*)/;

interface Suppressions {
  file: Set<string> | 'all' | null;
  lines: Map<number, Set<string> | 'all'>;
}

/** What a file's comments suppress, and the lines of the comments that say so, for the parse it was read from. */
interface FileSuppressions {
  tree: SyntaxTree;
  marks: number[];
  s: Suppressions;
}

/** Each file's suppressions by path, kept from one pass of the rules to the next. */
export type SuppressionCache = Map<string, FileSuppressions>;

export function noSuppressionsRead(): SuppressionCache {
  return new Map();
}

function parseIds(text: string): Set<string> | 'all' {
  const ids = text
    .split(/[\s,]+/)
    .map((s) => currentRuleId(s.trim()))
    .filter(Boolean);
  return ids.length ? new Set(ids) : 'all';
}

/** The suppressions of the comments on lines `marks` (lines without a marker add nothing). */
function suppressionsOf(tree: SyntaxTree, marks: readonly number[]): Suppressions {
  const out: Suppressions = { file: null, lines: new Map() };
  for (const i of marks) {
    for (const c of tree.lines[i].comments) {
      const m = MARK.exec(textAt(tree, tree.lineStarts[i] + c.start, tree.lineStarts[i] + c.end));
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

/** The lines in `[from, to)` with a comment that holds the marker. */
function markedLines(tree: SyntaxTree, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++)
    for (const c of tree.lines[i].comments)
      if (textAt(tree, tree.lineStarts[i] + c.start, tree.lineStarts[i] + c.end).includes(MARKER)) {
        out.push(i);
        break;
      }
  return out;
}

/**
 * The file's suppressions: kept when its parse is the one they were read from; after an in-place edit of the file
 * (`edit`), those of the lines it left moved and the changed lines read again; else read in full.
 */
function fileSuppressions(
  f: SourceFile,
  kept: FileSuppressions | undefined,
  edit?: ModelChanges['edit'],
): FileSuppressions {
  const tree = f.tree;
  if (kept?.tree === tree) return kept;
  let marks: number[];
  if (kept && edit?.path === f.path) {
    const { first, oldEnd, lineDelta } = edit;
    marks = [];
    for (const i of kept.marks) if (i < first) marks.push(i);
    marks.push(...markedLines(tree, first, oldEnd + lineDelta));
    for (const i of kept.marks) if (i >= oldEnd) marks.push(i + lineDelta);
  } else marks = f.text.includes(MARKER) ? markedLines(tree, 0, tree.lines.length) : [];
  return { tree, marks, s: marks.length ? suppressionsOf(tree, marks) : NONE };
}

const NONE: Suppressions = { file: null, lines: new Map() };

function covers(s: Set<string> | 'all' | null | undefined, code: string): boolean {
  return s === 'all' || (!!s && s.has(code));
}

/**
 * Drop the diagnostics silenced by comments in their files. `cache` holds what the last pass read (and receives
 * what this one read); `edit`, the file an in-place update changed and how.
 */
export function applySuppressions(
  diags: Diagnostic[],
  files: Map<string, SourceFile>,
  cache: SuppressionCache = noSuppressionsRead(),
  edit?: ModelChanges['edit'],
): Diagnostic[] {
  const now: SuppressionCache = new Map();
  for (const [path, f] of files) now.set(path, fileSuppressions(f, cache.get(path), edit));
  cache.clear();
  for (const [path, fs] of now) cache.set(path, fs);
  return diags.filter((d) => {
    const fs = now.get(d.path);
    if (!fs || fs.s === NONE) return true;
    if (covers(fs.s.file, d.code)) return false;
    if (!fs.s.lines.size) return true;
    return !covers(fs.s.lines.get(lineIndexAt(fs.tree.lineStarts, d.start)), d.code);
  });
}
