/**
 * Objects by the value of one of their options (the last line setting it, as Asterisk reads it): auths by
 * `password`, endpoints by each name their `auth=` lists. Each index is built on first use and then kept up to date
 * by the in-place update (model/update.ts swaps an object built again for its old one), so a rule that asks "which
 * endpoints name this auth" after a keystroke does not walk the whole set. Objects that do not load are in it too:
 * whoever asks filters. The order of a list is not load order: a reader that shows one sorts it.
 */
import { lastVar } from './variables';
import type { PjsipObject } from './types';

/** Objects with one value: one object, or several (most values belong to one object). */
type Holders = PjsipObject | PjsipObject[];

export class OptionValues {
  /** The indexes built so far (a handful: a linear search beats building a key per question). */
  private readonly built: { type: string; option: string; list: boolean; by: Map<string, Holders> }[] = [];

  constructor(private readonly objects: readonly PjsipObject[]) {}

  /**
   * The objects of the type whose `option` (a lower-case name) has this value; with `list`, whose option lists this
   * name among its comma-separated, trimmed names.
   */
  get(type: string, option: string, list: boolean, value: string): readonly PjsipObject[] {
    let index = this.built.find((i) => i.type === type && i.option === option && i.list === list);
    if (!index) this.built.push((index = { type, option, list, by: this.build(type, option, list) }));
    const h = index.by.get(value);
    return h === undefined ? NONE : Array.isArray(h) ? h : [h];
  }

  /** `now` was built again in place of `old` (same type and name): every index built so far follows. */
  swap(old: PjsipObject, now: PjsipObject): void {
    for (const index of this.built) {
      if (index.type !== now.type) continue;
      const before = valuesOf(old, index.option, index.list);
      const after = valuesOf(now, index.option, index.list);
      if (before.length === after.length && before.every((v, i) => v === after[i])) {
        for (const v of before) replace(index.by, v, old, now);
        continue;
      }
      for (const v of before) remove(index.by, v, old);
      for (const v of after) add(index.by, v, now);
    }
  }

  private build(type: string, option: string, list: boolean): Map<string, Holders> {
    const by = new Map<string, Holders>();
    for (const o of this.objects) if (o.type === type) for (const v of valuesOf(o, option, list)) add(by, v, o);
    return by;
  }
}

const NONE: readonly PjsipObject[] = [];

/** The value of the option (or each name it lists), none when it is unset or empty. */
export function valuesOf(o: PjsipObject, option: string, list: boolean): string[] {
  const value = lastVar(o.vars, option)?.value;
  if (!value) return [];
  if (!list) return [value];
  if (value.indexOf(',') < 0) {
    const name = value.trim();
    return name ? [name] : [];
  }
  const out: string[] = [];
  for (const n of value.split(',')) {
    const name = n.trim();
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

function add(by: Map<string, Holders>, value: string, o: PjsipObject): void {
  const h = by.get(value);
  if (h === undefined) by.set(value, o);
  else if (Array.isArray(h)) h.push(o);
  else if (h !== o) by.set(value, [h, o]);
}

function remove(by: Map<string, Holders>, value: string, o: PjsipObject): void {
  const h = by.get(value);
  if (h === o) by.delete(value);
  else if (Array.isArray(h)) {
    const i = h.indexOf(o);
    if (i >= 0) h.splice(i, 1);
    if (h.length === 1) by.set(value, h[0]);
  }
}

function replace(by: Map<string, Holders>, value: string, old: PjsipObject, now: PjsipObject): void {
  const h = by.get(value);
  if (h === old) by.set(value, now);
  else if (Array.isArray(h)) {
    const i = h.indexOf(old);
    if (i >= 0) h[i] = now;
  }
}
