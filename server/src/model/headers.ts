/**
 * Section header lines, read the way Asterisk does: `[name](!)` marks a template, `[name](base,...)` copies the
 * variables of earlier sections into the new one, `[name](+)` adds the following lines to an earlier section.
 */
import type { Line, SectionItem } from '../syntax';
import { categoriesNamed, fatal, stopsHere, type FileRead, type LoadState } from './loadState';
import { HeaderParent, NO_ITEMS, Section } from './types';
import { msg, part, type MessageKeyOf, type MessageRef, type Part } from '../i18n/messages';

/** A `[...]` line (line `i`, starting at offset `base`). */
export function readSectionHeader(st: LoadState, fr: FileRead, i: number, line: Line, base: number): void {
  const { config, sink } = st;
  const file = fr.file;
  const h = line.section!;
  const sect = new Section(config, file, i, h, fr.dead);
  if (h.close < 0) {
    sink.add({
      path: file.path,
      start: base + line.codeStart,
      end: base + line.codeEnd,
      code: 'syntax-unclosed-section',
      msg: msg('syntax-unclosed-section/header', { stops: stopsHere(st, fr) }),
    });
    fatal(st, fr);
    return;
  }
  if (h.lparen >= 0 && h.rparen < 0) {
    sink.add({
      path: file.path,
      start: base + h.lparen,
      end: base + line.codeEnd,
      code: 'syntax-unclosed-section',
      msg: msg('syntax-unclosed-section/template-list', { stops: stopsHere(st, fr) }),
    });
    fatal(st, fr);
    return;
  }
  if (h.trailingStart >= 0) {
    const t = file.text.slice(base + h.trailingStart, base + h.trailingEnd);
    const looksLikeList = t.startsWith('(');
    sink.add({
      path: file.path,
      start: base + h.trailingStart,
      end: base + h.trailingEnd,
      code: 'section-trailing-text',
      msg:
        looksLikeList && h.lparen < 0
          ? msg(
              t.includes('!')
                ? 'section-trailing-text/space-before-template'
                : 'section-trailing-text/space-before-list',
              { text: t, name: h.name },
            )
          : msg('section-trailing-text/after-header', { text: t }),
    });
  }
  const into = readHeaderItems(st, fr, sect, base);
  if (!into) {
    // Asterisk stops here; keep the lines under this header attached to it (it never becomes an object).
    fr.cat = sect;
    fr.block = sect;
    sect.dead = true;
    fr.blocks.push(sect);
    sect.order = config.blocks.push(sect) - 1;
    return;
  }
  if (into === sect) {
    // a new category, not lines added to an earlier one with (+)
    config.categories.push(sect);
    const key = sect.name.toLowerCase();
    const found = st.byName.get(key);
    if (found === undefined) st.byName.set(key, sect);
    else if (Array.isArray(found)) found.push(sect);
    else st.byName.set(key, [found, sect]);
  }
  fr.cat = into;
  st.current = into;
  fr.block = sect;
  fr.blocks.push(sect);
  sect.order = config.blocks.push(sect) - 1;
}

/**
 * The `(...)` list, left to right: returns the category the following lines go to (`*cat` after the list: the
 * new section, or the section a `(+)` adds to), or null where Asterisk stops reading.
 */
function readHeaderItems(st: LoadState, fr: FileRead, sect: Section, base: number): Section | null {
  let into: Section = sect;
  for (const item of sect.header.items) {
    if (item.kind === 'template') {
      into.isTemplate = true;
    } else if (item.kind === 'append') {
      const target = appendTo(st, fr, sect, item, base, into === sect);
      if (!target) return null;
      into = target;
    } else if (!inherit(st, fr, sect, into, item)) {
      return null;
    }
  }
  return into;
}

