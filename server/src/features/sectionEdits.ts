/** Edits that add whole sections (a created auth, aor, transport, ...) or lines at the end of a section. */
import { lineBreakOf, lineContentEnd } from '../syntax';
import { placeholder } from '../model/objects';
import type { Analysis } from '../analysis/analyze';
import { targetFor } from '../schema/versioned';
import { hasEnumValue } from '../schema/versions';
import type { Section, SourceFile } from '../model/types';
import { lastContentLine } from './symbols';
import type { TextEditSpan } from './types';

/** Offset right after the last option line of a section block. */
export function endOfBlock(s: Section): number {
  return lineContentEnd(s.file.tree, lastContentLine(s));
}

function stubOptions(a: Analysis, name: string, type: string): [string, string][] {
  switch (type) {
    // auth_type=digest only where the target has it, and only when the admin said which Asterisk (else: the default)
    case 'auth': {
      const target = targetFor(a.options.asteriskVersion);
      const digest = target.explicit && hasEnumValue(target, 'auth', 'auth_type', 'digest');
      return [
        ['type', 'auth'],
        ...(digest ? [['auth_type', 'digest'] as [string, string]] : []),
        ['username', name],
        ['password', 'CHANGE_ME'],
      ];
    }
    case 'aor':
      return [
        ['type', 'aor'],
        ['max_contacts', '1'],
      ];
    case 'transport':
      return [
        ['type', 'transport'],
        ['protocol', 'udp'],
        ['bind', freeBind(a, 'udp')],
      ];
    case 'endpoint':
      return [
        ['type', 'endpoint'],
        ['context', 'default'],
        ['disallow', 'all'],
        ['allow', 'ulaw'],
      ];
    default:
      return [['type', type], ...(['identify', 'registration', 'outbound-publish'].includes(type) ? [] : [])] as [
        string,
        string,
      ][];
  }
}

/** A bind address on a port no udp/tcp transport uses yet. */
function freeBind(a: Analysis, proto: string): string {
  const used = new Set<number>();
  for (const o of a.index.get('transport')?.values() ?? [])
    for (const t of o) {
      const bind = t.vars.find((v) => v.name.toLowerCase() === 'bind')?.value ?? '';
      const m = /:(\d+)$/.exec(bind);
      used.add(m ? Number(m[1]) : 5060);
    }
  let port = proto === 'tls' ? 5061 : 5060;
  while (used.has(port)) port++;
  return port === 5060 && proto !== 'tls' ? '0.0.0.0' : `0.0.0.0:${port}`;
}

export function appendSection(a: Analysis, file: SourceFile, name: string, type: string, eq: string): TextEditSpan {
  const opts = stubOptions(a, name, type);
  if (type === 'identify') opts.push(['endpoint', name], ['match', placeholder({ id: name, type }, 'match')]);
  if (type === 'registration')
    opts.push(
      ['server_uri', placeholder({ id: name, type }, 'server_uri')],
      ['client_uri', placeholder({ id: name, type }, 'client_uri')],
    );
  return appendText(file, [`[${name}]`, ...opts.map(([k, v]) => `${k}${eq}${v}`)]);
}

export function appendTransport(a: Analysis, file: SourceFile, proto: string, eq: string): TextEditSpan {
  let name = `transport-${proto}`;
  let n = 1;
  while (a.index.get('transport')?.has(name)) name = `transport-${proto}-${++n}`;
  const lines = [`[${name}]`, `type${eq}transport`, `protocol${eq}${proto}`, `bind${eq}${freeBind(a, proto)}`];
  if (proto === 'tls')
    lines.push(`cert_file${eq}/etc/asterisk/keys/asterisk.crt`, `priv_key_file${eq}/etc/asterisk/keys/asterisk.key`);
  return appendText(file, lines);
}

/** Lines appended at the end of a file, after one blank line. */
export function appendText(file: SourceFile, lines: string[]): TextEditSpan {
  const nl = lineBreakOf(file.tree, file.tree.lines.length - 1); // the last line has none: the file's usual one
  const t = file.text;
  const lead = t === '' || /\n[ \t]*\r?\n$/.test(t) ? '' : /\n$/.test(t) ? nl : nl + nl;
  return { path: file.path, start: t.length, end: t.length, newText: `${lead}${lines.join(nl)}${nl}` };
}
