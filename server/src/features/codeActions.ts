/**
 * Quick fixes, chosen by the diagnostic's rule id. Each fix edits only what the diagnostic is about, so the
 * config re-checks cleanly for that rule afterwards.
 */
import { lineBreakOf, lineContentEnd, lineIndexAt, lineText } from '../syntax';
import { placeholder } from '../model/objects';
import type { Analysis } from '../analysis/analyze';
import { targetFor } from '../schema/versioned';
import { hasEnumValue } from '../schema/versions';
import type { Section, SourceFile } from '../model/types';
import type { Diagnostic } from '../rules/diagnostic';
import { blockAt } from './cursor';
import { referenceCandidates } from './referenceCandidates';
import { detectStyle } from './format';
import { lastContentLine } from './symbols';
import type { CodeActionResult, TextEditSpan } from './types';

export interface CodeActionOptions {
  style?: 'spaced' | 'compact' | 'auto';
}

export function codeActions(a: Analysis, file: SourceFile, diagnostics: readonly Diagnostic[], opts: CodeActionOptions = {}): CodeActionResult[] {
  const out: CodeActionResult[] = [];
  const eq = (opts.style === 'spaced' || ((!opts.style || opts.style === 'auto') && detectStyle(file) === 'spaced')) ? ' = ' : '=';
  for (const d of diagnostics) {
    if (d.path !== file.path) continue;
    const fixes = fixesFor(a, file, d, eq);
    fixes.forEach((f, i) => out.push({ ...f, code: d.code, kind: 'quickfix', isPreferred: i === 0 && f.isPreferred !== false }));
    out.push({ title: `Disable ${d.code} for this line`, code: d.code, kind: 'quickfix', isPreferred: false, edits: [disableLine(file, d)] });
  }
  return out;
}

type Fix = Omit<CodeActionResult, 'kind' | 'code'>;

/** One fix per suggestion; with no Asterisk version set, a suggestion not every release has says what it needs. */
function replaceWith(file: SourceFile, d: Diagnostic, suggestions: readonly string[] | undefined, needs?: Record<string, string>): Fix[] {
  return (suggestions ?? []).slice(0, 3).map((s) => ({ title: `Change to '${s}'${needs?.[s] ? ` (${needs[s]})` : ''}`, edits: [{ path: file.path, start: d.start, end: d.end, newText: s }] }));
}

function fixesFor(a: Analysis, file: SourceFile, d: Diagnostic, eq: string): Fix[] {
  const line = lineIndexAt(file.tree.lineStarts, d.start);
  const lineStart = file.tree.lineStarts[line];
  const l = file.tree.lines[line];
  switch (d.code) {
    case 'unknown-option':
    case 'unknown-type':
    case 'invalid-value':
    case 'deprecated-option':
    case 'deprecated-value':
    case 'unknown-acl':
      return replaceWith(file, d, d.data?.suggestions, d.data && 'needs' in d.data ? d.data.needs : undefined);
    case 'unresolved-reference': {
      const c = d.data?.createSection;
      if (!c) return [];
      const candidates = referenceCandidates(a, c.type, c.name, blockAt(a, file.path, line));
      const fixes: Fix[] = candidates.map((k) => ({
        title: `Change to '${k.name}'`, isPreferred: k.preferred, edits: [{ path: file.path, start: d.start, end: d.end, newText: k.name }],
      }));
      fixes.push({ title: `Create ${c.type} [${c.name}]`, isPreferred: fixes.length === 0, edits: [appendSection(a, file, c.name, c.type, eq)] });
      return fixes;
    }
    case 'missing-type': {
      const block = blockAt(a, file.path, line);
      if (!block) return [];
      const at = lineContentEnd(file.tree, line);
      return (d.data?.types ?? []).slice(0, 3).map((t) => ({ title: `Add type=${t}`, edits: [{ path: file.path, start: at, end: at, newText: `${lineBreakOf(file.tree, line)}type${eq}${t}` }] }));
    }
    case 'missing-required-option':
    case 'wizard-missing-required':
    case 'aor-rejects-registrations':
    case 'endpoint-without-codecs':
    case 'endpoint-without-aors':
    case 'registration-stops-on-auth-failure':
    case 'timer-b-raised': {
      const adds = d.data?.addOptions;
      const replace = !!d.data?.replace;
      const block = blockAt(a, file.path, line);
      if (!adds?.length || !block) return [];
      const existing = new Map((block.appendTarget ?? block).own.filter((e) => e.file === file).map((e) => [e.assignment.key.toLowerCase(), e] as const));
      const edits: TextEditSpan[] = [];
      const insertAt = endOfBlock(block);
      let text = '';
      for (const o of adds) {
        const e = existing.get(o.name.toLowerCase());
        if (e && e.assignment.value === '') edits.push({ path: file.path, start: e.valueStart, end: e.valueEnd, newText: o.value });
        else if (e && replace) edits.push({ path: file.path, start: e.valueStart, end: e.valueEnd, newText: o.value });
        else text += `${lineBreakOf(file.tree, line)}${o.name}${eq}${o.value}`;
      }
      if (text) edits.push({ path: file.path, start: insertAt, end: insertAt, newText: text });
      const names = adds.map((o) => `${o.name}${o.value ? `=${o.value}` : ''}`).join(', ');
      return [{ title: `Add ${names}`, edits }];
    }
    case 'duplicate-option': {
      const next = line + 1 < file.tree.lines.length ? file.tree.lineStarts[line + 1] : lineStart + l.length;
      return [{ title: 'Remove this line (it has no effect)', edits: [{ path: file.path, start: lineStart, end: next, newText: '' }] }];
    }
    case 'section-trailing-text': {
      const h = l.section;
      if (!h || h.close < 0) return [];
      const trailing = file.text.slice(d.start, d.end);
      if (h.lparen < 0 && trailing.startsWith('(')) {
        return [{ title: `Remove the space: [${h.name}]${trailing}`, edits: [{ path: file.path, start: lineStart + h.close + 1, end: d.start, newText: '' }] }];
      }
      return [{ title: 'Turn the ignored text into a comment', edits: [{ path: file.path, start: d.start, end: d.start, newText: '; ' }] }];
    }
    case 'unknown-directive':
      return [{ title: 'Turn this line into a comment', edits: [{ path: file.path, start: lineStart + l.codeStart, end: lineStart + l.codeStart + 1, newText: ';' }] }];
    case 'syntax-missing-equals':
      return [{ title: 'Comment out this line', edits: [{ path: file.path, start: lineStart + l.codeStart, end: lineStart + l.codeStart, newText: ';' }] }];
    case 'include-not-found': {
      const dir = l.directive;
      if (!dir || dir.name.toLowerCase() !== 'include') return [];
      return [{ title: 'Use #tryinclude (skip the file when it is missing)', edits: [{ path: file.path, start: lineStart + dir.nameStart, end: lineStart + dir.nameEnd, newText: 'tryinclude' }] }];
    }
    case 'registration-without-transport': {
      const proto = d.data?.protocol ?? 'udp';
      if (!['udp', 'tcp', 'tls'].includes(proto)) return [];
      return [{ title: `Add a ${proto} transport`, edits: [appendTransport(a, file, proto, eq)] }];
    }
    default:
      return [];
  }
}

