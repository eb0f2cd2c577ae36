/**
 * Hover: option docs on keys, value meanings, target summaries on references, and a full picture of a section
 * on its header (type, templates, effective options with where each comes from, users, CLI commands).
 */
import { SECRET_OPTION } from './secrets';
import { findCodec, findOption, getType } from '../schema/schema';
import { optionDoc, typeDoc, valueDoc } from '../schema/docs';
import type { Locale } from '../i18n/locale';
import { optionAt, optionElsewhere, targetFor } from '../schema/versioned';
import { relativeTo } from '../model/paths';
import { wizardFlags } from '../model/objects';
import type { Analysis } from '../analysis/analyze';
import type { PjsipObject, Section, SourceFile, Variable } from '../model/types';
import { cursorAt, optionFor, typeOf, type Cursor, type CursorSlot } from './cursor';
import type { AsteriskTarget } from '../schema/versions';
import { contextHover } from './dialplan';
import { aclHover } from './namedAcls';
import { commentsAbove, referencesTo, symbolOfReference, symbolOfSection, type NavSymbol } from './navigation';
import { isNotifyFile, notifyHover } from './notify';
import { isSipConf, sipConfHover } from './sipConf';
import type { HoverResult } from './types';
import { registrationSectionHover, retryOptionHover } from './registrationHover';
import { reachabilityHover } from './reachabilityHover';
import { defaultsNotSet } from './sectionDefaults';
import { singletonInEffect } from './singletonHover';
import { sectionHoverLabels, type SectionHoverLabels } from '../i18n/sectionHover';
import { hoverText, enHoverTexts } from '../i18n/ui/hoverTexts';
import { renderFailure, type Failure } from '../i18n/messages';

/** `locale` chooses the language of option, value and type documentation. */
export function hover(
  a: Analysis,
  file: SourceFile,
  offset: number,
  opts: { locale?: Locale } = {},
): HoverResult | undefined {
  if (isNotifyFile(file.path)) return notifyHover(file, offset, opts.locale);
  if (isSipConf(file.path)) return sipConfHover(file, offset, opts.locale);
  const c = cursorAt(a, file, offset);
  const slot = c.slot;
  const target = targetFor(a.options.asteriskVersion),
    locale = opts.locale;
  if (c.reference && slot.kind !== 'key') return referenceHover(a, c.reference, locale);
  const named = contextHover(a, c, locale) ?? aclHover(a, c, locale);
  if (named) return named;
  switch (slot.kind) {
    case 'key':
      return keyHover(c, slot, file, target, locale);
    case 'value':
      return valueHover(slot, file, target, locale);
    case 'section-name': {
      const sym = symbolOfSection(a, slot.section);
      const reg = registrationSectionHover(a, slot.section.appendTarget ?? slot.section, locale);
      return {
        markdown:
          sectionHover(a, slot.section, sym, { locale }) +
          (reg ? `\n\n${reg}` : '') +
          reachabilityHover(a, slot.section, locale),
        start: slot.section.nameStart,
        end: slot.section.nameEnd,
      };
    }
    case 'directive-arg': {
      const inc = a.configs.flatMap((x) => x.includes).find((i) => i.file === file && i.line === c.lineIndex);
      if (!inc) return undefined;
      const files = inc.targets.map((t) => `\`${relativeTo(a.options.configDir, t)}\``);
      const md = inc.targets.length
        ? hoverText(locale, 'includeReads', { files: files.join(locale === 'zh-cn' ? '、' : ', ') })
        : hoverText(locale, inc.try ? 'includeNoMatchTry' : 'includeNoMatch');
      return { markdown: md, start: inc.argStart, end: inc.argEnd };
    }
    default:
      return undefined;
  }
}

type SlotOf<K extends CursorSlot['kind']> = Extract<CursorSlot, { kind: K }>;
type MediaKey = Extract<keyof typeof enHoverTexts, `media.${string}`>;

/** Why an object does not load, in the reader's language, to end a sentence with (no closing stop in Chinese). */
function failureText(locale: Locale | undefined, f: Failure | undefined): string {
  const text = f === undefined ? String(f) : renderFailure(locale ?? 'en', f);
  return locale === 'zh-cn' ? text.replace(/[。.]+$/, '') : text;
}

/** On a name that refers to another section or object: a summary of the target. */
function referenceHover(a: Analysis, ref: NonNullable<Cursor['reference']>, locale?: Locale): HoverResult {
  const sym = symbolOfReference(a, ref);
  const md = sym ? symbolHover(a, sym, ref.targetType === 'template' ? undefined : ref.targetType, locale) : undefined;
  const unresolved =
    ref.targetType === 'template'
      ? hoverText(locale, 'unresolvedSection', { name: ref.name })
      : hoverText(locale, 'unresolvedObject', { type: ref.targetType, name: ref.name });
  return { markdown: md ?? unresolved, start: ref.start, end: ref.end };
}

