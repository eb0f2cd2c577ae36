/** Outbound registrations that stop for good when the registrar keeps saying no. */
import { msg, part, type MessageRef, type Part } from '../i18n/messages';
import type { Effective } from '../model/objects';
import { effective } from '../model/objects';
import { nameRange } from '../model/ranges';
import {
  DAY,
  failureModel,
  whenItStops,
  keepRetryingPlan,
  retrySettings,
  stoppingClasses,
  transactionTimeout,
  type ClassOutcome,
  type ResponseClass,
  type RetrySettings,
} from '../model/registrationFailures';
import type { Model } from '../model/model';
import type { PjsipObject } from '../model/types';
import type { ObjectRuleContext } from './objectRules';

/** The settings of a registration in its config set (the system object's timers decide the no-answer timeout). */
export function registrationSettings(model: Pick<Model, 'objects'>, o: PjsipObject): RetrySettings {
  const system = loadedSystem(model);
  return retrySettings(o.vars, transactionTimeout(system && effective(system)));
}

/** The first system object that loads, looked for once per model (not once per registration). */
function loadedSystem(model: Pick<Model, 'objects'>): PjsipObject | undefined {
  if (!systems.has(model))
    systems.set(
      model,
      model.objects.find((x) => x.type === 'system' && x.loads),
    );
  return systems.get(model);
}

const systems = new WeakMap<object, PjsipObject | undefined>();

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
    msg: stopsMessage(o, stopping),
    data: { keepRetrying: keepRetryingPlan(o) },
  });
}

function stopsMessage(o: PjsipObject, stopping: readonly ClassOutcome[]): MessageRef<'registration-stops-retrying'> {
  const name = part(o.wizardPrefix ? 'registration/name-wizard' : 'registration/name', { id: o.id });
  // classes that stop the same way share one phrase: "403, 404 and other fatal codes at once"
  const groups = new Map<string, { when: Part; labels: Part[] }>();
  for (const c of stopping) {
    const w = whenItStops(c);
    const g = groups.get(w) ?? groups.set(w, { when: whenPart(c), labels: [] }).get(w)!;
    g.labels.push(LABELS[c.cls]);
  }
  return msg('registration-stops-retrying', {
    name,
    groups: [...groups.values()].map((g) => part('retry/group', g)),
    id: o.id,
  });
}

/** Short labels of the response classes, for one-line messages. */
const LABELS: Record<ResponseClass, Part> = {
  auth: part('retry/label-auth'),
  forbidden: part('retry/label-forbidden'),
  fatal: part('retry/label-fatal'),
  temporary: part('retry/label-temporary'),
};

/** `whenItStops` as a phrase: "at once", "after 10 retries 60 s apart (10 min)". */
function whenPart(c: ClassOutcome): Part {
  if (c.handling === 'stops-at-once') return part('retry/at-once');
  if (c.stopsAfter === undefined) return part('retry/not-within-day', { interval: c.interval ?? 0 });
  const silent =
    c.stopsAfterNoAnswer !== undefined && c.stopsAfterNoAnswer !== c.stopsAfter
      ? part('retry/no-answer', { duration: durationPart(c.stopsAfterNoAnswer) })
      : undefined;
  const common = { interval: c.interval ?? 0, duration: durationPart(c.stopsAfter), silent };
  return c.retries === 1
    ? part('retry/after-one', common)
    : part('retry/after-many', { ...common, retries: c.retries });
}

/** `duration` as a phrase: "16 min", "2 h 5 min", "45 s". */
export function durationPart(sec: number): Part {
  if (sec < 90) return part('duration/seconds', { n: Math.round(sec) });
  if (sec < 3570) return part('duration/minutes', { n: Math.round(sec / 60) });
  if (sec < 2 * DAY) {
    const h = Math.floor(sec / 3600),
      m = Math.round((sec % 3600) / 60);
    return m ? part('duration/hours-minutes', { h, m }) : part('duration/hours', { h });
  }
  return part('duration/days', { n: Math.round(sec / DAY) });
}
