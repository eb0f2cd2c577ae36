/** Outbound registrations that stop for good when the registrar keeps saying no. */
import type { Effective } from '../model/objects';
import { effective } from '../model/objects';
import { nameRange } from '../model/ranges';
import {
  SHORT_LABELS,
  failureModel,
  whenItStops,
  keepRetryingPlan,
  retrySettings,
  stoppingClasses,
  transactionTimeout,
  type ClassOutcome,
  type RetrySettings,
} from '../model/registrationFailures';
import type { Model } from '../model/model';
import type { PjsipObject } from '../model/types';
import type { ObjectRuleContext } from './objectRules';

/** The settings of a registration in its config set (the system object's timers decide the no-answer timeout). */
export function registrationSettings(model: Pick<Model, 'objects'>, o: PjsipObject): RetrySettings {
  const system = model.objects.find((x) => x.type === 'system' && x.loads);
  return retrySettings(o.vars, transactionTimeout(system && effective(system)));
}

/** The name Asterisk's CLI knows it by, and what to type to start it again. */
export function recoveryCommands(o: PjsipObject): string[] {
  return [`pjsip send register ${o.id}`, 'module reload res_pjsip.so'];
}

export function registrationStopsRetrying(o: PjsipObject, _eff: Effective, ctx: ObjectRuleContext): void {
  const model = failureModel(registrationSettings(ctx.model, o));
  const stopping = stoppingClasses(model);
  if (!stopping.length) return;
  ctx.sink.add({
    ...nameRange(o.section),
    code: 'registration-stops-retrying',
    message: stopsMessage(o, stopping),
    data: { keepRetrying: keepRetryingPlan(o) },
  });
}

function stopsMessage(o: PjsipObject, stopping: readonly ClassOutcome[]): string {
  const at = o.wizardPrefix ? `Registration '${o.id}' (from this wizard)` : `Registration '${o.id}'`;
  // classes that stop the same way share one phrase: "403, 404 and other fatal codes at once"
  const groups = new Map<string, string[]>();
  for (const c of stopping) {
    const w = whenItStops(c);
    groups.set(w, [...(groups.get(w) ?? []), SHORT_LABELS[c.cls]]);
  }
  const parts = [...groups].map(([w, labels]) => `${labels.join(', ')} ${w}`);
  return `${at} stops for good if the registrar keeps saying no: ${parts.join('; ')}. Then nothing is sent until 'pjsip send register ${o.id}', a reload of res_pjsip.so or a restart.`;
}
