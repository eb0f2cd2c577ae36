/**
 * Names of objects Asterisk refuses with their whole type: a duplicate copy in a config file makes Asterisk refuse
 * every object of that type from the file (model/duplicates.ts), so a name that only they answer to names nothing
 * once Asterisk has loaded, as if it were never written (measured on 20.7.0 and master: the endpoint loads without
 * its aor or auth). Reported as `unresolved-reference` (variant `refused`), each with the copy that caused it.
 */
import { msg, part, type Part } from '../i18n/messages';
import type { Model } from '../model/model';
import { nameRange } from '../model/ranges';
import { forEachValueReference } from '../model/references';
import { basename } from '../model/paths';
import type { Config, PjsipObject } from '../model/types';
import type { RuleSink } from './diagnostic';

const EFFECT: Readonly<Record<string, Part>> = {
  auth: part('reference-effect/auth'),
  aor: part('reference-effect/aor'),
  transport: part('reference-effect/transport'),
  endpoint: part('reference-effect/endpoint'),
};

export function checkRefusedReferences(model: Model, sink: RuleSink): void {
  const copies = firstCopies(model.objects);
  if (!copies.size) return; // no duplicate copy: nothing refused (the usual case)
  forEachValueReference(model.configs, model.index, (entry, section, target, name, start, end, objs) => {
    if (entry.dead || !objs?.length || section.isTemplate) return;
    const refused = refusedObject(objs);
    const copy = refused && copies.get(refused.section.config)?.get(refused.type);
    if (!copy) return;
    sink.add({
      path: entry.file.path,
      start,
      end,
      code: 'unresolved-reference',
      variant: 'refused',
      msg: msg('unresolved-reference/refused', {
        type: target.type,
        name,
        file: basename(copy.section.config.root.path),
        effect: EFFECT[target.type] ?? part('reference-effect/other', { type: target.type }),
      }),
      related: [{ ...nameRange(copy.section), msg: part('related/duplicate-copy', { type: copy.type, id: copy.id }) }],
    });
  });
}

/** The first duplicate copy of each type in each config (the copy the duplicate finding sits on). */
function firstCopies(objects: readonly PjsipObject[]): Map<Config, Map<string, PjsipObject>> {
  const out = new Map<Config, Map<string, PjsipObject>>();
  for (const o of objects) {
    if (!o.copyOf) continue;
    let byType = out.get(o.section.config);
    if (!byType) out.set(o.section.config, (byType = new Map<string, PjsipObject>()));
    if (!byType.has(o.type)) byType.set(o.type, o);
  }
  return out;
}

/**
 * The object a name means when Asterisk refused it for a duplicate of its type; undefined when one of the objects of
 * that name loads, or when one failed on its own (its own finding says why: no cascade).
 */
function refusedObject(objs: readonly PjsipObject[]): PjsipObject | undefined {
  let refused: PjsipObject | undefined;
  for (const o of objs) {
    if (o.loads) return undefined;
    if (o.copyOf) continue; // the copy itself is never the object the name means
    if (o.failureReason && 'part' in o.failureReason && o.failureReason.part === 'failure/duplicate-names') refused = o;
    else return undefined;
  }
  return refused;
}
