/** Objects that load but will not work: an endpoint nobody can reach, no codecs, an AoR that refuses REGISTER. */
import { booleanValue } from '../schema/schema';
import { parseCInt, splitList } from '../schema/values';
import { effectiveCodecs } from '../model/codecs';
import type { ObjectIndex } from '../model/objectIndex';
import { effective, sameName } from '../model/objects';
import { nameRange } from '../model/ranges';
import type { PjsipObject, Variable } from '../model/types';
import type { RuleSink } from './diagnostic';

export function checkUsability(objects: readonly PjsipObject[], index: ObjectIndex, sink: RuleSink): void {
  const flagged = new Set<PjsipObject>();
  const codecMemo = { vars: [] as Variable[], result: false };
  for (const o of objects) {
    if (!o.loads) continue;
    const eff = effective(o);
    if (o.type === 'endpoint') {
      if (!o.wizardPrefix && !(eff.get('aors')?.value ?? '').trim()) {
        sink.add({ ...nameRange(o.section), code: 'endpoint-without-aors',
          message: `Endpoint '${o.id}' has no aors: it cannot be called, and phones cannot register to it.`, data: { addOptions: [{ name: 'aors', value: o.id }] } });
      }
      if (!hasCodecs(o, codecMemo)) {
        const pre = o.wizardPrefix ?? '';
        sink.add({ ...nameRange(o.section), code: 'endpoint-without-codecs',
          message: `Endpoint '${o.id}' allows no codec (PJSIP has no default codecs): it loads, but every call fails for lack of a common codec. Add ${pre}allow=ulaw (or your phones' codecs).`,
          data: { addOptions: [{ name: `${pre}allow`, value: 'ulaw' }] } });
      }
      const auth = (eff.get('auth')?.value ?? '').trim();
      if (auth) {
        for (const it of splitList(eff.get('aors')?.value ?? '')) {
          for (const aor of index.get('aor')?.get(it.text) ?? []) {
            if (!aor.loads || flagged.has(aor)) continue;
            const av = effective(aor);
            const max = av.get('max_contacts');
            const n = max && /^\s*\d/.test(max.value) ? parseCInt(max.value) : 0;
            if (n > 0 || aor.vars.some((v) => v.name.toLowerCase() === 'contact' && v.value.trim())) continue;
            flagged.add(aor);
            const pre = aor.wizardPrefix ?? '';
            sink.add({ ...nameRange(aor.section), code: 'aor-rejects-registrations',
              message: `Aor '${aor.id}' is used by endpoint '${o.id}', which authenticates, but max_contacts is ${max ? max.value : 'not set (default 0)'} and there is no static contact: Asterisk refuses every REGISTER to it.${aor.wizardPrefix ? ' (accepts_registrations does not set it.)' : ''} Add ${pre}max_contacts=1.`,
              data: { addOptions: [{ name: `${pre}max_contacts`, value: '1' }] } });
          }
        }
      }
    }
    if (o.type === 'registration' && (eff.get('outbound_auth')?.value ?? '').trim()) {
      const arp = eff.get('auth_rejection_permanent');
      if (!arp || booleanValue(arp.value) !== false) {
        const pre = o.wizardPrefix ?? '';
        sink.add({ ...(arp && !arp.synthetic ? { path: arp.entry.file.path, start: arp.entry.valueStart, end: arp.entry.valueEnd } : nameRange(o.section)),
          code: 'registration-stops-on-auth-failure',
          message: `Registration '${o.id}': after one authentication failure (401/403) Asterisk stops registering for good, because auth_rejection_permanent is ${arp ? arp.value : 'yes by default'}. Set ${pre}auth_rejection_permanent=no to keep retrying.`,
          data: { addOptions: [{ name: `${pre}auth_rejection_permanent`, value: 'no' }] } });
      }
    }
  }
}

/** Whether any codec is left; endpoints built from one template share their codec lines, so `last` keeps the previous answer. */
function hasCodecs(o: PjsipObject, last: { vars: Variable[]; result: boolean }): boolean {
  const vars: Variable[] = [];
  for (const v of o.vars) if (sameName(v.name, 'allow') || sameName(v.name, 'disallow')) vars.push(v);
  if (vars.length === last.vars.length && vars.every((v, i) => v === last.vars[i])) return last.result;
  last.vars = vars;
  last.result = effectiveCodecs(o).size > 0;
  return last.result;
}
