/** Document symbols (sections with their options), workspace symbols, folding ranges, code lenses, links. */
import type { Locale } from '../i18n/locale';
import { navigationText as tr } from '../i18n/ui/navigationTexts';
import type { Analysis } from '../analysis/analyze';
import type { Section, SourceFile } from '../model/types';
import { lineContentEnd } from '../syntax';
import { typeOf } from './cursor';
import { referencesTo, symbolOfSection } from './navigation';
import { shownValue } from './secrets';
import type { DocSymbol, FoldRange, LensResult, Span, SymbolKindName, WorkspaceSymbol } from './types';

const KIND: Record<string, SymbolKindName> = {
  endpoint: 'object',
  aor: 'namespace',
  auth: 'key',
  transport: 'interface',
  identify: 'struct',
  registration: 'event',
  wizard: 'module',
  global: 'module',
  system: 'module',
  acl: 'struct',
  template: 'class',
};

/** Last line of a block that is not blank or a comment (what folding and symbols should cover). */
export function lastContentLine(s: Section): number {
  const lines = s.file.tree.lines;
  let i = s.lastLine;
  while (i > s.line && (lines[i].kind === 'blank' || lines[i].kind === 'comment')) i--;
  return i;
}

function detailOf(s: Section): string {
  const cat = s.appendTarget ?? s;
  const type = typeOf(s);
  const bits = [type ?? 'no type'];
  if (cat.isTemplate) bits.push('template');
  if (s.isAppend) bits.push('(+)');
  const parents = s.parents.map((p) => p.name).filter(Boolean);
  if (parents.length) bits.push(`from ${parents.join(', ')}`);
  return bits.join(' · ');
}

export function documentSymbols(a: Analysis, file: SourceFile): DocSymbol[] {
  const blocks = uniqueBlocks(a.sectionsByFile.get(file.path) ?? []);
  return blocks.map((s) => {
    const end = lineContentEnd(file.tree, lastContentLine(s));
    const children: DocSymbol[] = s.own
      .filter((e) => e.file === file)
      .map((e) => ({
        name: e.assignment.key,
        detail: shownValue(e.assignment.key, e.assignment.value),
        kind: 'property' as const,
        start: e.keyStart,
        end: Math.max(e.valueEnd, e.keyEnd),
        selStart: e.keyStart,
        selEnd: e.keyEnd,
        children: [],
      }));
    const cat = s.appendTarget ?? s;
    return {
      name: s.name || '(unnamed)',
      detail: detailOf(s),
      kind: cat.isTemplate ? 'class' : (KIND[typeOf(s) ?? ''] ?? 'object'),
      start: s.headerStart,
      end,
      selStart: s.nameStart,
      selEnd: s.nameEnd,
      children,
    };
  });
}

function uniqueBlocks(blocks: readonly Section[]): Section[] {
  const out: Section[] = [];
  for (const b of blocks) if (!out.length || out[out.length - 1].line !== b.line) out.push(b);
  return out;
}

export function workspaceSymbols(a: Analysis, query: string): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const out: WorkspaceSymbol[] = [];
  for (const [, blocks] of a.sectionsByFile) {
    for (const s of uniqueBlocks(blocks)) {
      if (q && !fuzzy(s.name.toLowerCase(), q)) continue;
      const cat = s.appendTarget ?? s;
      out.push({
        name: s.name,
        detail: detailOf(s),
        kind: cat.isTemplate ? 'class' : (KIND[typeOf(s) ?? ''] ?? 'object'),
        path: s.file.path,
        start: s.nameStart,
        end: s.nameEnd,
      });
      if (out.length >= 5000) return out;
    }
  }
  return out;
}

function fuzzy(name: string, q: string): boolean {
  if (name.includes(q)) return true;
  let i = 0;
  for (const ch of name) if (ch === q[i] && ++i === q.length) return true;
  return false;
}

export function foldingRanges(a: Analysis, file: SourceFile): FoldRange[] {
  const out: FoldRange[] = [];
  for (const s of uniqueBlocks(a.sectionsByFile.get(file.path) ?? [])) {
    const end = lastContentLine(s);
    if (end > s.line) out.push({ startLine: s.line, endLine: end, kind: 'region' });
  }
  const lines = file.tree.lines;
  let runStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const l = lines[i];
    // block comments spanning lines
    if (l && l.depthIn <= 0 && l.depthOut > 0) {
      let j = i + 1;
      while (j < lines.length && lines[j].depthOut > 0) j++;
      if (j < lines.length && j > i) out.push({ startLine: i, endLine: j, kind: 'comment' });
    }
    const isComment =
      !!l && l.kind === 'comment' && l.depthIn === 0 && l.depthOut === 0 && !l.comments.some((c) => c.block);
    if (isComment) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - 1 > runStart) out.push({ startLine: runStart, endLine: i - 1, kind: 'comment' });
    runStart = -1;
  }
  return out;
}

/** "N references" above sections that other sections refer to (or could: auth, aor, transport, endpoint, templates). */
export function codeLenses(a: Analysis, file: SourceFile, locale?: Locale): LensResult[] {
  const out: LensResult[] = [];
  for (const s of uniqueBlocks(a.sectionsByFile.get(file.path) ?? [])) {
    if (s.isAppend) continue;
    const sym = symbolOfSection(a, s);
    if (!sym) continue;
    const relevant =
      sym.kind === 'template'
        ? s.isTemplate || s.children.length > 0
        : ['auth', 'aor', 'transport', 'endpoint', 'outbound-publish', 'asterisk-publication'].includes(sym.type);
    if (!relevant) continue;
    const refs = referencesTo(a, sym);
    // endpoints and transports are often used without being named anywhere: only count the ones that are
    if (!refs.length && sym.kind === 'object' && (sym.type === 'endpoint' || sym.type === 'transport')) continue;
    const locations: Span[] = refs.map((r) => ({ path: r.file.path, start: r.start, end: r.end }));
    out.push({
      path: file.path,
      start: s.nameStart,
      end: s.nameEnd,
      title: refs.length === 1 ? tr(locale, 'oneReference') : tr(locale, 'references', { n: refs.length }),
      locations,
    });
  }
  return out;
}

/** `#include` arguments as links to the files they read. */
export function documentLinks(a: Analysis, file: SourceFile): { start: number; end: number; target: string }[] {
  const out: { start: number; end: number; target: string }[] = [];
  const seen = new Set<number>();
  for (const c of a.configs)
    for (const inc of c.includes) {
      if (inc.file !== file || !inc.targets.length || seen.has(inc.argStart)) continue;
      seen.add(inc.argStart);
      out.push({ start: inc.argStart, end: inc.argEnd, target: inc.targets[0] });
    }
  return out;
}
