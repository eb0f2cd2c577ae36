/**
 * Everything the user reads outside diagnostic messages, in English and Simplified Chinese: quick-fix titles, the
 * rule docs, the VS Code manifest (package.nls*.json) and the snippets. Each fails on a missing or untranslated
 * text, or on a name, value, number, placeholder or quoted Asterisk log line one language has and the other lacks.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { enQuickFixTitles, zhQuickFixTitles } from '../server/src/i18n/ui/quickFixTitles';
import { zhRuleDocs, type ZhRuleDoc } from '../server/src/i18n/rules/zh-cn';
import { zhSnippets } from '../server/src/i18n/ui/snippets';
import { SNIPPETS } from '../server/src/features/snippets';
import { enStatusTexts, zhStatusTexts } from '../server/src/i18n/ui/statusTexts';
import { CLI_USAGE, enCliTexts, zhCliTexts } from '../server/src/i18n/ui/cliTexts';
import { enExplainTexts, zhExplainTexts } from '../server/src/i18n/ui/explainTexts';
import { enWhoTexts, zhWhoTexts } from '../server/src/i18n/ui/whoTexts';
import { enCompletionTexts, zhCodecMedia, zhCompletionTexts } from '../server/src/i18n/ui/completionTexts';
import { enNavigationTexts, zhNavigationTexts, zhNotifyMeanings } from '../server/src/i18n/ui/navigationTexts';
import { enNotifyMeanings } from '../server/src/features/notify';
import { codecs } from '../server/src/schema/schema';
import { allRules } from '../server/src/rules/registry';
import { MemoryLsp } from './helpers/memoryLsp';
import { uri } from './helpers/lsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const CJK = /[\u4e00-\u9fff]/;

/**
 * What a translation keeps as written: `code`, {placeholder}, ${variable}, %key%, <name>, "quoted log lines",
 * option_names, numbers.
 */
