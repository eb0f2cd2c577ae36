/**
 * What the server says in the client's output channel: its version and the client's on start, the settings in
 * effect, each config folder with the files of its set (again when they change), and, at trace level only, how
 * long each analysis took and where the time went. Settings hold no secrets; file contents never reach the log.
 */
import * as path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { VERSION } from '../version';
import type { Settings } from './settings';

export function logStart(conn: Connection, params: InitializeParams): void {
  const c = params.clientInfo;
  const client = c ? `${c.name}${c.version ? ` ${c.version}` : ''}` : 'an unnamed client';
  conn.console.info(`pjsip-language-server ${VERSION} started for ${client} (node ${process.versions.node}).`);
}

export function logSettings(conn: Connection, s: Settings): void {
  conn.console.info(`Settings in effect: ${JSON.stringify(s)}`);
}

/**
 * Where the time of an analysis went, in ms by stage, in the order they ran: `sync` and `parse` (applying the
 * document changes it takes in, and parsing them again), `update` or `model`, `rules`, then `convert` and
 * `publish` (to LSP diagnostics, and until they were written) and `gc` (garbage collection over all of them).
 */
export interface Stages {
  /** When the first stage began (`performance.now()`): the first change taken in, or the analysis. */
  since: number;
  ms: Record<string, number>;
}

/** Logs a set's file list the first time it is seen and whenever it changes; the time at trace level always. */
export class AnalysisLog {
  private lastFiles = new Map<string, string>();
  /** The trace line of each set's last analysis until its diagnostics are published (which adds their stages). */
  private pending = new Map<string, { line: string; note: string; stages: Stages }>();
  private gc: PerformanceObserver | undefined;
  private collections: { startTime: number; duration: number }[] = [];

  constructor(private conn: Connection) {}

  /**
   * `how`: `updated` when the previous analysis was updated in place, else why it was not (unset: no previous
   * one). The trace line waits for `published` (a set analysed again before that logs the older line as it is).
   */
  analysed(dir: string, a: Analysis, ms: number, how: string | undefined, stages: Stages): void {
    const files = [...a.files.keys()].map((p) => relativeTo(dir, p)).sort();
    const list = files.join(', ');
    if (this.lastFiles.get(dir) !== list) {
      this.lastFiles.set(dir, list);
      this.conn.console.info(
        `Config folder ${dir}: ${files.length} file${files.length === 1 ? '' : 's'} in its set: ${list || '(none)'}`,
      );
    }
    const lines = [...a.files.values()].reduce((n, f) => n + f.tree.lines.length, 0);
    const verb = how === 'updated' ? 'Updated' : 'Analysed';
    const note = how && how !== 'updated' ? ` (in full: ${how})` : '';
    this.flush(dir);
    this.observeGc();
    this.pending.set(dir, {
      line: `${verb} ${dir}: ${files.length} files, ${lines} lines in ${ms.toFixed(1)} ms`,
      note,
      stages,
    });
  }

  /** The set's diagnostics were converted and written: its trace line, with every stage. */
  published(dir: string, ms: { convert: number; publish: number }): void {
    const p = this.pending.get(dir);
    if (!p) return;
    Object.assign(p.stages.ms, ms);
    this.flush(dir);
  }

  private flush(dir: string): void {
    const p = this.pending.get(dir);
    if (!p) return;
    this.pending.delete(dir);
    const ms = { ...p.stages.ms, gc: this.gcSince(p.stages.since) };
    const split = Object.entries(ms).map(([k, v]) => `${k} ${v.toFixed(1)}`);
    this.conn.tracer.log(`${p.line}${p.note} [${split.join(', ')}]`);
  }

  /** Garbage collection is timed from the first analysis on (one entry per collection, read when a line is logged). */
  private observeGc(): void {
    if (this.gc) return;
    this.gc = new PerformanceObserver((list) => this.keep(list.getEntries()));
    this.gc.observe({ entryTypes: ['gc'] });
  }

  private keep(entries: readonly { startTime: number; duration: number }[]): void {
    for (const e of entries) this.collections.push({ startTime: e.startTime, duration: e.duration });
    if (this.collections.length > 1000) this.collections.splice(0, this.collections.length - 1000);
  }

  /** The ms of garbage collection since `since` (the collections before it are forgotten). */
  private gcSince(since: number): number {
    if (this.gc) this.keep(this.gc.takeRecords());
    let ms = 0;
    for (const e of this.collections) if (e.startTime >= since) ms += e.duration;
    this.collections = [];
    return ms;
  }

  dispose(): void {
    this.gc?.disconnect();
  }

  /** Settings changed: the next analysis of each set says its files again. */
  reset(): void {
    this.lastFiles.clear();
  }
}

function relativeTo(dir: string, p: string): string {
  const r = path.relative(dir, p);
  return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : p;
}
