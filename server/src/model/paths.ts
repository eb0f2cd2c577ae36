/**
 * Pure POSIX-style path helpers and glob matching for `#include` resolution. Paths in the model are always
 * absolute and use `/` (Windows paths are given as `C:/...` by the caller). No IO here: directory listings come
 * from the injected file provider.
 */

export function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

/** Normalise `.` and `..` segments and duplicate slashes. */
export function normalize(p: string): string {
  const drive = /^[A-Za-z]:/.exec(p)?.[0] ?? '';
  const rest = p.slice(drive.length);
  const abs = rest.startsWith('/');
  const out: string[] = [];
  for (const seg of rest.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return drive + (abs ? '/' : '') + out.join('/');
}

export function join(dir: string, rel: string): string {
  return normalize(`${dir}/${rel}`);
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

export function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** `p` relative to `from` when it lies inside it, else `p` itself. */
export function relativeTo(from: string, p: string): string {
  const prefix = from.endsWith('/') ? from : `${from}/`;
  return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}

export function hasGlobMagic(p: string): boolean {
  return /[*?[{]/.test(p);
}

/** Most alternatives one include pattern may expand to (a hostile `{a,b}{a,b}...` would explode). */
export const MAX_GLOB_ALTERNATIVES = 1000;

/** Expand `{a,b}` alternatives (GLOB_BRACE), at most MAX_GLOB_ALTERNATIVES of them. */
export function expandBraces(p: string, budget = { left: MAX_GLOB_ALTERNATIVES }): string[] {
  const open = p.indexOf('{');
  if (open < 0) {
    budget.left--;
    return [p];
  }
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    if (p[i] === '{') depth++;
    else if (p[i] === '}' && --depth === 0) {
      const inner = p.slice(open + 1, i);
      const parts: string[] = [];
      let d = 0,
        s = 0;
      for (let j = 0; j <= inner.length; j++) {
        if (j === inner.length || (inner[j] === ',' && d === 0)) {
          parts.push(inner.slice(s, j));
          s = j + 1;
        } else if (inner[j] === '{') d++;
        else if (inner[j] === '}') d--;
      }
      if (parts.length < 2) return [p];
      const out: string[] = [];
      for (const part of parts) {
        if (budget.left <= 0) break;
        const more = expandBraces(p.slice(0, open) + part + p.slice(i + 1), budget);
        out.push(...more);
      }
      return out;
    }
  }
  return [p];
}

/** A RegExp for one path segment pattern (`*`, `?`, `[...]`); `*` does not match a leading dot. */
export function segmentMatcher(pattern: string): RegExp {
  let re = '^';
  if (pattern.startsWith('*') || pattern.startsWith('?')) re += '(?!\\.)';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      re += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`${re}$`);
  } catch {
    return /(?!)/; // a broken character class matches nothing, as glob(3) would
  }
}

export interface DirEntry {
  name: string;
  isDirectory: boolean;
}

/**
 * Expand a glob the way glob(3) with GLOB_NOMAGIC|GLOB_BRACE does: sorted matches; a pattern without magic
 * characters is returned as is (existence is checked by the caller).
 */
export function expandGlob(pattern: string, listDir: (dir: string) => DirEntry[] | undefined): string[] {
  const out: string[] = [];
  for (const alt of expandBraces(pattern)) {
    if (!hasGlobMagic(alt)) {
      out.push(normalize(alt));
      continue;
    }
    const segs = normalize(alt).split('/');
    let bases = [segs[0] === '' ? '/' : segs[0]];
    for (let k = 1; k < segs.length; k++) {
      const seg = segs[k];
      const last = k === segs.length - 1;
      const next: string[] = [];
      for (const base of bases) {
        if (!hasGlobMagic(seg)) {
          next.push(base === '/' ? `/${seg}` : `${base}/${seg}`);
          continue;
        }
        const entries = listDir(base);
        if (!entries) continue;
        const m = segmentMatcher(seg);
        for (const e of entries)
          if (m.test(e.name) && (last || e.isDirectory)) next.push(base === '/' ? `/${e.name}` : `${base}/${e.name}`);
      }
      bases = next;
    }
    out.push(...bases.sort());
  }
  return out;
}
