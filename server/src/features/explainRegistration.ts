/**
 * The lines res_pjsip_outbound_registration logs when a registrar says no: found by the registration's server and
 * client URIs, answered with what its retry options made Asterisk do; when no registration matches, what the code
 * means, what Asterisk does next and what to check.
 */
import { nameRange } from '../model/ranges';
import { lastVar } from '../model/objects';
import { relativeTo } from '../model/paths';
import {
  failureModel,
  isTemporary,
  keepRetryingPlan,
  stoppingClasses,
  type LogLineKind,
} from '../model/registrationFailures';
import type { PjsipObject } from '../model/types';
import { registrationSettings } from '../rules/registrations';
import type { Analysis } from '../analysis/analyze';
import type { Locale } from '../i18n/locale';
import { explainText } from '../i18n/ui/explainTexts';
import { logExplainer, type Explanation } from './logExplainer';
import { keepRetryingTitle } from './quickFixes';
import { registrationSectionHover } from './registrationHover';

interface RegistrationLine {
  kind: LogLineKind;
  server?: string;
  client: string;
  code?: number;
  n?: number;
}

const PATTERNS: [RegExp, (m: RegExpExecArray) => RegistrationLine][] = [
  [
    /^Temporal response '(\d+)' received from '([^']*)' on registration attempt to '([^']*)', retrying in '(\d+)'/,
    (m) => ({ kind: 'temporal', code: +m[1], server: m[2], client: m[3], n: +m[4] }),
  ],
  [
    /^No response received from '([^']*)' on registration attempt to '([^']*)', retrying in '(\d+)'/,
    (m) => ({ kind: 'noResponse', server: m[1], client: m[2], n: +m[3] }),
  ],
  [
    /^Maximum retries reached when attempting outbound registration to '([^']*)' with client '([^']*)'/,
    (m) => ({ kind: 'maxRetries', server: m[1], client: m[2] }),
  ],
  [
    /^403 Forbidden fatal response received from '([^']*)' on registration attempt to '([^']*)', retrying in '(\d+)'/,
    (m) => ({ kind: 'forbidden', code: 403, server: m[1], client: m[2], n: +m[3] }),
  ],
  [
    /^'(\d+)' fatal response received from '([^']*)' on registration attempt to '([^']*)', retrying in '(\d+)'/,
    (m) => ({ kind: 'fatalRetry', code: +m[1], server: m[2], client: m[3], n: +m[4] }),
  ],
  [
    /^Fatal response '(\d+)' received from '([^']*)' on registration attempt to '([^']*)'/,
    (m) => ({ kind: 'fatal', code: +m[1], server: m[2], client: m[3] }),
  ],
  [/^Fatal registration attempt to '([^']*)'/, (m) => ({ kind: 'fatalNoResponse', client: m[1] })],
];

export const registrationExplainer = logExplainer<RegistrationLine>({
  read(text) {
    for (const [re, make] of PATTERNS) {
      const m = re.exec(text);
      if (m) return make(m);
    }
    return undefined;
  },
  explain: explainRegistration,
  general: generalRegistration,
});

const norm = (u: string) => u.trim().replace(/^<|>$/g, '').toLowerCase();

function findRegistration(a: Analysis, server: string | undefined, client: string): PjsipObject | undefined {
  const regs = a.objects.filter((o) => o.type === 'registration');
  const uri = (o: PjsipObject, n: string) => norm(lastVar(o.vars, n)?.value ?? '');
  return (
    regs.find(
      (o) => uri(o, 'client_uri') === norm(client) && (server === undefined || uri(o, 'server_uri') === norm(server)),
    ) ?? regs.find((o) => uri(o, 'client_uri') === norm(client))
  );
}

function where(a: Analysis, o: PjsipObject): string {
  return `${relativeTo(a.options.configDir, o.section.file.path)}:${o.section.line + 1}`;
}

