/**
 * Completion: option names of the section's effective type (through templates and wizard prefixes), values
 * (types, enums, booleans, codecs, names of sections of the referenced type), template names inside `[x](`,
 * directives and include paths.
 */
import { isNotifyFile, notifyCompletion } from './notify';
import { isSipConf } from './sipConf';
import { codecs, configurableTypes, getType, wizardPrefixes, type OptionInfo } from '../schema/schema';
import { optionDoc, typeDoc, valueDoc } from '../schema/docs';
import type { Locale } from '../i18n/locale';
import { docWords } from '../i18n/docWords';
import { purposeText } from '../i18n/texts';
import { completionText as tr, zhCodecMedia } from '../i18n/ui/completionTexts';
import { optionAt, optionsAt, targetFor } from '../schema/versioned';
import { codecExists, hasOption, hasType, type AsteriskTarget } from '../schema/versions';
import { optionSortText, usageOf } from '../schema/frequencies';
import { relativeTo, type DirEntry } from '../model/paths';
import type { Analysis } from '../analysis/analyze';
import type { Section, SourceFile } from '../model/types';
import { cursorAt, typeOf, type Cursor, type CursorSlot } from './cursor';
import { contextCompletions } from './dialplan';
import { aclCompletions } from './namedAcls';
import { snippetsFor, snippetText, snippetWords } from './snippets';
import type { Completion } from './types';

export interface CompletionOptions {
  /** `key = value` (spaced) or `key=value` (compact). */
  style?: 'spaced' | 'compact';
  /** Directory listing for include paths (IO is injected). */
  listDir?: (dir: string) => DirEntry[] | undefined;
  /** The language of the documentation. */
  locale?: Locale;
  /**
   * At most this many section names (those starting with what is typed, in label order): a set of thousands of
   * sections does not build thousands of items that the editor is never shown.
   */
  nameLimit?: number;
}

/** Candidates; `incomplete` when some were left out (`nameLimit`), so the editor must ask again as the user types. */
export type Completions = Completion[] & { incomplete?: true };

export function complete(a: Analysis, file: SourceFile, offset: number, opts: CompletionOptions = {}): Completions {
  if (isNotifyFile(file.path)) return notifyCompletion(file, offset, opts.locale);
  if (isSipConf(file.path)) return []; // chan_sip's keys are not PJSIP options
  const c = cursorAt(a, file, offset);
  const slot = c.slot;
  const target = targetFor(a.options.asteriskVersion);
  switch (slot.kind) {
    case 'key': {
      const keys = keyCompletions(c, slot, file, offset, target, opts);
      return c.line.assignment ? keys : [...keys, ...snippetCompletions(a, file, slot, offset, target, opts.locale)];
    }
    case 'value':
      return (
        contextCompletions(a, slot, opts.locale) ??
        aclCompletions(a, slot, opts.locale) ??
        valueCompletions(a, target, slot, file, opts, offset)
      );
    case 'section-item':
      return sectionItemCompletions(a, slot, file, offset, opts.locale);
    case 'directive-name':
      return directiveNames(slot, offset, opts.locale);
    case 'directive-arg':
      return includePaths(a, slot.text, slot.start, Math.max(slot.end, offset), opts.listDir, file);
    default:
      return [];
  }
}

type SlotOf<K extends CursorSlot['kind']> = Extract<CursorSlot, { kind: K }>;

/** Option names on a key position: of the section's type, of every type when it has none, or the wizard's. */
function keyCompletions(
  c: Cursor,
  slot: SlotOf<'key'>,
  file: SourceFile,
  offset: number,
  target: AsteriskTarget,
  opts: CompletionOptions,
): Completion[] {
  const locale = opts.locale;
  if (!slot.block) return [];
  const cat = slot.block.appendTarget ?? slot.block;
  const type = typeOf(slot.block);
  const eq = opts.style === 'spaced' ? ' = ' : '=';
  const taken = takenOptions(cat, c.lineIndex, file);
  const range = { start: slot.start, end: Math.max(slot.end, offset) };
  if (type === 'wizard') return wizardKeys(target, slot.text, taken, range, eq, locale);
  if (!type) {
    const out: Completion[] = [
      {
        label: 'type',
        kind: 'option',
        detail: tr(locale, 'typeDetail'),
        documentation: tr(locale, 'typeDoc'),
        insertText: `type${eq}`,
        ...range,
        sortText: '0',
        retrigger: true,
      },
    ];
    const seen = new Map<string, OptionInfo[]>();
    for (const t of configurableTypes())
      for (const o of optionsAt(target, t.name))
        if (!o.wildcard && o.name !== 'type') (seen.get(o.name) ?? seen.set(o.name, []).get(o.name)!).push(o);
    for (const [name, list] of seen) {
      out.push({
        label: name,
        kind: 'option',
        detail: list.map((o) => o.type).join(', '),
        documentation: optionDoc(list[0], { target, locale }),
        insertText: `${name}${eq}`,
        ...range,
        sortText: optionSortText(
          '',
          name,
          list.every((o) => o.deprecated),
          list.reduce((n, o) => n + usageOf(o.type, name), 0),
        ),
        retrigger: true,
        deprecated: list.every((o) => o.deprecated),
      });
    }
    return out;
  }
  const t = getType(type);
  if (!t) return [];
  // a type a template sets is not written again (the section has it: offering `type` only invites a second one)
  if (cat.vars.some((v) => v.name.toLowerCase() === 'type')) taken.add('type');
  return optionsAt(target, t.name)
    .filter((o) => !o.wildcard && !(taken.has(o.name.toLowerCase()) && !o.repeatable))
    .map((o) => ({
      label: o.name,
      kind: 'option' as const,
      detail: tr(locale, o.deprecated ? 'deprecatedOptionDetail' : 'optionDetail', { type }),
      documentation: optionDoc(o, { target, locale }),
      insertText: `${o.name}${eq}`,
      ...range,
      sortText: optionSortText(t.name, o.name, !!o.deprecated),
      deprecated: !!o.deprecated,
      retrigger: true,
    }));
}

