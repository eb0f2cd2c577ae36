/** References that name nothing: Asterisk loads the object, and it fails when it needs the missing one. */
import { msg, part, type Part } from '../i18n/messages';
import type { ObjectIndex } from '../model/objectIndex';
import type { Model } from '../model/model';
import { inheritingSections, placeByUsers } from '../model/ranges';
import type { OptionEntry, PjsipObject, RelatedInput, Section } from '../model/types';
import { lastVar } from '../model/variables';
import type { RuleSink } from './diagnostic';

/**
 * Report the names that refer to nothing (resource_list items may name dialplan hints: never reported). A name
 * that matches a section Asterisk ignores for its missing or unknown type is not reported again: that section's
 * own diagnostic is the cause.
 */
export function checkReferences(model: Model, sink: RuleSink): void {
  const { dangling } = model.valueReferences;
  if (!dangling.length) return;
  const untyped = new Set<string>();
  for (const c of model.configs) for (const s of c.categories) if (!s.isTemplate && !s.type) untyped.add(s.name);
  for (const { entry, section, target, name, start, end } of dangling) {
    if (target.option === 'resource_list.list_item' || untyped.has(name)) continue;
    const at = { path: entry.file.path, start, end };
    for (const place of placeReference(model.objects, section, entry, at))
      reportUnresolved(sink, { name, targetType: target.type, ...place }, model.index);
  }
}

/**
 * A dangling name written in a template: on the line when every object built from it keeps the line; otherwise on
 * the objects that keep it (the others set the option themselves).
 */
function placeReference(
  objects: readonly PjsipObject[],
  cat: Section,
  e: OptionEntry,
  at: { path: string; start: number; end: number },
): ReturnType<typeof placeByUsers> {
  if (!cat.isTemplate || !objects.length) return [{ ...at, moved: false }];
  const lower = e.name.slice(e.name.indexOf('/') + 1).toLowerCase();
  const sections = new Set(inheritingSections(cat));
  const failing = objects.filter((o) => o.loads && sections.has(o.section) && lastVar(o.vars, lower)?.entry === e);
  return failing.length ? placeByUsers(objects, failing, e, lower, at) : [{ ...at, moved: false }];
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
  ref: {
    path: string;
    name: string;
    start: number;
    end: number;
    targetType: string;
    related?: RelatedInput[];
    moved: boolean;
  },
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
    path: ref.path,
    start: ref.start,
    end: ref.end,
    related: ref.related,
    code: 'unresolved-reference',
    msg: msg('unresolved-reference', {
      type: ref.targetType,
      name: ref.name,
      other: otherType ? part('note/other-type-has-name', { type: otherType }) : undefined,
      effect: EFFECT[ref.targetType] ?? part('reference-effect/other', { type: ref.targetType }),
    }),
    // the quick fixes edit the name where the diagnostic sits: only when that is the name itself
    data: ref.moved ? undefined : { createSection: { name: ref.name, type: ref.targetType } },
  });
}
