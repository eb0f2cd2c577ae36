/**
 * One glossary test over every Simplified Chinese string the user reads (server/src/i18n/zh-cn/glossary.md, its
 * lists in glossary.ts): no Latin words outside names, values, codes and the kept terms; one colon style; no space
 * next to Chinese punctuation. Data-driven, so that new texts are checked without a line here: every `zh*` export
 * of the i18n modules (catalogues, rule docs, snippets, labels), the message catalogue rendered with marker params,
 * the nls and l10n files, the generated Chinese rule page, and what a zh-cn session renders for a realistic office
 * config (diagnostics, hovers, completion, quick fixes, code lenses, explained log lines, the status bar, the CLI).
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFolder, type Analysis } from '../server/src/analysis/analyze';
import { diskProvider } from '../server/src/node/fsProvider';
import { catalogue, renderMessage, renderPart, type Render } from '../server/src/i18n/messages';
import { allTypes, codecs, wizardPrefixes } from '../server/src/schema/schema';
import { allRules } from '../server/src/rules/registry';
import { hover } from '../server/src/features/hover';
import { complete } from '../server/src/features/completion';
import { codeActions } from '../server/src/features/codeActions';
import { codeLenses } from '../server/src/features/symbols';
import { explainInGeneral, explainLogLine } from '../server/src/features/explainLog';
import { SECTION_HOVER_LABELS } from '../server/src/i18n/sectionHover';
import { CLI_USAGE } from '../server/src/i18n/ui/cliTexts';
import { runCli } from '../server/src/cli';
import { glossaryProblems } from './helpers/glossary';

const ROOT = path.resolve(__dirname, '../..');
const OFFICE = path.join(ROOT, 'test/fixtures/office');

/** Names a Chinese text keeps as plain words: types, options, values, codecs, rule ids, wizard prefixes. */
const NAMES = new Set<string>();
for (const t of allTypes()) {
  NAMES.add(t.name.toLowerCase());
  for (const o of t.options) {
    NAMES.add(o.name.toLowerCase());
    for (const v of o.values ?? []) NAMES.add(v.toLowerCase());
  }
}
for (const c of codecs()) NAMES.add(c.name.toLowerCase());
for (const r of allRules()) NAMES.add(r.id);
for (const p of wizardPrefixes()) NAMES.add(p.prefix.replace(/\/$/, ''));
// the values of our own settings: languages, severities, format styles
for (const v of ['auto', 'en', 'zh-cn', 'spaced', 'compact', 'error', 'warning', 'information', 'hint', 'off'])
  NAMES.add(v);
// pjsip-check's formats and the fields of its JSON rows
for (const v of ['text', 'json', 'sarif', 'github', 'file', 'line', 'col', 'column', 'endline', 'endcolumn'])
  NAMES.add(v);
for (const v of ['severity', 'code', 'message']) NAMES.add(v);

