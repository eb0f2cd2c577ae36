/**
 * The quick fixes of each rule, as a table keyed by rule id. A builder gets the diagnostic narrowed to its rule,
 * so its fix data is typed; none reads the message text.
 */
import { lineBreakOf, lineContentEnd, lineIndexAt, type Line } from '../syntax';
import type { Analysis } from '../analysis/analyze';
import type { OptionEntry, Section, SourceFile } from '../model/types';
import type { KeepRetryingPlan } from '../model/registrationFailures';
import type { AddOptions, Diagnostic } from '../rules/diagnostic';
import type { RuleId } from '../rules/registry';
import type { Locale } from '../i18n/locale';
import { renderPart, type Part } from '../i18n/messages';
import { quickFixTitle as title } from '../i18n/ui/quickFixTitles';
import { blockAt } from './cursor';
import { detectStyle } from './format';
import { referenceCandidates } from './referenceCandidates';
import { newPassword, SECRET_OPTION } from './secrets';
import { appendSection, appendTransport, endOfBlock } from './sectionEdits';
import { SECURITY_FIXES } from './securityFixes';
import type { CodeActionResult, TextEditSpan } from './types';

export type Fix = Omit<CodeActionResult, 'kind' | 'code'>;

export type DiagnosticOf<K extends RuleId> = Extract<Diagnostic, { code: K }>;

export interface FixContext<D extends Diagnostic> {
  a: Analysis;
  file: SourceFile;
  d: D;
  /** `=` or ` = `, as the file writes assignments. */
  eq: string;
  line: number;
  lineStart: number;
  l: Line;
  /** The language of the titles. */
  locale: Locale | undefined;
}

export type FixBuilder<K extends RuleId> = (c: FixContext<DiagnosticOf<K>>) => Fix[];

type SuggestingRule =
  | 'unknown-option'
  | 'unknown-type'
  | 'invalid-value'
  | 'deprecated-option'
  | 'deprecated-value'
  | 'unknown-acl'
  | 'unknown-context';
type AddingRule =
  | 'missing-required-option'
  | 'wizard-missing-required'
  | 'aor-rejects-registrations'
  | 'endpoint-without-codecs'
  | 'endpoint-without-aors'
  | 'timer-b-raised';

function replaceBySuggestion(c: FixContext<DiagnosticOf<SuggestingRule>>): Fix[] {
  const data = c.d.data;
  const at = data && 'at' in data ? data.at : undefined;
  return replaceWith(c, data?.suggestions, data && 'needs' in data ? data.needs : undefined, at);
}

function addOptions(c: FixContext<DiagnosticOf<AddingRule>>): Fix[] {
  return addOptionLines(c, c.d.data);
}

