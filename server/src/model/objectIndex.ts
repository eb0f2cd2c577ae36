/** Objects by type and id: the lookups every check across objects needs. */
import type { PjsipObject } from './types';

export type ObjectIndex = Map<string, Map<string, PjsipObject[]>>;

/** Adds `o` after the objects already indexed (the build indexes each object as it creates it). */
export function addToIndex(byType: ObjectIndex, o: PjsipObject): void {
  let m = byType.get(o.type);
  if (!m) byType.set(o.type, (m = new Map<string, PjsipObject[]>()));
  const list = m.get(o.id);
  if (list) list.push(o);
  else m.set(o.id, [o]);
}
