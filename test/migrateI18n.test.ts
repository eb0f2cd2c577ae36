/**
 * pjsip-migrate's texts in English and Simplified Chinese (i18n/ui/migrateTexts.ts): every text has a Chinese one
 * that keeps its names, placeholders and numbers and follows the glossary's style; MIGRATION.md in Chinese reads so.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  enMigrateCli,
  enMigrateDoc,
  enMigrateGroups,
  enMigrateLabels,
  enMigrateNotes,
  MIGRATE_USAGE,
  sipConfHoverText,
  zhMigrateCli,
  zhMigrateDoc,
  zhMigrateGroups,
  zhMigrateLabels,
  zhMigrateNotes,
} from '../server/src/i18n/ui/migrateTexts';
import { migrate } from './helpers/sipconf';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CJK = /[\u4e00-\u9fff]/;

/** What a translation keeps as written: `code`, {placeholders}, option_names, numbers, "quoted log lines". */
function names(s: string): string[] {
  const re = /`[^`]+`|\{\w+\}|"[^"]+"|\b[a-z]+(?:_[a-z0-9]+)+\b|\b\d+(?:\.\d+)?\b/g;
  return [...new Set([...s.matchAll(re)].map((m) => m[0]))].sort();
}

/** The glossary's style rules for a Chinese text. */
function styleProblems(zh: string): string[] {
  const out: string[] = [];
  if (zh.includes('配置档')) out.push('配置档');
  if (/[\u4e00-\u9fff]: /.test(zh)) out.push('half-width colon after Chinese');
  if (/ [，。：；（）]|[，。：；（）] /.test(zh)) out.push('space next to CJK punctuation');
  return out;
}

function pairs(en: Record<string, string>, zh: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [k, e] of Object.entries(en)) {
    const z = zh[k];
    if (!z) out.push(`${k}: no zh-cn text`);
    else if (!CJK.test(z) && /[a-z]{3,} [a-z]{2,}/.test(e.replace(/`[^`]*`/g, ''))) out.push(`${k}: not Chinese`);
    else {
      const lost = names(e).filter((n) => !names(z).includes(n));
      if (lost.length) out.push(`${k}: lacks ${lost.join(' ')}`);
      for (const p of styleProblems(z)) out.push(`${k}: ${p}`);
    }
  }
  return out;
}

suite('migrate: i18n', () => {
  for (const [what, en, zh] of [
    ['note', enMigrateNotes, zhMigrateNotes],
    ['report label', enMigrateLabels, zhMigrateLabels],
    ['step description', enMigrateGroups, zhMigrateGroups],
    ['docs page text', enMigrateDoc, zhMigrateDoc],
    ['CLI message', enMigrateCli, zhMigrateCli],
    ['usage', { usage: MIGRATE_USAGE.en }, { usage: MIGRATE_USAGE['zh-cn'] }],
    ['hover', { hover: sipConfHoverText('en') }, { hover: sipConfHoverText('zh-cn') }],
  ] as const)
    test(`every ${what} has a Chinese text that keeps its names and follows the glossary`, () => {
      assert.deepEqual(pairs(en as Record<string, string>, zh as Record<string, string>), []);
    });

  test('MIGRATION.md and docs/zh-cn/migration.md in Chinese follow the glossary', () => {
    const dir = path.resolve(__dirname, '../../test/fixtures/sipconf-corpus/written-features');
    const files = ['sip.conf', 'sip-templates.conf', 'sip-phones.conf'].map((f) => [
      f,
      fs.readFileSync(path.join(dir, f), 'utf8'),
    ]);
    const src = files.map(([f, t], i) => (i ? `;- ${f}\n${t}` : t)).join('\n');
    const report = migrate(src, { locale: 'zh-cn' }).report;
    const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/zh-cn/migration.md'), 'utf8');
    for (const text of [report, doc])
      for (const line of text.split('\n'))
        assert.deepEqual(styleProblems(line.replace(/(^|\s)\|(\s|$)/g, '\t')), [], line); // table pipes aside
  });
});