/** Offset right after the last option line of a section block. */
function endOfBlock(s: Section): number {
  return lineContentEnd(s.file.tree, lastContentLine(s));
}

/** `; pjsip-disable-next-line rule` above the diagnostic's line, indented like it. */
function disableLine(file: SourceFile, d: Diagnostic): TextEditSpan {
  const line = lineIndexAt(file.tree.lineStarts, d.start);
  const start = file.tree.lineStarts[line];
  const indent = /^[ \t]*/.exec(lineText(file.tree, line))![0];
  return { path: file.path, start, end: start, newText: `${indent}; pjsip-disable-next-line ${d.code}${lineBreakOf(file.tree, line)}` };
}

function stubOptions(a: Analysis, name: string, type: string): [string, string][] {
  switch (type) {
    // auth_type=digest only where the target has it, and only when the admin said which Asterisk (else: the default)
    case 'auth': {
      const target = targetFor(a.options.asteriskVersion);
      const digest = target.explicit && hasEnumValue(target, 'auth', 'auth_type', 'digest');
      return [['type', 'auth'], ...(digest ? [['auth_type', 'digest'] as [string, string]] : []), ['username', name], ['password', 'CHANGE_ME']];
    }
    case 'aor': return [['type', 'aor'], ['max_contacts', '1']];
    case 'transport': return [['type', 'transport'], ['protocol', 'udp'], ['bind', freeBind(a, 'udp')]];
    case 'endpoint': return [['type', 'endpoint'], ['context', 'default'], ['disallow', 'all'], ['allow', 'ulaw']];
    default: return [['type', type], ...(['identify', 'registration', 'outbound-publish'].includes(type) ? [] : [])] as [string, string][];
  }
}

/** A bind address on a port no udp/tcp transport uses yet. */
function freeBind(a: Analysis, proto: string): string {
  const used = new Set<number>();
  for (const o of a.index.get('transport')?.values() ?? []) for (const t of o) {
    const bind = t.vars.find((v) => v.name.toLowerCase() === 'bind')?.value ?? '';
    const m = /:(\d+)$/.exec(bind);
    used.add(m ? Number(m[1]) : 5060);
  }
  let port = proto === 'tls' ? 5061 : 5060;
  while (used.has(port)) port++;
  return port === 5060 && proto !== 'tls' ? '0.0.0.0' : `0.0.0.0:${port}`;
}

function appendSection(a: Analysis, file: SourceFile, name: string, type: string, eq: string): TextEditSpan {
  const opts = stubOptions(a, name, type);
  if (type === 'identify') opts.push(['endpoint', name], ['match', placeholder({ id: name, type }, 'match')]);
  if (type === 'registration') opts.push(['server_uri', placeholder({ id: name, type }, 'server_uri')], ['client_uri', placeholder({ id: name, type }, 'client_uri')]);
  return appendText(file, [`[${name}]`, ...opts.map(([k, v]) => `${k}${eq}${v}`)]);
}

function appendTransport(a: Analysis, file: SourceFile, proto: string, eq: string): TextEditSpan {
  let name = `transport-${proto}`;
  let n = 1;
  while (a.index.get('transport')?.has(name)) name = `transport-${proto}-${++n}`;
  const lines = [`[${name}]`, `type${eq}transport`, `protocol${eq}${proto}`, `bind${eq}${freeBind(a, proto)}`];
  if (proto === 'tls') lines.push(`cert_file${eq}/etc/asterisk/keys/asterisk.crt`, `priv_key_file${eq}/etc/asterisk/keys/asterisk.key`);
  return appendText(file, lines);
}

function appendText(file: SourceFile, lines: string[]): TextEditSpan {
  const nl = lineBreakOf(file.tree, file.tree.lines.length - 1); // the last line has none: the file's usual one
  const t = file.text;
  const lead = t === '' || /\n[ \t]*\r?\n$/.test(t) ? '' : /\n$/.test(t) ? nl : nl + nl;
  return { path: file.path, start: t.length, end: t.length, newText: `${lead}${lines.join(nl)}${nl}` };
}
