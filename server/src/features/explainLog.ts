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
import { getRule } from '../rules/registry';
import type { Diagnostic } from '../rules/diagnostic';
import type { Analysis } from '../analysis/analyze';
import { blockAt } from './cursor';
import { registrationSectionHover } from './registrationHover';

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
export function explainLogLine(a: Analysis, line: string): Explanation | undefined {
  const p = parseLogLine(line);
  if (!p) return undefined;
  switch (p.kind) {
    case 'unknown-option':
      return explainUnknownOption(a, p.section, p.option);
    case 'object-failed':
      return explainObjectFailed(a, p.type, p.id);
    case 'include-missing':
      return explainInclude(a, p.file);
    case 'parse-error':
      return explainParseError(a, p.option, p.value);
    default:
      return explainRegistration(a, p);
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

function explainRegistration(a: Analysis, p: Extract<Parsed, { client: string }>): Explanation | undefined {
  const o = findRegistration(a, p.server, p.client);
  if (!o) return undefined;
  const s = registrationSettings(a, o);
  const code = p.code;
  const what = (() => {
    switch (p.kind) {
      case 'temporal':
        return `The registrar answered ${code}${code === 401 || code === 407 ? ' to the REGISTER sent with credentials' : ''}, a temporary failure${code === 401 || code === 407 ? ' because `auth_rejection_permanent=no`' : ''}: Asterisk retries in ${p.n} s (\`retry_interval\`, or the registrar's \`Retry-After\`). This retry counts against \`max_retries\` (${s.maxRetries}) unless it was asked for with Retry-After.`;
      case 'noResponse':
        return `The registrar did not answer within ${s.noAnswerTimeout} s: Asterisk retries in ${p.n} s (\`retry_interval\`). This retry counts against \`max_retries\` (${s.maxRetries}).`;
      case 'maxRetries':
        return `Every retry (${s.maxRetries}, \`max_retries\`) has been used up on temporary failures: **Asterisk stopped registering for good.**`;
      case 'forbidden':
        return `The registrar answered 403: Asterisk retries in ${p.n} s because \`forbidden_retry_interval\` is set, while retries remain (\`max_retries\`=${s.maxRetries}).`;
      case 'fatalRetry':
        return `The registrar answered ${code}, a fatal answer: Asterisk retries in ${p.n} s because \`fatal_retry_interval\` is set, while retries remain (\`max_retries\`=${s.maxRetries}).`;
      case 'fatal':
        return `The registrar answered ${code}, which Asterisk treats as fatal${fatalWhy(code!, s)}: **Asterisk stopped registering for good.**`;
      case 'fatalNoResponse':
        return 'The attempt failed without an answer and no retry applies: **Asterisk stopped registering for good.**';
    }
  })();
  const stopped = p.kind === 'maxRetries' || p.kind === 'fatal' || p.kind === 'fatalNoResponse';
  const parts = [
    `**Registration \`${o.id}\`**${o.wizardPrefix ? ` (generated by the wizard \`[${o.section.name}]\`)` : ''} — ${where(a, o)}`,
    what,
  ];
  if (stopped)
    parts.push(
      `To start it again: \`pjsip send register ${o.id}\` (or \`pjsip send register *all\`), or \`module reload res_pjsip.so\`; reloading res_pjsip_outbound_registration.so alone does not restart it.`,
    );
  const stopping = stoppingClasses(failureModel(s));
  if (stopping.length) {
    const plan = keepRetryingPlan(o);
    parts.push(
      `**Fix:** the quick fix "Keep retrying after rejections" on the registration sets ${plan.map((e) => `\`${e.name}=${e.value}\``).join(', ')}, so that no kind of answer stops it within a day. Until the registrar accepts it again, fix what it refuses (the password, the account).`,
    );
  } else
    parts.push(
      'With its current options this registration keeps retrying every kind of answer for more than a day; the line may come from an older config.',
    );
  const table = registrationSectionHover(a, o.section);
  if (table) parts.push(table);
  return {
    ...nameRange(o.section),
    markdown: parts.join('\n\n'),
    rule: stopping.length ? 'registration-stops-retrying' : undefined,
  };
}

function fatalWhy(code: number, s: ReturnType<typeof registrationSettings>): string {
  if ((code === 401 || code === 407) && s.authRejectionPermanent)
    return ' (a 401/407 to the REGISTER with credentials, while `auth_rejection_permanent=yes`)';
  if (isTemporary(code, s) && !s.retryInterval) return ' (a temporary code, but `retry_interval=0`)';
  if (code === 403 && s.forbiddenRetryInterval) return ' (after the retries `forbidden_retry_interval` allows ran out)';
  if (s.fatalRetryInterval) return ' (after the retries `fatal_retry_interval` allows ran out)';
  return code === 403
    ? ' (no `forbidden_retry_interval` or `fatal_retry_interval` is set)'
    : ' (no `fatal_retry_interval` is set)';
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

function fromDiagnostic(d: Diagnostic, said: string): Explanation {
  const rule = getRule(d.code);
  const md = [said, `**${d.code}** — ${d.message}`, rule ? `**Fix:** ${rule.fix}` : ''].filter(Boolean).join('\n\n');
  return { path: d.path, start: d.start, end: d.end, markdown: md, rule: d.code };
}

function explainUnknownOption(a: Analysis, section: string, option: string): Explanation | undefined {
  const text = (d: Diagnostic) => a.files.get(d.path)?.text.slice(d.start, d.end) ?? '';
  const d = a.diagnostics.find(
    (x) =>
      x.code === 'unknown-option' &&
      sectionOf(a, x) === section &&
      text(x).trim().toLowerCase().startsWith(option.toLowerCase()),
  );
  if (!d) return undefined;
  return fromDiagnostic(
    d,
    `Asterisk does not know the option \`${option}\` for the type of \`[${section}]\`, so it refuses to create that object (the next line it logs is "Could not create an object of type …").`,
  );
}

function explainParseError(a: Analysis, option: string, value: string): Explanation | undefined {
  const text = (d: Diagnostic) => a.files.get(d.path)?.text.slice(d.start, d.end) ?? '';
  const d =
    a.diagnostics.find((x) => x.code === 'invalid-value' && text(x).trim() === value.trim()) ??
    a.diagnostics.find((x) => x.code === 'invalid-value' && x.message.includes(option));
  if (!d) return undefined;
  return fromDiagnostic(d, `Asterisk cannot read \`${option}=${value}\`, so it refuses to create that object.`);
}

function explainObjectFailed(a: Analysis, type: string, id: string): Explanation | undefined {
  const o =
    a.objects.find((x) => x.type === type && x.id === id && !x.loads) ??
    a.objects.find((x) => x.type === type && x.id === id);
  if (!o) return undefined;
  const s = o.section;
  const inside = a.diagnostics.filter(
    (d) => d.severity === 'error' && d.path === s.file.path && sectionOf(a, d) === s.name,
  );
  const parts = [
    `Asterisk did not create ${type} \`${id}\`${o.wizardPrefix ? ` (generated by the wizard \`[${s.name}]\`)` : ''} — ${where(a, o)}.`,
  ];
  parts.push(
    o.loads
      ? 'We expect it to load with this config; the line may come from an older version of it.'
      : `Why: ${o.failure}.`,
  );
  if (inside.length)
    parts.push(
      `What to fix:\n${inside
        .slice(0, 6)
        .map((d) => `- **${d.code}** — ${d.message}`)
        .join('\n')}`,
    );
  return { ...nameRange(s), markdown: parts.join('\n\n'), rule: inside[0]?.code };
}

function explainInclude(a: Analysis, file: string): Explanation | undefined {
  const inc = a.configs
    .flatMap((c) => c.includes)
    .find((i) => !i.targets.length && i.file.text.slice(i.argStart, i.argEnd).trim().replace(/^"|"$/g, '') === file);
  if (!inc) return undefined;
  const d = a.diagnostics.find(
    (x) => x.code === 'include-not-found' && x.path === inc.file.path && x.start === inc.argStart,
  );
  const said = `\`#include ${file}\` names no file, so Asterisk rejects ${relativeTo(a.options.configDir, inc.file.path)}${inc.file === a.configs.find((c) => c.files.includes(inc.file))?.root ? ' and loads nothing from it' : ''}.`;
  if (d) return fromDiagnostic(d, said);
  return { path: inc.file.path, start: inc.argStart, end: inc.argEnd, markdown: said, rule: 'include-not-found' };
}
