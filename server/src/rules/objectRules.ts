/**
 * Checks of single objects that load, as a table: for each object type, the rules that look at one object of that
 * type (with the whole model at hand for lookups), and what each reads besides that object (`READS`), so that
 * after an edit only the objects it concerns are checked again (recheck.ts). Each rule lives in the file of its
 * topic.
 */
import type { Model } from '../model/model';
import { effective, type Effective } from '../model/objects';
import type { DialReference } from '../model/dialplan';
import type { PjsipObject } from '../model/types';
import type { RuleSink } from './diagnostic';
import type { ObjectCheck, Reads } from './recheck';
import {
  aorsRejectRegistrations,
  calledEndpoints,
  dialledEndpoints,
  endpointWithoutAors,
  endpointWithoutCodecs,
  identifiedEndpoints,
} from './endpoints';
import { registrationStopsRetrying } from './registrations';
import { duplicateListItems } from './resourceLists';
import { timerBRaised } from './system';
import { ADDRESS_OPTIONS, addressWithPort } from './transportAddresses';

export interface ObjectRuleContext {
  model: Model;
  sink: RuleSink;
  /** Endpoints that an identify matches by address. */
  identified: ReadonlySet<string>;
  /** Endpoints extensions.conf dials by name without saying where to (the first such dial of each). */
  dialled: ReadonlyMap<string, DialReference>;
  /** Endpoints extensions.conf sends calls through in any form (hints aside). */
  called: ReadonlySet<string>;
  /**
   * Objects the rule already reported for the object being checked (an AoR named twice). Emptied for each object:
   * which of several objects reporting one place keeps it is settled afterwards (`oncePerPlace`).
   */
  reported: Set<PjsipObject>;
  /** Endpoints built from one template share their codec lines: the last answer, kept. */
  codecMemo: { vars: unknown[]; result: boolean };
}

export type ObjectRule = (o: PjsipObject, eff: Effective, ctx: ObjectRuleContext) => void;

const OBJECT_RULES: Readonly<Record<string, readonly ObjectRule[]>> = {
  endpoint: [endpointWithoutAors, endpointWithoutCodecs, aorsRejectRegistrations],
  registration: [registrationStopsRetrying],
  transport: [addressWithPort],
  system: [timerBRaised],
  resource_list: [duplicateListItems],
};

/**
 * What each rule reads besides its object (see `Reads`). A rule missing here is checked again for every object
 * after every edit: add it when you know what it reads.
 */
const READS: ReadonlyMap<ObjectRule, Reads> = new Map<ObjectRule, Reads>([
  // `identified`: the identifies that name the endpoint; `dialled`, `called`: extensions.conf
  [endpointWithoutAors, { namedBy: [{ type: 'identify', option: 'endpoint' }] }],
  [endpointWithoutCodecs, { namedBy: [{ type: 'identify', option: 'endpoint' }] }],
  [aorsRejectRegistrations, { names: [{ option: 'aors', type: 'aor' }] }],
  [registrationStopsRetrying, { every: ['system'] }],
  [addressWithPort, { templateUsers: ADDRESS_OPTIONS.map((a) => a.option) }],
  [timerBRaised, {}],
  [duplicateListItems, {}],
]);

/** Rules that report another object than the one checked: of several checked objects, the first keeps the report. */
const ONCE_PER_PLACE: ReadonlySet<ObjectRule> = new Set([aorsRejectRegistrations]);

/** The table as object checks, one per rule. */
export function objectChecks(): ObjectCheck[] {
  const types = new Map<ObjectRule, string[]>();
  for (const [type, rules] of Object.entries(OBJECT_RULES))
    for (const rule of rules) types.set(rule, [...(types.get(rule) ?? []), type]);
  return [...types].map(([rule, ts]) => ({
    types: ts,
    reads: READS.get(rule),
    oncePerPlace: ONCE_PER_PLACE.has(rule),
    prepare: (model: Model, sink: RuleSink) => {
      const shared = sharedBy(model);
      const ctx: ObjectRuleContext = {
        model,
        sink,
        identified: shared.identified,
        dialled: shared.dialled,
        called: shared.called,
        reported: new Set(),
        codecMemo: { vars: [], result: false },
      };
      return (o: PjsipObject) => {
        if (!o.loads) return;
        if (ctx.reported.size) ctx.reported.clear();
        rule(o, shared.effective(o), ctx);
      };
    },
  }));
}

/** What the rules of one pass share: lookups across the set, and the effective values of the object checked last. */
interface Shared extends Pick<ObjectRuleContext, 'identified' | 'dialled' | 'called'> {
  effective(o: PjsipObject): Effective;
}

/** Made once per model (a pass of the rules checks a model's objects together), and gone with it. */
const sharedByModel = new WeakMap<Model, Shared>();

function sharedBy(model: Model): Shared {
  let s = sharedByModel.get(model);
  if (!s) {
    // a pass checks each object's rules one after the other: they share its effective values
    let lastObject: PjsipObject | undefined;
    let lastEffective: Effective | undefined;
    s = {
      identified: identifiedEndpoints(model),
      dialled: dialledEndpoints(model),
      called: calledEndpoints(model),
      effective: (o) => {
        if (lastObject !== o || !lastEffective) {
          lastObject = o;
          lastEffective = effective(o);
        }
        return lastEffective;
      },
    };
    sharedByModel.set(model, s);
  }
  return s;
}