/**
 * Snippets on a line of their own: the ones for this kind of file (wizard or pjsip), written for the target
 * release, each once. The word typed is replaced; the snippet starts a new section.
 */
function snippetCompletions(
  a: Analysis,
  file: SourceFile,
  slot: SlotOf<'key'>,
  offset: number,
  target: AsteriskTarget,
  locale?: Locale,
): Completion[] {
  const kind =
    slot.block?.config.kind ??
    a.configs.find((x) => x.files.includes(file))?.kind ??
    (/wizard/i.test(basename(file.path)) ? 'wizard' : 'pjsip');
  return snippetsFor(kind).map((s, i) => {
    const words = snippetWords(s, locale);
    return {
      label: s.label,
      kind: 'snippet' as const,
      detail: words.name,
      documentation: words.description,
      insertText: snippetText(s, target),
      snippet: true,
      start: slot.start,
      end: Math.max(slot.end, offset),
      sortText: `z${String(i).padStart(2, '0')}`,
    };
  });
}

/** Inside `[name](...)`: `!`, `+` and the sections to inherit from. */
function sectionItemCompletions(
  a: Analysis,
  slot: SlotOf<'section-item'>,
  file: SourceFile,
  offset: number,
  locale?: Locale,
): Completion[] {
  const config = slot.section?.config ?? a.configs.find((x) => x.files.includes(file));
  if (!config) return [];
  const out: Completion[] = [
    {
      label: '!',
      kind: 'template',
      detail: tr(locale, 'templateMarkDetail'),
      documentation: tr(locale, 'templateMarkDoc'),
      start: slot.itemStart,
      end: Math.max(slot.itemEnd, offset),
      sortText: '0',
    },
    {
      label: '+',
      kind: 'template',
      detail: tr(locale, 'appendMarkDetail'),
      documentation: tr(locale, 'appendMarkDoc'),
      start: slot.itemStart,
      end: Math.max(slot.itemEnd, offset),
      sortText: '0',
    },
  ];
  const seen = new Set<string>();
  for (const s of config.categories) {
    if (
      s === slot.section ||
      seen.has(s.name) ||
      (slot.section && s.line >= slot.section.line && s.file === slot.section.file)
    )
      continue;
    seen.add(s.name);
    out.push({
      label: s.name,
      kind: 'template',
      detail: s.isTemplate
        ? s.type
          ? tr(locale, 'typedTemplateDetail', { type: s.type })
          : tr(locale, 'templateDetail')
        : (s.type ?? tr(locale, 'sectionDetail')),
      documentation: sectionLine(a, s, locale),
      start: slot.itemStart,
      end: Math.max(slot.itemEnd, offset),
      sortText: `${s.isTemplate ? '1' : '2'}${s.name}`,
    });
  }
  return out;
}

function directiveNames(slot: SlotOf<'directive-name'>, offset: number, locale?: Locale): Completion[] {
  return ['include', 'tryinclude', 'exec'].map((d) => ({
    label: d,
    kind: 'directive' as const,
    start: slot.start,
    end: Math.max(slot.end, offset),
    detail: tr(locale, d === 'include' ? 'includeDetail' : d === 'tryinclude' ? 'tryincludeDetail' : 'execDetail'),
    insertText: `${d} `,
    retrigger: d !== 'exec',
  }));
}

/** Non-repeatable options written in the section itself (its own lines and `(+)` blocks), except on `line`. */
function takenOptions(cat: Section, line: number, file: SourceFile): Set<string> {
  const out = new Set<string>();
  for (const blk of [cat, ...cat.appendedBy])
    for (const e of blk.own) if (!(e.file === file && e.line === line)) out.add(e.assignment.key.toLowerCase());
  return out;
}

