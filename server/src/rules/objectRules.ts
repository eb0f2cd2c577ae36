/**
 * Checks of single objects that load, as a table: for each object type, the rules that look at one object of that
 * type (with the whole model at hand for lookups). Each rule lives in the file of its topic.
 */
import type { Model } from '../model/model';
import { effective, type Effective } from '../model/objects';
import type { DialReference } from '../model/dialplan';
import type { PjsipObject } from '../model/types';
import type { RuleSink } from './diagnostic';
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
import { addressWithPort } from './transportAddresses';

export interface ObjectRuleContext {
  model: Model;
  sink: RuleSink;
  /** Endpoints that an identify matches by address. */
  identified: ReadonlySet<string>;
  /** Endpoints extensions.conf dials by name without saying where to (the first such dial of each). */
  dialled: ReadonlyMap<string, DialReference>;
  /** Endpoints extensions.conf sends calls through in any form (hints aside). */
  called: ReadonlySet<string>;
  /** Objects already reported by a rule that several objects can reach (an AoR shared by endpoints). */
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

export function checkObjects(model: Model, sink: RuleSink): void {
  const ctx: ObjectRuleContext = {
    model,
    sink,
    identified: identifiedEndpoints(model),
    dialled: dialledEndpoints(model),
    called: calledEndpoints(model),
    reported: new Set(),
    codecMemo: { vars: [], result: false },
  };
  for (const o of model.objects) {
    if (!o.loads) continue;
    const rules = OBJECT_RULES[o.type];
    if (!rules) continue;
    const eff = effective(o);
    for (const rule of rules) rule(o, eff, ctx);
  }
}
