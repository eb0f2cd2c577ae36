/**
 * What an outbound registration does when the registrar says no, as res_pjsip_outbound_registration decides it
 * (measured on a real Asterisk with a scripted registrar; test/oracle-registration.test.ts keeps it honest):
 *
 * - the first 401/407 of an attempt is answered with credentials (when there is an outbound_auth); only a 401/407
 *   to the authenticated REGISTER is a rejection. A 2xx registers and resets the retry counter;
 * - a Retry-After header wins: retried after that time, not counted, never given up;
 * - temporary codes (408 and no answer, 500, 502, 503, 504, 6xx; 401/407 only with auth_rejection_permanent=no)
 *   are retried every retry_interval until max_retries is used up ("Maximum retries reached"); with
 *   retry_interval=0 they are fatal;
 * - any other code is fatal: a 403 is retried after forbidden_retry_interval when set, any fatal code after
 *   fatal_retry_interval when set, each while retries remain; otherwise "Fatal response ... stopping";
 * - one counter, shared by every code; attempts = max_retries + 1.
 *
 * Pure: effective values in, a prediction out.
 */
import { booleanValue, findOption } from '../schema/schema';
import { parseCInt } from '../schema/values';
import { lastVar } from './objects';
import type { PjsipObject, Section, Variable } from './types';

/** The effective values that decide it. Durations in seconds. */
export interface RetrySettings {
  authRejectionPermanent: boolean;
  retryInterval: number;
  forbiddenRetryInterval: number;
  fatalRetryInterval: number;
  maxRetries: number;
  expiration: number;
  /** The registration has an outbound_auth: a first 401/407 is answered with credentials. */
  hasAuth: boolean;
  /** How long an unanswered REGISTER waits before it counts as a 408 (the transaction timeout), in seconds. */
  noAnswerTimeout: number;
}

/** The options that decide it, in the order the hovers list them. */
export const RETRY_OPTIONS = [
  'auth_rejection_permanent',
  'retry_interval',
  'forbidden_retry_interval',
  'fatal_retry_interval',
  'max_retries',
  'expiration',
] as const;
export type RetryOption = (typeof RETRY_OPTIONS)[number];

function defaultOf(name: RetryOption): string {
  return findOption('registration', name)?.default ?? '';
}

function num(v: string | undefined, fallback: string): number {
  const n = parseCInt((v ?? fallback).trim());
  if (n !== undefined && Number.isFinite(n) && n >= 0) return n;
  const d = parseCInt(fallback);
  return d !== undefined && Number.isFinite(d) ? d : 0;
}

/** A non-INVITE transaction times out after timer B (Asterisk uses at least 64 x timer_t1). */
export function transactionTimeout(system: { get(lower: string): Variable | undefined } | undefined): number {
  const t1 = num(system?.get('timer_t1')?.value, findOption('system', 'timer_t1')?.default ?? '500');
  const b = num(system?.get('timer_b')?.value, findOption('system', 'timer_b')?.default ?? '32000');
  return Math.max(b, 64 * t1) / 1000;
}

/** The settings of a registration object (its own lines, templates and wizard `registration/` lines merged). */
export function retrySettings(vars: readonly Variable[], noAnswerTimeout = 32): RetrySettings {
  const get = (n: string) => lastVar(vars, n)?.value;
  const arp = get('auth_rejection_permanent');
  return {
    authRejectionPermanent: booleanValue(arp ?? defaultOf('auth_rejection_permanent')) ?? true,
    retryInterval: num(get('retry_interval'), defaultOf('retry_interval')),
    forbiddenRetryInterval: num(get('forbidden_retry_interval'), defaultOf('forbidden_retry_interval')),
    fatalRetryInterval: num(get('fatal_retry_interval'), defaultOf('fatal_retry_interval')),
    maxRetries: num(get('max_retries'), defaultOf('max_retries')),
    expiration: num(get('expiration'), defaultOf('expiration')),
    hasAuth: !!(get('outbound_auth') ?? '').trim(),
    noAnswerTimeout,
  };
}

/** What the registrar answers to one attempt (to the authenticated REGISTER when there was a challenge). */
export interface Answer {
  /** A SIP status code, or 'none' when nothing comes back. */
  code: number | 'none';
  retryAfter?: number;
  /** The attempt was challenged first and resent with credentials (default: for a 401/407 with an outbound_auth). */
  challenged?: boolean;
}

export const TEMPORARY_CODES = [408, 500, 502, 503, 504];

