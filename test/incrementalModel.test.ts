/**
 * Property test of the model's edit path (analysis/incremental.ts, `reanalyze`): seeded random edit sequences
 * across the files of one config set, each edit applied to the previous parse with `applyEdit` and handed to
 * `reanalyze` (or, when it falls back, to a full analysis of the same SourceFile objects). After every edit the
 * diagnostics, the objects and the sections (lines, offsets of every option line) equal those of a fresh analysis
 * of freshly parsed texts. Most edits stay inside one section body (the fast path) and at least half of those must
 * take it; the others (headers, types, includes, block comments, `+=`, templates) may fall back.
 * PJSIP_MODEL_SEQUENCES sets the number of sequences (default 80, about 10 s); PJSIP_MODEL_SEED the first seed
 * (sequence k uses seed + k, so one failing sequence reruns alone with PJSIP_MODEL_SEED=<its seed>
 * PJSIP_MODEL_SEQUENCES=1).
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeFolder, type Analysis } from '../server/src/analysis/analyze';
import { reanalyze } from '../server/src/analysis/incremental';
import { valuesOf } from '../server/src/model/optionValues';
import { applyEdit, parse, type Line, type SyntaxTree, type TextEdit } from '../server/src/syntax';
import type { FileProvider, SourceFile } from '../server/src/model/types';
import { patient } from './helpers/patience';

const DIR = '/virtual/conf';
const STEPS_PER_SEQUENCE = 30;
/** Fewer in-body edits than this (a rerun of one sequence) are too few to judge how many took the edit path. */
const MIN_EDITS_JUDGED = 1000;

/**
 * A realistic set: endpoints from a template, auths, aors, a transport, a registration, an identify, a wizard, and some
 * problems, among them a second copy of an identify (a duplicate while the first loads) and two globals; for the
 * security rules, endpoints without auth (one anonymous, one identified from everywhere), two auths that share a
 * password, and unfiltered Dial()s of the dialled number.
 */
const FILES: Record<string, string> = {
  'pjsip.conf': `[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0:5060

[phone-tpl](!)
type=endpoint
context=from-internal
disallow=all
allow=ulaw,alaw
direct_media=no
acl=office

[nat-tpl](!)
type=transport
protocol=tcp
external_signaling_address=203.0.113.1:5062

[transport-tcp](nat-tpl)
bind=0.0.0.0:5061

[transport-tls](nat-tpl)
bind=0.0.0.0:5063
external_signaling_address=203.0.113.1

[system]
type=system
timer_t1=500
timer_b=6000

#include pjsip.endpoints.conf
#include pjsip.auth.conf

[trunk-reg]
type=registration
server_uri=sip:sip.example.com
client_uri=sip:me@sip.example.com
outbound_auth=trunk-auth
retry_interval=60

[trunk-auth]
type=auth
auth_type=userpass
username=me
password=secret

[trunk-id]
type=identify
endpoint=6001
match=203.0.113.5

[office-id]
type=identify
endpoint=6003
match=203.0.113.7

[g1]
type=global
user_agent=one

[g2]
type=global
user_agent=two
`,
  'pjsip.endpoints.conf': `[6001](phone-tpl)
auth=6001
aors=6001
callerid=Alice <6001>

[6001]
type=aor
max_contacts=1
qualify_frequency=30

[6002](phone-tpl)
auth=6002
aors=6002
[6002](+)
callerid=Bob <6002>

[6002]
type=aor
max_contacts=abc

[6003](phone-tpl)
aors=6003
auth=nobody
dtmf_mode=nonsense
bogus_option=1

[office-id]
type=identify
endpoint=6002
match=203.0.113.6
[6004](phone-tpl)
auth=6004
aors=shared
context=nowhere

[6005](phone-tpl)
auth=6005
aors=shared,6001
; pjsip-disable-next-line unknown-context
context=elsewhere

[desk-tpl](!)
type=endpoint
context=desk
allow=ulaw
permit=0.0.0.0/0

[6006](desk-tpl)
aors=6006

[6007](desk-tpl)
aors=6007

[anonymous](desk-tpl)
context=from-internal

[desk-id]
type=identify
endpoint=6006
match=0.0.0.0/0,198.51.100.9

[6008](phone-tpl)
auth=6008
aors=6008x
callerid="Dave; desk 8" <6008>

[6008]
type=aor
max_contacts=1

[shared]
type=aor
max_contacts=0

[spare]
type=aor

[lists]
type=resource_list
event=presence
list_item=6001,6002,6001
`,
  'pjsip.auth.conf': `[6001]
type=auth
auth_type=userpass
username=6001
password=one

[6002]
type=auth
username=6002
password=two

[6004]
type=auth
username=6004
password=four

[6005]
type=auth
username=6005
password=four

[6008]
type=auth
username=6008
password=eight

[lonely]
type=auth
username=lonely
password=alone
`,
  'pjsip_wizard.conf': `[trunk]
type=wizard
remote_hosts=sip.example.com
sends_registrations=yes
sends_auth=yes
outbound_auth/username=me
outbound_auth/password=pw
endpoint/context=from-trunk

[office-gw]
type=wizard
remote_hosts=192.0.2.10
accepts_registrations=no
endpoint/context=from-internal
`,
  // other modules' configs: read for their names (edits to them analyse the set in full, and none are made)
  'extensions.conf': `[from-internal]
exten => 100,1,Dial(PJSIP/6001)
exten => 101,1,Dial(PJSIP/6004)
exten => _9X.,1,Dial(PJSIP/\${EXTEN}@trunk)
exten => _X!,1,Dial(PJSIP/\${EXTEN})

[from-trunk]
exten => _X.,1,Dial(PJSIP/6002)
`,
  'acl.conf': `[office]
deny=0.0.0.0/0
permit=192.0.2.0/24

[open]
permit=0.0.0.0/0
`,
};