function wizardKeys(
  target: AsteriskTarget,
  text: string,
  taken: Set<string>,
  range: { start: number; end: number },
  eq: string,
  locale?: Locale,
): Completion[] {
  const out: Completion[] = [];
  const prefix = wizardPrefixes().find((p) => text.startsWith(p.prefix));
  if (prefix) {
    for (const o of optionsAt(target, prefix.targetType)) {
      if (o.wildcard || o.name === 'type' || (taken.has(prefix.prefix + o.name.toLowerCase()) && !o.repeatable))
        continue;
      out.push({
        label: prefix.prefix + o.name,
        kind: 'option',
        detail: tr(locale, 'prefixedOptionDetail', { targetType: prefix.targetType, objectId: prefix.objectId }),
        documentation: optionDoc(o, { prefix: prefix.prefix, target, locale }),
        insertText: `${prefix.prefix}${o.name}${eq}`,
        ...range,
        sortText: optionSortText(prefix.targetType, o.name, !!o.deprecated),
        deprecated: !!o.deprecated,
        retrigger: true,
      });
    }
    return out;
  }
  for (const o of optionsAt(target, 'wizard')) {
    if (taken.has(o.name.toLowerCase())) continue;
    out.push({
      label: o.name,
      kind: 'option',
      detail: tr(locale, 'wizardOptionDetail'),
      documentation: optionDoc(o, { target, locale }),
      insertText: `${o.name}${eq}`,
      ...range,
      sortText: optionSortText('wizard', o.name, !!o.deprecated),
      deprecated: !!o.deprecated,
      retrigger: true,
    });
  }
  for (const p of wizardPrefixes()) {
    out.push({
      label: p.prefix,
      kind: 'prefix',
      detail: tr(locale, 'prefixDetail', { targetType: p.targetType, objectId: p.objectId }),
      documentation: docWords(locale).sentence(purposeText(locale, 'wizard', `${p.prefix}*`, p.purpose)),
      insertText: p.prefix,
      ...range,
      sortText: `2${p.prefix}`,
      retrigger: true,
    });
  }
  return out;
}

function valueCompletions(
  a: Analysis,
  target: AsteriskTarget,
  slot: Extract<ReturnType<typeof cursorAt>['slot'], { kind: 'value' }>,
  file: SourceFile,
  opts: CompletionOptions,
  offset: number,
): Completion[] {
  const locale = opts.locale;
  const range = { start: slot.itemStart, end: slot.itemEnd };
  if (slot.key.toLowerCase() === 'type' && !slot.key.includes('/')) return typeValues(target, slot, file, locale);
  if (!slot.option || !hasOption(target, slot.option.type, slot.option.name)) return [];
  const o = optionAt(target, slot.option);
  const out: Completion[] = [];
  if (o.kind === 'bool') {
    ['yes', 'no'].forEach((v, i) =>
      out.push({
        label: v,
        kind: 'boolean',
        detail: o.default === v ? tr(locale, 'defaultMark') : undefined,
        sortText: valueSortText(o.default, v, i),
        ...range,
        start: slot.valueStart,
        end: Math.max(slot.valueEnd, slot.itemEnd),
      }),
    );
    return out;
  }
  if (o.kind === 'codec-list') return codecValues(target, slot, locale);
  if (o.values?.length) {
    o.values.forEach((v, i) => {
      const deprecated = !!o.deprecatedValues?.includes(v);
      out.push({
        label: v,
        kind: 'enum',
        detail: enumDetail(o.default === v, deprecated, locale),
        documentation: valueDoc(o, v, target, locale),
        sortText: deprecated ? `9${v}` : valueSortText(o.default, v, i),
        ...range,
        deprecated,
      });
    });
    if (o.acceptsBooleans)
      for (const v of ['yes', 'no']) if (!o.values.includes(v)) out.push({ label: v, kind: 'boolean', ...range });
    return out;
  }
  if (o.target) {
    const typed = file.text.slice(range.start, Math.max(range.start, offset)).toLowerCase();
    return sectionNames(a, o.target, range, typed, opts.nameLimit ?? Infinity, locale);
  }
  return out;
}

type ValueSlot = Extract<ReturnType<typeof cursorAt>['slot'], { kind: 'value' }>;

/** `type=`: the object types (only `wizard` in pjsip_wizard.conf). */
function typeValues(target: AsteriskTarget, slot: ValueSlot, file: SourceFile, locale?: Locale): Completion[] {
  const wizardFile = slot.block?.config.kind === 'wizard' || (!slot.block && /wizard/i.test(file.path));
  const types = wizardFile
    ? ['wizard']
    : configurableTypes()
        .map((t) => t.name)
        .filter((t) => hasType(target, t));
  return types.map((t) => ({
    label: t,
    kind: 'type' as const,
    documentation: typeDoc(t, target, locale),
    start: slot.valueStart,
    end: Math.max(slot.valueEnd, slot.itemEnd),
    sortText: typeSortText(t),
  }));
}

