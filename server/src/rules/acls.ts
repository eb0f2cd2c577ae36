/**
 * Named ACLs: `acl` and `contact_acl` name sections of acl.conf; a missing one rejects what it guards. When
 * extconfig.conf maps the `acls` family, a named ACL may come from a database instead: nothing is reported.
 */
import { msg } from '../i18n/messages';
import { suggest } from '../schema/schema';
import { splitList } from '../schema/values';
import type { Model } from '../model/model';
import { sameName } from '../model/objects';
import type { PjsipObject } from '../model/types';
import type { RuleSink } from './diagnostic';
import type { ObjectCheck } from './recheck';

/** The options that name ACLs of acl.conf, by object type. */
const ACL_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  endpoint: ['acl', 'contact_acl'],
  acl: ['acl', 'contact_acl'],
};

/** Checked per object; reads acl.conf besides the object (no in-place update changes it). */
export const namedAcls: ObjectCheck = {
  types: Object.keys(ACL_OPTIONS),
  reads: {},
  prepare: (model, sink) => (o) => checkNamedAcls(model, o, sink),
};

function checkNamedAcls(model: Model, o: PjsipObject, sink: RuleSink): void {
  const options = ACL_OPTIONS[o.type];
  // ACLs from a database (extconfig.conf maps `acls`) are not in acl.conf: nothing to check them against
  if (!options || !o.loads || model.realtimeAcls) return;
  const known = model.acls?.sections;
  for (const v of o.vars) {
    if (v.synthetic || !namesOneOf(v.name, options)) continue;
    const e = v.entry;
    const exact = e.valueEnd - e.valueStart === v.value.length;
    for (const it of splitList(v.value)) {
      if (!it.text || known?.has(it.text)) continue;
      sink.add({
        path: e.file.path,
        start: exact ? e.valueStart + it.start : e.valueStart,
        end: exact ? e.valueStart + it.end : e.valueEnd,
        code: 'unknown-acl',
        msg: msg(known ? 'unknown-acl/not-in-acl-conf' : 'unknown-acl/no-acl-conf', { name: it.text, type: o.type }),
        data: { name: it.text, suggestions: known ? suggest(it.text, known.keys(), 3) : [] },
      });
    }
  }
}

function namesOneOf(name: string, lowerNames: readonly string[]): boolean {
  for (const n of lowerNames) if (sameName(name, n)) return true;
  return false;
}
