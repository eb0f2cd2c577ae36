/**
 * Auths and aors that nothing names. Asterisk only ever reaches them by name (an endpoint's `auth`, `aors`, an
 * `outbound_auth`, a dial string), so one that nothing names loads and does nothing: usually a misspelling on the
 * side that should name it. Transports are left out: Asterisk picks a transport by protocol and address when no
 * `transport=` names one, and a transport listens on its port whether or not anything names it.
 */
import { msg, part, type Part } from '../i18n/messages';
import { suggest } from '../schema/schema';
import type { Model } from '../model/model';
import { effective } from '../model/objects';
import { nameRange } from '../model/ranges';
import { relativeTo } from '../model/paths';
import { collectReferences, forEachValueReference } from '../model/references';
import type { Reference } from '../model/types';
import type { RuleSink } from './diagnostic';

/** The types checked, with the places that can name an object of that type. */
const NAMED_BY: Readonly<Record<string, Part>> = {
  auth: part('unused/named-by-auth'),
  aor: part('unused/named-by-aor'),
};

export function checkUnusedSections(model: Model, sink: RuleSink): void {
  const named = namedObjects(model);
  let unresolved: Map<string, Map<string, Reference>> | undefined;
  for (const o of model.objects) {
    const by = NAMED_BY[o.type];
    if (!by || !o.loads || o.wizardPrefix || named.get(o.type)?.has(o.id)) continue;
    unresolved ??= unresolvedNames(model);
    const typo = likelyTypo(model, unresolved.get(o.type), o.type, o.id) ?? endpointWithout(model, o.type, o.id);
    sink.add({
      ...nameRange(o.section),
      code: 'unused-section',
      msg: msg('unused-section', {
        type: o.type,
        id: o.id,
        namedBy: by,
        hint: typo ?? part('unused/often-misspelled'),
      }),
    });
  }
}

/** The option of an endpoint that names objects of each type. */
const ENDPOINT_OPTION: Readonly<Record<string, string>> = { auth: 'auth', aor: 'aors' };

/** The endpoint of the same name, which it was probably written for, and what that endpoint names instead. */
function endpointWithout(model: Model, type: string, id: string): Part | undefined {
  const option = ENDPOINT_OPTION[type];
  const endpoint = model.index.get('endpoint')?.get(id)?.[0];
  if (!endpoint) return undefined;
  const value = (effective(endpoint).get(option)?.value ?? '').trim();
  return value
    ? part('unused/endpoint-has', { id, option, value, type })
    : part('unused/endpoint-has-none', { id, option, type });
}

/** Names written anywhere, by target type (resolved or not). */
function namedObjects(model: Model): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (type: string, name: string) => (out.get(type) ?? out.set(type, new Set()).get(type)!).add(name);
  // Names only: no Reference objects for the thousands of auth= and aors= lines of a large set.
  forEachValueReference(model.configs, model.index, (_e, _cat, target, name) => {
    if (NAMED_BY[target.type]) add(target.type, name);
  });
  for (const d of model.dialplan?.dials ?? []) if (d.aor) add('aor', d.aor);
  return out;
}

/** References that resolve to nothing, by target type and name (the first of each name). */
function unresolvedNames(model: Model): Map<string, Map<string, Reference>> {
  const out = new Map<string, Map<string, Reference>>();
  const dangling = collectReferences(model.configs, model.index, undefined, {
    header: () => false,
    value: (type, _name, resolves) => !resolves && !!NAMED_BY[type],
  });
  for (const r of dangling) {
    const byName = out.get(r.targetType) ?? out.set(r.targetType, new Map()).get(r.targetType)!;
    if (!byName.has(r.name)) byName.set(r.name, r);
  }
  return out;
}

/** A reference of that type that resolves to nothing and is spelled close to `id`: the likely culprit. */
function likelyTypo(
  model: Model,
  unresolved: Map<string, Reference> | undefined,
  type: string,
  id: string,
): Part | undefined {
  if (!unresolved) return undefined;
  const [best] = suggest(id, unresolved.keys(), 1);
  const r = best === undefined ? undefined : unresolved.get(best);
  if (!r) return undefined;
  const key = r.entry?.assignment.key ?? r.via;
  const file = relativeTo(model.options.configDir, r.file.path);
  return part('unused/likely-typo', { line: `${key}=${r.name}`, section: r.section.name, file, type });
}
