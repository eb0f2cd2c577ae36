/**
 * One analysis per config set, recomputed only when one of its files changed. An entry is stamped with the
 * versions of the open documents it read; document events and watched-file events drop entries. Files that
 * no watcher covers (the client watches nothing, or the file is outside the watched globs) are stamped with
 * their mtime instead, so that a change on disk is still seen (one `stat` per file and request).
 */
import { analyzeFolder, isNamesOnlyConfig, type Analysis } from '../analysis/analyze';
import { reanalyze } from '../analysis/incremental';
import type { Lap } from '../analysis/analyze';
import { mtimeOf } from '../node/fsProvider';
import type { ConfigSets } from './configSets';
import { noEditTimes, type Doc, type Documents } from './documents';
import type { FileProvider, SourceFile } from './conversions';
import type { Stages } from './log';

export interface DocAnalysis {
  doc: Doc;
  a: Analysis;
  /** The document's file as the analysis read it. */
  file: SourceFile;
}

export class AnalysisCache {
  private entries = new Map<string, { analysis: Analysis; stamps: Map<string, string> }>();
  /** How long each set's last analysis took (ms). */
  private lastMs = new Map<string, number>();

  constructor(
    private docs: Documents,
    private sets: ConfigSets,
    private provider: FileProvider,
    private watched: (path: string) => boolean,
    /**
     * Told of each analysis made, with the time it took and `updated` when the previous one was updated in place, or
     * why it could not be, and the time of each stage since the first change it takes in (for the log).
     */
    private onAnalysed: (
      dir: string,
      a: Analysis,
      ms: number,
      how: string | undefined,
      stages: Stages,
    ) => void = () => {},
  ) {}

  forDir(dir: string): Analysis {
    const extra = this.sets.openIn(dir);
    const cached = this.entries.get(dir);
    const changed =
      cached && extra.every((p) => cached.analysis.files.has(p)) ? this.changed(cached, extra) : undefined;
    if (cached && changed?.length === 0) return cached.analysis;
    const t0 = performance.now();
    const stages = this.editTimes(extra, t0);
    let last = t0;
    const lap = (stage: string) => {
      const t = performance.now();
      stages.ms[stage] = t - last;
      last = t;
    };
    let updated: Analysis | string | undefined;
    if (cached && !changed) updated = 'a document of the folder was opened';
    else if (cached && changed)
      updated = changed.length === 1 ? this.update(dir, cached.analysis, changed[0], lap) : 'files changed';
    const analysis =
      typeof updated === 'object'
        ? updated
        : analyzeFolder(
            dir,
            this.provider,
            extra,
            this.sets.pathMapFor(dir),
            this.sets.asteriskVersion() || undefined,
            lap,
          );
    const how = typeof updated === 'object' ? 'updated' : updated;
    const ms = performance.now() - t0;
    this.lastMs.set(dir, ms);
    this.onAnalysed(dir, analysis, ms, how, stages);
    this.entries.set(dir, { analysis, stamps: this.stamps(analysis, extra) });
    return analysis;
  }

  /** How long the set's last analysis took (ms), if it was analysed. */
  lastAnalysisMs(dir: string): number | undefined {
    return this.lastMs.get(dir);
  }

  /** The analysis a request about a document answers from; none for acl.conf and extensions.conf (names only). */
  forDoc(uri: string): DocAnalysis | undefined {
    const doc = this.docs.get(uri);
    if (!doc || isNamesOnlyConfig(doc.path)) return undefined;
    const a = this.forDir(this.sets.dirOf(doc.path));
    return { doc, a, file: a.files.get(doc.path) ?? doc.file };
  }

  /**
   * An open document was edited: the sets that read it (and its own) must be analysed again, and their analyses
   * are kept for that, so that the next one can update the last instead of starting over. Returns their folders.
   */
  edited(path: string): string[] {
    const own = this.sets.dirOf(path);
    return [own, ...[...this.entries].filter(([dir, e]) => dir !== own && readsPath(e.analysis, path)).map(([d]) => d)];
  }

  /** Drop the analyses that read `path` and the one of its own set; returns the folders of the sets dropped. */
  invalidate(path: string): string[] {
    const own = this.sets.dirOf(path);
    const dropped = [...this.entries].filter(([dir, e]) => dir === own || readsPath(e.analysis, path)).map(([d]) => d);
    for (const dir of dropped) this.entries.delete(dir);
    return dropped;
  }

  /** Drop everything; returns the folders of the sets dropped. */
  clear(): string[] {
    const dirs = [...this.entries.keys()];
    this.entries.clear();
    return dirs;
  }

  /**
   * The previous analysis with one open document's edit applied in place, when the model can take it; else why
   * not. An update that throws leaves the previous analysis half changed: it is dropped, never used again.
   */
  private update(dir: string, previous: Analysis, path: string, lap: Lap): Analysis | string {
    const doc = this.docs.atPath(path);
    if (!doc || !previous.files.has(path)) return 'the file is not an open document of the set';
    try {
      const r = reanalyze(previous, doc.file, lap);
      return 'analysis' in r ? r.analysis : r.fallback;
    } catch (e) {
      this.entries.delete(dir);
      return `the update failed: ${(e as Error).message}`;
    }
  }

  /** What the changes to the open documents `paths` since their last analysis cost; taken, so counted once. */
  private editTimes(paths: readonly string[], now: number): Stages {
    const out: Stages = { since: now, ms: { sync: 0, parse: 0 } };
    for (const p of paths) {
      const d = this.docs.atPath(p);
      if (!d || d.pending.since < 0) continue;
      out.ms.sync += d.pending.sync;
      out.ms.parse += d.pending.parse;
      out.since = Math.min(out.since, d.pending.since);
      d.pending = noEditTimes();
    }
    return out;
  }

  /** The files whose stamp moved since the analysis was made. */
  private changed(entry: { analysis: Analysis; stamps: Map<string, string> }, extra: string[]): string[] {
    const now = this.stamps(entry.analysis, extra);
    if (now.size !== entry.stamps.size) return [...now.keys()];
    return [...now].filter(([p, st]) => entry.stamps.get(p) !== st).map(([p]) => p);
  }

  private stamps(a: Analysis, extra: string[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const p of [...a.files.keys(), ...a.foreignFiles, ...extra]) {
      const d = this.docs.atPath(p);
      if (d) out.set(p, `v${d.text.version}`);
      else if (this.watched(p)) out.set(p, 'watched');
      else out.set(p, `${mtimeOf(p) ?? '-'}`);
    }
    return out;
  }
}

function readsPath(a: Analysis, path: string): boolean {
  return a.files.has(path) || a.foreignFiles.includes(path);
}
