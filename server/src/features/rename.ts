/** Rename a section and every reference to it across the config set. */
import type { Analysis } from '../analysis/analyze';
import type { Locale } from '../i18n/locale';
import { navigationText as tr } from '../i18n/ui/navigationTexts';
import type { SourceFile } from '../model/types';
import { occurrences, symbolAtOffset } from './navigation';
import type { Span, TextEditSpan } from './types';

export type PrepareRenameResult = { span: Span; placeholder: string } | { error: string };

export function prepareRename(a: Analysis, file: SourceFile, offset: number, locale?: Locale): PrepareRenameResult {
  const { cursor, symbol } = symbolAtOffset(a, file, offset);
  const at =
    cursor.reference ??
    (cursor.slot.kind === 'section-name'
      ? { start: cursor.slot.section.nameStart, end: cursor.slot.section.nameEnd, name: cursor.slot.section.name }
      : undefined);
  if (!at) return { error: tr(locale, 'renameNotAName') };
  if (!symbol) return { error: tr(locale, 'renameNoSection') };
  if (symbol.kind === 'object') {
    if (!symbol.objects.length)
      return { error: tr(locale, 'renameUndefined', { type: symbol.type, name: symbol.name }) };
    const gen = symbol.objects.find((o) => o.wizardPrefix);
    if (gen) return { error: tr(locale, 'renameGenerated', { name: symbol.name, wizard: gen.section.name }) };
    if (['global', 'system'].includes(symbol.type) && symbol.name === symbol.type)
      return { error: tr(locale, 'renameSpecial', { name: symbol.name }) };
  }
  const name = file.text.slice(at.start, at.end);
  return { span: { path: file.path, start: at.start, end: at.end }, placeholder: name };
}

export function rename(
  a: Analysis,
  file: SourceFile,
  offset: number,
  newName: string,
  locale?: Locale,
): { edits: TextEditSpan[] } | { error: string } {
  const prep = prepareRename(a, file, offset, locale);
  if ('error' in prep) return prep;
  if (!newName || /[\][,;()\s=#]/.test(newName)) return { error: tr(locale, 'renameBadName', { name: newName }) };
  const { symbol } = symbolAtOffset(a, file, offset);
  const edits = occurrences(a, symbol!).map((o) => ({ ...o.span, newText: newName }));
  const seen = new Set<string>();
  return {
    edits: edits.filter((e) => {
      const k = `${e.path}:${e.start}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }),
  };
}
