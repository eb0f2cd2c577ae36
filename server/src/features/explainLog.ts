/**
 * From an Asterisk log line to the config: a pasted line (with or without Asterisk's timestamp, level and source
 * file) is matched against the lines Asterisk writes about outbound registrations and while loading, and answered
 * with the place in the config it is about and what happened there.
 */
import { lineIndexAt } from '../syntax';
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
import type { Diagnostic } from '../rules/diagnostic';
import type { Analysis } from '../analysis/analyze';
import { blockAt } from './cursor';
import { registrationSectionHover } from './registrationHover';
import { localizedRules } from './ruleDocs';
import { renderFailure, renderMessage, type Failure } from '../i18n/messages';
import type { Locale } from '../i18n/locale';
import { explainText } from '../i18n/ui/explainTexts';
import { keepRetryingTitle } from './quickFixes';

export interface Explanation {
  path: string;
  start: number;
  end: number;
  markdown: string;
  /** The rule the line corresponds to, when there is one. */
  rule?: string;
}

/** `[Dec  2 01:19:18.675] WARNING[1234][C-0001] res_pjsip_outbound_registration.c:1234 handle_x: ` and the like. */
export function stripLogPrefix(line: string): string {
  return line
    .trim()
    .replace(/^\[[^\]]*\]\s*/, '')
    .replace(/^(ERROR|WARNING|NOTICE|VERBOSE|DEBUG|SECURITY)\[[^\]]*\](\[[^\]]*\])*:?\s*/i, '')
    .replace(/^[\w.-]+\.c(:\d+)?(\s+\w+)?:\s*/, '')
    .replace(/^(--|==|>)\s*/, '')
    .trim();
}

type Parsed =
  | { kind: LogLineKind; server?: string; client: string; code?: number; n?: number }
  | { kind: 'unknown-option'; section: string; option: string; line?: number; file?: string }
  | { kind: 'object-failed'; type: string; id: string; file: string }
  | { kind: 'include-missing'; file: string }
  | { kind: 'parse-error'; option: string; value: string; line?: number; file?: string };

const PATTERNS: [RegExp, (m: RegExpExecArray) => Parsed][] = [
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
  [
    /^Could not find option suitable for category '([^']*)' named '([^']*)'(?: at line (\d+) of\s*(\S*))?/,
    (m) => ({
      kind: 'unknown-option',
      section: m[1],
      option: m[2],
      line: m[3] ? +m[3] : undefined,
      file: m[4] || undefined,
    }),
  ],
  [
    /^Could not create an object of type '([^']*)' with id '([^']*)' from configuration file '([^']*)'/,
    (m) => ({ kind: 'object-failed', type: m[1], id: m[2], file: m[3] }),
  ],
  [
    /^The file '([^']*)' was listed as a #include but it does not exist/,
    (m) => ({ kind: 'include-missing', file: m[1] }),
  ],
  [
    /^Error parsing ([^=\s]+)=(.*?) at line (\d+) of\s*(\S*)/,
    (m) => ({ kind: 'parse-error', option: m[1], value: m[2], line: +m[3], file: m[4] || undefined }),
  ],
];

export function parseLogLine(line: string): Parsed | undefined {
  const text = stripLogPrefix(line);
  for (const [re, make] of PATTERNS) {
    const m = re.exec(text);
    if (m) return make(m);
  }
  return undefined;
}

/** Explain one pasted log line against a config set, or undefined when the line is not one we know or matches nothing. */
export function explainLogLine(a: Analysis, line: string, locale: Locale = 'en'): Explanation | undefined {
  const p = parseLogLine(line);
  if (!p) return undefined;
  switch (p.kind) {
    case 'unknown-option':
      return explainUnknownOption(a, p.section, p.option, locale);
    case 'object-failed':
      return explainObjectFailed(a, p.type, p.id, locale);
    case 'include-missing':
      return explainInclude(a, p.file, locale);
    case 'parse-error':
      return explainParseError(a, p.option, p.value, locale);
    default:
      return explainRegistration(a, p, locale);
  }
}

// ---- registrations --------------------------------------------------------------------------------------------

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

function explainRegistration(
  a: Analysis,
  p: Extract<Parsed, { client: string }>,
  locale: Locale,
): Explanation | undefined {
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
  const table = registrationSectionHover(a, o.section, locale);
  if (table) parts.push(table);
  return {
    ...nameRange(o.section),
    markdown: parts.join('\n\n'),
    rule: stopping.length ? 'registration-stops-retrying' : undefined,
  };
}

type Settings = ReturnType<typeof registrationSettings>;

