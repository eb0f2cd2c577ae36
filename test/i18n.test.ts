/** Simplified Chinese next to English: every text has a translation, differs from the English, keeps its names. */
import { test, suite } from 'node:test';
import { OLDER_PURPOSES } from '../server/src/schema/versioned';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chooseLocale, localeFrom } from '../server/src/i18n/locale';
import { zhOptionPurposes } from '../server/src/i18n/zh-cn/options';
import { zhValueMeanings } from '../server/src/i18n/zh-cn/enums';
import { zhTypeDocs } from '../server/src/i18n/zh-cn/types';
import { zhFactNotes } from '../server/src/i18n/zh-cn/facts';
import { allTypes, findOption, wizardPrefixes } from '../server/src/schema/schema';
import { algorithms, meanings } from '../server/src/schema/meanings';
import { optionDoc, typeDoc, typeSummaries, valueDoc } from '../server/src/schema/docs';
import { MemoryLsp } from './helpers/memoryLsp';
import { uri } from './helpers/lsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** English and Chinese pairs of every table, by key. */
function pairs(): { key: string; en: string; zh: string | undefined }[] {
  const out: { key: string; en: string; zh: string | undefined }[] = [];
  for (const t of allTypes())
    for (const o of t.options)
      out.push({ key: `${t.name}.${o.name}`, en: o.purpose, zh: zhOptionPurposes[`${t.name}.${o.name}`] });
  for (const p of wizardPrefixes())
    out.push({ key: `wizard.${p.prefix}*`, en: p.purpose, zh: zhOptionPurposes[`wizard.${p.prefix}*`] });
  for (const [k, vals] of Object.entries(meanings))
    for (const [v, en] of Object.entries(vals)) out.push({ key: `${k}=${v}`, en, zh: zhValueMeanings[`${k}=${v}`] });
  for (const [v, en] of Object.entries(algorithms))
    out.push({ key: `*algorithms=${v}`, en, zh: zhValueMeanings[`*algorithms=${v}`] });
  for (const [k, en] of Object.entries(typeSummaries)) out.push({ key: `type ${k}`, en, zh: zhTypeDocs[k] });
  for (const [k, p] of Object.entries(OLDER_PURPOSES)) {
    const key = `${k}@before-${p.missing}`;
    out.push({ key, en: p.purpose, zh: zhOptionPurposes[key] });
  }
  for (const t of allTypes())
    for (const o of t.options) {
      for (const en of [o.validation, o.format?.replace(/\s+/g, ' ').trim()])
        if (en) out.push({ key: `${t.name}.${o.name} note`, en, zh: zhFactNotes[en] });
    }
  return out;
}

/** Names, values, numbers and placeholders a translation must keep: `code`, {name}, <id>, option_names, numbers. */
function names(s: string): string[] {
  const found = [...s.matchAll(/`[^`]+`|\{\w+\}|<[\w -]+>|\b[a-z]+(?:_[a-z0-9]+)+\b|\b\d+(?:\.\d+)?\b/g)].map(
    (m) => m[0],
  );
  return [...new Set(found)].sort();
}

/** A text that is all names and values (`SIP URI`, `mailbox@context`, `TLS 1.2`) may stay as it is. */
function onlyNames(s: string): boolean {
  return !/\b[a-z]{3,}\s+[a-z]{2,}\b/.test(s.replace(/`[^`]*`/g, ''));
}

suite('i18n: zh-cn texts', () => {
  test('every option, enum value, type and schema note has a zh-cn text', () => {
    const missing = pairs()
      .filter((p) => !p.zh)
      .map((p) => p.key);
    assert.deepEqual(missing, []);
  });

  test('no zh-cn text is the English one (apart from names and values)', () => {
    const same = pairs()
      .filter((p) => p.zh === p.en && !onlyNames(p.en))
      .map((p) => p.key);
    assert.deepEqual(same, []);
  });

  test('every zh-cn text is Chinese, unless it is only names', () => {
    const latin = pairs()
      .filter((p) => p.zh && !/[\u4e00-\u9fff]/.test(p.zh) && !onlyNames(p.en))
      .map((p) => p.key);
    assert.deepEqual(latin, []);
  });

  test('names, placeholders and numbers of one language are in the other', () => {
    const differ = pairs()
      .filter((p) => p.zh && names(p.en).some((n) => !p.zh!.includes(n)))
      .map(
        (p) =>
          `${p.key}: ${names(p.en)
            .filter((n) => !p.zh!.includes(n))
            .join(' ')}`,
      );
    assert.deepEqual(differ, []);
  });

  test('no zh-cn key without an English text', () => {
    const keys = new Set(pairs().map((p) => p.key.replace(/^type /, '')));
    const orphan = [...Object.keys(zhOptionPurposes), ...Object.keys(zhValueMeanings)].filter((k) => !keys.has(k));
    assert.deepEqual(orphan, []);
    assert.deepEqual(Object.keys(zhTypeDocs).sort(), Object.keys(typeSummaries).sort());
  });
});

