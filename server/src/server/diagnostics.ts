/**
 * Publishing diagnostics per config set, debounced: every file the set read gets its list (empty ones too, so
 * that fixed problems disappear), files that dropped out of the set are cleared, and the client is told which
 * files belong to a set (`pjsip/includedFiles`), so that included files of any name become pjsip.
 */
import type { Connection } from 'vscode-languageserver';
import { applySeverityOverrides } from '../rules/severity';
import { IncludedFilesNotification, type IncludedFilesParams } from '../protocol';
import { toLspDiagnostic, type Diagnostic, type FileLookup } from './conversions';
import type { Analysis } from '../analysis/analyze';
import type { Settings } from './settings';

export interface PublishDeps {
  conn: Connection;
  settings: { current: Settings; ready: Promise<void> };
  /** Whether a document of the set is open (only then are its diagnostics shown). */
  hasOpen(dir: string): boolean;
  analysisFor(dir: string): Analysis;
  files(a: Analysis): FileLookup;
  versionOf(path: string): number | undefined;
}

export class DiagnosticsPublisher {
  private published = new Map<string, Set<string>>(); // config folder -> URIs with diagnostics
  private announced = new Set<string>(); // URIs already sent with pjsip/includedFiles
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private deps: PublishDeps) {}

  /** Publish the sets of `dirs` after `delay` ms without further calls (typing restarts the wait). */
  schedule(dirs: Iterable<string>, delay = 200): void {
    for (const d of dirs) this.pending.add(d);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    await this.deps.settings.ready;
    const dirs = [...this.pending];
    this.pending.clear();
    for (const d of dirs) {
      try { this.publish(d); } catch (e) { this.deps.conn.console.error(`validation failed: ${(e as Error).stack ?? String(e)}`); }
    }
  }

  private publish(dir: string): void {
    const { conn } = this.deps;
    const before = this.published.get(dir) ?? new Set<string>();
    const now = new Set<string>();
    if (this.deps.hasOpen(dir)) {
      const a = this.deps.analysisFor(dir);
      const files = this.deps.files(a);
      const byFile = new Map<string, Diagnostic[]>();
      for (const p of a.files.keys()) byFile.set(p, []);
      for (const d of applySeverityOverrides(a.diagnostics, this.deps.settings.current.severity)) byFile.get(d.path)?.push(d);
      for (const [p, list] of byFile) {
        const file = a.files.get(p)!;
        const uri = files.uriOf(p);
        now.add(uri);
        void conn.sendDiagnostics({ uri, version: this.deps.versionOf(p), diagnostics: list.map((d) => toLspDiagnostic(d, file, files)) });
      }
    }
    for (const uri of before) if (!now.has(uri)) void conn.sendDiagnostics({ uri, diagnostics: [] });
    this.published.set(dir, now);
    const fresh = [...now].filter((u) => !this.announced.has(u));
    if (fresh.length) {
      for (const u of fresh) this.announced.add(u);
      void conn.sendNotification(IncludedFilesNotification, { uris: [...this.announced] } satisfies IncludedFilesParams);
    }
  }
}