const FIXES: { [K in RuleId]?: FixBuilder<K> } = {
  ...SECURITY_FIXES,
  'unknown-option': replaceBySuggestion,
  'unknown-type': replaceBySuggestion,
  'invalid-value': replaceBySuggestion,
  'deprecated-option': replaceBySuggestion,
  'deprecated-value': replaceBySuggestion,
  'unknown-acl': replaceBySuggestion,
  'unknown-context': replaceBySuggestion,
  'unresolved-reference': referenceFixes,
  'missing-type': (c) => {
    const at = lineContentEnd(c.file.tree, c.line);
    if (!blockAt(c.a, c.file.path, c.line)) return [];
    return (c.d.data?.types ?? []).slice(0, 3).map((t) => ({
      title: title(c.locale, 'addType', { type: t }),
      edits: [{ path: c.file.path, start: at, end: at, newText: `${lineBreakOf(c.file.tree, c.line)}type${c.eq}${t}` }],
    }));
  },
  'missing-required-option': addOptions,
  'wizard-missing-required': addOptions,
  'aor-rejects-registrations': addOptions,
  'endpoint-without-codecs': addOptions,
  'endpoint-without-aors': addOptions,
  'registration-stops-retrying': keepRetrying,
  'timer-b-raised': addOptions,
  'address-with-port': addressWithoutPort,
  'duplicate-option': ({ file, line, lineStart, l, locale }) => {
    const next = line + 1 < file.tree.lines.length ? file.tree.lineStarts[line + 1] : lineStart + l.length;
    return [
      {
        title: title(locale, 'removeLine'),
        edits: [{ path: file.path, start: lineStart, end: next, newText: '' }],
      },
    ];
  },
  'section-trailing-text': ({ file, d, l, lineStart, locale }) => {
    const h = l.section;
    if (!h || h.close < 0) return [];
    const trailing = file.text.slice(d.start, d.end);
    if (h.lparen < 0 && trailing.startsWith('(')) {
      return [
        {
          title: title(locale, 'removeHeaderSpace', { name: h.name, trailing }),
          edits: [{ path: file.path, start: lineStart + h.close + 1, end: d.start, newText: '' }],
        },
      ];
    }
    return [
      {
        title: title(locale, 'commentTrailingText'),
        edits: [{ path: file.path, start: d.start, end: d.start, newText: '; ' }],
      },
    ];
  },
  'semicolon-in-quotes': ({ file, d, locale }) => [
    {
      title: title(locale, 'escapeSemicolon'),
      edits: [{ path: file.path, start: d.start, end: d.start + 1, newText: '\\;' }],
    },
  ],
  'unknown-directive': ({ file, l, lineStart, locale }) => [
    {
      title: title(locale, 'commentDirective'),
      edits: [{ path: file.path, start: lineStart + l.codeStart, end: lineStart + l.codeStart + 1, newText: ';' }],
    },
  ],
  'syntax-missing-equals': ({ file, l, lineStart, locale }) => [
    {
      title: title(locale, 'commentLine'),
      edits: [{ path: file.path, start: lineStart + l.codeStart, end: lineStart + l.codeStart, newText: ';' }],
    },
  ],
  'include-not-found': ({ file, l, lineStart, locale }) => {
    const dir = l.directive;
    if (!dir || dir.name.toLowerCase() !== 'include') return [];
    return [
      {
        title: title(locale, 'useTryinclude'),
        edits: [
          { path: file.path, start: lineStart + dir.nameStart, end: lineStart + dir.nameEnd, newText: 'tryinclude' },
        ],
      },
    ];
  },
  'registration-without-transport': ({ a, file, d, eq, locale }) => {
    const proto = d.data?.protocol ?? 'udp';
    if (!['udp', 'tcp', 'tls'].includes(proto)) return [];
    return [
      { title: title(locale, 'addTransport', { protocol: proto }), edits: [appendTransport(a, file, proto, eq)] },
    ];
  },
};

/**
 * "Keep retrying after rejections": the options the model's plan names (registrationFailures.ts), each replacing
 * the admin's line or added at the end of the block the plan chose (which may be a template in another file).
 */
function keepRetrying(c: FixContext<DiagnosticOf<'registration-stops-retrying'>>): Fix[] {
  const plan = c.d.data?.keepRetrying.edits;
  if (!plan?.length) return [];
  const edits: TextEditSpan[] = [];
  const inserts = new Map<Section, string>();
  for (const p of plan) {
    if (p.replace) edits.push({ ...p.replace, newText: p.value });
    else if (p.insert) {
      const block = blockAt(c.a, p.insert.path, p.insert.line);
      if (!block || block.line !== p.insert.line) return [];
      const eq = block.file === c.file ? c.eq : detectStyle(block.file) === 'spaced' ? ' = ' : '=';
      inserts.set(
        block,
        `${inserts.get(block) ?? ''}${lineBreakOf(block.file.tree, block.line)}${p.name}${eq}${p.value}`,
      );
    }
  }
  for (const [block, text] of inserts) {
    const at = endOfBlock(block);
    edits.push({ path: block.file.path, start: at, end: at, newText: text });
  }
  return [{ title: keepRetryingTitle(c.locale, c.d.data!.keepRetrying), edits }];
}

/** The fix's title says the pace it sets: the trade-off between a quick recovery and a provider's ban. */
export function keepRetryingTitle(locale: Locale | undefined, p: KeepRetryingPlan): string {
  return title(locale, 'keepRetrying', {
    outage: p.outageInterval,
    refusal: Math.round(p.refusalInterval / 60),
    days: p.outageDays,
  });
}

export function fixesFor(a: Analysis, file: SourceFile, d: Diagnostic, eq: string, locale?: Locale): Fix[] {
  const build = FIXES[d.code] as ((c: FixContext<Diagnostic>) => Fix[]) | undefined;
  if (!build) return [];
  const line = lineIndexAt(file.tree.lineStarts, d.start);
  return build({ a, file, d, eq, line, lineStart: file.tree.lineStarts[line], l: file.tree.lines[line], locale });
}

