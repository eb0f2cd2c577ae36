/** References that name nothing: Asterisk loads the object, and it fails when it needs the missing one. */
import { msg, part, type Part } from '../i18n/messages';
import type { ObjectIndex } from '../model/objectIndex';
import { forEachValueReference } from '../model/references';
import type { Config, OptionEntry } from '../model/types';
import type { RuleSink } from './diagnostic';

/**
 * Report the names that refer to nothing (resource_list items may name dialplan hints: never reported). A name
 * that matches a section Asterisk ignores for its missing or unknown type is not reported again: that section's
 * own diagnostic is the cause.
 */
export function checkReferences(configs: readonly Config[], index: ObjectIndex, sink: RuleSink): void {
  const untyped = new Set<string>();
  for (const c of configs) for (const s of c.categories) if (!s.isTemplate && !s.type) untyped.add(s.name);
  forEachValueReference(configs, index, (e, _cat, target, name, start, end, objs) => {
    if (!objs?.length && target.option !== 'resource_list.list_item' && !untyped.has(name))
      reportUnresolved(sink, e, { name, start, end, targetType: target.type }, index);
  });
}

/** What the object naming a missing one meets, by the missing one's type. */
const EFFECT: Readonly<Record<string, Part>> = {
  auth: part('reference-effect/auth'),
  aor: part('reference-effect/aor'),
  transport: part('reference-effect/transport'),
  endpoint: part('reference-effect/endpoint'),
};

function reportUnresolved(
  sink: RuleSink,
  e: OptionEntry,
  ref: { name: string; start: number; end: number; targetType: string },
  index: ObjectIndex,
): void {
  // Did-you-mean candidates are ranked when a quick fix is asked for (features/referenceCandidates.ts), not here:
  // a config with many dangling names and many sections would make that quadratic.
  let otherType: string | undefined;
  for (const [t, m] of index)
    if (t !== ref.targetType && m.has(ref.name)) {
      otherType = t;
      break;
    }
  sink.add({
    path: e.file.path,
    start: ref.start,
    end: ref.end,
    code: 'unresolved-reference',
    msg: msg('unresolved-reference', {
      type: ref.targetType,
      name: ref.name,
      other: otherType ? part('note/other-type-has-name', { type: otherType }) : undefined,
      effect: EFFECT[ref.targetType] ?? part('reference-effect/other', { type: ref.targetType }),
    }),
    data: { createSection: { name: ref.name, type: ref.targetType } },
  });
}
