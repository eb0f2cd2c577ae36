/**
 * The converted objects as pjsip.conf text: one file per output file of the layout, objects in the order they
 * were made (transports, `global`, `system` and `acl` first in pjsip.conf), `#include` lines for the other files
 * at the end of pjsip.conf. A `;` in a value is written `\;`, which Asterisk reads back as `;`; every other
 * character (backslashes included) is written as it is.
 */
import type { Conversion } from './convert';
import { ROOT_FILE } from './transports';
import type { PjsipOut } from './types';

const FIRST: readonly string[] = ['transport', 'global', 'system', 'acl'];

export function escapeValue(v: string): string {
  return v.replace(/;/g, '\\;');
}

function objectText(o: PjsipOut): string {
  const lines = ['', ...o.comments.map((c) => `; ${c}`.trimEnd()), `[${o.name}]`];
  for (const opt of o.options) lines.push(`${opt.name}=${escapeValue(opt.value)}`);
  return lines.join('\n');
}

/** Output file name -> text. `header` lines open every file (as comments). */
export function emitFiles(c: Conversion, header: string[]): Map<string, string> {
  const files = new Map<string, string>();
  const head = header.map((h) => `; ${h}`.trimEnd()).join('\n');
  const objectsOf = (file: string) => c.out.objects.filter((o) => o.file === file);
  const included = c.layout.included.filter((f) => objectsOf(f).length);
  const root = objectsOf(ROOT_FILE);
  const ordered = [...root.filter((o) => FIRST.includes(o.type)), ...root.filter((o) => !FIRST.includes(o.type))];
  const includes = included.length ? `\n\n${included.map((f) => `#include ${f}`).join('\n')}` : '';
  files.set(ROOT_FILE, `${head}\n${ordered.map(objectText).join('\n')}${includes}\n`);
  for (const f of included) files.set(f, `${head}\n${objectsOf(f).map(objectText).join('\n')}\n`);
  return files;
}
