/**
 * Symbols for navigation: what a section name or a reference stands for, where it is defined and where it is
 * used. A name is typed: `[6001]` can be an endpoint, an aor and an auth at once, and `auth=6001` only means
 * the auth.
 */
import type { Analysis } from '../analysis/analyze';
import { collectReferences } from '../model/references';
import type { PjsipObject, Reference, Section, SourceFile } from '../model/types';
import { lineText } from '../syntax';
import { cursorAt, type Cursor } from './cursor';
import type { Span } from './types';

export type NavSymbol =
  { kind: 'object'; type: string; name: string; objects: PjsipObject[] } | { kind: 'template'; section: Section };

/** The symbol under the cursor: a section header name, a reference, or a template name. */
export function symbolAt(a: Analysis, c: Cursor): NavSymbol | undefined {
  if (c.reference) return symbolOfReference(a, c.reference);
  if (c.slot.kind === 'section-name') return symbolOfSection(a, c.slot.section);
  return undefined;
}

export function symbolOfReference(a: Analysis, r: Reference): NavSymbol | undefined {
  if (r.targetType === 'template') {
    const t = r.targets[0];
    if (!t) return undefined;
    if (r.via === 'append') return symbolOfSection(a, t);
    return { kind: 'template', section: t };
  }
  return { kind: 'object', type: r.targetType, name: r.name, objects: a.index.get(r.targetType)?.get(r.name) ?? [] };
}

export function symbolOfSection(a: Analysis, s: Section): NavSymbol | undefined {
  const cat = s.appendTarget ?? (s.isAppend ? undefined : s);
  if (!cat) return undefined;
  if (cat.isTemplate || !cat.type || cat.type === 'wizard') return { kind: 'template', section: cat };
  const objs = (a.index.get(cat.type)?.get(cat.name) ?? []).filter((o) => o.section === cat);
  return { kind: 'object', type: cat.type, name: cat.name, objects: objs.length ? objs : [] };
}

/** Sections that define the symbol (with their `(+)` blocks). */
export function definitionsOf(sym: NavSymbol): Section[] {
  const out: Section[] = [];
  const add = (s: Section) => {
    if (!out.includes(s)) out.push(s);
  };
  if (sym.kind === 'template') {
    add(sym.section);
    for (const b of sym.section.appendedBy) add(b);
    return out;
  }
  for (const o of sym.objects) {
    add(o.section);
    if (!o.wizardPrefix) for (const b of o.section.appendedBy) add(b);
  }
  return out;
}

/** References to the symbol across the config set. */
interface RefIndex {
  /** Header references (`[x](tpl)`) by the section they name. */
  bySection: Map<Section, Reference[]>;
  /** Value references by target type, then name. */
  byName: Map<string, Map<string, Reference[]>>;
}

const refIndexes = new WeakMap<Analysis, RefIndex>();

/** References grouped by what they name, built once per analysis (code lenses ask for every section of a file). */
function refIndex(a: Analysis): RefIndex {
  let idx = refIndexes.get(a);
  if (idx) return idx;
  idx = { bySection: new Map(), byName: new Map() };
  for (const r of a.references) {
    if (r.via === 'append') continue; // an append block is a definition, not a use
    if (r.targetType === 'template') {
      for (const t of r.targets) {
        const l = idx.bySection.get(t);
        if (l) l.push(r);
        else idx.bySection.set(t, [r]);
      }
      continue;
    }
    let m = idx.byName.get(r.targetType);
    if (!m) idx.byName.set(r.targetType, (m = new Map<string, Reference[]>()));
    const l = m.get(r.name);
    if (l) l.push(r);
    else m.set(r.name, [r]);
  }
  refIndexes.set(a, idx);
  return idx;
}

/** How often each analysis was asked for references: the first few are answered by a scan, later ones by an index. */
const refQuestions = new WeakMap<Analysis, number>();
export const SCANS_BEFORE_INDEX = 3;

export function referencesTo(a: Analysis, sym: NavSymbol): Reference[] {
  const asked = (refQuestions.get(a) ?? 0) + 1;
  refQuestions.set(a, asked);
  // A few questions (hovers after an edit) build only what they need; code lenses ask for many and get the index.
  const idx = asked > SCANS_BEFORE_INDEX || refIndexes.has(a) ? refIndex(a) : scanIndex(a, sym);
  const out: Reference[] = [];
  const seen = new Set<Reference>();
  const add = (r: Reference) => {
    if (!seen.has(r)) {
      seen.add(r);
      out.push(r);
    }
  };
  for (const d of definitionsOf(sym)) {
    if (sym.kind === 'object' && d.isTemplate) continue;
    for (const r of idx.bySection.get(d) ?? []) add(r);
  }
  if (sym.kind === 'object') for (const r of idx.byName.get(sym.type)?.get(sym.name) ?? []) add(r);
  return out.sort((x, y) => (x.file.path < y.file.path ? -1 : x.file.path > y.file.path ? 1 : x.start - y.start));
}

/** The part of the index one symbol needs, from one pass that builds only the references naming it. */
function scanIndex(a: Analysis, sym: NavSymbol): RefIndex {
  const defs = new Set(definitionsOf(sym));
  const refs = collectReferences(a.configs, a.index, undefined, {
    header: (t) => t !== null && defs.has(t),
    value: (type, name) => sym.kind === 'object' && type === sym.type && name === sym.name,
  });
  const idx: RefIndex = { bySection: new Map(), byName: new Map() };
  for (const r of refs) {
    if (r.targetType === 'template') {
      for (const t of r.targets) {
        const l = idx.bySection.get(t);
        if (l) l.push(r);
        else idx.bySection.set(t, [r]);
      }
    } else {
      const m = idx.byName.get(r.targetType) ?? idx.byName.set(r.targetType, new Map()).get(r.targetType)!;
      const l = m.get(r.name);
      if (l) l.push(r);
      else m.set(r.name, [r]);
    }
  }
  return idx;
}

export function nameSpan(s: Section): Span {
  return { path: s.file.path, start: s.nameStart, end: s.nameEnd };
}

/** Every span that spells the symbol's name: definitions' header names and references. */
export function occurrences(a: Analysis, sym: NavSymbol): { span: Span; isDefinition: boolean }[] {
  const out: { span: Span; isDefinition: boolean }[] = [];
  for (const s of definitionsOf(sym))
    if (!(sym.kind === 'object' && sym.objects.some((o) => o.wizardPrefix && o.section === s)))
      out.push({ span: nameSpan(s), isDefinition: true });
  for (const r of referencesTo(a, sym))
    out.push({ span: { path: r.file.path, start: r.start, end: r.end }, isDefinition: false });
  return out;
}

export function symbolAtOffset(
  a: Analysis,
  file: SourceFile,
  offset: number,
): { cursor: Cursor; symbol: NavSymbol | undefined } {
  const cursor = cursorAt(a, file, offset);
  return { cursor, symbol: symbolAt(a, cursor) };
}

/** The comment lines written right above a section header (its documentation). */
export function commentsAbove(s: Section): string {
  const lines = s.file.tree.lines;
  const out: string[] = [];
  for (let i = s.line - 1; i >= 0; i--) {
    if (lines[i].kind !== 'comment') break;
    const text = lineText(s.file.tree, i).trim();
    const body = text
      .replace(/^;+-*\s?/, '')
      .replace(/\s*-*;?$/, '')
      .trim();
    if (/^[-=;*#_\s]*$/.test(body)) {
      if (out.length) break;
      continue;
    }
    out.unshift(body);
  }
  return out.join('\n');
}
