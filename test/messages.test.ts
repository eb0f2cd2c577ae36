/**
 * The message catalogue (server/src/i18n/messages): every finding text in English and Simplified Chinese, keyed by
 * rule id and variant. Each entry is rendered in both languages with marker params; the Chinese text must keep the
 * same placeholders, be Chinese, and keep Asterisk's quoted log lines in English.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { catalogue, renderMessage, renderPart, type Render } from '../server/src/i18n/messages';
import type { Locale } from '../server/src/i18n/locale';
import { allRules } from '../server/src/rules/registry';
import { fixture } from './helpers/fixture';

type Table = Record<string, (p: unknown, t: Render) => string>;

const en = catalogue('en');
const zh = catalogue('zh-cn');

/**
 * Marker params: every property read gives `⟦name⟧`. It is a one-element array, so an entry may map over it or
 * join it, and it reads as the bare marker when written into a text (`${p.name}`).
 */
function markers(): unknown {
  return new Proxy(
    {},
    {
      get: (_, name) =>
        typeof name === 'string' ? Object.assign([`⟦${name}⟧`], { toString: () => `⟦${name}⟧` }) : undefined,
    },
  );
}

/**
 * Embedded phrases are markers too: an entry is checked on its own text, each phrase on its own. What it gets is a
 * marker param (a one-element array that reads as its marker), or a phrase of a sample.
 */
const asMarker: Render = (x) => {
  if (x === undefined) return '';
  if (typeof x === 'object' && 'part' in x) return `⟦${x.part}⟧`;
  return `${x}`;
};

/**
 * Entries the marker params cannot exercise: the release lists read their items one by one (a one-item list would
 * be the bare name in both languages), and the retry group puts several labels side by side.
 */
const samples: Record<string, unknown> = {
  'version/and-list': { items: ['⟦a⟧', '⟦b⟧', '⟦c⟧'] },
  'version/or-list': { items: ['⟦a⟧', '⟦b⟧', '⟦c⟧'] },
  'retry/group': { labels: ['⟦a⟧', '⟦b⟧'], when: '⟦when⟧' },
};

function render(table: Table, key: string): string {
  return table[key](samples[key] ?? markers(), asMarker);
}

interface Rendered {
  key: string;
  en: string;
  zh: string;
}

function rendered(enTable: Table, zhTable: Table): Rendered[] {
  return Object.keys(enTable).map((key) => ({ key, en: render(enTable, key), zh: render(zhTable, key) }));
}

const messages = rendered(en.messages, zh.messages);
const phrases = rendered(en.phrases, zh.phrases);
const all = [...messages, ...phrases];

function markersIn(s: string): string[] {
  return [...new Set(s.match(/⟦[^⟧]*⟧/g) ?? [])].sort();
}

