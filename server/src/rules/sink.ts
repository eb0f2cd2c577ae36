import type { Diagnostic } from '../model/types';

/** Collects diagnostics, dropping exact repeats (a template line reached through many sections). */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  add(d: Diagnostic): void {
    const key = `${d.path}\u0000${d.start}\u0000${d.end}\u0000${d.code}\u0000${d.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(d);
  }

  /** True when a diagnostic with this code already covers this range. */
  has(path: string, start: number, code: string): boolean {
    return this.list.some((d) => d.path === path && d.start === start && d.code === code);
  }
}
