/**
 * Duplicate objects, as Asterisk settles them: two sections of one type with one name, each of which would load on
 * its own, make Asterisk refuse every object of that type from the config; more than one `global` loads none of them; of several `system` sections
 * Asterisk keeps one.
 */
import { basename } from './paths';
import { msg, part } from '../i18n/messages';
import { setFailure } from './context';
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
  // values(), not entries: an entry is a new [id, list] pair for each of the thousands of names
  for (const list of byId.values()) {
    if (list.length < 2) continue; // most names have one object: no list to filter
    const id = list[0].id;
    // A copy that fails on its own (a bad option or value) is dropped before Asterisk compares names.
    const fromConfig = list.filter((o) => o.loads && !o.wizardPrefix && !o.section.dead && !o.section.config.rejected);
    if (fromConfig.length < 2) continue;
    refused = true;
    const first = fromConfig[0];
    for (const dup of fromConfig.slice(1)) {
      sink.add({
        ...nameRange(dup.section),
        code: 'duplicate-section',
        msg: msg('duplicate-section', { type, id, file: basename(dup.section.config.root.path) }),
        related: [{ ...nameRange(first.section), msg: part('related/first-object', { type, id }) }],
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
      setFailure(o, part('failure/duplicate-names', { type }));
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
      msg: msg(single === 'global' ? 'duplicate-singleton/global' : 'duplicate-singleton/system'),
      related: [{ ...nameRange(all[0].section), msg: part('related/first-singleton', { type: single }) }],
    });
  }
  if (single === 'global')
    for (const o of all) {
      o.loads = false;
      setFailure(o, part('failure/more-than-one-global'), true);
    }
}
