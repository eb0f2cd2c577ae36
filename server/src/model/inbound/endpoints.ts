/**
 * What the inbound steps read of an endpoint, from its effective values for the target release (templates,
 * wizard-generated lines and the release's defaults): how it may be identified, its inbound auths, its context.
 */
import type { AsteriskTarget } from '../../schema/versions';
import { findOptionAt } from '../../schema/versioned';
import { booleanValue } from '../../schema/schema';
import type { Model } from '../model';
import { lastVar } from '../variables';
import type { PjsipObject, Variable } from '../types';

/** The endpoint Asterisk knows by this name: one that loads (a name refused as a duplicate is none). */
export function loadedEndpoint(model: Model, name: string): PjsipObject | undefined {
  return model.index
    .get('endpoint')
    ?.get(name)
    ?.find((o) => o.loads && !o.section.config.standalone);
}

/** Every endpoint Asterisk loads. */
export function loadedEndpoints(model: Model): PjsipObject[] {
  const out: PjsipObject[] = [];
  for (const list of model.index.get('endpoint')?.values() ?? [])
    for (const o of list) if (o.loads && !o.section.config.standalone) out.push(o);
  return out;
}

function valueOrDefault(o: PjsipObject, option: string, target: AsteriskTarget): { value: string; from?: Variable } {
  const v = lastVar(o.vars, option);
  return v ? { value: v.value, from: v } : { value: findOptionAt(target, 'endpoint', option)?.default ?? '' };
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `identify_by` (lower-cased), and the line that sets it when one does. */
export function identifyBy(o: PjsipObject, target: AsteriskTarget): { methods: string[]; from?: Variable } {
  const { value, from } = valueOrDefault(o, 'identify_by', target);
  return { methods: list(value.toLowerCase()), from };
}

/** The inbound auths `auth=` names (a later line replaces an earlier one). */
export function inboundAuths(o: PjsipObject): { names: string[]; from?: Variable } {
  const v = lastVar(o.vars, 'auth');
  return { names: v ? list(v.value) : [], from: v };
}

/**
 * The dialplan context calls from the endpoint start in: `default` unless set; an empty `context=` is the context
 * named "" (no extension is ever found there: 404, measured).
 */
export function contextOf(o: PjsipObject, target: AsteriskTarget): { name: string; from?: Variable } {
  const { value, from } = valueOrDefault(o, 'context', target);
  return { name: from ? value.trim() : value.trim() || 'default', from };
}

/** `allow_overlap`: a number that could still grow into an extension gets 484 instead of 404. */
export function allowsOverlap(o: PjsipObject, target: AsteriskTarget): boolean {
  return booleanValue(valueOrDefault(o, 'allow_overlap', target).value) ?? false;
}
