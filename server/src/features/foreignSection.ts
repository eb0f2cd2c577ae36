/**
 * A section of another module's config (an extensions.conf context, an acl.conf ACL) as hovers, completions and
 * go to definition show it: where it is, its first lines, and the range to jump to.
 */
import type { Analysis } from '../analysis/analyze';
import type { ForeignSection } from '../model/foreignConfigs';
import { relativeTo } from '../model/paths';
import { lineContentEnd } from '../syntax';
import type { DefinitionTarget } from './types';

/** `file:line` of the section, relative to the config folder. */
export function sectionPlace(a: Analysis, s: ForeignSection): string {
  return `${relativeTo(a.options.configDir, s.file.path)}:${s.line + 1}`;
}

/** The section's first lines as a code block (`empty` when it has none), `…` when more follow. */
export function firstLinesBlock(s: ForeignSection, empty: string): string {
  if (!s.firstLines.length) return empty;
  const more = s.lastLine - s.line > s.firstLines.length ? '\n…' : '';
  return `\`\`\`\n${s.firstLines.join('\n').replace(/```/g, "'''")}${more}\n\`\`\``;
}

/** The whole section as a definition target, its name selected, reached from `origin`. */
export function sectionTarget(s: ForeignSection, origin: { start: number; end: number }): DefinitionTarget {
  return {
    path: s.file.path,
    start: s.file.tree.lineStarts[s.line],
    end: lineContentEnd(s.file.tree, s.lastLine),
    selStart: s.nameStart,
    selEnd: s.nameEnd,
    originStart: origin.start,
    originEnd: origin.end,
  };
}
