/** Where a problem sits: the ranges of a section name, an option's key or value, or a whole assignment. */
import type { OptionEntry, Section } from './types';

export interface FileRange {
  path: string;
  start: number;
  end: number;
}

/** The name inside a section's brackets. */
export function nameRange(s: Section): FileRange {
  return { path: s.file.path, start: s.nameStart, end: s.nameEnd };
}

/** An option's key (`skip` characters of a prefix left out) or its value. */
export function entryRange(e: OptionEntry, which: 'key' | 'value', skip = 0): FileRange {
  return which === 'key'
    ? { path: e.file.path, start: e.keyStart + skip, end: e.keyEnd }
    : { path: e.file.path, start: e.valueStart, end: e.valueEnd };
}

/** From an option's key to the end of its value. */
export function assignmentRange(e: OptionEntry): FileRange {
  return { path: e.file.path, start: e.keyStart, end: e.valueEnd };
}
