/**
 * File access for the CLI and the server (the pure core never touches the disk). Paths are absolute with `/`.
 * `#exec` is never run: it is a directive the core only reports.
 */
import * as fs from 'node:fs';
import { parse } from '../syntax';
import type { FileProvider, SourceFile } from '../model/types';
import type { DirEntry } from '../model/paths';

/** Largest file read, so a mistaken include of a huge file cannot exhaust memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function readText(path: string): string | undefined {
  try {
    const st = fs.statSync(path);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
    return fs.readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function listDir(dir: string): DirEntry[] | undefined {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).map((d) => ({ name: d.name, isDirectory: d.isDirectory() }));
  } catch {
    return undefined;
  }
}

/** A provider over the disk, parsing each file once; `overlay` supplies files that are open in an editor. */
export function diskProvider(overlay?: (path: string) => SourceFile | undefined, cache = new Map<string, { mtime: number; file: SourceFile }>()): FileProvider {
  return {
    read(path) {
      const open = overlay?.(path);
      if (open) return open;
      let mtime = -1;
      try {
        const st = fs.statSync(path);
        if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
        mtime = st.mtimeMs;
      } catch {
        return undefined;
      }
      const hit = cache.get(path);
      if (hit && hit.mtime === mtime) return hit.file;
      const text = readText(path);
      if (text === undefined) return undefined;
      const file: SourceFile = { path, text, tree: parse(text) };
      cache.set(path, { mtime, file });
      return file;
    },
    listDir,
  };
}

/** Convert an OS path to the model's form: absolute, `/` separators. */
export function toModelPath(p: string): string {
  return p.replace(/\\/g, '/');
}
