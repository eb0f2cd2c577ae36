/**
 * Hover parts for outbound registrations, from the failure model: on a registration (or a wizard that sends
 * registrations) a "when the registrar says no" table, the recovery commands and the log lines to look for; on the
 * retry options, which answers each one governs.
 */
import { wizardFlags } from '../model/objects';
import {
  CLASS_LABELS,
  failureModel,
  logLine,
  RETRY_OPTIONS,
  type ClassOutcome,
  type LogLineKind,
  type ResponseClass,
  type RetryOption,
} from '../model/registrationFailures';
import type { PjsipObject, Section } from '../model/types';
import { durationPart, registrationSettings } from '../rules/registrations';
import type { Locale } from '../i18n/locale';
import { renderPart } from '../i18n/messages';
import {
  registrationHoverText as t,
  zhClassLabels,
  type enRegistrationHoverTexts,
} from '../i18n/ui/registrationHoverTexts';
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

type ClassLabels = Readonly<Record<ResponseClass, string>>;
/** Compiles only while the Chinese class labels have exactly the model's classes. */
const ZH_CLASS_LABELS: ClassLabels & Record<Exclude<keyof typeof zhClassLabels, ResponseClass>, never> = zhClassLabels;

function action(c: ClassOutcome, locale?: Locale): string {
  if (c.handling === 'stops-at-once') return t(locale, 'stopsAtOnce');
  return t(locale, 'retried', { interval: String(c.interval), option: String(c.intervalOption), retries: c.retries });
}

function givesUp(c: ClassOutcome, locale?: Locale): string {
  if (c.handling === 'stops-at-once') return t(locale, 'atOnce');
  const d = (sec: number | undefined) =>
    sec === undefined ? t(locale, 'notWithinDay') : renderPart(locale ?? 'en', durationPart(sec));
  const when = d(c.stopsAfter);
  if (c.cls !== 'temporary' || c.stopsAfterNoAnswer === c.stopsAfter) return when;
  return t(locale, 'noAnswer', { when, silent: d(c.stopsAfterNoAnswer) });
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
export function registrationSectionHover(a: Analysis, s: Section, locale?: Locale): string | undefined {
  const regs = registrationsOf(a, s).filter((o) => o.loads);
  if (!regs.length) return undefined;
  const o = regs[0];
  const model = failureModel(registrationSettings(a, o));
  const labels: ClassLabels = locale === 'zh-cn' ? ZH_CLASS_LABELS : CLASS_LABELS;
  const rows = model.map((c) => `| ${labels[c.cls]} | ${action(c, locale)} | ${givesUp(c, locale)} |`);
  rows.push(t(locale, 'retryAfterRow'));
  const uris = SERVER_CLIENT(o);
  const kinds = new Set<LogLineKind>(['fatal', 'maxRetries', 'temporal']);
  for (const c of model)
    if (c.intervalOption === 'forbidden_retry_interval') kinds.add('forbidden');
    else if (c.intervalOption === 'fatal_retry_interval') kinds.add('fatalRetry');
  const log = [...kinds].map((k) => logLine(k, { ...uris, code: 'N', n: 'S' }));
  const names = regs.map((r) => r.id);
  const quoted = names.map((n) => `\`${n}\``).join(locale === 'zh-cn' ? '、' : ', ');
  return [
    t(locale, 'heading', { names: names.length > 1 ? t(locale, 'sameForEach', { names: quoted }) : `\`${o.id}\`` }),
    [t(locale, 'tableHead'), '|---|---|---|', ...rows].join('\n'),
    t(locale, 'counts', { id: o.id }),
    t(locale, 'afterStop', { id: o.id }),
    `${t(locale, 'logLines')}\n${log.map((l) => `- \`${l}\``).join('\n')}`,
  ].join('\n\n');
}

/** What each retry option governs: a text of the catalogue per option (compiles only while each has one). */
const GOVERNS: { [O in RetryOption]: `governs.${O}` & keyof typeof enRegistrationHoverTexts } = {
  auth_rejection_permanent: 'governs.auth_rejection_permanent',
  retry_interval: 'governs.retry_interval',
  forbidden_retry_interval: 'governs.forbidden_retry_interval',
  fatal_retry_interval: 'governs.fatal_retry_interval',
  max_retries: 'governs.max_retries',
  expiration: 'governs.expiration',
};

/** Extra markdown for the hover of a retry option of a registration (or `registration/...` in a wizard). */
export function retryOptionHover(type: string | undefined, key: string, locale?: Locale): string | undefined {
  const lower = key.toLowerCase();
  const name = (type === 'wizard' ? lower.replace(/^registration\//, '') : lower) as RetryOption;
  if (type !== 'registration' && !(type === 'wizard' && lower.startsWith('registration/'))) return undefined;
  if (!(RETRY_OPTIONS as readonly string[]).includes(name)) return undefined;
  const pre = type === 'wizard' ? 'registration/' : '';
  const others = RETRY_OPTIONS.filter((o) => o !== name)
    .map((o) => `\`${pre}${o}\``)
    .join(' · ');
  return t(locale, 'retryOption', { governs: t(locale, GOVERNS[name]), others });
}