/** Every string in a value (objects and arrays walked, functions left to the renders below). */
function strings(x: unknown, at: string, out: [string, string][]): void {
  if (typeof x === 'string') out.push([at, x]);
  else if (Array.isArray(x)) x.forEach((v, i) => strings(v, `${at}[${i}]`, out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) strings(v, `${at}.${k}`, out);
}

/** The compiled i18n modules, every export whose name says it is Chinese (`zh...`). */
function catalogueTexts(): [string, string][] {
  const out: [string, string][] = [];
  const dir = path.join(ROOT, 'out/server/src/i18n');
  const walk = (d: string): string[] =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  for (const file of walk(dir).filter((f) => f.endsWith('.js'))) {
    const mod = require(file) as Record<string, unknown>; // eslint-disable-line @typescript-eslint/no-require-imports
    for (const [name, value] of Object.entries(mod))
      if (/^zh[A-Z]/.test(name)) strings(value, `${path.relative(dir, file)}:${name}`, out);
  }
  strings(CLI_USAGE['zh-cn'], 'CLI_USAGE', out);
  const labels = SECTION_HOVER_LABELS['zh-cn'];
  for (const [k, v] of Object.entries(labels))
    out.push([
      `sectionHover.${k}`,
      typeof v === 'function' ? (v as (...a: unknown[]) => string)('⟦x⟧', '⟦y⟧', '⟦z⟧') : v,
    ]);
  return out;
}

/** Every message and phrase of the catalogue, rendered with marker params (each param reads `⟦name⟧`). */
function messageTexts(): [string, string][] {
  const markers = new Proxy(
    {},
    {
      get: (_, name) =>
        typeof name === 'string' ? Object.assign([`⟦${name}⟧`], { toString: () => `⟦${name}⟧` }) : undefined,
    },
  );
  const t: Render = (x) => (x === undefined ? '' : typeof x === 'object' && 'part' in x ? `⟦${x.part}⟧` : `${x}`);
  const zh = catalogue('zh-cn');
  const out: [string, string][] = [];
  for (const table of [zh.messages, zh.phrases] as Record<string, (p: unknown, r: Render) => string>[])
    for (const [k, f] of Object.entries(table)) out.push([`message ${k}`, f(markers, t)]);
  return out;
}

function fileTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const f of ['package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json'])
    for (const [k, v] of Object.entries(JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8')) as object))
      out.push([`${f}:${k}`, String(v)]);
  const page = fs.readFileSync(path.join(ROOT, 'docs/zh-cn/rules.md'), 'utf8');
  for (const part of page.split(/\n(?=## )/)) out.push([`docs/zh-cn/rules.md ${part.split('\n')[0]}`, part]);
  return out;
}

const LOG_LINES = [
  "Fatal response '403' received from 'sip:sip.example.com' on registration attempt to 'sip:office@sip.example.com', stopping outbound registration",
  "Temporal response '503' received from 'sip:sip.example.com' on registration attempt to 'sip:office@sip.example.com', retrying in '60'",
  "No response received from 'sip:sip.example.com' on registration attempt to 'sip:office@sip.example.com', retrying in '60'",
  "Maximum retries reached when attempting outbound registration to 'sip:sip.example.com' with client 'sip:office@sip.example.com', stopping registration attempt",
  "Could not find option suitable for category 'itsp' named 'max_contacts' at line 98 of ",
  "Could not create an object of type 'endpoint' with id 'itsp' from configuration file 'pjsip.conf'",
  'Error parsing dtmf_mode=inbnad at line 53 of /etc/asterisk/pjsip.conf',
  'Error parsing local_net=192.168.1.0/24 at line 12 of /etc/asterisk/pjsip.conf',
];

/** What a zh-cn session shows for the office config: at every line, every place a feature answers. */
function renderedTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const version of [undefined, '20.7']) {
    const a: Analysis = analyzeFolder(OFFICE, diskProvider(), [], undefined, version);
    const v = version ?? 'newest';
    for (const d of a.diagnostics) {
      out.push([`diagnostic ${d.code} (${v})`, renderMessage('zh-cn', d.msg)]);
      for (const r of d.related ?? []) out.push([`related ${d.code}`, renderPart('zh-cn', r.msg)]);
    }
    for (const file of a.files.values()) {
      const opts = { locale: 'zh-cn' as const };
      for (const act of codeActions(a, file, a.diagnostics, opts)) out.push([`quick fix (${v})`, act.title]);
      for (const l of codeLenses(a, file, 'zh-cn')) out.push([`code lens ${file.path}`, l.title]);
      const { lines, lineStarts } = file.tree;
      for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        const spots = new Set<number>([lineStarts[i] + Math.max(0, l.codeStart) + 1]);
        const as = l.assignment;
        if (as) {
          spots.add(lineStarts[i] + as.valueStart + 1);
          spots.add(lineStarts[i] + as.valueEnd);
        }
        for (const at of spots) {
          const h = hover(a, file, at, opts);
          if (h) out.push([`hover ${path.basename(file.path)}:${i + 1}`, h.markdown]);
          for (const c of complete(a, file, at, opts)) {
            if (c.detail) out.push([`completion detail ${c.label}`, c.detail]);
            if (c.documentation) out.push([`completion doc ${c.label}`, c.documentation]);
          }
        }
      }
    }
    for (const line of LOG_LINES) {
      const e = explainLogLine(a, line, 'zh-cn');
      out.push([`explain ${line.slice(0, 30)}`, e?.markdown ?? explainInGeneral(line, 'zh-cn') ?? '']);
    }
  }
  out.push(['explain, nothing matched', explainInGeneral(LOG_LINES[0].replace('office@', 'nobody@'), 'zh-cn')!]);
  const cli = runCli(['--lang', 'zh-cn', OFFICE], ROOT, { PATH: '' });
  for (const l of `${cli.stdout}${cli.stderr}`.split('\n')) out.push(['pjsip-check', l]);
  return out;
}

suite('glossary: every Chinese text', () => {
  for (const [what, texts] of [
    ['the i18n catalogues, rule docs, snippets and labels', catalogueTexts],
    ['the message catalogue', messageTexts],
    ['the nls and l10n files and the Chinese rule page', fileTexts],
    ['what a zh-cn session renders for the office config', renderedTexts],
  ] as const) {
    test(what, () => {
      const all = texts();
      assert.ok(all.length > 20, `${all.length} texts`);
      const seen = new Set<string>();
      const bad: string[] = [];
      for (const [where, text] of all) {
        if (seen.has(text)) continue;
        seen.add(text);
        const problems = glossaryProblems(text, NAMES);
        if (problems.length) bad.push(`${where}: ${problems.join('; ')}\n    ${text.replace(/\n/g, '\n    ')}`);
      }
      assert.deepEqual(bad, []);
    });
  }

  test('the checker itself: what it flags and what it lets through', () => {
    const flags = (t: string) => glossaryProblems(t, NAMES);
    assert.deepEqual(flags("改为 'digest'（需要 20.12.0、21.7.0 或 23）"), []);
    assert.deepEqual(flags("改为 'digest'（needs 20.12.0, 21.7.0 or 23）"), ['Latin words: needs, or']);
    assert.deepEqual(flags('被引用 1 处：`transport` in `[phone-ep]`'), ['Latin words: in']);
    assert.deepEqual(flags('- **取值:** 一个整数'), ['an ASCII colon after Chinese (write ：)']);
    assert.deepEqual(flags('收到 404 及其他致命响应码 时立即停止'), [
      'a space between two Chinese characters: "码 时"',
    ]);
    assert.deepEqual(flags('继承： `[x]`'), ['a space next to Chinese punctuation: "承： Ⓧ"']);
    assert.deepEqual(flags('| 403 | 立即停止 |'), []);
    assert.deepEqual(flags('**修复：** 改写这一行'), []);
    assert.deepEqual(flags('修改配置档'), ['配置档: write 配置文件']);
    assert.deepEqual(flags('endpoint 的 codec 列表'), ['Latin words: codec']);
    assert.deepEqual(flags('编解码器（codec）列表，用 Asterisk 的 SIP transport'), []);
  });
});
