/**
 * Hover parts for outbound registrations, from the failure model: on a registration (or a wizard that sends
 * registrations) a "when the registrar says no" table, the recovery commands and the log lines to look for; on the
 * retry options, which answers each one governs.
 */
import { wizardFlags } from '../model/objects';
import {
  CLASS_LABELS,
  SHORT_LABELS,
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
  zhShortClassLabels,
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
const ZH_SHORT_LABELS: ClassLabels & Record<Exclude<keyof typeof zhShortClassLabels, ResponseClass>, never> =
  zhShortClassLabels;

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

/**
 * The markdown appended to the hover of a registration or a registering wizard, or undefined: a short summary, or
 * (`full`, for "explain a log line") the whole table with the recovery commands and the log lines to look for.
 */
export function registrationSectionHover(
  a: Analysis,
  s: Section,
  locale?: Locale,
  opts: { full?: boolean } = {},
): string | undefined {
  const regs = registrationsOf(a, s).filter((o) => o.loads);
  if (!regs.length) return undefined;
  const o = regs[0];
  const model = failureModel(registrationSettings(a, o));
  const names = regs.map((r) => r.id);
  const quoted = names.map((n) => `\`${n}\``).join(locale === 'zh-cn' ? '、' : ', ');
  const heading = names.length > 1 ? t(locale, 'sameForEach', { names: quoted }) : `\`${o.id}\``;
  if (!opts.full) return shortSummary(model, heading, o.id, locale);
  const labels: ClassLabels = locale === 'zh-cn' ? ZH_CLASS_LABELS : CLASS_LABELS;
  const rows = model.map((c) => `| ${labels[c.cls]} | ${action(c, locale)} | ${givesUp(c, locale)} |`);
  rows.push(t(locale, 'retryAfterRow'));
  const uris = SERVER_CLIENT(o);
  const kinds = new Set<LogLineKind>(['fatal', 'maxRetries', 'temporal']);
  for (const c of model)
    if (c.intervalOption === 'forbidden_retry_interval') kinds.add('forbidden');
    else if (c.intervalOption === 'fatal_retry_interval') kinds.add('fatalRetry');
  const log = [...kinds].map((k) => logLine(k, { ...uris, code: 'N', n: 'S' }));
  return [
    t(locale, 'heading', { names: heading }),
    [t(locale, 'tableHead'), '|---|---|---|', ...rows].join('\n'),
    t(locale, 'counts', { id: o.id }),
    t(locale, 'afterStop', { id: o.id }),
    `${t(locale, 'logLines')}\n${log.map((l) => `- \`${l}\``).join('\n')}`,
  ].join('\n\n');
}

/** One clause per outcome (the kinds of answer that lead to it together), then how to start it again. */
function shortSummary(model: readonly ClassOutcome[], names: string, id: string, locale?: Locale): string {
  const zh = locale === 'zh-cn';
  const labels: ClassLabels = zh ? ZH_SHORT_LABELS : SHORT_LABELS;
  const groups = new Map<string, ClassOutcome[]>();
  for (const c of model) {
    const key = `${c.handling}|${c.interval}|${c.intervalOption}|${c.stopsAfter}|${c.stopsAfterNoAnswer}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const clauses = [...groups.values()].map((g) => {
    const c = g[0];
    const classes = listOf(
      g.map((x) => labels[x.cls]),
      locale,
    );
    if (c.handling === 'stops-at-once') return t(locale, 'shortStopsAtOnce', { classes });
    const p = { classes, interval: String(c.interval), option: String(c.intervalOption) };
    if (c.stopsAfter === undefined) return t(locale, 'shortRetriedKeeps', p);
    const when = durationText(c.stopsAfter, locale);
    const silent = c.stopsAfterNoAnswer;
    return t(locale, 'shortRetriedStops', {
      ...p,
      when:
        silent !== undefined && silent !== c.stopsAfter
          ? t(locale, 'shortNoAnswer', { when, silent: durationText(silent, locale) })
          : when,
    });
  });
  const sentence = zh ? `${clauses.join('；')}。` : `${clauses.join('; ')}.`;
  return `${t(locale, 'shortHeading', { names })}${zh ? '' : ' '}${sentence}\n\n${t(locale, 'shortAfterStop', { id })}`;
}

function durationText(sec: number, locale?: Locale): string {
  return renderPart(locale ?? 'en', durationPart(sec));
}

function listOf(items: string[], locale?: Locale): string {
  if (locale === 'zh-cn') return items.join('、');
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
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
