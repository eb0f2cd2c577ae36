/**
 * What Asterisk settles across the objects of one config file (pjsip.conf with its includes; pjsip_wizard.conf
 * creates its objects another way and is left out), measured on Asterisk 20.7.0 and master:
 *
 * - Duplicates, in load order: before it applies a section, Asterisk looks for an object of that type and id it
 *   already created from the file. A later copy of one (`PjsipObject.copyOf`, set while building) is a duplicate:
 *   it is never applied, and Asterisk refuses every object of that type from the file. A copy whose earlier
 *   namesake failed is no duplicate: it is applied like any other section.
 * - Singletons (`global`, `system`): with three or more sections of the type Asterisk loads none of them; with
 *   two that it creates, the last one in load order is in effect and the other's settings are ignored (for
 *   `global` it logs "At most one ... can be defined", for `system` nothing).
 */
import { basename } from './paths';
import { msg, part } from '../i18n/messages';
import { setFailure } from './context';
import type { ProblemSink } from './problems';
import { nameRange } from './ranges';
import type { ObjectIndex } from './objectIndex';
import type { Config, PjsipObject } from './types';

export function settleDuplicates(objects: readonly PjsipObject[], index: ObjectIndex, sink: ProblemSink): void {
  const refusedWhole = new Set<string>(); // `type` of a config whose singleton count refused the type first
  for (const single of SINGLETONS)
    for (const c of settleSingleton(index, single, sink)) refusedWhole.add(key(c, single));
  const copies = copiesByConfigAndType(objects);
  for (const [k, list] of copies) {
    if (refusedWhole.has(k)) continue;
    const config = list[0].section.config;
    const type = list[0].type;
    const victims = objectsOf(index, config, type).filter((o) => o.loads);
    for (const copy of list) reportCopy(copy, victims.length, sink);
    for (const o of victims) {
      o.loads = false;
      setFailure(o, part('failure/duplicate-names', { type, file: basename(config.root.path) }));
    }
  }
}

const SINGLETONS = ['global', 'system'] as const;

function key(config: Config, type: string): string {
  return `${config.root.path}\u0000${type}`;
}

/** The duplicate copies, grouped by their config and type, in load order. */
function copiesByConfigAndType(objects: readonly PjsipObject[]): Map<string, PjsipObject[]> {
  const out = new Map<string, PjsipObject[]>();
  for (const o of objects) {
    if (!o.copyOf) continue;
    const k = key(o.section.config, o.type);
    const list = out.get(k);
    if (list) list.push(o);
    else out.set(k, [o]);
  }
  return out;
}

/** The objects of a type that sections of one config make (not wizard-generated ones), in load order. */
function objectsOf(index: ObjectIndex, config: Config, type: string): PjsipObject[] {
  const out: PjsipObject[] = [];
  for (const list of index.get(type)?.values() ?? [])
    for (const o of list) if (!o.wizardPrefix && o.section.config === config) out.push(o);
  return out.sort((a, b) => a.section.order - b.section.order);
}

function reportCopy(copy: PjsipObject, refused: number, sink: ProblemSink): void {
  const first = copy.copyOf!;
  const { type, id } = copy;
  sink.add({
    ...nameRange(copy.section),
    code: 'duplicate-section',
    msg: msg('duplicate-section', { type, id, file: basename(copy.section.config.root.path), count: refused }),
    related: [{ ...nameRange(first.section), msg: part('related/first-object', { type, id }) }],
  });
}

/**
 * One singleton type in each config that has sections of it. Returns the configs where Asterisk refused the
 * type for having three or more sections (it then never looks for duplicates).
 */
function settleSingleton(index: ObjectIndex, single: 'global' | 'system', sink: ProblemSink): Config[] {
  const byConfig = new Map<Config, PjsipObject[]>();
  for (const list of index.get(single)?.values() ?? [])
    for (const o of list) {
      if (o.wizardPrefix || o.section.dead || o.section.config.rejected || o.section.config.standalone) continue;
      const l = byConfig.get(o.section.config);
      if (l) l.push(o);
      else byConfig.set(o.section.config, [o]);
    }
  const refused: Config[] = [];
  for (const [config, all] of byConfig) {
    all.sort((a, b) => a.section.order - b.section.order);
    if (all.length >= 3) {
      refuseSingletons(all, single, sink);
      refused.push(config);
    }
  }
  return refused;
}

/** Three or more sections of a singleton type: Asterisk loads none of them, and its defaults are in effect. */
function refuseSingletons(all: PjsipObject[], single: 'global' | 'system', sink: ProblemSink): void {
  for (const o of all.slice(1))
    sink.add({
      ...nameRange(o.section),
      code: 'duplicate-singleton',
      msg: msg('duplicate-singleton/refused', { type: single, count: all.length }),
      related: [{ ...nameRange(all[0].section), msg: part('related/first-singleton', { type: single }) }],
    });
  for (const o of all) {
    o.loads = false;
    setFailure(o, part('failure/more-than-one-singleton', { type: single, count: all.length }));
  }
}

/**
 * Two sections of a singleton type that both load (after duplicates): the last one in load order is in effect;
 * the other is reported and counts as not loaded for every other check. Run after `settleDuplicates`.
 */
export function settleSingletonPairs(index: ObjectIndex, sink: ProblemSink): void {
  for (const single of SINGLETONS) {
    const byConfig = new Map<Config, PjsipObject[]>();
    for (const list of index.get(single)?.values() ?? [])
      for (const o of list) {
        if (!o.loads || o.wizardPrefix) continue;
        const l = byConfig.get(o.section.config);
        if (l) l.push(o);
        else byConfig.set(o.section.config, [o]);
      }
    for (const created of byConfig.values()) {
      if (created.length < 2) continue;
      created.sort((a, b) => a.section.order - b.section.order);
      const last = created[created.length - 1];
      for (const o of created.slice(0, -1)) ignoreSingleton(o, last, single, sink);
    }
  }
}

function ignoreSingleton(o: PjsipObject, last: PjsipObject, single: 'global' | 'system', sink: ProblemSink): void {
  const line = last.section.line + 1;
  const file = basename(last.section.file.path);
  sink.add({
    ...nameRange(o.section),
    code: 'duplicate-singleton',
    variant: 'ignored',
    msg: msg(single === 'global' ? 'duplicate-singleton/global-ignored' : 'duplicate-singleton/system-ignored', {
      name: last.section.name,
      line,
      file,
    }),
    related: [{ ...nameRange(last.section), msg: part('related/singleton-in-effect', { type: single }) }],
  });
  o.loads = false;
  setFailure(o, part('failure/singleton-ignored', { type: single, name: last.section.name, line }));
}
