/**
 * Quick fixes of the security rules (rules/security/), by rule id. Each password they write is new and random
 * (secrets.ts), drawn when the fix is offered; it appears only in the edit, never in a title, a message or a
 * log.
 */
import { lineBreakOf } from '../syntax';
import { relativeTo } from '../model/paths';
import { loadedEndpoint } from '../model/inbound/endpoints';
import type { Model } from '../model/model';
import type { Section } from '../model/types';
import type { RuleId } from '../rules/registry';
import type { Diagnostic } from '../rules/diagnostic';
import { FILTER_CHARS } from '../rules/security/dialInjection';
import { quickFixTitle as title } from '../i18n/ui/quickFixTitles';
import { detectStyle } from './format';
import type { DiagnosticOf, Fix, FixBuilder, FixContext } from './quickFixes';
import { newPassword } from './secrets';
import { appendText, endOfBlock } from './sectionEdits';
import type { TextEditSpan } from './types';

type SecureRule = 'unauthenticated-dial-out' | 'unauthenticated-endpoint';

function eqOf(c: { file: FixContext<Diagnostic>['file']; eq: string }, s: Section): string {
  return s.file === c.file ? c.eq : detectStyle(s.file) === 'spaced' ? ' = ' : '=';
}

/** New lines at the end of a section block. */
function addLines(s: Section, lines: string[]): TextEditSpan {
  const at = endOfBlock(s);
  const nl = lineBreakOf(s.file.tree, s.line);
  return { path: s.file.path, start: at, end: at, newText: lines.map((l) => `${nl}${l}`).join('') };
}

/** A name for the endpoint's new auth section that no auth has yet: `<endpoint>-auth`, else `-auth2`, ... */
function freeAuthName(model: Model, endpoint: string): string {
  const auths = model.index.get('auth');
  let name = `${endpoint}-auth`;
  for (let i = 2; auths?.has(name); i++) name = `${endpoint}-auth${i}`;
  return name;
}

function secure(c: FixContext<DiagnosticOf<SecureRule>>): Fix[] {
  const data = c.d.data;
  const o = data && loadedEndpoint(c.a, data.endpoint);
  if (!data || !o) return [];
  const s = o.section;
  const eq = eqOf(c, s);
  const fixes: Fix[] = [];
  if (data.wizard)
    fixes.push({
      title: title(c.locale, 'addInboundAuthRandom'),
      edits: [
        addLines(s, [
          `accepts_auth${eq}yes`,
          `inbound_auth/username${eq}${data.username}`,
          `inbound_auth/password${eq}${newPassword()}`,
        ]),
      ],
    });
  else {
    const authName = freeAuthName(c.a, o.id);
    fixes.push({
      title: title(c.locale, 'addAuthRandom', { auth: authName }),
      edits: [
        addLines(s, [`auth${eq}${authName}`]),
        appendText(s.file, [
          `[${authName}]`,
          `type${eq}auth`,
          `auth_type${eq}userpass`,
          `username${eq}${data.username}`,
          `password${eq}${newPassword()}`,
        ]),
      ],
    });
  }
  if (data.identifyByIp) {
    const option = data.wizard ? 'endpoint/identify_by' : 'identify_by';
    const own = s.own.find((e) => e.name.toLowerCase() === option);
    fixes.push({
      title: title(c.locale, 'identifyByIp', { option }),
      isPreferred: false,
      edits: [
        own
          ? { path: own.file.path, start: own.valueStart, end: own.valueEnd, newText: 'ip' }
          : addLines(s, [`${option}${eq}ip`]),
      ],
    });
  }
  return fixes;
}

/** The diagnostic sits on the value of a password line: replace it. */
function replacePassword(c: FixContext<DiagnosticOf<'weak-password' | 'shared-password'>>): Fix[] {
  if (!c.d.data?.replace) return [];
  const a = c.l.assignment;
  if (!a || !/(^|\/)password$/i.test(a.key) || c.d.start !== c.lineStart + a.valueStart) return [];
  return [
    {
      title: title(c.locale, 'replacePassword'),
      edits: [{ path: c.file.path, start: c.d.start, end: c.d.end, newText: newPassword() }],
    },
  ];
}

export const SECURITY_FIXES: { [K in RuleId]?: FixBuilder<K> } = {
  'unauthenticated-dial-out': secure,
  'unauthenticated-endpoint': secure,
  'dial-unfiltered-exten': (c) => {
    const edits = c.d.data?.filter ?? [];
    if (!edits.length) return [];
    const file = relativeTo(c.a.options.configDir, edits[0].path);
    return [{ title: title(c.locale, 'filterExten', { chars: FILTER_CHARS, file }), edits }];
  },
  'acl-permits-everyone': (c) => {
    const remove = c.d.data?.remove;
    if (!remove) return [];
    const entry = c.file.text.slice(c.d.start, c.d.end);
    return [{ title: title(c.locale, 'removeEveryone', { entry }), edits: [remove] }];
  },
  'weak-password': replacePassword,
  'shared-password': replacePassword,
};