/** The types a phone needs first (endpoint, aor, auth), then the others by name. */
const FIRST_TYPES = ['endpoint', 'aor', 'auth'];
function typeSortText(t: string): string {
  const i = FIRST_TYPES.indexOf(t);
  return i >= 0 ? `0${i}` : `1${t}`;
}

/** Codec names (and `all`) the target release knows, after a `!` too. */
function codecValues(target: AsteriskTarget, slot: ValueSlot, locale?: Locale): Completion[] {
  const out: Completion[] = [];
  const neg = slot.itemText.startsWith('!');
  const start = neg ? slot.itemStart + 1 : slot.itemStart;
  out.push({ label: 'all', kind: 'codec', detail: tr(locale, 'everyCodec'), start, end: slot.itemEnd, sortText: '0' });
  for (const cdc of codecs())
    if (codecExists(target, cdc.name)) {
      const media = (locale === 'zh-cn' && zhCodecMedia[cdc.media]) || cdc.media;
      out.push({
        label: cdc.name,
        kind: 'codec',
        detail: cdc.sampleRate ? tr(locale, 'codecRate', { media, rate: cdc.sampleRate / 1000 }) : media,
        start,
        end: slot.itemEnd,
        sortText: `${['ulaw', 'alaw', 'g722', 'opus'].includes(cdc.name) ? '1' : '2'}${cdc.name}`,
      });
    }
  return out;
}

/** Names of the sections of the referenced type, wizard-generated ones too: the first `limit` that start with `typed`. */
function sectionNames(
  a: Analysis,
  type: string,
  range: { start: number; end: number },
  typed: string,
  limit: number,
  locale?: Locale,
): Completions {
  const objs = a.index.get(type);
  if (!objs) return [];
  let ids = [...objs.keys()];
  const incomplete = ids.length > limit;
  if (incomplete) {
    ids = ids.filter((id) => id.toLowerCase().startsWith(typed));
    if (ids.length > limit) ids = ids.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).slice(0, limit);
  }
  const out: Completions = ids.map((id) => {
    const list = objs.get(id)!;
    const s = list[0].section;
    const where = `${basename(s.file.path)}:${s.line + 1}`;
    return {
      label: id,
      kind: 'section',
      detail: list[0].wizardPrefix
        ? tr(locale, 'generatedSectionDetail', { type, wizard: s.name, where })
        : `${type} — ${where}`,
      documentation: sectionLine(a, s, locale),
      ...range,
    };
  });
  if (incomplete) out.incomplete = true;
  return out;
}

/** The default value first, the others in the schema's order. */
function valueSortText(def: string | undefined, v: string, index: number): string {
  return def === v ? '0' : `1${String(index).padStart(3, '0')}`;
}

function enumDetail(isDefault: boolean, deprecated: boolean, locale?: Locale): string | undefined {
  if (isDefault) return tr(locale, deprecated ? 'defaultDeprecatedMark' : 'defaultMark');
  return deprecated ? tr(locale, 'deprecatedMark') : undefined;
}

function sectionLine(a: Analysis, s: Section, locale?: Locale): string {
  return tr(locale, 'sectionLine', {
    name: s.name,
    file: relativeTo(a.options.configDir, s.file.path),
    line: s.line + 1,
  });
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function includePaths(
  a: Analysis,
  typed: string,
  start: number,
  end: number,
  listDir: CompletionOptions['listDir'],
  file: SourceFile,
): Completion[] {
  if (!listDir) return [];
  const t = typed.replace(/^["<]/, '');
  const q = typed.length - t.length;
  const slash = t.lastIndexOf('/');
  const dirPart = slash >= 0 ? t.slice(0, slash + 1) : '';
  const dir = dirPart.startsWith('/') ? dirPart : `${a.options.configDir}/${dirPart}`;
  const entries = listDir(dir.replace(/\/+$/, '') || '/') ?? [];
  const out: Completion[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    if (!e.isDirectory && !/\.conf$/i.test(e.name)) continue;
    if (`${dir}${e.name}`.replace(/\/+/g, '/') === file.path) continue;
    out.push({
      label: e.name + (e.isDirectory ? '/' : ''),
      kind: e.isDirectory ? 'folder' : 'file',
      insertText: dirPart + e.name + (e.isDirectory ? '/' : ''),
      filterText: dirPart + e.name,
      start: start + q,
      end,
      retrigger: e.isDirectory,
      sortText: `${e.isDirectory ? '1' : '0'}${e.name}`,
    });
  }
  return out;
}
