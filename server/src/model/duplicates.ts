/**
 * Duplicate objects, as Asterisk settles them: two sections of one type with one name, each of which would load on
 * its own, make Asterisk refuse every object of that type from the config; more than one `global` loads none of them; of several `system` sections
 * Asterisk keeps one.
 */
import { basename } from './paths';
import type { ProblemSink } from './problems';
import { nameRange } from './ranges';
import type { ObjectIndex } from './objectIndex';
import type { PjsipObject } from './types';

export function settleDuplicates(index: ObjectIndex, sink: ProblemSink): void {
  for (const [type, byId] of index) {
    if (reportDuplicates(type, byId, sink)) refuseType(type, byId);
  }
  for (const single of ['global', 'system'] as const) settleSingleton(index, single, sink);
}

/** Reports the second and later objects of each name; true when the type has any. */
function reportDuplicates(type: string, byId: Map<string, PjsipObject[]>, sink: ProblemSink): boolean {
  let refused = false;
  for (const [id, list] of byId) {
    if (list.length < 2) continue; // most names have one object: no list to filter
    // A copy that fails on its own (a bad option or value) is dropped before Asterisk compares names.
    const fromConfig = list.filter((o) => o.loads && !o.wizardPrefix && !o.section.dead && !o.section.config.rejected);
    if (fromConfig.length < 2) continue;
    refused = true;
    const first = fromConfig[0];
    for (const dup of fromConfig.slice(1)) {
      sink.add({
        ...nameRange(dup.section),
        code: 'duplicate-section',
        message: `A second ${type} named '${id}': Asterisk reports "duplicate object" and refuses to load every ${type} in ${basename(dup.section.config.root.path)}, not just this one.`,
        related: [{ ...nameRange(first.section), message: `first ${type} '${id}'` }],
      });
    }
  }
  return refused;
}

function refuseType(type: string, byId: Map<string, PjsipObject[]>): void {
  for (const list of byId.values()) {
    for (const o of list) {
      if (o.wizardPrefix || !o.loads) continue;
      o.loads = false;
      o.failure = `duplicate ${type} names`;
    }
  }
}

function settleSingleton(index: ObjectIndex, single: 'global' | 'system', sink: ProblemSink): void {
  const all = [...(index.get(single)?.values() ?? [])].flat().filter((o) => !o.section.dead);
  if (all.length < 2) return;
  for (const o of all.slice(1)) {
    sink.add({
      ...nameRange(o.section),
      code: 'duplicate-singleton',
      variant: single === 'system' ? 'system' : undefined,
      message:
        single === 'global'
          ? `Another type=global section: Asterisk reports "more than one object of type 'global'" and loads none of them.`
          : `Another type=system section: Asterisk loads only one of them and ignores the other.`,
      related: [{ ...nameRange(all[0].section), message: `first ${single} section` }],
    });
  }
  if (single === 'global')
    for (const o of all) {
      o.loads = false;
      o.failure ??= 'more than one global';
    }
}
