/**
 * The fuzzer's inputs: grammar-aware mutations of the corpus, random bytes and pathological shapes, plus random
 * LSP edits (biased towards line ends, so that edits split and join `\r\n`). Deterministic for a seed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_DIR } from './fixture';
import type { FuzzEdit, FuzzInput } from './fuzzChecks';

export type Rng = () => number;

/** mulberry32: small, fast, reproducible. */
export function rng(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Rng, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)];

/** Pieces of the grammar and of hostile text that mutations insert. */
export const ATOMS = [
  '[',
  ']',
  '(',
  ')',
  '(!)',
  '(+)',
  '(!,t)',
  ',',
  '=',
  '=>',
  '+=',
  ';',
  ';--',
  '--;',
  ';---',
  '\\;',
  '\\',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  '#include ',
  '#tryinclude ',
  '#exec ',
  '#include "x.conf"',
  '#include pjsip.conf',
  '#include *.conf',
  '#include {a,b}{c,d}.conf',
  '#include /dev/zero',
  'type=',
  'endpoint',
  'aor',
  'auth',
  'wizard',
  'transport',
  'registration',
  'identify',
  'global',
  'system',
  'acl',
  'contact',
  'domain_alias',
  'allow=',
  'ulaw',
  '!all',
  'aors=',
  'auth=',
  'outbound_auth=',
  'password=',
  'secret',
  'remote_hosts=',
  'endpoint/',
  'aor/',
  'sends_auth=yes',
  'max_contacts=',
  'bind=',
  '0.0.0.0:5060',
  '[::1]:5060',
  'sip:',
  '6001',
  '${X}',
  '$[1+1]',
  '\u0000',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\u{1f600}',
  'é',
  '\u2028',
  '\ufffd',
  'x'.repeat(300),
];

function corpusFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) corpusFiles(p, out);
    else if (e.name.endsWith('.conf')) out.push(p);
  }
  return out;
}

/** The texts the mutations start from: every .conf file of the test corpus and fixtures. */
export function loadCorpus(root: string): string[] {
  const texts = [...corpusFiles(path.join(root, 'test/corpus')), ...corpusFiles(path.join(root, 'test/fixtures'))]
    .sort()
    .map((p) => fs.readFileSync(p, 'utf8'))
    .filter((t) => t.length < 200_000);
  return texts.length ? texts : ['[6001]\ntype=endpoint\naors=6001\n[6001]\ntype=aor\n'];
}

/** One grammar-aware mutation of a text. */
function mutate(r: Rng, text: string, corpus: readonly string[]): string {
  const lines = text.split(/(?<=\n)/);
  const i = int(r, lines.length + 1);
  switch (int(r, 9)) {
    case 0: {
      const at = int(r, text.length + 1);
      return text.slice(0, at) + pick(r, ATOMS) + text.slice(at);
    }
    case 1: {
      const at = int(r, text.length + 1);
      return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + int(r, 20)));
    }
    case 2:
      lines.splice(i, 0, lines[int(r, lines.length)] ?? '');
      return lines.join('');
    case 3:
      lines.splice(i, 1);
      return lines.join('');
    case 4:
      lines.splice(
        i,
        0,
        `[${pick(r, ['6001', 'a', 'b', 'tpl', 'global'])}]${pick(r, ['', '(!)', '(+)', '(tpl)', '(a,b)', '(!,tpl)'])}\n`,
      );
      return lines.join('');
    case 5: {
      const other = pick(r, corpus).split(/(?<=\n)/);
      const s = int(r, other.length);
      lines.splice(i, 0, ...other.slice(s, s + 1 + int(r, 12)));
      return lines.join('');
    }
    case 6:
      return text.replace(/\r?\n/g, () => pick(r, ['\n', '\r\n', '\r', '\n']));
    case 7: {
      const at = int(r, text.length + 1);
      let s = '';
      for (let k = int(r, 12); k > 0; k--) s += String.fromCharCode(int(r, 0x10000));
      return text.slice(0, at) + s + text.slice(at);
    }
    default:
      lines.splice(
        i,
        0,
        `${pick(r, ['type', 'aors', 'auth', 'allow', 'context', 'transport', 'max_contacts', 'endpoint/aors', 'password'])}${pick(r, ['=', ' = ', '=>', '+='])}${pick(r, ['6001', 'a', 'ulaw', 'yes', '', 'endpoint', 'tpl'])}\n`,
      );
      return lines.join('');
  }
}