suite('i18n: locale', () => {
  const cases: [string | undefined, string][] = [
    ['zh-cn', 'zh-cn'],
    ['zh-CN', 'zh-cn'],
    ['zh_CN.UTF-8', 'zh-cn'],
    ['zh', 'zh-cn'],
    ['zh-Hans-SG', 'zh-cn'],
    ['zh-sg', 'zh-cn'],
    ['zh-tw', 'en'],
    ['zh_TW.UTF-8', 'en'],
    ['zh-hk', 'en'],
    ['zh-mo', 'en'],
    ['zh-Hant', 'en'],
    ['zh-Hant-TW', 'en'],
    ['en-US', 'en'],
    ['C', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    ['zu', 'en'],
  ];
  for (const [tag, want] of cases) test(`${tag ?? 'no locale'} -> ${want}`, () => assert.equal(localeFrom(tag), want));

  test('pjsip.language overrides the client locale; auto and nonsense follow it', () => {
    assert.equal(chooseLocale('en', 'zh-cn'), 'en');
    assert.equal(chooseLocale('zh-cn', 'en-us'), 'zh-cn');
    assert.equal(chooseLocale('auto', 'zh-cn'), 'zh-cn');
    assert.equal(chooseLocale('klingon', 'zh-cn'), 'zh-cn');
  });
});

suite('i18n: documentation in Chinese', () => {
  test('option hover reads in Chinese and keeps names and values', () => {
    const md = optionDoc(findOption('endpoint', 'dtmf_mode')!, { locale: 'zh-cn' });
    assert.match(md, /^\*\*dtmf_mode\*\* — endpoint 选项\n\nDTMF 按键的发送和接收方式/);
    assert.match(md, /- \*\*默认值：\*\* `rfc4733`/);
    assert.match(md, /- \*\*可选值：\*\* `rfc4733`/);
    assert.doesNotMatch(md, /Value:|Default:|Bad value/);
  });

  test('a value that Asterisk refuses keeps its English log line quoted', () => {
    const md = optionDoc(findOption('aor', 'max_contacts')!, { locale: 'zh-cn' });
    assert.match(md, /"Error parsing"/);
    assert.match(md, /拒绝加载整个 aor/);
  });

  test('value and type docs', () => {
    assert.match(valueDoc(findOption('endpoint', 'dtmf_mode')!, 'inband', undefined, 'zh-cn')!, /带内|音频/);
    assert.match(typeDoc('aor', undefined, 'zh-cn'), /^\*\*aor\*\* — 在哪里能找到一个 endpoint/);
    assert.match(typeDoc('aor'), /^\*\*aor\*\* — where an endpoint can be reached/);
  });

  test('English stays English', () => {
    assert.match(optionDoc(findOption('endpoint', 'dtmf_mode')!), /- \*\*Default:\*\* `rfc4733`/);
  });
});

suite('i18n: over LSP', () => {
  const text = '[6001]\ntype=endpoint\ndtmf_mode=inband\n';
  /** Starts the server with a client locale and settings, opens pjsip.conf, waits for its diagnostics. */
  async function withServer<T>(
    locale: string | undefined,
    settings: Json,
    conf: string,
    use: (lsp: MemoryLsp, u: string, diagnostics: Json[]) => Promise<T> | T,
  ): Promise<T> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-i18n-'));
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), conf);
    const lsp = new MemoryLsp();
    try {
      await lsp.initialize(dir, settings, 'lsp-test', locale ? { locale } : {});
      const u = uri(path.join(dir, 'pjsip.conf'));
      const diags = lsp.waitForDiagnostics(u);
      lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text: conf } });
      return await use(lsp, u, await diags);
    } finally {
      await lsp.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  function hoverWith(locale: string | undefined, settings: Json): Promise<string> {
    return withServer(locale, settings, text, async (lsp, u) => {
      const h = await lsp.request('textDocument/hover', {
        textDocument: { uri: u },
        position: { line: 2, character: 2 },
      });
      return h.contents.value;
    });
  }

  /** Two aors named 6001: duplicate-section, with the first one as related information. */
  const duplicate = '[6001]\ntype=aor\nmax_contacts=1\n\n[6001]\ntype=aor\nmax_contacts=1\n';
  function duplicateWith(locale: string | undefined, settings: Json): Promise<{ message: string; related: string }> {
    return withServer(locale, settings, duplicate, (_lsp, _u, diagnostics) => {
      const d = diagnostics.find((x: Json) => x.code === 'duplicate-section');
      assert.ok(d, `no duplicate-section in ${JSON.stringify(diagnostics)}`);
      assert.equal(d.relatedInformation?.length, 1);
      return { message: d.message, related: d.relatedInformation[0].message };
    });
  }

  test('initialize locale zh-cn gives Chinese hovers', async () => {
    assert.match(await hoverWith('zh-cn', null), /endpoint 选项/);
  });

  test('pjsip.language=en wins over a Chinese client; zh-cn over an English one', async () => {
    assert.match(await hoverWith('zh-cn', { language: 'en' }), /endpoint option/);
    assert.match(await hoverWith('en', { language: 'zh-cn' }), /endpoint 选项/);
  });

  test('zh-tw clients keep English', async () => {
    assert.match(await hoverWith('zh-tw', null), /endpoint option/);
  });

  test('initialize locale zh-cn publishes Chinese diagnostics and related information', async () => {
    const d = await duplicateWith('zh-cn', null);
    assert.match(
      d.message,
      /^Asterisk 已经创建了一个名为 '6001' 的 aor，这是第二个：Asterisk 报告 "configuration contains a duplicate object"/,
    );
    assert.match(d.message, /pjsip\.conf/);
    assert.equal(d.related, "第一个 aor '6001'");
  });

  test('pjsip.language=en publishes English diagnostics to a Chinese client', async () => {
    const d = await duplicateWith('zh-cn', { language: 'en' });
    assert.match(
      d.message,
      /^A second aor named '6001' after one Asterisk created: it reports "configuration contains a duplicate object"/,
    );
    assert.equal(d.related, "first aor '6001'");
  });

  test('zh-tw clients get English diagnostics', async () => {
    const d = await duplicateWith('zh-tw', null);
    assert.match(d.message, /^A second aor named '6001'/);
    assert.doesNotMatch(d.message + d.related, /[\u4e00-\u9fff]/);
  });
});