/** The files random edits go to (the set's own). */
const EDITED = Object.keys(FILES).filter((name) => name.startsWith('pjsip'));

/** Whole option lines typed into a body: good ones, bad ones, references (resolving or not). */
const OPTION_LINES = [
  'callerid=x',
  'max_contacts=2',
  'direct_media=no',
  'bogus_option=1',
  'max_contacts=abc',
  'dtmf_mode=nonsense',
  'auth=missing',
  'aors=6001',
  'outbound_auth=6002',
  'context=from-internal',
  'qualify_frequency=0',
  'password=x',
  'match=10.0.0.1',
  'endpoint=6002',
  'transport=transport-udp',
  'allow=ulaw,nope',
  'remove_existing=yes',
  'context=from-trunk',
  'context=missing-context',
  'acl=nope',
  'acl=office',
  'acl=open',
  'permit=0.0.0.0/0',
  'deny=10.0.0.0/8',
  'aors=shared',
  'max_contacts=0',
  'external_signaling_address=198.51.100.7:5070',
  'timer_b=100',
  'list_item=6002',
  'identify_by=ip',
  'match=0.0.0.0/0',
  'password=four',
];
/** Lines that are no option: comments, blanks, a line without `=`, a line without a name. */
const OTHER_LINES = [
  '; note',
  '',
  '   ',
  'allow',
  '=x',
  'callerid = spaced ; comment',
  'callerid="Front; desk" <100>',
  '; pjsip-disable-next-line',
  '; pjsip-disable-next-line invalid-value, unknown-option',
  '; pjsip-disable-file unresolved-reference',
];
/** Real option names, typed one character at a time (every prefix is read on the way). */
const OPTION_NAMES = [
  'aors',
  'auth',
  'context',
  'allow',
  'direct_media',
  'max_contacts',
  'qualify_frequency',
  'outbound_auth',
  'external_signaling_address',
  'endpoint',
  'match',
  'timer_b',
  'list_item',
  'endpoint/context',
  'remote_hosts',
  'password',
];
/** Characters typed into a key or a value. */
const CHARS = ['x', '1', '0', ' ', ',', '-', '_', 'a', '/', ':', '.', ';', '"'];
const TYPES = ['endpoint', 'aor', 'auth', 'transport', 'identify', 'registration', 'wizard', 'nonsense'];
/** Edits that change what the set is made of (headers, includes, block comments, appends): a full analysis is needed. */
const STRUCTURAL_LINES = [
  '#include pjsip.auth.conf',
  '#tryinclude missing.conf',
  '[6001](+)',
  '[6009]',
  '[6009](phone-tpl)',
  ';--',
  '--;',
  'allow+=g722',
  'callerid+= more',
  'type=aor',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const between = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

// ---------------------------------------------------------------------------------------------------------------
// The set: current SourceFiles by path, analysed through a provider that hands out exactly those objects.

type Files = Map<string, SourceFile>;

function initialFiles(): Files {
  const files: Files = new Map();
  for (const [name, text] of Object.entries(FILES)) files.set(`${DIR}/${name}`, sourceFile(`${DIR}/${name}`, text));
  return files;
}

function sourceFile(path: string, text: string): SourceFile {
  return { path, text, tree: parse(text) };
}

function providerOf(files: Files): FileProvider {
  return {
    read: (p) => files.get(p),
    listDir: (d) =>
      d === DIR ? [...files.keys()].map((p) => ({ name: p.slice(DIR.length + 1), isDirectory: false })) : undefined,
  };
}

function analyzeAll(files: Files): Analysis {
  return analyzeFolder(DIR, providerOf(files), [...files.keys()]);
}

/** The same texts, parsed from scratch (no tree or Line shared with the edited ones). */
function freshAnalysis(files: Files): Analysis {
  const fresh: Files = new Map();
  for (const [p, f] of files) fresh.set(p, sourceFile(p, f.text));
  return analyzeAll(fresh);
}

// ---------------------------------------------------------------------------------------------------------------
// Where edits go: the lines of each header block, read from the tree alone (independent of the model).

interface BodyLine {
  index: number;
  line: Line;
  start: number;
  /** The block is a template (`(!)`): its lines reach every section inheriting it. */
  template: boolean;
  /** The line is a `type=` line. */
  type: boolean;
}

function bodyLines(tree: SyntaxTree): BodyLine[] {
  const out: BodyLine[] = [];
  let template: boolean | undefined; // undefined before the first header
  for (let i = 0; i < tree.lines.length; i++) {
    const line = tree.lines[i];
    if (line.kind === 'section') {
      template = line.section!.items.some((it) => it.kind === 'template');
      continue;
    }
    if (template === undefined || line.kind === 'directive') continue;
    const type = line.kind === 'assignment' && line.assignment!.key.toLowerCase() === 'type';
    out.push({ index: i, line, start: tree.lineStarts[i], template, type });
  }
  return out;
}

function headerLines(tree: SyntaxTree): { start: number; line: Line }[] {
  const out: { start: number; line: Line }[] = [];
  for (let i = 0; i < tree.lines.length; i++)
    if (tree.lines[i].kind === 'section') out.push({ start: tree.lineStarts[i], line: tree.lines[i] });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Edits. An operation is one or more edits to one file (typing a line is one edit per character), each applied to
// the text the previous one left; `body` marks the operations confined to one section body.

interface Op {
  path: string;
  what: string;
  body: boolean;
  edits: TextEdit[];
}

const insertAt = (at: number, text: string): TextEdit => ({ start: at, end: at, text });
const contentEnd = (b: BodyLine): number => b.start + b.line.length - b.line.eol;

/** The body lines an operation may touch: not in a template, no `type=` line; `assignments` keeps option lines only. */
function plainBody(tree: SyntaxTree, assignments: boolean): BodyLine[] {
  return bodyLines(tree).filter((b) => !b.template && !b.type && (!assignments || b.line.kind === 'assignment'));
}

/** A range of the key or of the value of an assignment line, absolute; `nonEmpty` skips empty ranges. */
function keyOrValue(r: Rng, b: BodyLine, nonEmpty: boolean): [number, number] | undefined {
  const a = b.line.assignment!;
  const ranges: [number, number][] = [
    [b.start + a.keyStart, b.start + a.keyEnd],
    [b.start + a.valueStart, b.start + a.valueEnd],
  ];
  const usable = ranges.filter(([s, e]) => !nonEmpty || e > s);
  return usable.length ? pick(r, usable) : undefined;
}

function replaceValueChar(r: Rng, tree: SyntaxTree): Omit<Op, 'path'> | undefined {
  const lines = plainBody(tree, true).filter((b) => b.line.assignment!.valueEnd > b.line.assignment!.valueStart);
  if (!lines.length) return undefined;
  const b = pick(r, lines);
  const a = b.line.assignment!;
  const at = between(r, b.start + a.valueStart, b.start + a.valueEnd - 1);
  const c = pick(r, CHARS);
  return {
    what: `replace value char at ${at} by ${JSON.stringify(c)}`,
    body: true,
    edits: [{ start: at, end: at + 1, text: c }],
  };
}

function insertChars(r: Rng, tree: SyntaxTree): Omit<Op, 'path'> | undefined {
  const lines = plainBody(tree, true);
  if (!lines.length) return undefined;
  const range = keyOrValue(r, pick(r, lines), false)!;
  const at = between(r, range[0], range[1]);
  const text = Array.from({ length: between(r, 1, 3) }, () => pick(r, CHARS)).join('');
  return { what: `insert ${JSON.stringify(text)} at ${at}`, body: true, edits: [insertAt(at, text)] };
}

function deleteChars(r: Rng, tree: SyntaxTree): Omit<Op, 'path'> | undefined {
  const lines = plainBody(tree, true);
  const range = lines.length ? keyOrValue(r, pick(r, lines), true) : undefined;
  if (!range) return undefined;
  const start = between(r, range[0], range[1] - 1);
  const end = Math.min(range[1], start + between(r, 1, 3));
  return { what: `delete ${start}-${end}`, body: true, edits: [{ start, end, text: '' }] };
}

/** A whole line inserted before a body line (so it lands in that body). */
function insertLine(r: Rng, tree: SyntaxTree, text: string, body: boolean): Omit<Op, 'path'> | undefined {
  const lines = body ? plainBody(tree, false) : bodyLines(tree);
  if (!lines.length) return undefined;
  const at = pick(r, lines).start;
  return { what: `insert line ${JSON.stringify(text)} at ${at}`, body, edits: [insertAt(at, `${text}\n`)] };
}

function deleteOptionLine(r: Rng, tree: SyntaxTree): Omit<Op, 'path'> | undefined {
  const lines = plainBody(tree, true);
  if (!lines.length) return undefined;
  const b = pick(r, lines);
  const edit = { start: b.start, end: b.start + b.line.length, text: '' };
  return {
    what: `delete line ${b.index} ${JSON.stringify(tree.text.slice(edit.start, edit.end))}`,
    body: true,
    edits: [edit],
  };
}

/** A new line after a body line, typed one character at a time (a newline first, then the characters). */
function typeLine(r: Rng, tree: SyntaxTree): Omit<Op, 'path'> | undefined {
  const lines = plainBody(tree, false);
  if (!lines.length) return undefined;
  const at = contentEnd(pick(r, lines));
  const text = pick(r, OPTION_LINES);
  const edits = [insertAt(at, '\n'), ...[...text].map((c, i) => insertAt(at + 1 + i, c))];
  return { what: `type line ${JSON.stringify(text)} after ${at}`, body: true, edits };
}

/** A real option name typed one character at a time on a new line after a body line, then `=` and a value. */
function typeOptionName(r: Rng, tree: SyntaxTree, template = false): Omit<Op, 'path'> | undefined {
  const lines = template ? bodyLines(tree).filter((b) => b.template && !b.type) : plainBody(tree, false);
  if (!lines.length) return undefined;
  const at = contentEnd(pick(r, lines));
  const text = `${pick(r, OPTION_NAMES)}=${pick(r, ['1', 'yes', '6001', 'shared', 'from-internal'])}`;
  const edits = [insertAt(at, '\n'), ...[...text].map((c, i) => insertAt(at + 1 + i, c))];
  return { what: `type ${JSON.stringify(text)} after ${at}${template ? ' (template)' : ''}`, body: !template, edits };
}

/** A character typed into an option's name and deleted again (`aors=` -> `aorxs=` -> `aors=`). */
function renameKey(r: Rng, tree: SyntaxTree, template = false): Omit<Op, 'path'> | undefined {
  const lines = (template ? bodyLines(tree).filter((b) => b.template) : plainBody(tree, true)).filter(
    (b) => b.line.kind === 'assignment' && !b.type && b.line.assignment!.keyEnd > b.line.assignment!.keyStart,
  );
  if (!lines.length) return undefined;
  const b = pick(r, lines);
  const a = b.line.assignment!;
  const at = between(r, b.start + a.keyStart, b.start + a.keyEnd);
  const c = pick(r, ['x', '_', '1']);
  return {
    what: `${JSON.stringify(a.key)}: ${JSON.stringify(c)} typed at ${at} and deleted${template ? ' (template)' : ''}`,
    body: !template,
    edits: [insertAt(at, c), { start: at, end: at + 1, text: '' }],
  };
}

function renameHeader(r: Rng, tree: SyntaxTree): Omit<Op, 'path'> | undefined {
  const headers = headerLines(tree);
  if (!headers.length) return undefined;
  const h = pick(r, headers);
  const at = between(r, h.start + h.line.section!.nameStart, h.start + h.line.section!.nameEnd);
  return { what: `rename header at ${at}`, body: false, edits: [insertAt(at, pick(r, ['x', '1', '-']))] };
}

function changeType(r: Rng, tree: SyntaxTree): Omit<Op, 'path'> | undefined {
  const lines = bodyLines(tree).filter((b) => b.type);
  if (!lines.length) return undefined;
  const b = pick(r, lines);
  const a = b.line.assignment!;
  const t = pick(r, TYPES);
  const edit = { start: b.start + a.valueStart, end: b.start + a.valueEnd, text: t };
  return { what: `type ${JSON.stringify(a.value)} -> ${t} at ${edit.start}`, body: false, edits: [edit] };
}

/** Edits inside a template body: they reach every section inheriting the template. */
function templateEdit(r: Rng, tree: SyntaxTree): Omit<Op, 'path'> | undefined {
  const lines = bodyLines(tree).filter((b) => b.template && !b.type);
  if (!lines.length) return undefined;
  const b = pick(r, lines);
  if (r() < 0.5)
    return {
      what: `template line at ${b.start}`,
      body: false,
      edits: [insertAt(b.start, `${pick(r, OPTION_LINES)}\n`)],
    };
  const a = b.line.assignment;
  if (!a) return undefined;
  const at = between(r, b.start + a.valueStart, b.start + a.valueEnd);
  return { what: `template value insert at ${at}`, body: false, edits: [insertAt(at, pick(r, CHARS))] };
}

/** An opener or closer of a block comment written after a value (not on a line of its own). */
function inlineBlockComment(r: Rng, tree: SyntaxTree): Omit<Op, 'path'> | undefined {
  const lines = plainBody(tree, false);
  if (!lines.length) return undefined;
  const at = contentEnd(pick(r, lines));
  const text = pick(r, [' ;--', ' --;', ';-- c --;']);
  return { what: `block comment ${JSON.stringify(text)} at ${at}`, body: false, edits: [insertAt(at, text)] };
}

function deleteHeader(r: Rng, tree: SyntaxTree): Omit<Op, 'path'> | undefined {
  const headers = headerLines(tree);
  if (!headers.length) return undefined;
  const h = pick(r, headers);
  return {
    what: `delete header at ${h.start}`,
    body: false,
    edits: [{ start: h.start, end: h.start + h.line.length, text: '' }],
  };
}

type Maker = (r: Rng, tree: SyntaxTree, name: string) => Omit<Op, 'path'> | undefined;

function resetFile(_r: Rng, tree: SyntaxTree, name: string): Omit<Op, 'path'> {
  return { what: 'reset the file', body: false, edits: [{ start: 0, end: tree.text.length, text: FILES[name] }] };
}

/** In-body operations (about 80 % of the weight), then those that may (or must) fall back. */
const MAKERS: [number, Maker][] = [
  [14, replaceValueChar],
  [12, insertChars],
  [10, deleteChars],
  [14, (r, t) => insertLine(r, t, pick(r, OPTION_LINES), true)],
  [8, deleteOptionLine],
  [8, (r, t) => insertLine(r, t, pick(r, OTHER_LINES), true)],
  [14, typeLine],
  [8, (r, t) => typeOptionName(r, t)],
  [8, (r, t) => renameKey(r, t)],
  [2, (r, t) => typeOptionName(r, t, true)],
  [2, (r, t) => renameKey(r, t, true)],
  [4, renameHeader],
  [3, changeType],
  [4, (r, t) => insertLine(r, t, pick(r, STRUCTURAL_LINES), false)],
  [3, templateEdit],
  [2, inlineBlockComment],
  [2, deleteHeader],
  [2, resetFile],
];
const TOTAL_WEIGHT = MAKERS.reduce((n, [w]) => n + w, 0);

function randomOp(r: Rng, files: Files): Op {
  const path = `${DIR}/${pick(r, EDITED)}`;
  const tree = files.get(path)!.tree;
  for (;;) {
    let w = r() * TOTAL_WEIGHT;
    const maker = MAKERS.find(([weight]) => (w -= weight) < 0)![1];
    const op = maker(r, tree, path.slice(DIR.length + 1));
    if (op) return { path, ...op };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One step: apply an edit, take the edit path (or a full analysis when it falls back).

type Step = { analysis: Analysis; fallback?: string };

function applyStep(a: Analysis, files: Files, path: string, edit: TextEdit): Step {
  const old = files.get(path)!;
  const text = old.text.slice(0, edit.start) + edit.text + old.text.slice(edit.end);
  const changed: SourceFile = { path, text, tree: applyEdit(old.tree, edit) };
  files.set(path, changed);
  const r = reanalyze(a, changed);
  if ('analysis' in r) return { analysis: r.analysis };
  return { analysis: analyzeAll(files), fallback: r.fallback };
}

// ---------------------------------------------------------------------------------------------------------------
// What must agree with a fresh analysis.

type Plain = Record<string, unknown>;

function plainDiagnostics(a: Analysis): Plain[] {
  return a.diagnostics.map((d) => ({
    path: d.path,
    start: d.start,
    end: d.end,
    code: d.code,
    message: d.message,
    severity: d.severity,
    related: (d.related ?? []).map((x) => ({ path: x.path, start: x.start, end: x.end, message: x.message })),
    data: JSON.parse(JSON.stringify(d.data ?? null)),
    msg: JSON.parse(JSON.stringify(d.msg)),
  }));
}

function objectFacts(a: Analysis): string[] {
  return a.objects.map((o) => `${o.type}/${o.id}:${o.loads}:${o.failure ?? ''}`);
}

/** The option values the rules look objects up by (model/optionValues.ts), as the model's kept indexes answer. */
const INDEXED: readonly [type: string, option: string, list: boolean][] = [
  ['endpoint', 'auth', true],
  ['auth', 'password', false],
  ['endpoint', 'aors', true],
];

/** For each indexed option and each value an object has: the objects the index gives (kept ones must be current). */
function optionValueFacts(a: Analysis): string[] {
  const out: string[] = [];
  const current = new Set(a.objects);
  for (const [type, option, list] of INDEXED)
    for (const o of a.objects)
      if (o.type === type)
        for (const v of valuesOf(o, option, list)) {
          const got = a.optionValues.get(type, option, list, v);
          const ids = got.map((x) => `${x.id}${current.has(x) ? '' : '(stale)'}`).sort();
          out.push(`${type}.${option}=${v}: ${ids.join(',')}`);
        }
  return out;
}

/** Per file (by path): each block's name, lines and name offset, and each option line's offsets and value. */
function sectionFacts(a: Analysis): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of [...a.sectionsByFile.keys()].sort())
    out[p] = a.sectionsByFile.get(p)!.map((s) => {
      const own = s.own.map((e) => `${e.line}:${e.keyStart}:${e.valueStart}:${e.valueEnd}:${JSON.stringify(e.value)}`);
      return `[${s.name}]@${s.line}-${s.lastLine}:${s.nameStart} ${own.join(' ')}`;
    });
  return out;
}

/** Every file, section and option line of the analysis holds the current text (no stale SourceFile). */
function staleFiles(a: Analysis, files: Files): string[] {
  const out: string[] = [];
  for (const [p, f] of a.files) if (f.text !== files.get(p)?.text) out.push(`a.files ${p}`);
  for (const [p, sections] of a.sectionsByFile)
    for (const s of sections) {
      if (s.file.text !== files.get(p)?.text) out.push(`section [${s.name}]@${s.line} of ${p}`);
      for (const e of s.own)
        if (e.file.text !== files.get(e.file.path)?.text) out.push(`entry ${e.name}@${e.line} of ${p}`);
    }
  return out;
}

/** The first difference between two lists, as text for a failure message (deepEqual with a message shows no diff). */
function firstDifference(actual: unknown[], expected: unknown[]): string {
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    const x = JSON.stringify(actual[i]);
    const y = JSON.stringify(expected[i]);
    if (x !== y) return `#${i} of ${actual.length}/${expected.length}\n  actual:   ${x}\n  expected: ${y}`;
  }
  return 'none';
}

/** Compares with a fresh analysis; returns how many objects the fresh analysis's object checks looked at. */
function checkAgainstFresh(a: Analysis, files: Files, context: () => string): number {
  const fresh = freshAnalysis(files);
  const stale = staleFiles(a, files);
  assert.deepEqual(stale, [], `stale files: ${stale.join(', ')}\n${context()}`);
  const [ad, fd] = [plainDiagnostics(a), plainDiagnostics(fresh)];
  assert.deepEqual(ad, fd, `diagnostics differ: ${firstDifference(ad, fd)}\n${context()}`);
  const [ao, fo] = [objectFacts(a), objectFacts(fresh)];
  assert.deepEqual(ao, fo, `objects differ: ${firstDifference(ao, fo)}\n${context()}`);
  const [av, fv] = [optionValueFacts(a), optionValueFacts(fresh)];
  assert.deepEqual(av, fv, `option value indexes differ: ${firstDifference(av, fv)}\n${context()}`);
  const [asec, fsec] = [sectionFacts(a), sectionFacts(fresh)];
  assert.deepEqual(Object.keys(asec), Object.keys(fsec), `files with sections differ\n${context()}`);
  for (const p of Object.keys(fsec))
    assert.deepEqual(asec[p], fsec[p], `sections of ${p} differ: ${firstDifference(asec[p], fsec[p])}\n${context()}`);
  return fresh.rules.checked;
}

// ---------------------------------------------------------------------------------------------------------------
// The property test.

interface Counts {
  bodyEdits: number;
  bodyFast: number;
  otherEdits: number;
  otherFast: number;
  reasons: Map<string, number>;
  /** Over the edits updated in place: the objects the rules checked again, and those a full pass checks. */
  rechecked: number;
  checkedInFull: number;
}

function newCounts(): Counts {
  return { bodyEdits: 0, bodyFast: 0, otherEdits: 0, otherFast: 0, reasons: new Map(), rechecked: 0, checkedInFull: 0 };
}

function count(counts: Counts, body: boolean, step: Step): void {
  const fast = step.fallback === undefined;
  if (body) {
    counts.bodyEdits++;
    if (fast) counts.bodyFast++;
  } else {
    counts.otherEdits++;
    if (fast) counts.otherFast++;
  }
  if (!fast) counts.reasons.set(step.fallback!, (counts.reasons.get(step.fallback!) ?? 0) + 1);
}

function summary(counts: Counts): string {
  const top = [...counts.reasons]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5)
    .map(([reason, n]) => `${n}x ${JSON.stringify(reason)}`);
  return (
    `in-body edits ${counts.bodyFast}/${counts.bodyEdits} incremental, ` +
    `others ${counts.otherFast}/${counts.otherEdits} incremental; top fallbacks: ${top.join(', ')}; ` +
    `objects checked again by the rules after an in-place update: ${counts.rechecked} of ${counts.checkedInFull}`
  );
}

