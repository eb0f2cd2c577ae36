/**
 * What is at the cursor: the one place that turns (file, offset) into a slot of the syntax and the model.
 * Completion, hover, definition, references and rename all start here.
 */
import { lineIndexAt, type Assignment, type Directive, type Line, type SectionHeader } from '../syntax';
import { findOption, splitWizardKey, type OptionInfo } from '../schema/schema';
import { codecListItems, splitList } from '../schema/values';
import type { Analysis } from '../analysis/analyze';
import { referenceAt } from '../model/references';
import type { OptionEntry, Reference, Section, SourceFile } from '../model/types';

export type CursorSlot =
  | { kind: 'section-name'; section: Section }
  | { kind: 'section-item'; section: Section | undefined; itemStart: number; itemEnd: number; text: string }
  | { kind: 'key'; block: Section | undefined; start: number; end: number; text: string; entry?: OptionEntry }
  | {
      kind: 'value';
      block: Section | undefined;
      entry: OptionEntry | undefined;
      key: string;
      option: OptionInfo | undefined;
      type: string | undefined;
      /** the list item (or whole value) the cursor is in */ itemStart: number;
      itemEnd: number;
      itemText: string;
      valueStart: number;
      valueEnd: number;
    }
  | { kind: 'directive-name'; start: number; end: number }
  | { kind: 'directive-arg'; line: number; start: number; end: number; text: string }
  | { kind: 'comment' }
  | { kind: 'none'; block: Section | undefined };

export interface Cursor {
  file: SourceFile;
  offset: number;
  lineIndex: number;
  line: Line;
  lineStart: number;
  slot: CursorSlot;
  /** The reference (or template name) under the cursor, if any. */
  reference?: Reference;
}

/** Header block that contains line `i` of `file`, in the analysis (first config that read the file). */
export function blockAt(a: Analysis, path: string, i: number): Section | undefined {
  const blocks = a.sectionsByFile.get(path);
  if (!blocks?.length) return undefined;
  let lo = 0,
    hi = blocks.length - 1,
    found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].line <= i) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  // several configs may have read the file: prefer the first block at that line
  let k = found;
  while (k > 0 && blocks[k - 1].line === blocks[found].line) k--;
  return blocks[k];
}

/** Type context of a block: its category's type, `wizard` in wizard files. */
export function typeOf(block: Section | undefined): string | undefined {
  if (!block) return undefined;
  const cat = block.appendTarget ?? block;
  if (cat.config.kind === 'wizard') return 'wizard';
  return cat.type ?? (cat.isTemplate ? cat.children.map((c) => c.type).find(Boolean) : undefined);
}

/** Option info for a key in a block (wizard keys resolve through their prefix). */
export function optionFor(
  type: string | undefined,
  key: string,
): { option: OptionInfo | undefined; prefix: string; type: string | undefined } {
  if (type === 'wizard') {
    const split = splitWizardKey(key);
    if (split)
      return {
        option: findOption(split.prefix.targetType, split.option),
        prefix: split.prefix.prefix,
        type: split.prefix.targetType,
      };
    return { option: findOption('wizard', key), prefix: '', type: 'wizard' };
  }
  return { option: type ? findOption(type, key) : undefined, prefix: '', type };
}

interface LineContext {
  a: Analysis;
  file: SourceFile;
  offset: number;
  lineIndex: number;
  lineStart: number;
  rel: number;
  block: Section | undefined;
  base: Omit<Cursor, 'slot'>;
  reference: Reference | undefined;
}

export function cursorAt(a: Analysis, file: SourceFile, offset: number): Cursor {
  const tree = file.tree;
  const lineIndex = lineIndexAt(tree.lineStarts, offset);
  const line = tree.lines[lineIndex];
  const lineStart = tree.lineStarts[lineIndex];
  const rel = offset - lineStart;
  const block = blockAt(a, file.path, lineIndex);
  const base: Omit<Cursor, 'slot'> = { file, offset, lineIndex, line, lineStart };
  const reference = referenceAt(
    a.configs,
    a.index,
    a.sectionsByFile.get(file.path),
    file,
    lineIndex,
    offset,
    () => a.references,
  );
  for (const c of line.comments)
    if (rel > c.start && rel <= c.end && !(c.block && rel === c.end))
      return { ...base, slot: { kind: 'comment' }, reference };
  const x: LineContext = { a, file, offset, lineIndex, lineStart, rel, block, base, reference };
  if (line.kind === 'section' && line.section) return onSection(x, line.section);
  if (line.kind === 'directive' && line.directive) return onDirective(x, line.directive);
  if (line.kind === 'assignment' && line.assignment) return onAssignment(x, line.assignment);
  if (line.kind === 'text' || line.kind === 'blank') return onText(x, line);
  return { ...base, slot: { kind: 'none', block }, reference };
}

