/**
 * What the server says in the client's output channel: its version and the client's on start, the settings in
 * effect, each config folder with the files of its set (again when they change), and, at trace level only, how
 * long each analysis took. Settings hold no secrets; file contents never reach the log.
 */
import * as path from 'node:path';
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

/** Logs a set's file list the first time it is seen and whenever it changes; the time at trace level always. */
export class AnalysisLog {
  private lastFiles = new Map<string, string>();

  constructor(private conn: Connection) {}

  /** `how`: `updated` when the previous analysis was updated in place, else why it was not (unset: no previous one). */
  analysed(dir: string, a: Analysis, ms: number, how?: string): void {
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
    this.conn.tracer.log(`${verb} ${dir}: ${files.length} files, ${lines} lines in ${ms.toFixed(1)} ms${note}`);
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
