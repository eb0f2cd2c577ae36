/** Endpoints that load but will not work as the admin expects: nothing to call or register to, no codec. */
import { msg, part } from '../i18n/messages';
import { parseCInt, splitList } from '../schema/values';
import { effectiveCodecs } from '../model/codecs';
import { contextHasExtensions, type DialReference } from '../model/dialplan';
import type { Model } from '../model/model';
import { relativeTo } from '../model/paths';
import { effective, lastVar, sameName, type Effective } from '../model/objects';
import { nameRange } from '../model/ranges';
import type { PjsipObject, Variable } from '../model/types';
import type { ObjectRuleContext } from './objectRules';

/** Endpoints an identify matches by address: they receive calls without authenticating or registering. */
export function identifiedEndpoints(model: Model): Set<string> {
  const out = new Set<string>();
  for (const list of model.index.get('identify')?.values() ?? []) {
    for (const o of list) {
      if (!o.loads) continue;
      const name = (effective(o).get('endpoint')?.value ?? '').trim();
      if (name) out.add(name);
    }
  }
  return out;
}

/** Endpoints extensions.conf dials by name with nothing after the name: such a dial needs the endpoint's aors. */
export function dialledEndpoints(model: Model): Map<string, DialReference> {
  const out = new Map<string, DialReference>();
  for (const d of model.dialplan?.dials ?? []) if (d.needsAors && !out.has(d.endpoint)) out.set(d.endpoint, d);
  return out;
}

/** Endpoints extensions.conf sends calls through, in any form (`PJSIP/6001`, `PJSIP/6001/sip:...`; not hints). */
export function calledEndpoints(model: Model): Set<string> {
  const out = new Set<string>();
  for (const d of model.dialplan?.dials ?? []) if (!d.hint) out.add(d.endpoint);
  return out;
}

/**
 * Whether the endpoint carries calls, as far as extensions.conf tells: the dialplan dials it, or the calls it sends
 * land in a context with extensions (its `context`, `default` unless set). Undefined without an extensions.conf.
 */
function carriesCalls(o: PjsipObject, eff: Effective, ctx: ObjectRuleContext): boolean | undefined {
  const dialplan = ctx.model.dialplan;
  if (!dialplan) return undefined;
  if (ctx.called.has(o.id)) return true;
  const context = (eff.get('context')?.value ?? '').trim() || 'default';
  return contextHasExtensions(dialplan, context);
}

/** A phone that registers: it authenticates, and no identify lets it in by address. */
function mustRegister(o: PjsipObject, eff: Effective, ctx: ObjectRuleContext): boolean {
  return !!(eff.get('auth')?.value ?? '').trim() && !ctx.identified.has(o.id);
}

export function endpointWithoutAors(o: PjsipObject, eff: Effective, ctx: ObjectRuleContext): void {
  if (o.wizardPrefix || (eff.get('aors')?.value ?? '').trim()) return;
  const registers = mustRegister(o, eff, ctx);
  const dial = ctx.dialled.get(o.id);
  ctx.sink.add({
    ...nameRange(o.section),
    code: 'endpoint-without-aors',
    // a warning only when a dial needs its aors; an endpoint that authenticates may only receive INVITEs
    variant: dial ? undefined : 'no-calls-expected',
    msg: registers
      ? msg('endpoint-without-aors/registers', { id: o.id })
      : dial
        ? msg('endpoint-without-aors/dialled', {
            id: o.id,
            file: relativeTo(ctx.model.options.configDir, dial.file.path),
            line: dial.line + 1,
          })
        : msg('endpoint-without-aors/not-called', { id: o.id }),
    data: { addOptions: [{ name: 'aors', value: o.id }] },
  });
}

export function endpointWithoutCodecs(o: PjsipObject, eff: Effective, ctx: ObjectRuleContext): void {
  if (hasCodecs(o, ctx.codecMemo)) return;
  const pre = o.wizardPrefix ?? '';
  const calls = carriesCalls(o, eff, ctx);
  // without an extensions.conf: a phone (aors, or it registers) is taken to carry calls
  const signallingOnly =
    calls === undefined
      ? !o.wizardPrefix && !(eff.get('aors')?.value ?? '').trim() && !mustRegister(o, eff, ctx)
      : !calls;
  ctx.sink.add({
    ...nameRange(o.section),
    code: 'endpoint-without-codecs',
    variant: signallingOnly ? 'no-calls-expected' : undefined,
    msg: msg(signallingOnly ? 'endpoint-without-codecs/signalling-only' : 'endpoint-without-codecs/calls', {
      id: o.id,
      prefix: pre,
    }),
    data: { addOptions: [{ name: `${pre}allow`, value: 'ulaw' }] },
  });
}

/** The AoRs of an endpoint that authenticates must accept a contact, or every REGISTER is refused. */
export function aorsRejectRegistrations(o: PjsipObject, eff: Effective, ctx: ObjectRuleContext): void {
  if (!(eff.get('auth')?.value ?? '').trim()) return;
  for (const it of splitList(eff.get('aors')?.value ?? '')) {
    for (const aor of ctx.model.index.get('aor')?.get(it.text) ?? []) {
      if (!aor.loads || ctx.reported.has(aor) || acceptsContacts(aor)) continue;
      ctx.reported.add(aor);
      const max = effective(aor).get('max_contacts');
      const pre = aor.wizardPrefix ?? '';
      const wizard = aor.wizardPrefix ? part('note/accepts-registrations') : undefined;
      const who = { aor: aor.id, endpoint: o.id, wizard, prefix: pre };
      ctx.sink.add({
        ...nameRange(aor.section),
        code: 'aor-rejects-registrations',
        msg: max
          ? msg('aor-rejects-registrations/max-contacts', { ...who, max: max.value })
          : msg('aor-rejects-registrations/max-contacts-unset', who),
        data: { addOptions: [{ name: `${pre}max_contacts`, value: '1' }] },
      });
    }
  }
}

function acceptsContacts(aor: PjsipObject): boolean {
  const max = lastVar(aor.vars, 'max_contacts');
  const n = max && /^\s*\d/.test(max.value) ? parseCInt(max.value) : 0;
  return n > 0 || aor.vars.some((v) => sameName(v.name, 'contact') && v.value.trim() !== '');
}

/** Whether any codec is left; endpoints built from one template share their codec lines, so `last` keeps the previous answer. */
function hasCodecs(o: PjsipObject, last: { vars: unknown[]; result: boolean }): boolean {
  const vars: Variable[] = [];
  for (const v of o.vars) if (sameName(v.name, 'allow') || sameName(v.name, 'disallow')) vars.push(v);
  if (vars.length === last.vars.length && vars.every((v, i) => v === last.vars[i])) return last.result;
  last.vars = vars;
  last.result = effectiveCodecs(o).size > 0;
  return last.result;
}
