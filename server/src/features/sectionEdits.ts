/** Edits that add whole sections (a created auth, aor, transport, ...) or lines at the end of a section. */
import { lineBreakOf, lineContentEnd } from '../syntax';
import { placeholder } from '../model/objects';
import type { Analysis } from '../analysis/analyze';
import type { Section, SourceFile } from '../model/types';
import { lastContentLine } from './symbols';
import { sectionStub, type SectionStub } from './sectionStubs';
import type { TextEditSpan } from './types';

/** Offset right after the last option line of a section block. */
export function endOfBlock(s: Section): number {
  return lineContentEnd(s.file.tree, lastContentLine(s));
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

/** A new section `[name]` of `type` at the end of the file (see sectionStubs.ts), and what it holds. */
export function appendSection(
  a: Analysis,
  file: SourceFile,
  name: string,
  type: string,
  eq: string,
): { edit: TextEditSpan; stub: SectionStub } {
  const stub = sectionStub(a, file, name, type);
  const opts = [...stub.lines];
  if (type === 'transport') opts.push(['protocol', 'udp'], ['bind', freeBind(a, 'udp')]);
  if (type === 'identify') opts.push(['endpoint', name], ['match', placeholder({ id: name, type }, 'match')]);
  if (type === 'registration')
    opts.push(
      ['server_uri', placeholder({ id: name, type }, 'server_uri')],
      ['client_uri', placeholder({ id: name, type }, 'client_uri')],
    );
  const header = `[${name}]${stub.parents.length ? `(${stub.parents.join(',')})` : ''}`;
  return { edit: appendText(file, [header, ...opts.map(([k, v]) => `${k}${eq}${v}`)]), stub };
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
