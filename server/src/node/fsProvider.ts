/**
 * File access for the CLI and the server (the pure core never touches the disk). Paths are absolute with `/`.
 * `#exec` is never run: it is a directive the core only reports.
 */
import * as fs from 'node:fs';
import { parse } from '../syntax';
import type { FileProblem, FileProvider, SourceFile } from '../model/types';
import { MAX_READ_MB } from '../model/includes';
import type { DirEntry } from '../model/paths';

/** Largest file read, so a mistaken include of a huge file cannot exhaust memory. */
export const MAX_FILE_BYTES = MAX_READ_MB * 1024 * 1024;

export function readText(path: string): string | undefined {
  // open first, then check what was opened (no race with a file swapped for a pipe), and never read past the cap
  let fd: number | undefined;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
    const buf = Buffer.alloc(Math.min(MAX_FILE_BYTES + 1, st.size + 65536));
    let n = 0,
      got = 0;
    while (n < buf.length && (got = fs.readSync(fd, buf, n, buf.length - n, null)) > 0) n += got;
    return n > MAX_FILE_BYTES ? undefined : buf.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Why something at `path` cannot be read as a config file (undefined: nothing there, or it reads fine). */
export function fileProblem(path: string): FileProblem | undefined {
  let st: fs.Stats;
  try {
    st = fs.statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'symlink-loop';
    if (code === 'EACCES' || code === 'EPERM') return 'unreadable';
    return undefined;
  }
  if (st.isDirectory()) return 'folder';
  if (!st.isFile()) return 'not-regular';
  if (st.size > MAX_FILE_BYTES) return 'too-large';
  try {
    fs.accessSync(path, fs.constants.R_OK);
  } catch {
    return 'unreadable';
  }
  return undefined;
}

export function listDir(dir: string): DirEntry[] | undefined {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).map((d) => ({ name: d.name, isDirectory: d.isDirectory() }));
  } catch {
    return undefined;
  }
}

/** What the provider remembers of a disk file: its mtime and parsed file (no file: it did not exist). */
export type DiskCache = Map<string, { mtime: number; file?: SourceFile }>;

/**
 * A provider over the disk, parsing each file once; `overlay` supplies files that are open in an editor.
 * A cached file is checked with a `stat` on every read, unless `trusted(path)` says that something else (file
 * watching) removes it from `cache` when it changes.
 */
export function diskProvider(
  overlay?: (path: string) => SourceFile | undefined,
  cache: DiskCache = new Map(),
  trusted?: (path: string) => boolean,
): FileProvider {
  return {
    read(path) {
      const open = overlay?.(path);
      if (open) return open;
      const hit = cache.get(path);
      const trust = !!trusted?.(path);
      if (hit && trust) return hit.file;
      const mtime = mtimeOf(path);
      if (mtime === undefined) {
        if (trust) cache.set(path, { mtime: -1 });
        return undefined;
      }
      if (hit && hit.mtime === mtime) return hit.file;
      const text = readText(path);
      if (text === undefined) return undefined;
      const file: SourceFile = { path, text, tree: parse(text) };
      cache.set(path, { mtime, file });
      return file;
    },
    listDir,
    problem: fileProblem,
    access: accessOf,
  };
}

/** Whether a file or folder at `path` can be opened for reading (undefined: nothing there). Not cached. */
export function accessOf(path: string): 'readable' | 'unreadable' | undefined {
  try {
    fs.statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' ? 'unreadable' : undefined;
  }
  try {
    fs.accessSync(path, fs.constants.R_OK);
    return 'readable';
  } catch {
    return 'unreadable';
  }
}

/** The mtime of a regular file that is not too large to read, else undefined. */
export function mtimeOf(path: string): number | undefined {
  try {
    const st = fs.statSync(path);
    return st.isFile() && st.size <= MAX_FILE_BYTES ? st.mtimeMs : undefined;
  } catch {
    return undefined;
  }
}

export function exists(path: string): boolean {
  return fs.existsSync(path);
}

/** Convert an OS path to the model's form: absolute, `/` separators. */
export function toModelPath(p: string): string {
  return p.replace(/\\/g, '/');
}