/** On an option name: its documentation for the target release, with the admin's own note for the line. */
function keyHover(
  c: Cursor,
  slot: SlotOf<'key'>,
  file: SourceFile,
  target: AsteriskTarget,
  locale?: Locale,
): HoverResult | undefined {
  if (!slot.entry && c.line.kind !== 'assignment') return undefined;
  const key = c.line.assignment?.key ?? slot.text;
  const type = typeOf(slot.block);
  const found = optionFor(type, key);
  const prefix = found.prefix;
  const master = found.option ?? (type ? optionElsewhere(type, prefix ? key.slice(prefix.length) : key) : undefined);
  const option = master && optionAt(target, master);
  const note = lineNote(file, c.lineIndex);
  const retry = retryOptionHover(type, key, locale);
  if (option)
    return {
      markdown:
        optionDoc(option, { prefix, target, locale }) +
        (retry ? `\n\n${retry}` : '') +
        (note
          ? `\n\n---\n${note
              .split('\n')
              .map((l) => `> ${l}`)
              .join('\n')}`
          : ''),
      start: slot.start,
      end: slot.end,
    };
  if (!type) {
    const known = ['endpoint', 'aor', 'auth', 'transport', 'identify', 'registration']
      .map((t) => findOption(t, key))
      .find(Boolean);
    if (known)
      return {
        markdown: `${optionDoc(optionAt(target, known), { target, locale })}\n\n${hoverText(locale, 'noTypeYet')}`,
        start: slot.start,
        end: slot.end,
      };
  }
  return undefined;
}

/** On a value: the object type, the codec, or the meaning of the enum value. */
function valueHover(
  slot: SlotOf<'value'>,
  file: SourceFile,
  target: AsteriskTarget,
  locale?: Locale,
): HoverResult | undefined {
  const itemText = file.text.slice(slot.itemStart, slot.itemEnd).trim();
  if (slot.key.toLowerCase() === 'type' && !slot.key.includes('/')) {
    const t = file.text.slice(slot.valueStart, slot.valueEnd);
    return getType(t)
      ? { markdown: typeDoc(t, target, locale), start: slot.valueStart, end: slot.valueEnd }
      : undefined;
  }
  if (!slot.option) return undefined;
  const o = optionAt(target, slot.option);
  if (o.kind === 'codec-list') {
    const name = itemText.replace(/^!/, '').replace(/:.*$/, '');
    const cdc = findCodec(name);
    const negated = itemText.startsWith('!');
    if (name.toLowerCase() === 'all')
      return {
        markdown: hoverText(locale, negated ? 'codecAllRemoved' : 'codecAll'),
        start: slot.itemStart,
        end: slot.itemEnd,
      };
    if (cdc) {
      const mediaKey = `media.${cdc.media}`;
      const media = mediaKey in enHoverTexts ? hoverText(locale, mediaKey as MediaKey) : cdc.media;
      const p = { name: cdc.name, media };
      return {
        markdown: cdc.sampleRate
          ? hoverText(locale, negated ? 'codecRateNegated' : 'codecRate', { ...p, khz: cdc.sampleRate / 1000 })
          : hoverText(locale, negated ? 'codecNegated' : 'codec', p),
        start: slot.itemStart,
        end: slot.itemEnd,
      };
    }
    return undefined;
  }
  const val = o.kind === 'enum-list' ? itemText : file.text.slice(slot.valueStart, slot.valueEnd);
  const md = valueDoc(o, val, target, locale);
  if (md)
    return {
      markdown: md,
      start: o.kind === 'enum-list' ? slot.itemStart : slot.valueStart,
      end: o.kind === 'enum-list' ? slot.itemEnd : slot.valueEnd,
    };
  return undefined;
}