/** Asterisk's test for a response worth retrying every retry_interval. */
export function isTemporary(code: number | 'none', s: Pick<RetrySettings, 'authRejectionPermanent'>): boolean {
  if (code === 'none') return true;
  if (TEMPORARY_CODES.includes(code) || (code >= 600 && code < 700)) return true;
  return (code === 401 || code === 407) && !s.authRejectionPermanent;
}

/** The log lines Asterisk writes, by kind; `{server}`, `{client}`, `{code}`, `{n}` are filled in by logLine(). */
export const LOG_LINES = {
  temporal:
    "Temporal response '{code}' received from '{server}' on registration attempt to '{client}', retrying in '{n}'",
  noResponse: "No response received from '{server}' on registration attempt to '{client}', retrying in '{n}'",
  maxRetries:
    "Maximum retries reached when attempting outbound registration to '{server}' with client '{client}', stopping registration attempt",
  forbidden:
    "403 Forbidden fatal response received from '{server}' on registration attempt to '{client}', retrying in '{n}' seconds",
  fatalRetry:
    "'{code}' fatal response received from '{server}' on registration attempt to '{client}', retrying in '{n}' seconds",
  fatal:
    "Fatal response '{code}' received from '{server}' on registration attempt to '{client}', stopping outbound registration",
  fatalNoResponse: "Fatal registration attempt to '{client}', stopping outbound registration",
} as const;
export type LogLineKind = keyof typeof LOG_LINES;

export function logLine(
  kind: LogLineKind,
  v: { server: string; client: string; code?: number | string; n?: number | string },
): string {
  return LOG_LINES[kind]
    .replace('{server}', v.server)
    .replace('{client}', v.client)
    .replace('{code}', String(v.code ?? ''))
    .replace('{n}', String(v.n ?? ''));
}

export interface Step {
  /** Seconds since the first attempt was sent. */
  at: number;
  answer: Answer;
  /** What Asterisk logged about it (none for a 2xx). */
  line?: LogLineKind;
  /** Seconds until the next attempt (undefined: no next attempt). */
  next?: number;
}

export interface Prediction {
  steps: Step[];
  final: 'registered' | 'stopped' | 'retrying';
  /** Seconds from the first attempt to the permanent stop. */
  stoppedAt?: number;
  /** REGISTER requests sent (a challenged attempt sends two). */
  requests: number;
}

/**
 * Run Asterisk's decision for a registrar answering `answer(i)` to attempt i, until it registers, stops, or
 * `horizon` seconds have passed (or `maxSteps` attempts were made).
 */
export function predict(
  s: RetrySettings,
  answer: (attempt: number) => Answer,
  horizon = 86400,
  maxSteps = 100000,
): Prediction {
  const steps: Step[] = [];
  let retries = 0,
    t = 0,
    requests = 0;
  for (let i = 0; i < maxSteps; i++) {
    const a = answer(i);
    const challenged = s.hasAuth && (a.challenged ?? (a.code === 401 || a.code === 407));
    requests += challenged ? 2 : 1;
    const done = t + (a.code === 'none' ? s.noAnswerTimeout : 0);
    const step: Step = { at: t, answer: a };
    steps.push(step);
    if (typeof a.code === 'number' && a.code >= 200 && a.code < 300) return { steps, final: 'registered', requests };
    let next: number | undefined;
    if (a.retryAfter) {
      next = a.retryAfter;
      step.line = a.code === 'none' ? 'noResponse' : 'temporal';
    } else if (s.retryInterval && isTemporary(a.code, s)) {
      if (retries === s.maxRetries) step.line = 'maxRetries';
      else {
        retries++;
        next = s.retryInterval;
        step.line = a.code === 'none' ? 'noResponse' : 'temporal';
      }
    } else if (a.code === 403 && s.forbiddenRetryInterval && retries < s.maxRetries) {
      retries++;
      next = s.forbiddenRetryInterval;
      step.line = 'forbidden';
    } else if (s.fatalRetryInterval && retries < s.maxRetries) {
      retries++;
      next = s.fatalRetryInterval;
      step.line = 'fatalRetry';
    } else step.line = a.code === 'none' ? 'fatalNoResponse' : 'fatal';
    if (next === undefined) return { steps, final: 'stopped', stoppedAt: done, requests };
    step.next = next;
    t = done + next;
    if (t > horizon) break;
  }
  return { steps, final: 'retrying', requests };
}

/** The response classes an admin thinks in. */
export type ResponseClass = 'auth' | 'forbidden' | 'fatal' | 'temporary';

export const CLASS_LABELS: Record<ResponseClass, string> = {
  auth: '401/407 to the REGISTER with credentials',
  forbidden: '403',
  fatal: '404 and other 4xx/5xx',
  temporary: '408/500/502/503/504/6xx or no answer',
};

