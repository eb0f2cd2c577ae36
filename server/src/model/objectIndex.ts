/** Objects by type and id: the lookups every check across objects needs. */
import type { PjsipObject } from './types';

export type ObjectIndex = Map<string, Map<string, PjsipObject[]>>;

export function indexObjects(objects: readonly PjsipObject[]): ObjectIndex {
  const byType: ObjectIndex = new Map();
  for (const o of objects) {
    let m = byType.get(o.type);
    if (!m) byType.set(o.type, (m = new Map<string, PjsipObject[]>()));
    const list = m.get(o.id);
    if (list) list.push(o);
    else m.set(o.id, [o]);
  }
  return byType;
}