function onSection(x: LineContext, h: SectionHeader): Cursor {
  const { file, offset, lineIndex, lineStart, rel, block, base, reference } = x;
  const tree = file.tree;
  const section = block && block.line === lineIndex ? block : undefined;
  if (h.lparen >= 0 && rel > h.lparen && (h.rparen < 0 || rel <= h.rparen)) {
    const item = h.items.find((it) => rel >= it.start && rel <= it.end);
    const itemStart = item ? item.start : rel;
    const itemEnd = item ? item.end : rel;
    return {
      ...base,
      slot: {
        kind: 'section-item',
        section,
        itemStart: lineStart + itemStart,
        itemEnd: lineStart + itemEnd,
        text: tree.text.slice(lineStart + itemStart, offset),
      },
      reference,
    };
  }
  if (section && rel >= h.nameStart && rel <= h.nameEnd)
    return { ...base, slot: { kind: 'section-name', section }, reference };
  return { ...base, slot: { kind: 'none', block }, reference };
}

function onDirective(x: LineContext, d: Directive): Cursor {
  const { file, offset, lineIndex, lineStart, rel, base } = x;
  const tree = file.tree;
  if (rel <= d.nameEnd)
    return { ...base, slot: { kind: 'directive-name', start: lineStart + d.nameStart, end: lineStart + d.nameEnd } };
  const start = lineStart + (d.argStart <= rel ? d.argStart : rel);
  return {
    ...base,
    slot: {
      kind: 'directive-arg',
      line: lineIndex,
      start,
      end: lineStart + Math.max(d.argEnd, rel),
      text: tree.text.slice(start, offset),
    },
  };
}

function onAssignment(x: LineContext, as: Assignment): Cursor {
  const { file, offset, lineIndex, lineStart, rel, block, base, reference } = x;
  const tree = file.tree;
  const entry =
    block?.own.find((e) => e.file === file && e.line === lineIndex) ??
    block?.appendTarget?.own.find((e) => e.file === file && e.line === lineIndex);
  if (rel <= as.opStart) {
    return {
      ...base,
      slot: {
        kind: 'key',
        block,
        start: lineStart + as.keyStart,
        end: lineStart + as.keyEnd,
        text: tree.text.slice(lineStart + as.keyStart, Math.max(offset, lineStart + as.keyStart)),
        entry,
      },
      reference,
    };
  }
  const type = typeOf(block);
  const { option, type: optType } = optionFor(type, as.key);
  const valueStart = lineStart + as.valueStart,
    valueEnd = lineStart + as.valueEnd;
  let itemStart = valueStart,
    itemEnd = Math.max(valueEnd, offset);
  const listy =
    option &&
    (option.list ||
      option.repeatable ||
      option.kind === 'codec-list' ||
      option.kind === 'reference-list' ||
      option.kind === 'enum-list');
  if (listy && offset >= valueStart) {
    const v = tree.text.slice(valueStart, valueEnd);
    for (const it of option.kind === 'codec-list' ? codecListItems(v, true).items : splitList(v, ',')) {
      const s = valueStart + it.start,
        e = valueStart + it.end;
      const rawStart = valueStart + (it.start - (it.raw.length - it.raw.trimStart().length));
      if (offset >= rawStart && offset <= Math.max(e, rawStart + it.raw.length)) {
        itemStart = s <= offset ? s : offset;
        itemEnd = Math.max(e, offset);
        break;
      }
    }
  }
  if (offset < valueStart) {
    itemStart = offset;
    itemEnd = offset;
  }
  return {
    ...base,
    slot: {
      kind: 'value',
      block,
      entry,
      key: as.key,
      option,
      type: optType,
      itemStart,
      itemEnd,
      itemText: tree.text.slice(itemStart, Math.max(itemStart, offset)),
      valueStart,
      valueEnd,
    },
    reference,
  };
}

/** A key being typed (no `=` yet), or a line that starts a header or a directive. */
function onText(x: LineContext, line: Line): Cursor {
  const { file, offset, lineStart, block, base } = x;
  const tree = file.tree;
  const start = line.codeStart >= 0 ? lineStart + line.codeStart : offset;
  if (line.kind === 'text' && tree.text[start] === '#')
    return { ...base, slot: { kind: 'directive-name', start: start + 1, end: offset } };
  if (line.kind === 'text' && tree.text[start] === '[') return { ...base, slot: { kind: 'none', block } };
  return {
    ...base,
    slot: {
      kind: 'key',
      block,
      start: Math.min(start, offset),
      end: line.codeEnd >= 0 ? lineStart + line.codeEnd : offset,
      text: tree.text.slice(Math.min(start, offset), offset),
    },
  };
}
