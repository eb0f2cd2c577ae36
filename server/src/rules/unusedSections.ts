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
import type { DanglingReference } from '../model/references';
import type { PjsipObject, Reference } from '../model/types';
import type { ObjectCheck } from './recheck';

/** The types checked, with the places that can name an object of that type. */
const NAMED_BY: Readonly<Record<string, Part>> = {
  auth: part('unused/named-by-auth'),
  aor: part('unused/named-by-aor'),
};

/**
 * Checked per auth and aor. Besides the object it reads what names it (any value of the set, extensions.conf),
 * and for the hint of one it reports, the names that name nothing and the endpoint of the same name.
 */
export const unusedSections: ObjectCheck = {
  types: Object.keys(NAMED_BY),
  reads: { referenced: true, dangling: true, sameName: ['endpoint'] },
  prepare: (model, sink) => {
    let unresolved: Map<string, Map<string, Reference>> | undefined;
    let dialled: Set<string> | undefined;
    const dialledOnce = () => (dialled ??= dialledAors(model));
    return (o) => {
      const by = NAMED_BY[o.type];
      if (!by || !o.loads || o.wizardPrefix || isNamed(model, o, dialledOnce)) return;
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
    };
  },
};

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

/** Whether anything names the object: a value (resolved or not: see `valueReferences`) or a dial string. */
function isNamed(model: Model, o: PjsipObject, dialled: () => Set<string>): boolean {
  if (model.valueReferences.named.get(o.type)?.has(o.id)) return true;
  return o.type === 'aor' && dialled().has(o.id);
}

/** The aors dial strings of extensions.conf name. */
function dialledAors(model: Model): Set<string> {
  const out = new Set<string>();
  for (const d of model.dialplan?.dials ?? []) if (d.aor) out.add(d.aor);
  return out;
}

/** References that resolve to nothing, by target type and name (the first of each name). */
function unresolvedNames(model: Model): Map<string, Map<string, Reference>> {
  const out = new Map<string, Map<string, Reference>>();
  for (const d of model.valueReferences.dangling) {
    if (!NAMED_BY[d.target.type]) continue;
    const byName = out.get(d.target.type) ?? out.set(d.target.type, new Map()).get(d.target.type)!;
    if (!byName.has(d.name)) byName.set(d.name, danglingReference(d));
  }
  return out;
}

/** The `Reference` of a dangling value reference, as `collectReferences` builds it. */
function danglingReference(d: DanglingReference): Reference {
  return {
    file: d.entry.file,
    start: d.start,
    end: d.end,
    name: d.name,
    targetType: d.target.type,
    via: d.target.option,
    entry: d.entry,
    section: d.section,
    targets: [],
    generated: false,
  };
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
