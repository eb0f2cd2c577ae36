/** Go to definition: references to their sections, template names, `#include` paths, wizard-generated names. */
import type { Analysis } from '../analysis/analyze';
import { lineContentEnd } from '../syntax';
import type { SourceFile } from '../model/types';
import { contextDefinition } from './dialplan';
import { aclDefinition } from './namedAcls';
import { definitionsOf, symbolAtOffset } from './navigation';
import type { DefinitionTarget } from './types';

export function definition(a: Analysis, file: SourceFile, offset: number): DefinitionTarget[] {
  const { cursor, symbol } = symbolAtOffset(a, file, offset);
  if (cursor.slot.kind === 'directive-arg') {
    const inc = a.configs.flatMap((c) => c.includes).find((i) => i.file === file && i.line === cursor.lineIndex);
    if (!inc) return [];
    return inc.targets.map((t) => ({
      path: t,
      start: 0,
      end: 0,
      selStart: 0,
      selEnd: 0,
      originStart: inc.argStart,
      originEnd: inc.argEnd,
    }));
  }
  const named = contextDefinition(a, cursor) ?? aclDefinition(a, cursor);
  if (named) return named;
  if (!symbol) return [];
  const origin =
    cursor.reference ??
    (cursor.slot.kind === 'section-name'
      ? { start: cursor.slot.section.nameStart, end: cursor.slot.section.nameEnd }
      : undefined);
  if (!origin) return [];
  // From a header, go to the section it adds to; elsewhere to every definition except the one under the cursor.
  const defs = definitionsOf(symbol).filter((s) => !(s.file === file && s.nameStart === origin.start));
  return defs.map((s) => ({
    path: s.file.path,
    start: s.headerStart,
    end: lineContentEnd(s.file.tree, s.lastLine),
    selStart: s.nameStart,
    selEnd: s.nameEnd,
    originStart: origin.start,
    originEnd: origin.end,
  }));
}