/** The admin's own note for an option line: comment lines right above it and its trailing comment. */
function lineNote(file: SourceFile, i: number): string {
  const { lines, lineStarts } = file.tree;
  const text = (k: number, from: number, to: number) =>
    file.text
      .slice(lineStarts[k] + from, lineStarts[k] + to)
      .replace(/^;+\s?/, '')
      .trim();
  const out: string[] = [];
  for (let k = i - 1; k >= 0 && lines[k].kind === 'comment' && !lines[k].comments.some((c) => c.block); k--) {
    const t = text(k, lines[k].comments[0].start, lines[k].comments[0].end);
    if (/^[-=;*#_\s]*$/.test(t) || /^pjsip-disable/.test(t)) break;
    out.unshift(t);
  }
  const trailing = lines[i].comments.find((c) => !c.block);
  if (trailing) {
    const t = text(i, trailing.start, trailing.end);
    if (t && !/^pjsip-disable/.test(t)) out.push(t);
  }
  return out.join('\n');
}

function where(a: Analysis, s: Section): string {
  return `${relativeTo(a.options.configDir, s.file.path)}:${s.line + 1}`;
}

/** Summary of what a reference points at. */
function symbolHover(a: Analysis, sym: NavSymbol, type?: string, locale?: Locale): string | undefined {
  if (sym.kind === 'template') return sectionHover(a, sym.section, sym, { fromReference: true, locale });
  if (!sym.objects.length) return undefined;
  const o = sym.objects[0];
  if (o.wizardPrefix) {
    const generated = hoverText(locale, 'wizardGenerated', {
      type: String(type),
      name: sym.name,
      wizard: o.section.name,
      where: where(a, o.section),
      prefix: o.wizardPrefix,
    });
    return o.loads
      ? generated
      : `${generated}\n\n${hoverText(locale, 'wizardNotLoading', { why: failureText(locale, o.failureReason) })}`;
  }
  return sectionHover(a, o.section, sym, { onlyType: type, fromReference: true, locale });
}

const CLI: Record<string, (id: string) => string[]> = {
  endpoint: (id) => [`pjsip show endpoint ${id}`],
  aor: (id) => [`pjsip show aor ${id}`, `pjsip show contacts`],
  auth: (id) => [`pjsip show auth ${id}`],
  transport: (id) => [`pjsip show transport ${id}`],
  identify: (id) => [`pjsip show identify ${id}`],
  registration: (id) => [`pjsip show registration ${id}`, `pjsip send register ${id}`],
  'outbound-publish': (id) => [`pjsip show outbound-publish ${id}`],
};

/**
 * A compact picture of a section: what it is, its templates, who refers to it, what is wrong, then the effective
 * options it does not write itself (inherited ones; all of them when hovering a reference to it, away from its
 * lines), and the CLI commands to inspect it.
 */
function sectionHover(
  a: Analysis,
  s: Section,
  sym: NavSymbol | undefined,
  opts: { onlyType?: string; fromReference?: boolean; locale?: Locale } = {},
): string {
  const { onlyType, fromReference = false, locale } = opts;
  const L = sectionHoverLabels(locale);
  const cat = s.appendTarget ?? s;
  const type = typeOf(cat);
  const kind = cat.isTemplate ? (type ? L.templateFor(type) : L.template) : (type ?? L.noType);
  const what = type && type !== 'wizard' && !onlyType ? typeSummary(type, a, locale) : '';
  const parts: string[] = [
    `**[${cat.name}]** — ${kind}${what ? `${locale === 'zh-cn' ? '：' : ': '}${what}` : ''}${s.isAppend ? L.addedWith(where(a, s)) : ''}`,
  ];
  const doc = cleanBanners(commentsAbove(cat));
  if (doc)
    parts.push(
      doc
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n'),
    );
  const chain = templateChain(cat);
  if (chain.length)
    parts.push(`${L.inherits}${L.after}${chain.map((t) => `\`[${t.name}]\` (${where(a, t)})`).join(' ← ')}`);
  if (cat.config.kind === 'wizard' && !cat.isTemplate) parts.push(wizardObjects(a, cat, L, locale));
  if (sym) parts.push(...usersAndProblems(a, sym, L, locale));
  const inEffect = singletonInEffect(a, cat, locale);
  if (inEffect) parts.push(inEffect);
  const shown = cat.vars.filter(
    (v) => !v.synthetic && (fromReference || (v.entry.block.appendTarget ?? v.entry.block) !== cat),
  );
  if (shown.length) parts.push(optionTable(a, cat, shown, fromReference ? L.option : L.inheritedOption, L));
  const defaults = fromReference ? '' : defaultsNotSet(cat, type, targetFor(a.options.asteriskVersion), locale);
  if (defaults) parts.push(defaults);
  const cmds = type && !cat.isTemplate && CLI[type] ? CLI[type](cat.name) : [];
  if (cmds.length)
    parts.push(`${L.cli}${L.after}${cmds.map((x) => `\`${x}\``).join(locale === 'zh-cn' ? '、' : ', ')}`);
  return parts.join('\n\n');
}

/** The first clause of the type's description, without its bold name. */
function typeSummary(type: string, a: Analysis, locale?: Locale): string {
  const first = typeDoc(type, targetFor(a.options.asteriskVersion), locale).split(/\. |。/)[0];
  return first.replace(/^\*\*[^*]+\*\* — /, '').replace(/\.$/, '');
}

/** Comment banners like `; ---- ITSP trunk ----` lose their decoration; lines of decoration only go. */
export function cleanBanners(text: string): string {
  return text
    .split('\n')
    .map((l) =>
      l
        .replace(/^[\s\-=*#~_+]{2,}|[\s\-=*#~_+]{2,}$/g, '')
        .replace(/^[-=*#~_]+\s|\s[-=*#~_]+$/g, '')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

function usersAndProblems(a: Analysis, sym: NavSymbol, L: SectionHoverLabels, locale?: Locale): string[] {
  const out: string[] = [];
  const refs = referencesTo(a, sym);
  if (refs.length) {
    const shown = refs
      .slice(0, 8)
      .map((r) =>
        L.usedIn(
          r.via === 'section' ? `[${r.section.name}](…)` : (r.entry?.assignment.key ?? r.via),
          r.section.name,
          `${relativeTo(a.options.configDir, r.file.path)}:${lineOf(r.file, r.start)}`,
        ),
      );
    out.push(
      `${L.usedBy(refs.length)}${L.after}${shown.join(locale === 'zh-cn' ? '、' : ', ')}${refs.length > 8 ? (locale === 'zh-cn' ? '、…' : ', …') : ''}`,
    );
  } else if (sym.kind === 'object' && ['auth', 'aor', 'transport'].includes(sym.type)) out.push(L.nothingRefers);
  if (sym.kind === 'object') {
    const failing = sym.objects.filter((o) => !o.loads);
    if (failing.length)
      out.push(`⚠ ${L.willNotLoad}${L.after}${failureText(locale, failing[0].failureReason)}${L.stop}`);
  }
  return out;
}

const MAX_ROWS = 12;

function optionTable(a: Analysis, cat: Section, vars: Variable[], heading: string, L: SectionHoverLabels): string {
  const rows = vars
    .slice(0, MAX_ROWS)
    .map(
      (v) =>
        `| ${mdCell(v.name)} | ${SECRET_OPTION.test(v.name) && v.value ? '•••' : mdCell(v.value)} | ${origin(a, cat, v, L)} |`,
    );
  const more = vars.length > MAX_ROWS ? [`| … | ${L.more(vars.length - MAX_ROWS)} | |`] : [];
  return [`| ${heading} | ${L.value} | ${L.from} |`, '|---|---|---|', ...rows, ...more].join('\n');
}

function lineOf(file: SourceFile, offset: number): number {
  let lo = 0,
    hi = file.tree.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (file.tree.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function mdCell(s: string): string {
  const t = s.length > 60 ? `${s.slice(0, 57)}…` : s;
  return `\`${t.replace(/\|/g, '\\|').replace(/`/g, "'")}\``;
}