/** Random bytes decoded as UTF-8 the way a file read does (invalid sequences become U+FFFD). */
function randomBytes(r: Rng, n: number): string {
  const b = Buffer.alloc(n);
  for (let k = 0; k < n; k++)
    b[k] = r() < 0.3 ? pick(r, [10, 13, 59, 91, 93, 61, 35, 0, 0xc3, 0xff, 0xed]) : int(r, 256);
  return b.toString('utf8');
}

/** The pathological shapes, each a config set: name -> files. */
export const PATHOLOGICAL: Record<string, (r: Rng) => Record<string, string>> = {
  'a 1 MB single line': () => ({ [`${CONFIG_DIR}/pjsip.conf`]: `[a]\ntype=endpoint\ncontext=${'x'.repeat(1 << 20)}` }),
  '100k sections': () => ({
    [`${CONFIG_DIR}/pjsip.conf`]: Array.from({ length: 100_000 }, (_, i) => `[s${i}]\n`).join(''),
  }),
  'a 1,000-deep template chain': () => ({
    [`${CONFIG_DIR}/pjsip.conf`]: `[t0](!)\ntype=aor\n${Array.from({ length: 1000 }, (_, i) => `[t${i + 1}](!,t${i})\nmax_contacts=${i % 9}\n`).join('')}[e](t1000)\n`,
  }),
  'a template cycle': () => ({
    [`${CONFIG_DIR}/pjsip.conf`]: '[a](b)\ntype=aor\n[b](a)\ntype=aor\n[c](c)\n[d](!,d)\n',
  }),
  'an include cycle': () => ({
    [`${CONFIG_DIR}/pjsip.conf`]: '#include a.conf\n[x]\ntype=aor\n#include pjsip.conf\n',
    [`${CONFIG_DIR}/a.conf`]: '#include b.conf\n[y]\ntype=aor\n',
    [`${CONFIG_DIR}/b.conf`]: '#include a.conf\n#include pjsip.conf\n',
  }),
  'an include chain past the limit': () =>
    Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `${CONFIG_DIR}/${i ? `i${i}` : 'pjsip'}.conf`,
        `#include i${i + 1}.conf\n[s${i}]\ntype=aor\n`,
      ]),
    ),
  '(+) chains': () => ({
    [`${CONFIG_DIR}/pjsip.conf`]: `[a]\ntype=endpoint\n${Array.from({ length: 5000 }, (_, i) => `[a](+)\nallow=ulaw\nset_var=v${i}=1\n`).join('')}`,
  }),
  'unterminated block comments': (r) => ({
    [`${CONFIG_DIR}/pjsip.conf`]: `${';-- '.repeat(1 + int(r, 3000))}\n[a]\ntype=aor\n--;\n[b]\n;--\ntype=aor\n`,
  }),
  'NUL bytes': () => ({
    [`${CONFIG_DIR}/pjsip.conf`]: '[a\u0000b]\ntype=aor\u0000\nmax_contacts=1\u0000\u0000\n\u0000',
  }),
  'invalid UTF-8': (r) => ({
    [`${CONFIG_DIR}/pjsip.conf`]: `[a]\ntype=aor\n${randomBytes(r, 2000)}\n[b]\ntype=auth\n`,
  }),
  'lone surrogates': () => ({
    [`${CONFIG_DIR}/pjsip.conf`]: '[a\ud800]\ntype=aor\n[b]\ntype=endpoint\naors=a\ud800\n\udfff=\ud83d\n',
  }),
  'lone CR line ends': () => ({
    [`${CONFIG_DIR}/pjsip.conf`]: '[a]\rtype=aor\rmax_contacts=1\r[b]\r\ntype=endpoint\raors=a\n',
  }),
  'CRLF mixed with LF': () => ({
    [`${CONFIG_DIR}/pjsip.conf`]: '[a]\r\ntype=aor\nmax_contacts=1\r\n\r\n[b]\ntype=endpoint\r\naors=a\r',
  }),
  'a BOM in the middle': () => ({
    [`${CONFIG_DIR}/pjsip.conf`]: '\ufeff[a]\ntype=aor\n\ufeff[b]\n\ufefftype=endpoint\naors=\ufeffa\n',
  }),
  'many includes of one glob': () => ({
    [`${CONFIG_DIR}/pjsip.conf`]: `#include ${'{a,b}'.repeat(12)}.conf\n#include d/*.conf\n`,
    ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`${CONFIG_DIR}/d/f${i}.conf`, `[f${i}]\ntype=aor\n`])),
  }),
};