function explainRegistration(a: Analysis, p: RegistrationLine, locale: Locale): Explanation | undefined {
  const o = findRegistration(a, p.server, p.client);
  if (!o) return undefined;
  const s = registrationSettings(a, o);
  const stopped = p.kind === 'maxRetries' || p.kind === 'fatal' || p.kind === 'fatalNoResponse';
  const parts = [
    o.wizardPrefix
      ? explainText(locale, 'registrationOfWizard', { id: o.id, wizard: o.section.name, where: where(a, o) })
      : explainText(locale, 'registration', { id: o.id, where: where(a, o) }),
    whatHappened(p, s, locale),
  ];
  if (stopped) parts.push(explainText(locale, 'restart', { id: o.id }));
  const stopping = stoppingClasses(failureModel(s));
  if (stopping.length) {
    const fix = keepRetryingPlan(o);
    const plan = fix.edits.map((e) => `\`${e.name}=${e.value}\``).join(locale === 'zh-cn' ? '、' : ', ');
    parts.push(explainText(locale, 'fixRetrying', { title: keepRetryingTitle(locale, fix), plan }));
  } else parts.push(explainText(locale, 'keepsRetrying'));
  const table = registrationSectionHover(a, o.section, locale, { full: true });
  if (table) parts.push(table);
  return {
    ...nameRange(o.section),
    markdown: parts.join('\n\n'),
    rule: stopping.length ? 'registration-stops-retrying' : undefined,
  };
}

type Settings = ReturnType<typeof registrationSettings>;

/** What the registrar's answer in the line made Asterisk do. */
function whatHappened(p: RegistrationLine, s: Settings, locale: Locale): string {
  const code = p.code ?? 0;
  const n = p.n ?? 0;
  const max = s.maxRetries;
  switch (p.kind) {
    case 'temporal':
      return explainText(locale, code === 401 || code === 407 ? 'temporalAuth' : 'temporal', { code, n, max });
    case 'noResponse':
      return explainText(locale, 'noResponse', { timeout: s.noAnswerTimeout, n, max });
    case 'maxRetries':
      return explainText(locale, 'maxRetries', { max });
    case 'forbidden':
      return explainText(locale, 'forbidden', { n, max });
    case 'fatalRetry':
      return explainText(locale, 'fatalRetry', { code, n, max });
    case 'fatal':
      return explainText(locale, 'fatal', { code, why: explainText(locale, fatalWhy(code, s)) });
    case 'fatalNoResponse':
      return explainText(locale, 'fatalNoResponse');
  }
}

function fatalWhy(code: number, s: Settings) {
  if ((code === 401 || code === 407) && s.authRejectionPermanent) return 'whyAuth' as const;
  if (isTemporary(code, s) && !s.retryInterval) return 'whyNoRetryInterval' as const;
  if (code === 403 && s.forbiddenRetryInterval) return 'whyForbiddenRanOut' as const;
  if (s.fatalRetryInterval) return 'whyFatalRanOut' as const;
  return code === 403 ? ('whyNo403Retry' as const) : ('whyNoFatalRetry' as const);
}

// ---- when no registration matches ---------------------------------------------------------------------------

/** The kinds of answer an admin thinks in, each with what it means and what to check. */
type CodeClass = 'auth' | 'forbidden' | 'notFound' | 'noAnswer' | 'serverError' | 'global' | 'other';

function classOf(p: RegistrationLine): CodeClass {
  const c = p.code;
  if (c === undefined || c === 408) return 'noAnswer';
  if (c === 401 || c === 407) return 'auth';
  if (c === 403) return 'forbidden';
  if (c === 404) return 'notFound';
  if (c >= 500 && c < 600) return 'serverError';
  if (c >= 600) return 'global';
  return 'other';
}

/** What Asterisk does after this line, whichever registration logged it. */
function nextStep(p: RegistrationLine, locale: Locale): string {
  switch (p.kind) {
    case 'temporal':
    case 'noResponse':
      return explainText(locale, 'generalRetries', { n: p.n ?? 0 });
    case 'forbidden':
      return explainText(locale, 'generalRetriesForbidden', { n: p.n ?? 0 });
    case 'fatalRetry':
      return explainText(locale, 'generalRetriesFatal', { n: p.n ?? 0 });
    default:
      return explainText(locale, 'generalStopped');
  }
}

function generalRegistration(p: RegistrationLine, locale: Locale): string {
  const cls = classOf(p);
  const code = p.code ?? (p.kind === 'fatalNoResponse' || p.kind === 'noResponse' ? '—' : '');
  return [
    explainText(locale, 'generalNoRegistration', { client: p.client, server: p.server ?? '—' }),
    explainText(locale, `means.${cls}`, { code }),
    nextStep(p, locale),
    explainText(locale, `check.${cls}`),
    explainText(locale, 'generalFind'),
  ].join('\n\n');
}
