/**
 * Hover parts for outbound registrations, from the failure model: on a registration (or a wizard that sends
 * registrations) a "when the registrar says no" table, the recovery commands and the log lines to look for; on the
 * retry options, which answers each one governs.
 */
import { wizardFlags } from '../model/objects';
import {
  CLASS_LABELS,
  duration,
  failureModel,
  logLine,
  RETRY_OPTIONS,
  type ClassOutcome,
  type LogLineKind,
  type RetryOption,
} from '../model/registrationFailures';
import type { PjsipObject, Section } from '../model/types';
import { registrationSettings } from '../rules/registrations';
import type { Analysis } from '../analysis/analyze';

/** The registration objects a section stands for: its own, or those a wizard generates. */
function registrationsOf(a: Analysis, s: Section): PjsipObject[] {
  if (s.isTemplate) return [];
  if (s.config.kind === 'wizard') {
    if (!wizardFlags(s.vars).sendsRegistrations) return [];
    return a.objects.filter((o) => o.section === s && o.type === 'registration');
  }
  return a.objects.filter((o) => o.section === s && o.type === 'registration' && !o.wizardPrefix);
}

function action(c: ClassOutcome): string {
  if (c.handling === 'stops-at-once') return 'stops at once';
  return `retried every ${c.interval} s (\`${c.intervalOption}\`), up to ${c.retries} times`;
}

function givesUp(c: ClassOutcome): string {
  if (c.handling === 'stops-at-once') return 'at once';
  const t = c.stopsAfter === undefined ? 'not within a day' : duration(c.stopsAfter);
  if (c.cls !== 'temporary' || c.stopsAfterNoAnswer === c.stopsAfter) return t;
  return `${t}; ${c.stopsAfterNoAnswer === undefined ? 'not within a day' : duration(c.stopsAfterNoAnswer)} with no answer`;
}

const SERVER_CLIENT = (o: PjsipObject) => {
  const v = (n: string) =>
    o.vars
      .filter((x) => x.name.toLowerCase() === n)
      .pop()
      ?.value.trim() ?? '';
  return { server: v('server_uri'), client: v('client_uri') };
};

/** The markdown appended to the hover of a registration or a registering wizard, or undefined. */
export function registrationSectionHover(a: Analysis, s: Section): string | undefined {
  const regs = registrationsOf(a, s).filter((o) => o.loads);
  if (!regs.length) return undefined;
  const o = regs[0];
  const model = failureModel(registrationSettings(a, o));
  const rows = model.map((c) => `| ${CLASS_LABELS[c.cls]} | ${action(c)} | ${givesUp(c)} |`);
  rows.push('| any answer with `Retry-After` | retried after the time it gives, not counted | never |');
  const uris = SERVER_CLIENT(o);
  const kinds = new Set<LogLineKind>(['fatal', 'maxRetries', 'temporal']);
  for (const c of model)
    if (c.intervalOption === 'forbidden_retry_interval') kinds.add('forbidden');
    else if (c.intervalOption === 'fatal_retry_interval') kinds.add('fatalRetry');
  const log = [...kinds].map((k) => logLine(k, { ...uris, code: 'N', n: 'S' }));
  const names = regs.map((r) => r.id);
  return [
    `**When the registrar says no** (${names.length > 1 ? `${names.map((n) => `\`${n}\``).join(', ')}, the same for each` : `\`${o.id}\``}; rule \`registration-stops-retrying\`)`,
    ['| the registrar answers | Asterisk | stops for good after |', '|---|---|---|', ...rows].join('\n'),
    `A 2xx registers and resets the retry count; every retry of any kind counts against one \`max_retries\`. ` +
      `\`pjsip show registration ${o.id}\` says \`Rejected\` both while a retry is scheduled ("exp. 9s") and after a stop ("exp. 9s ago").`,
    `After a stop Asterisk sends nothing until \`pjsip send register ${o.id}\` (or \`pjsip send register *all\`), \`module reload res_pjsip.so\` ` +
      '(reloading res_pjsip_outbound_registration.so alone does not restart it), a changed registration and a reload, or a restart.',
    `Log lines to look for (N: the response code, S: seconds):\n${log.map((l) => `- \`${l}\``).join('\n')}`,
  ].join('\n\n');
}

const GOVERNS: Record<RetryOption, string> = {
  auth_rejection_permanent:
    'Decides what a 401/407 to the REGISTER sent with credentials means. `yes` (the default): a rejection, handled like a 403 or 404 (stops at once unless `fatal_retry_interval` is set). `no`: a temporary failure, retried every `retry_interval`. The first 401/407 of an attempt is only a challenge and is always answered. It does not govern a 403.',
  retry_interval:
    'Seconds between retries after a temporary failure: 408 or no answer, 500, 502, 503, 504, any 6xx, and 401/407 when `auth_rejection_permanent=no`. With `0` those failures are treated as fatal.',
  forbidden_retry_interval:
    'Seconds before retrying after a 403. `0` (the default): a 403 stops the registration at once (or after `fatal_retry_interval` when that is set).',
  fatal_retry_interval:
    'Seconds before retrying after any fatal answer: a 403 (when `forbidden_retry_interval` is 0), 404 and the other 4xx/5xx codes that are not temporary, and 401/407 while `auth_rejection_permanent=yes`. `0` (the default): those stop the registration at once.',
  max_retries:
    'How many retries Asterisk makes in a row before it stops for good (attempts = max_retries + 1). One count for every kind of failure; a 2xx resets it; a retry asked for with `Retry-After` does not count. When it runs out: "Maximum retries reached" after a temporary failure, "Fatal response" after a fatal one.',
  expiration:
    'The registration time asked for, in seconds; Asterisk refreshes before it runs out. A refused refresh goes through the same retry rules as the first REGISTER.',
};

/** Extra markdown for the hover of a retry option of a registration (or `registration/...` in a wizard). */
export function retryOptionHover(type: string | undefined, key: string): string | undefined {
  const lower = key.toLowerCase();
  const name = (type === 'wizard' ? lower.replace(/^registration\//, '') : lower) as RetryOption;
  if (type !== 'registration' && !(type === 'wizard' && lower.startsWith('registration/'))) return undefined;
  if (!(RETRY_OPTIONS as readonly string[]).includes(name)) return undefined;
  const pre = type === 'wizard' ? 'registration/' : '';
  const others = RETRY_OPTIONS.filter((o) => o !== name)
    .map((o) => `\`${pre}${o}\``)
    .join(' · ');
  return `**When the registrar says no:** ${GOVERNS[name]}\n\nWorks with: ${others} (hover each for its part). The hover on the registration's name shows what they add up to.`;
}