/** A random LSP edit of `text`, biased towards line ends (splitting and joining `\r\n`). */
export function randomEdit(r: Rng, doc: TextDocument): FuzzEdit {
  const text = doc.getText();
  let start = int(r, text.length + 1);
  if (r() < 0.4) {
    const eols: number[] = [];
    for (let k = 0, tries = 0; tries < 50 && eols.length < 8; tries++) {
      k = text.indexOf('\r', int(r, text.length + 1));
      if (k >= 0) eols.push(k, k + 1);
      k = text.indexOf('\n', int(r, text.length + 1));
      if (k >= 0) eols.push(k, k + 1);
    }
    if (eols.length) start = pick(r, eols);
  }
  const end = Math.min(text.length, start + (r() < 0.5 ? 0 : int(r, r() < 0.8 ? 3 : 80)));
  let ins = '';
  for (let k = int(r, 3); k > 0; k--) ins += pick(r, ATOMS.slice(0, 70));
  if (r() < 0.2) ins = pick(r, ['\n', '\r', '\r\n', '']);
  const s = doc.positionAt(start),
    e = doc.positionAt(end);
  // sometimes a position past the end of its line or of the document, as a sloppy client sends
  if (r() < 0.05) e.character += 5;
  return { start: s, end: e.line < s.line || (e.line === s.line && e.character < s.character) ? s : e, text: ins };
}

/** `n` random edits, each against the text the previous ones left. */
export function randomEdits(r: Rng, text: string, n: number): FuzzEdit[] {
  let doc = TextDocument.create('file:///x', 'pjsip', 1, text);
  const out: FuzzEdit[] = [];
  for (let k = 0; k < n; k++) {
    const e = randomEdit(r, doc);
    out.push(e);
    doc = TextDocument.update(doc, [{ range: { start: e.start, end: e.end }, text: e.text }], doc.version + 1);
  }
  return out;
}

/** Offsets to probe: random, plus the start and end of the text. */
export function probesFor(r: Rng, length: number, n: number): number[] {
  const out = [0, length];
  for (let k = 0; k < n; k++) out.push(int(r, length + 1));
  return out;
}

/** The next input for a seed's stream: mostly corpus mutations, sometimes random bytes or a pathological shape. */
export function nextInput(r: Rng, corpus: readonly string[]): FuzzInput {
  const roll = r();
  const main = `${CONFIG_DIR}/pjsip.conf`;
  let files: Record<string, string>;
  let origin: string;
  if (roll < 0.025) {
    origin = pick(r, Object.keys(PATHOLOGICAL));
    files = PATHOLOGICAL[origin](r);
  } else if (roll < 0.1) {
    origin = 'random bytes';
    files = { [main]: randomBytes(r, int(r, 3000)) };
  } else {
    origin = 'corpus mutation';
    let text = pick(r, corpus);
    for (let k = 1 + int(r, 8); k > 0; k--) text = mutate(r, text, corpus);
    files = { [main]: text };
    if (r() < 0.3) files[`${CONFIG_DIR}/pjsip_wizard.conf`] = mutate(r, pick(r, corpus), corpus);
    if (r() < 0.2) files[`${CONFIG_DIR}/x.conf`] = mutate(r, pick(r, corpus), corpus);
  }
  const first = Object.values(files)[0];
  const big = first.length > 100_000;
  const edits = randomEdits(r, first, big ? 3 : int(r, 25));
  return { files, edits, probes: probesFor(r, first.length, big ? 4 : 12), origin };
}
