/**
 * Publishing diagnostics per config set: every file the set read gets its list (empty ones too, so that fixed
 * problems disappear), files that dropped out of the set are cleared, and the client is told which files belong
 * to a set (`pjsip/includedFiles`), so that included files of any name become pjsip.
 *
 * The wait after a change adapts to the set (`debounceFor`): small sets, and sets whose last analysis was quick
 * (an edit updated in place), are analysed at once; large ones after a short pause that lets a burst of keystrokes
 * coalesce. The file just edited is published first; the
 * other files of its set follow on a later turn of the event loop, and only if no newer change to the set came in
 * meanwhile (a newer analysis then publishes them), so stale lists never overwrite newer ones.
 */
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import { applySeverityOverrides } from '../rules/severity';
import { IncludedFilesNotification, type IncludedFilesParams } from '../protocol';
import { toLspDiagnostic, type Diagnostic, type FileLookup } from './conversions';
import type { Analysis } from '../analysis/analyze';
import type { Settings } from './settings';
import type { Locale } from '../i18n/locale';

export interface PublishDeps {
  conn: Connection;
  settings: { current: Settings; ready: Promise<void> };
  /** Whether a document of the set is open (only then are its diagnostics shown). */
  hasOpen(dir: string): boolean;
  analysisFor(dir: string): Analysis;
  files(a: Analysis): FileLookup;
  versionOf(path: string): number | undefined;
  /** The language diagnostics are shown in (the setting over the client's locale). */
  locale(): Locale;
  /** The set's edited files were published: the ms their diagnostics took to convert, and until they were written. */
  published?(dir: string, ms: { convert: number; publish: number }): void;
  /** How long the set's last analysis took (ms), if it was analysed. */
  lastAnalysisMs?(dir: string): number | undefined;
}

/** Debounce after a change, by the number of lines of the set: [up to this many lines, wait in ms]. */
const DEBOUNCE: readonly (readonly [number, number])[] = [
  [20000, 0],
  [Infinity, 10],
];
/** A set whose last analysis took less than this (ms) is analysed again at once, whatever its size. */
const QUICK_ANALYSIS_MS = 20;

/** The wait before analysing a set of `lines` lines again after a change; `lastMs`: its last analysis took that. */
export function debounceFor(lines: number, lastMs?: number): number {
  if (lastMs !== undefined && lastMs < QUICK_ANALYSIS_MS) return 0;
  return DEBOUNCE.find(([upTo]) => lines <= upTo)![1];
}

export class DiagnosticsPublisher {
  private published = new Map<string, Set<string>>(); // config folder -> URIs with diagnostics
  private announced = new Set<string>(); // URIs already sent with pjsip/includedFiles
  private pending = new Set<string>();
  /** Files edited since the last publish: their lists go out first. */
  private edited = new Set<string>();
  /** Lines of each set at its last analysis (for the debounce). */
  private linesOf = new Map<string, number>();
  /** Bumped on every change to a set: deferred publishing of an older analysis checks it. */
  private generation = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private deps: PublishDeps) {}

  /**
   * Publish the sets of `dirs` after `delay` ms without further calls (typing restarts the wait); without a
   * delay, after the debounce their size asks for. `editedPath`: the file the change was made in.
   */
  schedule(dirs: Iterable<string>, delay?: number, editedPath?: string): void {
    let wait = delay ?? 0;
    for (const d of dirs) {
      this.pending.add(d);
      this.generation.set(d, (this.generation.get(d) ?? 0) + 1);
      if (delay === undefined)
        wait = Math.max(wait, debounceFor(this.linesOf.get(d) ?? 0, this.deps.lastAnalysisMs?.(d)));
    }
    if (editedPath) this.edited.add(editedPath);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    await this.deps.settings.ready;
    const dirs = [...this.pending];
    const edited = new Set(this.edited);
    this.pending.clear();
    this.edited.clear();
    for (const d of dirs) {
      try {
        this.publish(d, edited);
      } catch (e) {
        this.deps.conn.console.error(`validation failed: ${(e as Error).stack ?? String(e)}`);
      }
    }
  }

  private publish(dir: string, edited: Set<string>): void {
    const before = this.published.get(dir) ?? new Set<string>();
    const now = new Set<string>();
    const sends: { path: string; params: () => PublishDiagnosticsParams }[] = [];
    let analysed: Analysis | undefined;
    if (this.deps.hasOpen(dir)) {
      const a = (analysed = this.deps.analysisFor(dir));
      this.linesOf.set(dir, linesOf(a));
      const files = this.deps.files(a);
      const locale = this.deps.locale();
      const byFile = new Map<string, Diagnostic[]>();
      for (const p of a.files.keys()) byFile.set(p, []);
      for (const d of applySeverityOverrides(a.diagnostics, this.deps.settings.current.severity))
        byFile.get(d.path)?.push(d);
      for (const [p, list] of byFile) {
        const file = a.files.get(p)!;
        const uri = files.uriOf(p);
        now.add(uri);
        const version = this.deps.versionOf(p);
        sends.push({
          path: p,
          params: () => ({ uri, version, diagnostics: list.map((d) => toLspDiagnostic(d, file, files, locale)) }),
        });
      }
    }
    this.published.set(dir, now);
    const first = sends.filter((s) => edited.has(s.path));
    // the edited files go out first, the others on a later turn; with none edited (an open), all go now
    const later = first.length ? sends.filter((s) => !edited.has(s.path)) : [];
    this.sendTimed(dir, first.length ? first : sends);
    // An edit leaves a file's text in pieces (syntax/incremental.ts) and the first read joins them into one copy:
    // joined now, once its diagnostics are out, rather than by the next request (hover, completion) that reads it.
    const texts = analysed ? first.map((s) => analysed.files.get(s.path)?.text) : [];
    if (texts.length) setImmediate(() => texts.forEach((t) => t?.charCodeAt(0)));
    const finish = () => {
      for (const s of later) void this.deps.conn.sendDiagnostics(s.params());
      for (const uri of before) if (!now.has(uri)) void this.deps.conn.sendDiagnostics({ uri, diagnostics: [] });
      this.announce(now);
    };
    if (!later.length) {
      finish();
      return;
    }
    const generation = this.generation.get(dir);
    setImmediate(() => {
      // A change since: the newer analysis publishes the whole set (and clears what left it).
      if (this.generation.get(dir) !== generation) {
        this.published.set(dir, new Set([...before, ...now]));
        return;
      }
      finish();
    });
  }

  /** Sends the edited files' lists, timing their conversion and the writing (told to `deps.published`). */
  private sendTimed(dir: string, sends: readonly { params: () => PublishDiagnosticsParams }[]): void {
    const t0 = performance.now();
    const params = sends.map((s) => s.params());
    const t1 = performance.now();
    const written = params.map((p) => this.deps.conn.sendDiagnostics(p));
    void Promise.all(written).then(
      () => this.deps.published?.(dir, { convert: t1 - t0, publish: performance.now() - t1 }),
      () => {},
    );
  }

  private announce(now: Set<string>): void {
    const fresh = [...now].filter((u) => !this.announced.has(u));
    if (!fresh.length) return;
    for (const u of fresh) this.announced.add(u);
    void this.deps.conn.sendNotification(IncludedFilesNotification, {
      uris: [...this.announced],
    } satisfies IncludedFilesParams);
  }
}

function linesOf(a: Analysis): number {
  let n = 0;
  for (const f of a.files.values()) n += f.tree.lines.length;
  return n;
}