/** Short labels, for one-line messages. */
export const SHORT_LABELS: Record<ResponseClass, string> = {
  auth: '401/407',
  forbidden: '403',
  fatal: '404 and other fatal codes',
  temporary: '408/5xx/6xx',
};

/** A representative code of each class (what the registrar keeps answering). */
const SAMPLE: Record<ResponseClass, number> = { auth: 401, forbidden: 403, fatal: 404, temporary: 503 };

export interface ClassOutcome {
  cls: ResponseClass;
  /** What Asterisk does on such a rejection. */
  handling: 'stops-at-once' | 'retried';
  /** Seconds between attempts (retried). */
  interval?: number;
  /** The option that sets that interval. */
  intervalOption?: 'retry_interval' | 'forbidden_retry_interval' | 'fatal_retry_interval';
  /** Retries before the stop when every answer is of this class. */
  retries: number;
  /** Seconds from the first rejection to the permanent stop; undefined when it is still retrying after a day. */
  stopsAfter?: number;
  /** Temporary class only: the same when the registrar does not answer at all. */
  stopsAfterNoAnswer?: number;
  /** The last line Asterisk logs when it stops. */
  lastLine?: LogLineKind;
}

export const DAY = 86400;

/** For each class: what a registrar that keeps answering it leads to. */
export function failureModel(s: RetrySettings): ClassOutcome[] {
  return (Object.keys(SAMPLE) as ResponseClass[]).map((cls) => {
    const p = predict(s, () => ({ code: SAMPLE[cls] }), DAY, 200000);
    const first = p.steps[0];
    const retried = first.next !== undefined;
    const interval = retried ? first.next : undefined;
    const intervalOption = !retried
      ? undefined
      : first.line === 'forbidden'
        ? 'forbidden_retry_interval'
        : first.line === 'fatalRetry'
          ? 'fatal_retry_interval'
          : 'retry_interval';
    const out: ClassOutcome = {
      cls,
      handling: retried ? 'retried' : 'stops-at-once',
      interval,
      intervalOption,
      retries: p.steps.length - 1,
      stopsAfter: p.stoppedAt,
      lastLine: p.final === 'stopped' ? p.steps[p.steps.length - 1].line : undefined,
    };
    if (cls === 'temporary') out.stopsAfterNoAnswer = predict(s, () => ({ code: 'none' }), DAY, 200000).stoppedAt;
    if (p.final !== 'stopped') out.retries = s.maxRetries;
    return out;
  });
}

/** The classes that stop for good within `within` seconds. */
export function stoppingClasses(model: readonly ClassOutcome[], within = DAY): ClassOutcome[] {
  return model.filter(
    (c) =>
      (c.stopsAfter !== undefined && c.stopsAfter < within) ||
      (c.stopsAfterNoAnswer !== undefined && c.stopsAfterNoAnswer < within),
  );
}

