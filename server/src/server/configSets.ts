/**
 * Which config set (config folder) a file belongs to, and the path map of a set, from the settings and the
 * workspace folders. Answers are cached per file until the settings change or a root file appears or goes.
 */
import * as nodePath from 'node:path';
import { configDirOf } from '../analysis/analyze';
import { exists, toModelPath } from '../node/fsProvider';
import type { Documents } from './documents';
import type { Settings } from './settings';

export class ConfigSets {
  private dirs = new Map<string, string>();

  constructor(
    private docs: Documents,
    private settings: () => Settings,
    private roots: () => string[],
    /** The Asterisk version the answers are for (the setting, the folder's choice, `asterisk -V`; '' for none). */
    private version: () => string = () => this.settings().asteriskVersion,
  ) {}

  /** The config folder of a file: the configured one when the file is inside it, else the nearest folder with pjsip.conf. */
  dirOf(path: string): string {
    let dir = this.dirs.get(path);
    if (dir === undefined) {
      const configured = this.settings().configDir;
      dir = configDirOf(
        path,
        (p) => !!this.docs.atPath(p) || exists(p),
        configured ? this.resolve(configured) : undefined,
      );
      this.dirs.set(path, dir);
    }
    return dir;
  }

  /** Paths of the open documents that belong to the set of `dir`. */
  openIn(dir: string): string[] {
    return this.docs.paths().filter((p) => this.dirOf(p) === dir);
  }

  /** The Asterisk version in use (valid or not; the schema falls back to the default). */
  asteriskVersion(): string {
    return this.version();
  }

  pathMapFor(dir: string): { from: string; to: string; implied?: boolean }[] {
    const entries = Object.entries(this.settings().pathMap);
    if (!entries.length) return [{ from: '/etc/asterisk', to: dir, implied: true }];
    return entries.map(([from, to]) => ({ from: toModelPath(from), to: this.resolve(to) }));
  }

  /** Forget every answer (settings changed, or config folders may have moved). */
  clear(): void {
    this.dirs.clear();
  }

  private resolve(p: string): string {
    const root = this.roots()[0] ?? process.cwd();
    const expanded = p.replace(/\$\{workspaceFolder\}/g, root);
    return toModelPath(nodePath.isAbsolute(expanded) ? expanded : nodePath.join(root, expanded));
  }
}
