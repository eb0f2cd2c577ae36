/**
 * One analysis per config set, recomputed only when one of its files changed. An entry is stamped with the
 * versions of the open documents it read; document events and watched-file events drop entries. Files that
 * no watcher covers (the client watches nothing, or the file is outside the watched globs) are stamped with
 * their mtime instead, so that a change on disk is still seen (one `stat` per file and request).
 */
import { analyzeFolder, type Analysis } from '../analysis/analyze';
import { mtimeOf } from '../node/fsProvider';
import type { ConfigSets } from './configSets';
import type { Doc, Documents } from './documents';
import type { FileProvider, SourceFile } from './conversions';

export interface DocAnalysis {
  doc: Doc;
  a: Analysis;
  /** The document's file as the analysis read it. */
  file: SourceFile;
}

export class AnalysisCache {
  private entries = new Map<string, { analysis: Analysis; stamp: string }>();

  constructor(
    private docs: Documents,
    private sets: ConfigSets,
    private provider: FileProvider,
    private watched: (path: string) => boolean,
    /** Told of each analysis made, with the time it took (for the log). */
    private onAnalysed: (dir: string, a: Analysis, ms: number) => void = () => {},
  ) {}

  forDir(dir: string): Analysis {
    const extra = this.sets.openIn(dir);
    const cached = this.entries.get(dir);
    if (
      cached &&
      extra.every((p) => cached.analysis.files.has(p)) &&
      this.stamp(cached.analysis, extra) === cached.stamp
    )
      return cached.analysis;
    const t0 = performance.now();
    const analysis = analyzeFolder(
      dir,
      this.provider,
      extra,
      this.sets.pathMapFor(dir),
      this.sets.asteriskVersion() || undefined,
    );
    this.onAnalysed(dir, analysis, performance.now() - t0);
    this.entries.set(dir, { analysis, stamp: this.stamp(analysis, extra) });
    return analysis;
  }

  forDoc(uri: string): DocAnalysis | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const a = this.forDir(this.sets.dirOf(doc.path));
    return { doc, a, file: a.files.get(doc.path) ?? doc.file };
  }

  /** Drop the analyses that read `path` and the one of its own set; returns the folders of the sets dropped. */
  invalidate(path: string): string[] {
    const own = this.sets.dirOf(path);
    const dropped = [...this.entries]
      .filter(([dir, e]) => dir === own || e.analysis.files.has(path) || e.analysis.foreignFiles.includes(path))
      .map(([dir]) => dir);
    for (const dir of dropped) this.entries.delete(dir);
    return dropped;
  }

  /** Drop everything; returns the folders of the sets dropped. */
  clear(): string[] {
    const dirs = [...this.entries.keys()];
    this.entries.clear();
    return dirs;
  }

  private stamp(a: Analysis, extra: string[]): string {
    const parts: string[] = [];
    for (const p of [...a.files.keys(), ...a.foreignFiles, ...extra]) {
      const d = this.docs.atPath(p);
      if (d) parts.push(`${p}@v${d.text.version}`);
      else if (this.watched(p)) parts.push(`${p}@watched`);
      else parts.push(`${p}@${mtimeOf(p) ?? '-'}`);
    }
    return parts.join('|');
  }
}
