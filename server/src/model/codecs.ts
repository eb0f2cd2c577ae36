/** The codecs an endpoint ends up with: allow and disallow applied in order, as Asterisk applies them. */
import { codecs } from '../schema/schema';
import { codecListItems } from '../schema/values';
import type { PjsipObject, Variable } from './types';

interface CodecLine {
  /** `allow=(a|b)`: the codecs allowed so far are replaced. */
  replaces: boolean;
  items: { name: string; allowing: boolean }[];
}

const codecLines = new WeakMap<Variable, CodecLine>();

function codecLine(v: Variable, allow: boolean): CodecLine {
  let line = codecLines.get(v);
  if (line) return line;
  const { items, wrapped } = codecListItems(v.value);
  line = { replaces: wrapped && allow, items: [] };
  for (const it of items) {
    let name = it.text;
    let allowing = allow;
    if (name.startsWith('!')) {
      allowing = !allowing;
      name = name.slice(1);
    }
    name = name.replace(/:.*$/, '').toLowerCase();
    if (name) line.items.push({ name, allowing });
  }
  codecLines.set(v, line);
  return line;
}

/** Apply allow/disallow in order, as Asterisk does, and say which codecs are left. */
export function effectiveCodecs(o: PjsipObject): Set<string> {
  const set = new Set<string>();
  for (const v of o.vars) {
    const n = v.name.toLowerCase();
    if (n !== 'allow' && n !== 'disallow') continue;
    const line = codecLine(v, n === 'allow');
    if (line.replaces) set.clear();
    for (const it of line.items) {
      if (it.name === 'all') {
        if (it.allowing) for (const c of codecs()) set.add(c.name);
        else set.clear();
      } else if (it.allowing) set.add(it.name);
      else set.delete(it.name);
    }
  }
  return set;
}