/** `(+)` or `(+filter)`: the earlier section the lines are added to, or null (reported) when there is none. */
function appendTo(
  st: LoadState,
  fr: FileRead,
  sect: Section,
  item: SectionItem,
  base: number,
  first: boolean,
): Section | null {
  const name = sect.header.name;
  const filter = item.text.length > 1 ? item.text.slice(1) : null;
  const target = findCategory(st, name, filter, 'append');
  sect.isAppend = true;
  sect.appendFilter = filter;
  if (!target) {
    st.sink.add({
      path: fr.file.path,
      start: base + item.start,
      end: base + item.end,
      code: 'unresolved-template',
      msg: msg('unresolved-template/append', {
        name,
        note: hasTemplate(st, name) ? part('note/template-not-extensible') : undefined,
        stops: stopsHere(st, fr),
      }),
    });
    fatal(st, fr);
    return null;
  }
  sect.appendTarget = target;
  if (target.appendedBy === NO_ITEMS) target.appendedBy = [];
  target.appendedBy.push(sect);
  if (first) {
    target.isTemplate ||= sect.isTemplate;
    for (const v of sect.vars) target.vars.push(v);
    sect.vars = [];
  }
  return target;
}

/** `(base)`: copies the variables of the named section into `into`; false (reported) when there is none. */
function inherit(st: LoadState, fr: FileRead, sect: Section, into: Section, item: SectionItem): boolean {
  const parent = findCategory(st, item.text, null, 'inherit');
  const ref = new HeaderParent(sect, item.text, item.start, item.end, parent);
  if (sect.parents === NO_ITEMS)
    sect.parents = [ref]; // exact size: most sections name one template
  else sect.parents.push(ref);
  if (!parent) {
    st.sink.add({
      path: fr.file.path,
      start: ref.start,
      end: Math.max(ref.end, ref.start + 1),
      code: 'unresolved-template',
      msg: templateNotFound(item.text, stopsHere(st, fr)),
    });
    fatal(st, fr);
    return false;
  }
  if (parent.children === NO_ITEMS) parent.children = [];
  parent.children.push(into);
  for (const v of parent.vars) into.vars.push(v);
  return true;
}

/** The message for a `(name)` that names no earlier section. */
function templateNotFound(name: string, stops: Part): MessageRef<MessageKeyOf<'unresolved-template'>> {
  const note = /^\s|\s$/.test(name) ? part('note/spaces-in-parentheses') : undefined;
  return name === ''
    ? msg('unresolved-template/empty-name', { note, stops })
    : msg('unresolved-template/no-such-section', { name, note, stops });
}

function hasTemplate(st: LoadState, name: string): boolean {
  return (categoriesNamed(st, name) ?? []).some((s) => s.isTemplate);
}

/**
 * Asterisk's category lookup: case-insensitive name, first match in load order. For `(+)` only non-templates
 * match unless the filter says `TEMPLATES=include`; a filter is `name=value` regexes joined by `&`.
 */
function findCategory(st: LoadState, name: string, filter: string | null, mode: 'append' | 'inherit'): Section | null {
  const found = st.byName.get(name.toLowerCase());
  if (found === undefined) return null;
  if (mode === 'inherit') return Array.isArray(found) ? found[0] : found;
  const list = Array.isArray(found) ? found : [found];
  let templates: 0 | 1 | 2 = 0;
  const exprs: { n: RegExp; v: RegExp }[] = [];
  if (filter) {
    for (const part of filter.split('&')) {
      const eq = part.indexOf('=');
      const n = (eq >= 0 ? part.slice(0, eq) : part).trim();
      const v = eq >= 0 ? part.slice(eq + 1).trim() : '';
      if (n === 'TEMPLATES') {
        templates = v.toLowerCase() === 'include' ? 1 : v.toLowerCase() === 'restrict' ? 2 : 0;
        continue;
      }
      // Filters are regexes written by the admin; refuse the ones that could take exponential time on a value.
      if (n.length + v.length > 200 || /\([^)]*[+*][^)]*\)\s*[+*{]/.test(n + v)) return null;
      try {
        exprs.push({ n: new RegExp(n), v: new RegExp(v) });
      } catch {
        return null;
      }
    }
  }
  for (const s of list) {
    if (s.isTemplate ? templates === 0 : templates === 2) continue;
    if (exprs.every((e) => s.vars.some((v) => e.n.test(v.name) && e.v.test(v.value)))) return s;
  }
  return null;
}
