/**
 * Freshness of files read from disk, without polling: when the client can register file watchers dynamically,
 * the server asks it to watch `**\/*.conf`; from then on a disk file read once is trusted until a
 * `workspace/didChangeWatchedFiles` event names it. Files no watcher covers are checked by mtime (analysisCache).
 */
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type ClientCapabilities,
  type Connection,
  type DidChangeWatchedFilesParams,
} from 'vscode-languageserver';
import { isRootFile } from '../analysis/analyze';
import { uriToPath } from './conversions';
import type { Session } from './session';

export const WATCH_GLOB = '**/*.conf';

export class WatchedFiles {
  private active = false;

  constructor(private roots: () => string[]) {}

  /** Whether a watcher reports changes of `path` (a .conf file inside a workspace folder, once registered). */
  covers(path: string): boolean {
    return (
      this.active && path.endsWith('.conf') && this.roots().some((r) => path.startsWith(r.endsWith('/') ? r : `${r}/`))
    );
  }

  /** Register the watcher when the client supports dynamic registration; otherwise stay with mtime checks. */
  async register(conn: Connection, caps: ClientCapabilities): Promise<void> {
    if (!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    try {
      await conn.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCH_GLOB }] });
      this.active = true;
    } catch (e) {
      conn.console.error(`file watcher registration failed: ${(e as Error).message ?? e}`);
    }
  }
}

/** Forget what the events name (cached disk files, analyses that read them) and re-publish the sets concerned. */
export function watchedFilesChanged(s: Session, p: DidChangeWatchedFilesParams): void {
  const paths = p.changes.map((ch) => uriToPath(ch.uri));
  if (paths.some(isRootFile)) s.sets.clear(); // config folders may have moved
  const dirs = new Set<string>();
  // A file that appears or goes may complete or break an include of any set.
  if (p.changes.some((ch) => ch.type !== FileChangeType.Changed)) for (const d of s.analyses.clear()) dirs.add(d);
  for (const path of paths) {
    s.diskCache.delete(path);
    for (const d of s.analyses.invalidate(path)) dirs.add(d);
    dirs.add(s.sets.dirOf(path));
  }
  s.diagnostics.schedule(dirs);
}
