/**
 * The converted files checked by our own checker, as `pjsip-check` would check that folder for the target
 * release: every diagnostic with its file and line (errors mean the converter wrote something Asterisk refuses).
 */
import { analyzeFolder } from '../analysis/analyze';
import type { DirEntry } from '../model/paths';
import type { FileProvider, SourceFile } from '../model/types';
import { positionAt, parse } from '../syntax';
import type { Diagnostic } from '../rules/diagnostic';

/** Where the files are placed for the check (never on disk). */
const DIR = '/pjsip-migrate';

export interface Finding {
  file: string;
  line: number;
  diagnostic: Diagnostic;
}

function memoryProvider(files: Map<string, string>): FileProvider {
  const cache = new Map<string, SourceFile>();
  return {
    read(path) {
      const rel = path.startsWith(`${DIR}/`) ? path.slice(DIR.length + 1) : undefined;
      const text = rel === undefined ? undefined : files.get(rel);
      if (text === undefined) return undefined;
      let f = cache.get(path);
      if (!f) cache.set(path, (f = { path, text, tree: parse(text) }));
      return f;
    },
    listDir(dir) {
      if (!(dir === DIR || dir.startsWith(`${DIR}/`))) return undefined;
      const prefix = dir === DIR ? '' : `${dir.slice(DIR.length + 1)}/`;
      const names = new Map<string, boolean>();
      for (const rel of files.keys()) {
        if (!rel.startsWith(prefix)) continue;
        const rest = rel.slice(prefix.length);
        const slash = rest.indexOf('/');
        names.set(slash < 0 ? rest : rest.slice(0, slash), slash >= 0);
      }
      return [...names].map(([name, isDirectory]): DirEntry => ({ name, isDirectory }));
    },
  };
}

export function checkOutput(files: Map<string, string>, asteriskVersion: string | undefined): Finding[] {
  const a = analyzeFolder(DIR, memoryProvider(files), [], undefined, asteriskVersion);
  return a.diagnostics.map((d) => ({
    file: d.path.slice(DIR.length + 1),
    line: positionAt(a.files.get(d.path)!.tree, d.start).line + 1,
    diagnostic: d,
  }));
}