/** Asterisk's own log lines: the text in double quotes of the English. */
function logLines(s: string): string[] {
  return [...s.matchAll(/"[^"]+"/g)].map((m) => m[0]);
}

const CHINESE = /[\u4e00-\u9fff]/;

/**
 * Entries with no words of their own, so they read the same in both languages (the phrases they embed are checked
 * on their own). Messages here are frames (`reason: what happens.`) and must still use Chinese punctuation.
 */
const NO_WORDS: Record<string, string> = {
  'unknown-option/other-release': 'frame: ⟦missing⟧：⟦consequence⟧。',
  'invalid-value/fails': 'frame: ⟦reason⟧：⟦consequence⟧。',
  'invalid-value/plain': 'frame: ⟦reason⟧。',
  'note/protocol': 'a protocol name in parentheses',
  'version/option-missing': 'an option name and a release phrase',
  'version/value-missing': 'option=value and a release phrase',
  'version/codec-missing': "codec '⟦codec⟧' and a release phrase",
  'related/transport': "transport '⟦id⟧': a type name and a name",
  'registration/name': "registration '⟦id⟧': a type name and a name",
  'retry/label-auth': 'SIP status codes',
  'retry/label-forbidden': 'SIP status codes',
  'retry/label-temporary': 'SIP status codes',
  'retry/group': 'status code labels and a phrase',
};
const FRAMES = Object.keys(NO_WORDS).filter((k) => k in en.messages);

suite('messages: catalogue keys', () => {
  test('zh-cn has exactly the message and phrase keys of en', () => {
    assert.deepEqual(Object.keys(zh.messages).sort(), Object.keys(en.messages).sort());
    assert.deepEqual(Object.keys(zh.phrases).sort(), Object.keys(en.phrases).sort());
  });

  test('every entry is a function in both languages', () => {
    const notFunctions = [
      ...Object.entries(en.messages),
      ...Object.entries(en.phrases),
      ...Object.entries(zh.messages),
      ...Object.entries(zh.phrases),
    ]
      .filter(([, f]) => typeof f !== 'function')
      .map(([k]) => k);
    assert.deepEqual(notFunctions, []);
  });

  test('every message key is a rule id, or a rule id and a variant', () => {
    const ids = new Set(allRules().map((r) => r.id));
    const orphan = Object.keys(en.messages).filter((k) => !ids.has(k.split('/')[0]));
    assert.deepEqual(orphan, []);
    const malformed = Object.keys(en.messages).filter((k) => !/^[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(k));
    assert.deepEqual(malformed, []);
  });

  test('every rule of the registry has at least one message', () => {
    // No exceptions today: every rule reports at least one finding text of its own.
    const keys = Object.keys(en.messages);
    const silent = allRules()
      .map((r) => r.id)
      .filter((id) => !keys.some((k) => k === id || k.startsWith(`${id}/`)));
    assert.deepEqual(silent, []);
  });

  test('phrase keys are <area>/<name> and never a message key', () => {
    const bad = Object.keys(en.phrases).filter((k) => !/^[a-z-]+\/[a-z0-9-]+$/.test(k) || k in en.messages);
    assert.deepEqual(bad, []);
  });
});

suite('messages: zh-cn next to en', () => {
  test('every entry renders in both languages with marker params', () => {
    assert.ok(messages.length > 100, `only ${messages.length} messages`);
    assert.ok(phrases.length > 100, `only ${phrases.length} phrases`);
    const empty = all.filter((r) => !r.en || !r.zh).map((r) => r.key);
    assert.deepEqual(empty, []);
  });

  test('the placeholders of one language are those of the other', () => {
    const differ = all
      .filter((r) => markersIn(r.en).join(' ') !== markersIn(r.zh).join(' '))
      .map((r) => `${r.key}: en ${markersIn(r.en).join(' ')} / zh-cn ${markersIn(r.zh).join(' ')}`);
    assert.deepEqual(differ, []);
  });

  test('every message reads in Chinese and is not the English text', () => {
    const untranslated = messages
      .filter((r) => !(r.key in NO_WORDS) && (r.zh === r.en || !CHINESE.test(r.zh)))
      .map((r) => r.key);
    assert.deepEqual(untranslated, []);
  });

  test('the frame messages are only phrases and punctuation, with Chinese punctuation in zh-cn', () => {
    assert.ok(FRAMES.length);
    for (const key of FRAMES) {
      const r = messages.find((m) => m.key === key);
      assert.ok(r, `${key} is no message`);
      assert.doesNotMatch(r.en.replace(/⟦[^⟧]*⟧/g, ''), /[A-Za-z]/, `${key} has words of its own: ${r.en}`);
      assert.match(r.zh, /[：。]/, `${key}: ${r.zh}`);
    }
  });

  test('every phrase reads in Chinese, unless it has no words of its own', () => {
    const untranslated = phrases
      .filter((r) => !(r.key in NO_WORDS) && (r.zh === r.en || !CHINESE.test(r.zh)))
      .map((r) => r.key);
    assert.deepEqual(untranslated, []);
  });

  test('the entries without words of their own have none', () => {
    const unknown = Object.keys(NO_WORDS).filter((k) => !(k in en.messages) && !(k in en.phrases));
    assert.deepEqual(unknown, []);
    const wordy = all
      .filter((r) => r.key in NO_WORDS)
      .filter((r) => /\b(?!(?:codec|transport|registration)\b)[a-z]{2,}/i.test(r.en.replace(/⟦[^⟧]*⟧/g, '')))
      .map((r) => `${r.key}: ${r.en}`);
    assert.deepEqual(wordy, []);
  });

  test("Asterisk's quoted log lines stay in English in the zh-cn text", () => {
    const lost = all.flatMap((r) =>
      logLines(r.en)
        .filter((line) => !r.zh.includes(line))
        .map((line) => `${r.key}: ${line}`),
    );
    assert.deepEqual(lost, []);
    assert.ok(all.filter((r) => logLines(r.en).length).length > 30, 'the log-line check saw few log lines');
  });

  test('the zh-cn text quotes no log line the English does not', () => {
    const extra = all.flatMap((r) =>
      logLines(r.zh)
        .filter((line) => !r.en.includes(line))
        .map((line) => `${r.key}: ${line}`),
    );
    assert.deepEqual(extra, []);
  });

  test('zh-cn texts use full-width sentence punctuation, not English sentences', () => {
    // A period or colon after a Chinese character is a sentence the translation left half English.
    const halfWidth = all
      .filter((r) => /[\u4e00-\u9fff][.:;,](\s|$)/.test(r.zh.replace(/"[^"]*"/g, '')))
      .map((r) => `${r.key}: ${r.zh}`);
    assert.deepEqual(halfWidth, []);
  });

  test('the release lists read naturally in each language', () => {
    assert.equal(render(en.phrases, 'version/and-list'), '⟦a⟧, ⟦b⟧ and ⟦c⟧');
    assert.equal(render(zh.phrases, 'version/and-list'), '⟦a⟧、⟦b⟧ 和 ⟦c⟧');
    assert.equal(render(zh.phrases, 'version/or-list'), '⟦a⟧、⟦b⟧ 或 ⟦c⟧');
  });
});

suite('messages: findings rendered in zh-cn', () => {
  /** A config, the rule it triggers, and the section names its message must show. */
  const cases: { name: string; config: string; rule: string; names: string[] }[] = [
    {
      name: 'unresolved reference',
      config: `
        [6001]
        type=endpoint
        context=default
        allow=ulaw
        aors=6001-aor
        auth=missing-auth

        [6001-aor]
        type=aor
        max_contacts=1
      `,
      rule: 'unresolved-reference',
      names: ['missing-auth'],
    },
    {
      name: 'duplicate section',
      config: `
        [6001]
        type=aor
        max_contacts=1

        [6001]
        type=aor
        max_contacts=2
      `,
      rule: 'duplicate-section',
      names: ['6001'],
    },
    {
      name: 'endpoint without codecs',
      config: `
        [6002]
        type=endpoint
        context=default
        aors=6002

        [6002]
        type=aor
        max_contacts=1
      `,
      rule: 'endpoint-without-codecs',
      names: ['6002'],
    },
    {
      name: 'unknown option of a template user',
      config: `
        [tpl](!)
        type=endpoint
        allow=ulaw
        context=default
        max_contacts=1

        [6003](tpl)
        aors=6003

        [6003]
        type=aor
        max_contacts=1
      `,
      rule: 'unknown-option',
      names: ['max_contacts'],
    },
  ];

  for (const c of cases)
    test(c.name, () => {
      const f = fixture(c.config);
      const found = f.analysis.diagnostics.filter((d) => d.code === c.rule);
      assert.ok(found.length, `no ${c.rule}; got ${f.analysis.diagnostics.map((d) => d.code).join(', ')}`);
      for (const d of f.analysis.diagnostics) {
        const zhText = renderMessage('zh-cn', d.msg);
        assert.match(zhText, CHINESE, `${d.code}: ${zhText}`);
        assert.notEqual(zhText, d.message);
        assert.equal(renderMessage('en', d.msg), d.message, 'the English message is rendered from msg');
        for (const line of logLines(d.message)) assert.ok(zhText.includes(line), `${d.code} lost ${line}: ${zhText}`);
        for (const r of d.related ?? []) {
          const zhRelated = renderPart('zh-cn', r.msg);
          assert.equal(renderPart('en', r.msg), r.message);
          if (!(r.msg.part in NO_WORDS)) assert.match(zhRelated, CHINESE, `${r.msg.part}: ${zhRelated}`);
        }
      }
      for (const d of found) {
        const zhText = renderMessage('zh-cn', d.msg);
        for (const n of c.names) assert.ok(zhText.includes(n), `${n} missing from ${zhText}`);
      }
    });

  test('a duplicate points at the first one in Chinese', () => {
    const f = fixture(`
      [6001]
      type=aor
      max_contacts=1

      [6001]
      type=aor
      max_contacts=1
    `);
    const d = f.analysis.diagnostics.find((x) => x.code === 'duplicate-section');
    assert.ok(d?.related?.length, 'duplicate-section has related information');
    const locales: Locale[] = ['en', 'zh-cn'];
    const [enRelated, zhRelated] = locales.map((l) => renderPart(l, d.related![0].msg));
    assert.match(enRelated, /^first aor '6001'/);
    assert.match(zhRelated, /第一个 aor '6001'/);
  });
});
