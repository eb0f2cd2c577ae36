/** Where a finding about one item of a comma-separated value sits: on the item when the value is written as is. */
import type { FileRange } from '../../model/ranges';
import type { Variable } from '../../model/types';

export function itemRange(v: Variable, item: string): FileRange {
  // the line as written (a wizard's `remote_hosts` for a generated identify's `match`)
  const e = v.entry;
  const exact = e.valueEnd - e.valueStart === e.value.length;
  const at = exact ? e.value.indexOf(item) : -1;
  if (at < 0) return { path: e.file.path, start: e.valueStart, end: e.valueEnd };
  return { path: e.file.path, start: e.valueStart + at, end: e.valueStart + at + item.length };
}

/** The item and one comma next to it, for removing it from the list (undefined when it is the only item). */
export function itemWithComma(v: Variable, item: string): FileRange | undefined {
  const e = v.entry;
  if (v.synthetic || e.valueEnd - e.valueStart !== e.value.length) return undefined;
  const at = e.value.indexOf(item);
  if (at < 0) return undefined;
  const after = e.value.slice(at + item.length);
  const next = /^\s*,\s*/.exec(after);
  if (next)
    return { path: e.file.path, start: e.valueStart + at, end: e.valueStart + at + item.length + next[0].length };
  const before = /\s*,\s*$/.exec(e.value.slice(0, at));
  if (before)
    return { path: e.file.path, start: e.valueStart + at - before[0].length, end: e.valueStart + at + item.length };
  return undefined;
}
