/** docs/migration.md and docs/zh-cn/migration.md are what the migration table generates (`npm run generate`). */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { migrationDoc } from '../server/src/migrate/docs';
import { SIP_KEYS } from '../server/src/migrate/table';

const ROOT = path.resolve(__dirname, '../..');

suite('migrate: docs/migration.md', () => {
  for (const [file, locale] of [
    ['docs/migration.md', 'en'],
    ['docs/zh-cn/migration.md', 'zh-cn'],
  ] as const)
    test(`${file} is generated from the table (run npm run generate)`, () => {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      assert.equal(text, migrationDoc(locale));
      for (const key of Object.keys(SIP_KEYS)) assert.ok(text.includes(`| \`${key}\` |`), key);
    });
});