function origin(a: Analysis, cat: Section, v: Variable, L: SectionHoverLabels): string {
  const e = v.entry;
  const blk = e.block.appendTarget ?? e.block;
  const at = `${relativeTo(a.options.configDir, e.file.path)}:${e.line + 1}`;
  const ext = v.extendedBy?.length ? ` + ${v.extendedBy.map((x) => L.line(x.line + 1)).join(', ')}` : '';
  if (blk === cat) {
    const line =
      e.file !== cat.file ? L.lineOf(e.line + 1, relativeTo(a.options.configDir, e.file.path)) : L.line(e.line + 1);
    return `${e.block !== cat ? '(+) ' : ''}${line}${ext}`;
  }
  return `${L.templateAt(blk.name, at)}${ext}`;
}

function templateChain(s: Section): Section[] {
  const out: Section[] = [];
  const walk = (x: Section) => {
    for (const p of x.parents)
      if (p.target && !out.includes(p.target)) {
        out.push(p.target);
        walk(p.target);
      }
  };
  walk(s);
  return out;
}

function wizardObjects(a: Analysis, s: Section, L: SectionHoverLabels, locale?: Locale): string {
  const objs: PjsipObject[] = a.objects.filter((o) => o.section === s && o.wizardPrefix);
  const f = wizardFlags(s.vars);
  const lines = objs.map(
    (o) =>
      `- ${o.type} \`${o.id}\`${o.loads ? '' : ` — ⚠ ${L.notCreated}${L.after}${failureText(locale, o.failureReason)}`}`,
  );
  const flags = Object.entries(f)
    .filter(([k, v]) => k !== 'remoteHosts' && v)
    .map(([k]) => k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`));
  return `${L.generates}\n${lines.join('\n') || `- ${L.nothing}`}${flags.length ? `\n\n${L.flags}${L.after}${flags.join(', ')}` : ''}${f.remoteHosts.length ? `${locale === 'zh-cn' ? '；' : '; '}${L.remoteHosts}${L.after}${f.remoteHosts.join(', ')}` : ''}`;
}
