/** Find references and document highlights for a section name (typed) or a template. */
import type { Analysis } from '../analysis/analyze';
import type { SourceFile } from '../model/types';
import { occurrences, symbolAtOffset } from './navigation';
import type { Span } from './types';

export function references(a: Analysis, file: SourceFile, offset: number, includeDeclaration: boolean): Span[] {
  const { symbol } = symbolAtOffset(a, file, offset);
  if (!symbol) return [];
  return occurrences(a, symbol)
    .filter((o) => includeDeclaration || !o.isDefinition)
    .map((o) => o.span);
}

export function highlights(a: Analysis, file: SourceFile, offset: number): { span: Span; write: boolean }[] {
  const { symbol } = symbolAtOffset(a, file, offset);
  if (!symbol) return [];
  return occurrences(a, symbol)
    .filter((o) => o.span.path === file.path)
    .map((o) => ({ span: o.span, write: o.isDefinition }));
}
