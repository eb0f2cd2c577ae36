/**
 * Test fixtures: inline configs with a `|` cursor and optional extra files.
 *
 *   const f = fixture(`
 *   [6001]
 *   type=endpoint
 *   auth=6|001
 *   ;- /etc/asterisk/pjsip_wizard.conf
 *   [trunk]
 *   type=wizard
 *   `);
 *
 * The first file is /etc/asterisk/pjsip.conf unless the fixture starts with a `;- /path` line. `;- /path`
 * starts another file. One `|` in the whole fixture marks the cursor (write `\|` for a literal bar).
 * Leading indentation common to all lines is removed.
 */
import { analyzeFolder, type Analysis } from '../../server/src/analysis/analyze';
import type { FileProvider, SourceFile } from '../../server/src/model/types';
import type { DirEntry } from '../../server/src/model/paths';
import { parse } from '../../server/src/syntax';
import { categoryOf } from '../../server/src/rules/registry';

export const CONFIG_DIR = '/etc/asterisk';

export interface Fixture {
  files: Map<string, string>;
  /** Path of the file holding the cursor (or the first file). */
  path: string;
  offset: number;
  provider: FileProvider;
  analysis: Analysis;
  file: SourceFile;
}

export function dedent(s: string): string {
  const lines = s
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '\n')
    .split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(min)).join('\n');
}

export function parseFixture(src: string): { files: Map<string, string>; path: string; offset: number } {
  const text = dedent(src);
  const files = new Map<string, string>();
  let current = `${CONFIG_DIR}/pjsip.conf`;
  let buf: string[] = [];
  let cursorPath = '';
  let offset = -1;
  const flush = () => {
    let body = buf.join('\n');
    const i = findCursor(body);
    if (i >= 0) {
      cursorPath = current;
      offset = i - (body.slice(0, i).match(/\\\|/g)?.length ?? 0); // each `\|` before the cursor becomes one `|`
      body = body.slice(0, i) + body.slice(i + 1);
    }
    body = body.replace(/\\\|/g, '|');
    if (buf.length || !files.has(current)) files.set(current, body);
    buf = [];
  };
  const lines = text.split('\n');
  let first = true;
  for (const line of lines) {
    const m = /^;- (\S+)\s*$/.exec(line);
    if (m) {
      if (!first || buf.length) flush();
      current = m[1].startsWith('/') ? m[1] : `${CONFIG_DIR}/${m[1]}`;
      first = false;
      continue;
    }
    first = false;
    buf.push(line);
  }
  flush();
  return { files, path: cursorPath || [...files.keys()][0], offset };
}

function findCursor(s: string): number {
  for (let i = 0; i < s.length; i++) if (s[i] === '|' && s[i - 1] !== '\\') return i;
  return -1;
}

/** An in-memory provider over `files` (folders are derived from the paths). */
export function memoryProvider(files: Map<string, string>): FileProvider {
  const parsed = new Map<string, SourceFile>();
  return {
    read(path) {
      const text = files.get(path);
      if (text === undefined) return undefined;
      let f = parsed.get(path);
      if (!f || f.text !== text) parsed.set(path, (f = { path, text, tree: parse(text) }));
      return f;
    },
    listDir(dir) {
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      const out = new Map<string, DirEntry>();
      for (const p of files.keys()) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        const slash = rest.indexOf('/');
        const name = slash < 0 ? rest : rest.slice(0, slash);
        out.set(name, { name, isDirectory: slash >= 0 });
      }
      return out.size ? [...out.values()] : undefined;
    },
  };
}

export function fixture(src: string, opts: { asteriskVersion?: string } = {}): Fixture {
  const { files, path, offset } = parseFixture(src);
  const provider = memoryProvider(files);
  const analysis = analyzeFolder(
    CONFIG_DIR,
    provider,
    [...files.keys()].filter((p) => p.startsWith(CONFIG_DIR)),
    undefined,
    opts.asteriskVersion,
  );
  const file = analysis.files.get(path) ?? provider.read(path)!;
  return { files, path, offset, provider, analysis, file };
}

/** Diagnostics as `code@text-under-range` strings (file-local), for compact assertions. */
export function diagStrings(
  f: Pick<Fixture, 'analysis' | 'files'>,
  opts: { path?: string; withSeverity?: boolean; all?: boolean; noSecurity?: boolean } = {},
): string[] {
  return f.analysis.diagnostics
    .filter((d) => opts.all || d.path === (opts.path ?? [...f.files.keys()][0]))
    .filter((d) => opts.all || d.severity !== 'hint')
    .filter((d) => !opts.noSecurity || categoryOf(d.code) !== 'security')
    .map((d) => {
      const text = f.files.get(d.path)!.slice(d.start, d.end);
      return `${opts.withSeverity ? `${d.severity} ` : ''}${d.code}@${text}`;
    });
}

/** Codes of all diagnostics (all files), sorted, without hints and information. */
export function codes(src: string): string[] {
  const f = fixture(src);
  return f.analysis.diagnostics
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => d.code)
    .sort();
}