/** "16 min", "2 h 5 min", "45 s". */
export function duration(sec: number): string {
  if (sec < 90) return `${Math.round(sec)} s`;
  if (sec < 3570) return `${Math.round(sec / 60)} min`;
  if (sec < 2 * DAY) {
    const h = Math.floor(sec / 3600),
      m = Math.round((sec % 3600) / 60);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  return `${Math.round(sec / DAY)} days`;
}

/** A short phrase: "at once", "after 10 retries 60 s apart (10 min)". */
export function whenItStops(c: ClassOutcome): string {
  if (c.handling === 'stops-at-once') return 'at once';
  if (c.stopsAfter === undefined) return `not within a day (retried every ${c.interval} s)`;
  const silent =
    c.stopsAfterNoAnswer !== undefined && c.stopsAfterNoAnswer !== c.stopsAfter
      ? `; ${duration(c.stopsAfterNoAnswer)} with no answer`
      : '';
  return `after ${c.retries} ${c.retries === 1 ? 'retry' : 'retries'} ${c.interval} s apart (${duration(c.stopsAfter)}${silent})`;
}

/** One phrase per class, for messages and hovers. */
export function describeClass(c: ClassOutcome): string {
  if (c.handling === 'stops-at-once') return 'stops at once';
  const every = `retried every ${c.interval} s (\`${c.intervalOption}\`)`;
  if (c.stopsAfter === undefined) return `${every}, still retrying after a day`;
  const silent =
    c.stopsAfterNoAnswer !== undefined && c.stopsAfterNoAnswer !== c.stopsAfter
      ? `; ${duration(c.stopsAfterNoAnswer)} when it does not answer at all`
      : '';
  return `${every} ${c.retries} times, stops after ${duration(c.stopsAfter)}${silent}`;
}

// ---- the fix: keep retrying -------------------------------------------------------------------------------

/** One option the "keep retrying" fix writes: either replacing a value the admin wrote, or a new line in a block. */
export interface KeepRetryingEdit {
  /** The option as written (with `registration/` in a wizard). */
  name: string;
  value: string;
  /** Replace the value of a line the admin wrote... */
  replace?: { path: string; start: number; end: number };
  /** ...or add a line at the end of the block whose header is on this line. */
  insert?: { path: string; line: number };
}

/**
 * The pace the "keep retrying" fix sets (measured on a real Asterisk: test/oracle-registration.test.ts). An outage
 * (408, 5xx, 6xx, no answer) is retried every `retry_interval`, so that the trunk is back within a minute of the
 * registrar; a refusal (a 401/407 to the REGISTER with credentials, a 403, a 404 and the other fatal codes) only
 * every half hour: Asterisk has no back-off of its own, and a provider that sees a failed login every minute may
 * ban the address. `auth_rejection_permanent` stays `yes`, which is what sends a refused password to
 * `fatal_retry_interval` instead of `retry_interval`. One `max_retries` counts both, reset by a 2xx: enough for two
 * days of outage, which also keeps refusals going for two months before it stops.
 */
export const SAFE_RETRY = {
  retry_interval: 60,
  /** The least interval for refusals; a longer one the admin wrote is kept. */
  refusal_interval: 1800,
  /** Days an outage is retried at `retry_interval` before `max_retries` runs out. */
  outage_days: 2,
} as const;

/** What the fix writes, and the pace it leads to (for its title). */
export interface KeepRetryingPlan {
  edits: KeepRetryingEdit[];
  /** Seconds between retries during an outage, and after a refusal. */
  outageInterval: number;
  refusalInterval: number;
  /** How many days an outage is retried before it stops. */
  outageDays: number;
}

/**
 * The options that make every class survive a day at a safe pace, keeping values the admin wrote when they already
 * do their part (a refusal interval shorter than SAFE_RETRY's is raised, `auth_rejection_permanent=no` goes back to
 * `yes`: both would retry a refused login every minute). Each option goes where the admin wrote it, else where the
 * admin writes this registration's retry options (a template, say), else into the registration's own section (a
 * wizard's, with `registration/`).
 */
export function keepRetryingPlan(o: PjsipObject): KeepRetryingPlan {
  const pre = o.wizardPrefix ?? '';
  const s = retrySettings(o.vars);
  const want: [RetryOption, string][] = [];
  const written = (n: string) => {
    const v = lastVar(o.vars, n);
    return v && !v.synthetic ? v : undefined;
  };
  if (!s.authRejectionPermanent) want.push(['auth_rejection_permanent', 'yes']);
  const outage = s.retryInterval || SAFE_RETRY.retry_interval;
  if (!s.retryInterval) want.push(['retry_interval', String(outage)]);
  const refusal = SAFE_RETRY.refusal_interval;
  // a 403 waits forbidden_retry_interval when that is set, else fatal_retry_interval like every other refusal
  const ffi = Math.max(s.fatalRetryInterval, refusal);
  const fri = s.forbiddenRetryInterval && Math.max(s.forbiddenRetryInterval, refusal);
  if (fri !== s.forbiddenRetryInterval) want.push(['forbidden_retry_interval', String(fri)]);
  if (ffi !== s.fatalRetryInterval) want.push(['fatal_retry_interval', String(ffi)]);
  const needed = Math.ceil((SAFE_RETRY.outage_days * DAY) / outage);
  const maxRetries = Math.max(s.maxRetries, needed);
  if (maxRetries !== s.maxRetries) want.push(['max_retries', String(maxRetries)]);
  // Where the admin writes this registration's retry options: the block of the last one written.
  let home: Section | undefined;
  for (const n of RETRY_OPTIONS) {
    const v = written(n);
    if (v) home = v.entry.block;
  }
  home ??= o.section;
  const edits = want.map(([n, value]): KeepRetryingEdit => {
    const v = written(n);
    if (v)
      return {
        name: `${pre}${v.name}`,
        value,
        replace: { path: v.entry.file.path, start: v.entry.valueStart, end: v.entry.valueEnd },
      };
    return { name: `${pre}${n}`, value, insert: { path: home.file.path, line: home.line } };
  });
  return {
    edits,
    outageInterval: outage,
    refusalInterval: fri ? Math.min(fri, ffi) : ffi,
    outageDays: Math.floor((maxRetries * outage) / DAY),
  };
}