function names(s: string): string[] {
  const re = /`[^`]+`|\$?\{\w+\}|%[\w.]+%|<[\w -]+>|"[^"]+"|\b[a-z]+(?:_[a-z0-9]+)+\b|\b\d+(?:\.\d+)?\b/g;
  return [...new Set([...s.matchAll(re)].map((m) => m[0]))].sort();
}

/** Words the glossary keeps in English: object types and protocol names (`UDP transport`, `WebRTC endpoint`). */
const KEPT = /`[^`]*`|\b(?:endpoint|aors?|auth|transport|identify|registration|wizard|contact)\b|\b[A-Z]\w*[A-Z]\w*\b/g;

/** A text that is all names, values, paths and kept terms (`key = value`, `PJSIP`, `UDP transport`) may stay. */
function onlyNames(s: string): boolean {
  return /^\.\/[\w./-]+$/.test(s) || !/\b[A-Za-z]{3,}\s+[a-z]{2,}\b/.test(s.replace(KEPT, ''));
}

/** Quoted texts that are ours, not Asterisk's, and so are translated: a quick-fix title quoted in the rule docs. */
const TRANSLATED_QUOTES = new Set([`"${enQuickFixTitles.keepRetrying}"`]);

interface Pair {
  key: string;
  en: string;
  zh: string | undefined;
}

/** The problems of a list of pairs: missing, the English text, not Chinese, a name dropped or added. */
function problems(pairs: Pair[]): string[] {
  const out: string[] = [];
  for (const { key, en, zh } of pairs) {
    if (!zh) out.push(`${key}: no zh-cn text`);
    else if (!onlyNames(en) && zh === en) out.push(`${key}: zh-cn text is the English one`);
    else if (!onlyNames(en) && !CJK.test(zh)) out.push(`${key}: zh-cn text is not Chinese`);
    else {
      const [a, b] = [names(en), names(zh)];
      const lost = a.filter((n) => !b.includes(n) && !TRANSLATED_QUOTES.has(n)),
        added = b.filter((n) => !a.includes(n) && /^[{$%]/.test(n));
      if (lost.length || added.length) out.push(`${key}: lacks ${lost.join(' ')} adds ${added.join(' ')}`);
    }
  }
  return out;
}

function cataloguePairs(en: Record<string, string>, zh: Record<string, string>): () => Pair[] {
  return () => Object.entries(en).map(([key, text]) => ({ key, en: text, zh: zh[key] }));
}

function ruleDocPairs(): Pair[] {
  const out: Pair[] = [];
  for (const r of allRules()) {
    const zh = (zhRuleDocs as Record<string, ZhRuleDoc | undefined>)[r.id];
    for (const f of ['summary', 'asterisk', 'fix', 'where'] as const)
      if (r[f] !== undefined) out.push({ key: `${r.id}.${f}`, en: r[f], zh: zh?.[f] });
    for (const [v, { when }] of Object.entries(r.variants ?? {}))
      out.push({ key: `${r.id}.variants.${v}`, en: when, zh: zh?.variants?.[v] });
  }
  return out;
}

const manifestText = read('package.json');
const nls = {
  en: JSON.parse(read('package.nls.json')) as Record<string, string>,
  zh: JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>,
};

function nlsPairs(): Pair[] {
  return Object.entries(nls.en).map(([key, en]) => ({ key, en, zh: nls.zh[key] }));
}

/** The client's own texts: each `vscode.l10n.t('...')` in client/src, and its entry in the zh-cn bundle. */
const clientBundle = JSON.parse(read('l10n/bundle.l10n.zh-cn.json')) as Record<string, string>;
function clientTexts(): string[] {
  const src = fs
    .readdirSync(path.join(ROOT, 'client/src'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => read(`client/src/${f}`))
    .join('\n');
  return [...src.matchAll(/vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]);
}

function clientPairs(): Pair[] {
  return clientTexts().map((en) => ({ key: en, en, zh: clientBundle[en] }));
}

function snippetPairs(): Pair[] {
  return SNIPPETS.flatMap((s) => [
    { key: `${s.name} (name)`, en: s.name, zh: zhSnippets[s.name]?.name },
    { key: `${s.name} (description)`, en: s.description, zh: zhSnippets[s.name]?.description },
  ]);
}

suite('i18n ui: every text in Chinese', () => {
  for (const [what, pairs] of [
    ['quick-fix title', cataloguePairs(enQuickFixTitles, zhQuickFixTitles)],
    ['status bar and version picker text', cataloguePairs(enStatusTexts, zhStatusTexts)],
    [
      'pjsip-check note, error and help text',
      cataloguePairs({ ...enCliTexts, usage: CLI_USAGE.en }, { ...zhCliTexts, usage: CLI_USAGE['zh-cn'] }),
    ],
    ['log-line explanation', cataloguePairs(enExplainTexts, zhExplainTexts)],
    ['who-answers path and reachability hover', cataloguePairs(enWhoTexts, zhWhoTexts)],
    ['completion detail and documentation', cataloguePairs(enCompletionTexts, zhCompletionTexts)],
    ['codec media name', cataloguePairs(Object.fromEntries(codecs().map((c) => [c.media, c.media])), zhCodecMedia)],
    ['dialplan, notify, code lens and rename text', cataloguePairs(enNavigationTexts, zhNavigationTexts)],
    ['pjsip_notify.conf event and key meaning', cataloguePairs(enNotifyMeanings, zhNotifyMeanings)],
    ['rule doc', ruleDocPairs],
    ['package.nls key', nlsPairs],
    ['snippet name and description', snippetPairs],
    ['client text (l10n bundle)', clientPairs],
  ] as const)
    test(`every ${what} has a Chinese text that keeps its names and placeholders`, () => {
      const list = pairs();
      assert.ok(list.length >= 3, `only ${list.length}: ${what}s not found`);
      assert.deepEqual(problems(list), []);
    });

  test('the checks catch what they should', () => {
    assert.deepEqual(problems([{ key: 'k', en: 'Add {options} now', zh: '添加' }]), ['k: lacks {options} adds ']);
    assert.deepEqual(problems([{ key: 'k', en: 'Remove the line', zh: 'Remove the line' }]), [
      'k: zh-cn text is the English one',
    ]);
    assert.deepEqual(problems([{ key: 'k', en: 'Asterisk logs "Error parsing" here', zh: '记录 "解析错误"' }]), [
      'k: lacks "Error parsing" adds ',
    ]);
    assert.deepEqual(problems([{ key: 'k', en: 'key = value', zh: 'key = value' }]), []);
  });

  test('no Chinese text without an English one', () => {
    assert.deepEqual(Object.keys(zhQuickFixTitles).sort(), Object.keys(enQuickFixTitles).sort());
    assert.deepEqual(Object.keys(zhStatusTexts).sort(), Object.keys(enStatusTexts).sort());
    assert.deepEqual(Object.keys(zhCliTexts).sort(), Object.keys(enCliTexts).sort());
    assert.deepEqual(Object.keys(zhExplainTexts).sort(), Object.keys(enExplainTexts).sort());
    assert.deepEqual(Object.keys(zhWhoTexts).sort(), Object.keys(enWhoTexts).sort());
    assert.deepEqual(Object.keys(zhCompletionTexts).sort(), Object.keys(enCompletionTexts).sort());
    assert.deepEqual(Object.keys(zhCodecMedia).sort(), [...new Set(codecs().map((c) => c.media))].sort());
    for (const zh of Object.values(zhCodecMedia)) assert.match(zh, CJK);
    assert.deepEqual(Object.keys(zhNavigationTexts).sort(), Object.keys(enNavigationTexts).sort());
    assert.deepEqual(Object.keys(zhNotifyMeanings).sort(), Object.keys(enNotifyMeanings).sort());
    assert.deepEqual(
      Object.keys(clientBundle).sort(),
      [...new Set(clientTexts())].sort(),
      'l10n bundle = client texts',
    );
    assert.deepEqual(
      Object.keys(zhRuleDocs).sort(),
      allRules()
        .map((r) => r.id)
        .sort(),
    );
    assert.deepEqual(Object.keys(nls.zh).sort(), Object.keys(nls.en).sort());
    assert.deepEqual(Object.keys(zhSnippets).sort(), SNIPPETS.map((x) => x.name).sort());
  });

  test('rule docs: `where` and the variants exactly where the English has them', () => {
    for (const r of allRules()) {
      const zh = (zhRuleDocs as Record<string, ZhRuleDoc>)[r.id];
      assert.equal(zh.where !== undefined, r.where !== undefined, r.id);
      assert.deepEqual(Object.keys(zh.variants ?? {}).sort(), Object.keys(r.variants ?? {}).sort(), r.id);
    }
  });

  test('docs/zh-cn/rules.md has the anchors of docs/rules.md and links back', () => {
    const anchors = (md: string) => [...md.matchAll(/^## (\S+)$/gm)].map((m) => m[1]);
    const zh = read('docs/zh-cn/rules.md');
    assert.deepEqual(anchors(zh), anchors(read('docs/rules.md')));
    assert.equal(anchors(zh).length, allRules().length);
    assert.match(zh, /^\[English\]\(\.\.\/rules\.md\)$/m);
  });
});

suite('i18n ui: the VS Code manifest', () => {
  const used = [...manifestText.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);

  test('every %key% of package.json is in both nls files, and every nls key is used', () => {
    assert.ok(used.length >= 20, `${used.length} keys`);
    assert.deepEqual(
      used.filter((k) => !(k in nls.en) || !(k in nls.zh)),
      [],
    );
    assert.deepEqual(
      Object.keys(nls.en).filter((k) => !used.includes(k)),
      [],
    );
  });

  test('no text the user reads is left in package.json itself', () => {
    const pkg = JSON.parse(manifestText);
    const texts: string[] = [pkg.displayName, pkg.description, pkg.capabilities.virtualWorkspaces.description];
    for (const c of pkg.contributes.commands) texts.push(c.title, c.category);
    for (const p of Object.values<Json>(pkg.contributes.configuration.properties))
      for (const f of ['description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions'])
        if (p[f] !== undefined) texts.push(...[p[f]].flat());
    assert.deepEqual(
      texts.filter((t) => !/^%[\w.]+%$/.test(t)),
      [],
    );
  });

  test('.vscodeignore ships the nls files and rule docs', () => {
    const ignore = read('.vscodeignore').split('\n');
    for (const f of ['package.nls.json', 'package.nls.zh-cn.json', 'docs/zh-cn/rules.md'])
      assert.ok(ignore.includes(`!${f}`), f);
  });
});

suite('i18n ui: over LSP', () => {
  const text = '[6001]\ntype=endpoint\ndirect_medai=no\n';

  async function fixesWith(locale: string | undefined, settings: Json): Promise<{ titles: string[]; href: string }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-i18n-ui-'));
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), text);
    const lsp = new MemoryLsp();
    try {
      await lsp.initialize(dir, settings, 'lsp-test', locale ? { locale } : {});
      const u = uri(path.join(dir, 'pjsip.conf'));
      const diags = lsp.waitForDiagnostics(u, (d) => d.length > 0);
      lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text } });
      const d = (await diags).find((x: Json) => x.code === 'unknown-option');
      const actions = await lsp.request('textDocument/codeAction', {
        textDocument: { uri: u },
        range: d.range,
        context: { diagnostics: [d] },
      });
      return { titles: actions.map((a: Json) => a.title), href: d.codeDescription?.href ?? '' };
    } finally {
      await lsp.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test('a zh-CN client gets Chinese quick-fix titles and the Chinese rule page', async () => {
    const { titles, href } = await fixesWith('zh-CN', null);
    assert.deepEqual(titles, ["改为 'direct_media'", '在此行停用 unknown-option']);
    assert.match(href, /^file:.*\/docs\/zh-cn\/rules\.md#unknown-option$/);
  });

  test('an English client gets English; pjsip.language wins over the client locale', async () => {
    const en = await fixesWith('en-US', null);
    assert.deepEqual(en.titles, ["Change to 'direct_media'", 'Disable unknown-option for this line']);
    assert.match(en.href, /\/docs\/rules\.md#unknown-option$/);
    assert.deepEqual((await fixesWith('zh-cn', { language: 'en' })).titles[0], "Change to 'direct_media'");
    assert.deepEqual((await fixesWith('en', { language: 'zh-cn' })).titles[0], "改为 'direct_media'");
  });

  test('a Chinese client gets the status bar item and the version picker in Chinese', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-i18n-ui-'));
    const lsp = new MemoryLsp();
    try {
      const status = lsp.waitFor('pjsip/targetVersion');
      await lsp.initialize(dir, null, 'lsp-test', { locale: 'zh-cn' });
      const s = await status;
      assert.equal(s.text, 'Asterisk 23.4.1？');
      assert.match(s.tooltip, /^未设置 Asterisk 版本：PJSIP 按最新发行版（\d+\.\d+\.\d+）给出结果/);
      assert.deepEqual(
        s.choices.map((c: Json) => c.description.replace(/[\d.]+|[0-9a-f]{10}/g, 'N')),
        [
          '最新发行版 N',
          '最新发行版 N',
          '最新发行版 N',
          '最新发行版 N',
          '最新发行版 N',
          '最新发行版 N',
          '开发版的最新提交 N',
          '最新发行版（N）；建议中会注明哪些需要较新的版本',
        ],
      );
      assert.equal(s.choices.at(-1).label, '不设置版本');
    } finally {
      await lsp.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
