/** The codecs an endpoint ends up with: allow and disallow applied in order, as Asterisk applies them. */
import { codecs } from '../schema/schema';
import { splitList } from '../schema/values';
import type { PjsipObject, Variable } from './types';

const codecItems = new WeakMap<Variable, { name: string; allowing: boolean }[]>();

/** Apply allow/disallow in order, as Asterisk does, and say which codecs are left. */
export function effectiveCodecs(o: PjsipObject): Set<string> {
  const set = new Set<string>();
  for (const v of o.vars) {
    const n = v.name.toLowerCase();
    if (n !== 'allow' && n !== 'disallow') continue;
    let items = codecItems.get(v);
    if (!items) {
      items = [];
      for (const it of splitList(v.value, ',|')) {
        let name = it.text;
        let allowing = n === 'allow';
        if (name.startsWith('!')) { allowing = !allowing; name = name.slice(1); }
        name = name.replace(/:.*$/, '').toLowerCase();
        if (name) items.push({ name, allowing });
      }
      codecItems.set(v, items);
    }
    for (const it of items) {
      if (it.name === 'all') { if (it.allowing) for (const c of codecs()) set.add(c.name); else set.clear(); }
      else if (it.allowing) set.add(it.name); else set.delete(it.name);
    }
  }
  return set;
}