/** One sequence from the initial set: STEPS_PER_SEQUENCE random operations, checked after every edit. */
function runSequence(seed: number, counts: Counts): void {
  const r = rng(seed);
  const files = initialFiles();
  let a = analyzeAll(files);
  const log: string[] = [];
  const context = () =>
    `seed ${seed} (rerun alone: PJSIP_MODEL_SEED=${seed} PJSIP_MODEL_SEQUENCES=1)\n${log.join('\n')}\n` +
    [...files.values()].map((f) => `--- ${f.path}\n${f.text}`).join('');
  for (let k = 0; k < STEPS_PER_SEQUENCE; k++) {
    const op = randomOp(r, files);
    for (const edit of op.edits) {
      const step = applyStep(a, files, op.path, edit);
      a = step.analysis;
      count(counts, op.body, step);
      log.push(
        `step ${k} ${op.path.slice(DIR.length + 1)} ${op.what}: ${JSON.stringify(edit)} -> ${step.fallback === undefined ? 'incremental' : `fallback (${step.fallback})`}`,
      );
      const inFull = checkAgainstFresh(a, files, context);
      if (step.fallback === undefined) {
        counts.rechecked += a.rules.checked;
        counts.checkedInFull += inFull;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Fixed cases.

interface FixedCase {
  name: string;
  file: string;
  /** Edits, each given by the text it changes (its first occurrence) and what that text becomes. */
  edits: { find: string; replace: string }[];
  incremental: boolean;
  /** `code@text` of diagnostics that must be in the result (in the edited file), with the range's text. */
  expect?: string[];
  /** `code@text` of diagnostics that must not be in the result (in the edited file). */
  absent?: string[];
}

const FIXED: FixedCase[] = [
  {
    name: 'max_contacts=1 -> 0 in an aor',
    file: 'pjsip.endpoints.conf',
    edits: [{ find: 'max_contacts=1', replace: 'max_contacts=0' }],
    incremental: true,
  },
  {
    name: 'fixing a bad value in an aor',
    file: 'pjsip.endpoints.conf',
    edits: [{ find: 'max_contacts=abc', replace: 'max_contacts=3' }],
    incremental: true,
    absent: ['invalid-value@abc'],
  },
  {
    name: 'an auth reference to a missing auth',
    file: 'pjsip.endpoints.conf',
    edits: [{ find: 'auth=6001', replace: 'auth=missing' }],
    incremental: true,
    expect: ['unresolved-reference@missing'],
  },
  {
    name: 'deleting an option line',
    file: 'pjsip.endpoints.conf',
    edits: [{ find: 'qualify_frequency=30\n', replace: '' }],
    incremental: true,
  },
  {
    name: 'a wrong outbound_auth in a registration',
    file: 'pjsip.conf',
    edits: [{ find: 'outbound_auth=trunk-auth', replace: 'outbound_auth=nope' }],
    incremental: true,
    expect: ['unresolved-reference@nope'],
  },
  {
    name: 'a template line: every endpoint built from it is checked again',
    file: 'pjsip.conf',
    edits: [{ find: 'direct_media=no', replace: 'direct_media=maybe' }],
    incremental: true,
    expect: ['invalid-value@maybe'],
  },
  {
    name: 'a line in a (+) block',
    file: 'pjsip.endpoints.conf',
    edits: [{ find: 'callerid=Bob <6002>', replace: 'callerid=Bob <6002>\nbogus_too=1' }],
    incremental: true,
    expect: ['unknown-option@bogus_too'],
  },
  {
    name: 'a wizard line: what it generates is built again',
    file: 'pjsip_wizard.conf',
    edits: [
      { find: 'endpoint/context=from-trunk', replace: 'endpoint/context=from-trunk\nendpoint/dtmf_mode=nonsense' },
    ],
    incremental: true,
    expect: ['invalid-value@nonsense'],
  },
  {
    name: 'aors= -> aorxs= in an endpoint: it stops loading (its aor is reported unused), and back',
    file: 'pjsip.endpoints.conf',
    edits: [
      { find: 'aors=6001', replace: 'aorxs=6001' },
      { find: 'aorxs=6001', replace: 'aors=6001' },
      { find: 'aors=6001', replace: 'aorxs=6001' },
    ],
    incremental: true,
    expect: ['unknown-option@aorxs'],
  },
  {
    name: 'an option name typed into a template: every endpoint built from it stops loading, and starts again',
    file: 'pjsip.conf',
    edits: [
      { find: 'direct_media=no', replace: 'direct_mxedia=no' },
      { find: 'direct_mxedia=no', replace: 'direct_media=no' },
    ],
    incremental: true,
  },
  {
    name: 'a wizard key: what it generates stops loading',
    file: 'pjsip_wizard.conf',
    edits: [{ find: 'endpoint/context=from-internal', replace: 'endpoint/contxext=from-internal' }],
    incremental: true,
    expect: ['unknown-option@contxext'],
  },
  {
    name: 'the first endpoint naming a shared aor stops loading: the next one reports it',
    file: 'pjsip.endpoints.conf',
    edits: [{ find: 'auth=6004\naors=shared', replace: 'auth=6004\naors=shared\nbogus=1' }],
    incremental: true,
    expect: ['aor-rejects-registrations@shared'],
  },
  {
    name: "an endpoint sets the context its template gives: the others' finding moves to their names",
    file: 'pjsip.endpoints.conf',
    edits: [{ find: 'aors=6007', replace: 'aors=6007\ncontext=from-internal' }],
    incremental: true,
    expect: ['unknown-context@6006'],
    absent: ['unknown-context@desk'],
  },
  {
    name: 'five auths share a password, then the last one gets its own: the first no longer counts it',
    file: 'pjsip.auth.conf',
    edits: [
      { find: 'password=one', replace: 'password=four' },
      { find: 'password=two', replace: 'password=four' },
      { find: 'password=eight', replace: 'password=four' },
      { find: 'username=6008\npassword=four', replace: 'username=6008\npassword=nine' },
    ],
    incremental: true,
    expect: ['shared-password@four'],
    absent: ['shared-password@nine'],
  },
  {
    name: 'a suppression comment typed above a finding, and removed again',
    file: 'pjsip.endpoints.conf',
    edits: [
      { find: 'context=nowhere', replace: '; pjsip-disable-next-line unknown-context\ncontext=nowhere' },
      { find: '; pjsip-disable-next-line unknown-context\ncontext=nowhere', replace: 'context=nowhere' },
      { find: 'context=nowhere', replace: '; pjsip-disable-next-line unknown-context\ncontext=nowhere' },
    ],
    incremental: true,
    absent: ['unknown-context@nowhere'],
  },
  {
    name: 'an identify named in a wizard endpoint and a changed transport address',
    file: 'pjsip.conf',
    edits: [
      { find: 'endpoint=6001', replace: 'endpoint=6004' },
      { find: 'bind=0.0.0.0:5063\nexternal_signaling_address=203.0.113.1', replace: 'bind=0.0.0.0:5063' },
    ],
    incremental: true,
    expect: ['address-with-port@203.0.113.1:5062'],
  },
  {
    name: 'a wizard that stops sending registrations makes other objects: in full',
    file: 'pjsip_wizard.conf',
    edits: [{ find: 'sends_registrations=yes', replace: 'sends_registrations=no' }],
    incremental: false,
  },
  {
    name: 'renaming a header',
    file: 'pjsip.endpoints.conf',
    edits: [{ find: '[6001](phone-tpl)', replace: '[6011](phone-tpl)' }],
    incremental: false,
  },
  {
    name: 'changing a type',
    file: 'pjsip.auth.conf',
    edits: [{ find: 'type=auth', replace: 'type=aor' }],
    incremental: false,
  },
  {
    name: 'an #include line in a body',
    file: 'pjsip.auth.conf',
    edits: [{ find: 'password=two\n', replace: 'password=two\n#include pjsip.endpoints.conf\n' }],
    incremental: false,
  },
  {
    name: 'a block comment opener',
    file: 'pjsip.endpoints.conf',
    edits: [{ find: 'callerid=Alice <6001>\n', replace: 'callerid=Alice <6001>\n;--\n' }],
    incremental: false,
  },
];

/**
 * The edit that turns the first `find` in `text` into `replace`, as small as an editor sends it:
 * the common beginning and end are left alone.
 */
function editOf(text: string, e: FixedCase['edits'][number]): TextEdit {
  const at = text.indexOf(e.find);
  assert.ok(at >= 0, `${JSON.stringify(e.find)} not in the text`);
  let head = 0;
  while (head < e.find.length && head < e.replace.length && e.find[head] === e.replace[head]) head++;
  let tail = 0;
  const room = Math.min(e.find.length, e.replace.length) - head;
  while (tail < room && e.find[e.find.length - 1 - tail] === e.replace[e.replace.length - 1 - tail]) tail++;
  return { start: at + head, end: at + e.find.length - tail, text: e.replace.slice(head, e.replace.length - tail) };
}

function diagStrings(a: Analysis, files: Files, path: string): string[] {
  const text = files.get(path)!.text;
  return a.diagnostics.filter((d) => d.path === path).map((d) => `${d.code}@${text.slice(d.start, d.end)}`);
}

function runFixed(c: FixedCase): void {
  const files = initialFiles();
  const path = `${DIR}/${c.file}`;
  let a = analyzeAll(files);
  for (const e of c.edits) {
    const step = applyStep(a, files, path, editOf(files.get(path)!.text, e));
    assert.equal(step.fallback === undefined, c.incremental, `${c.name}: fallback ${JSON.stringify(step.fallback)}`);
    a = step.analysis;
    checkAgainstFresh(a, files, () => `${c.name}\n${files.get(path)!.text}`);
  }
  const got = diagStrings(a, files, path);
  for (const x of c.expect ?? []) assert.ok(got.includes(x), `${c.name}: no ${x} in ${JSON.stringify(got)}`);
  for (const x of c.absent ?? []) assert.ok(!got.includes(x), `${c.name}: ${x} still there`);
}

suite('incremental model (reanalyze)', () => {
  for (const c of FIXED) test(`fixed: ${c.name}`, () => runFixed(c));

  test('typing each real option name one character at a time: every prefix is updated in place and equals fresh', () => {
    for (const name of OPTION_NAMES.filter((n) => !n.includes('/'))) {
      const files = initialFiles();
      const path = `${DIR}/pjsip.endpoints.conf`;
      let a = analyzeAll(files);
      const typed = `\n${name}=1`;
      const at = files.get(path)!.text.indexOf('aors=6007') + 'aors=6007'.length;
      for (let i = 0; i < typed.length; i++) {
        const step = applyStep(a, files, path, insertAt(at + i, typed[i]));
        assert.equal(step.fallback, undefined, `after ${JSON.stringify(typed.slice(0, i + 1))}`);
        a = step.analysis;
        checkAgainstFresh(a, files, () => `typed ${JSON.stringify(typed.slice(0, i + 1))}\n${files.get(path)!.text}`);
      }
    }
  });

  test('typing bogus=1 into an endpoint body reports the unknown option at its range, incrementally', () => {
    const files = initialFiles();
    const path = `${DIR}/pjsip.endpoints.conf`;
    let a = analyzeAll(files);
    const at = files.get(path)!.text.indexOf('aors=6001') + 'aors=6001'.length;
    const typed = '\nbogus=1';
    for (let i = 0; i < typed.length; i++) {
      const step = applyStep(a, files, path, insertAt(at + i, typed[i]));
      assert.equal(step.fallback, undefined, `after ${JSON.stringify(typed.slice(0, i + 1))}`);
      a = step.analysis;
      checkAgainstFresh(a, files, () => `typed ${JSON.stringify(typed.slice(0, i + 1))}\n${files.get(path)!.text}`);
    }
    const d = a.diagnostics.find((x) => x.path === path && x.code === 'unknown-option' && x.start === at + 1);
    assert.ok(d, `no unknown-option at ${at + 1}: ${JSON.stringify(diagStrings(a, files, path))}`);
    assert.equal(d.end, at + 1 + 'bogus'.length);
  });

  test('after every random edit the analysis equals a fresh one', { timeout: patient(300_000) }, (t) => {
    const sequences = Number(process.env.PJSIP_MODEL_SEQUENCES ?? 80);
    const first = Number(process.env.PJSIP_MODEL_SEED ?? 20261203);
    const counts = newCounts();
    for (let k = 0; k < sequences; k++) runSequence(first + k, counts);
    t.diagnostic(summary(counts));
    // A few sequences may land mostly on files the edit path leaves to a full analysis: judge large runs only.
    if (counts.bodyEdits >= MIN_EDITS_JUDGED) {
      assert.ok(
        counts.bodyFast >= counts.bodyEdits * 0.5,
        `only ${counts.bodyFast} of ${counts.bodyEdits} in-body edits took the edit path (seeds ${first}..${first + sequences - 1})`,
      );
      // ... and the rules checked again only what the updates concerned (so equal to fresh is not by checking all)
      assert.ok(
        counts.rechecked <= counts.checkedInFull * 0.5,
        `the rules checked ${counts.rechecked} objects again where full passes check ${counts.checkedInFull}`,
      );
    }
  });
});