/** One fix per suggestion; with no Asterisk version set, a suggestion not every release has says what it needs. */
function replaceWith(
  c: FixContext<Diagnostic>,
  suggestions: readonly string[] | undefined,
  needs?: Record<string, Part>,
  at: { path: string; start: number; end: number } = { path: c.file.path, start: c.d.start, end: c.d.end },
): Fix[] {
  return (suggestions ?? []).slice(0, 3).map((s) => ({
    title: needs?.[s]
      ? title(c.locale, 'changeToNeeds', { value: s, releases: renderPart(c.locale ?? 'en', needs[s]) })
      : title(c.locale, 'changeTo', { value: s }),
    edits: [{ ...at, newText: s }],
  }));
}

function referenceFixes(c: FixContext<DiagnosticOf<'unresolved-reference'>>): Fix[] {
  const target = c.d.data?.createSection;
  if (!target) return [];
  const candidates = referenceCandidates(c.a, target.type, target.name, blockAt(c.a, c.file.path, c.line));
  const fixes: Fix[] = candidates.map((k) => ({
    title: title(c.locale, 'changeTo', { value: k.name }),
    isPreferred: k.preferred,
    edits: [{ path: c.file.path, start: c.d.start, end: c.d.end, newText: k.name }],
  }));
  const { edit, stub } = appendSection(c.a, c.file, target.name, target.type, c.eq);
  fixes.push({
    // a new password is shown once, here: the admin copies it into the phone
    title:
      stub.password !== undefined
        ? title(c.locale, 'createAuth', { name: target.name, username: stub.username ?? '', password: stub.password })
        : title(c.locale, 'createSection', { type: target.type, name: target.name }),
    isPreferred: fixes.length === 0,
    edits: [edit],
  });
  return fixes;
}

/** The section's own lines in this file, by lower-cased option name. */
function ownLines(c: FixContext<Diagnostic>): Map<string, OptionEntry> | undefined {
  const block = blockAt(c.a, c.file.path, c.line);
  if (!block) return undefined;
  return new Map(
    (block.appendTarget ?? block).own
      .filter((e) => e.file === c.file)
      .map((e) => [e.assignment.key.toLowerCase(), e] as const),
  );
}

/** Add options at the end of the section; an option written there with an empty value (or, with `replace`, any value) is set instead. */
function addOptionLines(c: FixContext<Diagnostic>, data: AddOptions | undefined): Fix[] {
  const adds = data?.addOptions;
  const block = blockAt(c.a, c.file.path, c.line);
  const existing = ownLines(c);
  if (!adds?.length || !block || !existing) return [];
  const edits: TextEditSpan[] = [];
  let text = '';
  // a secret is never the placeholder the finding carries: each fix writes a new random one (shown in its title)
  const values = adds.map((o) => ({ name: o.name, value: SECRET_OPTION.test(o.name) ? newPassword() : o.value }));
  for (const o of values) {
    const e = existing.get(o.name.toLowerCase());
    if (e && (e.assignment.value === '' || data?.replace))
      edits.push({ path: c.file.path, start: e.valueStart, end: e.valueEnd, newText: o.value });
    else text += `${lineBreakOf(c.file.tree, c.line)}${o.name}${c.eq}${o.value}`;
  }
  const insertAt = endOfBlock(block);
  if (text) edits.push({ path: c.file.path, start: insertAt, end: insertAt, newText: text });
  const names = values.map((o) => `${o.name}${o.value ? `=${o.value}` : ''}`).join(', ');
  return [{ title: title(c.locale, 'addOptions', { options: names }), edits }];
}

/** The address alone; its port goes to the port option when there is one and it is not set yet. */
function addressWithoutPort(c: FixContext<DiagnosticOf<'address-with-port'>>): Fix[] {
  const data = c.d.data;
  if (!data) return [];
  const strip: TextEditSpan = { path: c.file.path, start: c.d.start, end: c.d.end, newText: data.host };
  const written = data.portOption ? ownLines(c)?.get(data.portOption) : undefined;
  if (!data.portOption || written) {
    const t =
      written && data.portOption
        ? title(c.locale, 'removePortKeeps', { option: data.portOption, value: written.assignment.value })
        : title(c.locale, 'removePort');
    return [{ title: t, edits: [strip] }];
  }
  const block = blockAt(c.a, c.file.path, c.line);
  if (!block) return [];
  const at = endOfBlock(block);
  const line = `${lineBreakOf(c.file.tree, c.line)}${data.portOption}${c.eq}${data.port}`;
  return [
    {
      title: title(c.locale, 'movePort', { option: data.portOption, port: data.port }),
      edits: [strip, { path: c.file.path, start: at, end: at, newText: line }],
    },
  ];
}