/** What the registrar's answer in the line made Asterisk do. */
function whatHappened(p: Extract<Parsed, { client: string }>, s: Settings, locale: Locale): string {
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

/** Why an object does not load, in a non-English language, without its own closing stop (the sentence adds one). */
function whyText(locale: Locale, f: Failure): string {
  return renderFailure(locale, f).replace(/[。.]+$/, '');
}

function where(a: Analysis, o: PjsipObject): string {
  return `${relativeTo(a.options.configDir, o.section.file.path)}:${o.section.line + 1}`;
}

// ---- load-time lines ------------------------------------------------------------------------------------------

function sectionOf(a: Analysis, d: Diagnostic): string | undefined {
  const f = a.files.get(d.path);
  if (!f) return undefined;
  const b = blockAt(a, d.path, lineIndexAt(f.tree.lineStarts, d.start));
  return (b?.appendTarget ?? b)?.name;
}

/** A diagnostic's text in the reader's language. */
function messageOf(d: Diagnostic, locale: Locale): string {
  return locale === 'en' ? d.message : renderMessage(locale, d.msg);
}

function fromDiagnostic(d: Diagnostic, said: string, locale: Locale): Explanation {
  const rule = localizedRules(locale).find((r) => r.id === d.code);
  const md = [
    said,
    `**${d.code}** — ${messageOf(d, locale)}`,
    rule ? explainText(locale, 'fix', { fix: rule.fix }) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return { path: d.path, start: d.start, end: d.end, markdown: md, rule: d.code };
}

function explainUnknownOption(a: Analysis, section: string, option: string, locale: Locale): Explanation | undefined {
  const text = (d: Diagnostic) => a.files.get(d.path)?.text.slice(d.start, d.end) ?? '';
  const d = a.diagnostics.find(
    (x) =>
      x.code === 'unknown-option' &&
      sectionOf(a, x) === section &&
      text(x).trim().toLowerCase().startsWith(option.toLowerCase()),
  );
  if (!d) return undefined;
  return fromDiagnostic(d, explainText(locale, 'unknownOption', { option, section }), locale);
}

function explainParseError(a: Analysis, option: string, value: string, locale: Locale): Explanation | undefined {
  const text = (d: Diagnostic) => a.files.get(d.path)?.text.slice(d.start, d.end) ?? '';
  const d =
    a.diagnostics.find((x) => x.code === 'invalid-value' && text(x).trim() === value.trim()) ??
    a.diagnostics.find((x) => x.code === 'invalid-value' && x.message.includes(option));
  if (!d) return undefined;
  return fromDiagnostic(d, explainText(locale, 'parseError', { option, value }), locale);
}

function explainObjectFailed(a: Analysis, type: string, id: string, locale: Locale): Explanation | undefined {
  const o =
    a.objects.find((x) => x.type === type && x.id === id && !x.loads) ??
    a.objects.find((x) => x.type === type && x.id === id);
  if (!o) return undefined;
  const s = o.section;
  const inside = a.diagnostics.filter(
    (d) => d.severity === 'error' && d.path === s.file.path && sectionOf(a, d) === s.name,
  );
  const parts = [
    o.wizardPrefix
      ? explainText(locale, 'notCreatedOfWizard', { type, id, wizard: s.name, where: where(a, o) })
      : explainText(locale, 'notCreated', { type, id, where: where(a, o) }),
    o.loads
      ? explainText(locale, 'expectedToLoad')
      : explainText(locale, 'why', {
          why: locale === 'en' || !o.failureReason ? (o.failure ?? '') : whyText(locale, o.failureReason),
        }),
  ];
  if (inside.length)
    parts.push(
      `${explainText(locale, 'whatToFix')}\n${inside
        .slice(0, 6)
        .map((d) => `- **${d.code}** — ${messageOf(d, locale)}`)
        .join('\n')}`,
    );
  return { ...nameRange(s), markdown: parts.join('\n\n'), rule: inside[0]?.code };
}

function explainInclude(a: Analysis, file: string, locale: Locale): Explanation | undefined {
  const inc = a.configs
    .flatMap((c) => c.includes)
    .find((i) => !i.targets.length && i.file.text.slice(i.argStart, i.argEnd).trim().replace(/^"|"$/g, '') === file);
  if (!inc) return undefined;
  const d = a.diagnostics.find(
    (x) => x.code === 'include-not-found' && x.path === inc.file.path && x.start === inc.argStart,
  );
  const root = inc.file === a.configs.find((c) => c.files.includes(inc.file))?.root;
  const including = relativeTo(a.options.configDir, inc.file.path);
  const said = explainText(locale, root ? 'includeMissingRoot' : 'includeMissing', { file, including });
  if (d) return fromDiagnostic(d, said, locale);
  return { path: inc.file.path, start: inc.argStart, end: inc.argEnd, markdown: said, rule: 'include-not-found' };
}
