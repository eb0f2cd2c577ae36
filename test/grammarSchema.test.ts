/** The grammar's enum rule knows exactly the options with a fixed set of values, and their values, of the schema. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allTypes } from '../server/src/schema/schema';

const ROOT = path.resolve(__dirname, '../..');

/** The words of the first `(?i:a|b|c)` group of a regex source, unescaped. */
function alternatives(re: string): string[] {
  const m = /\(\?i:((?:[^()\\]|\\.)*)\)/.exec(re);
  assert.ok(m, re);
  return m[1].split('|').map((w) => w.replace(/\\(.)/g, '$1'));
}

test('the grammar colours as enum values exactly the schema\'s enum options and values', () => {
  const g = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/pjsip.tmLanguage.json'), 'utf8'));
  const keys = new Set<string>(), values = new Set<string>();
  for (const t of allTypes()) for (const o of t.options) if (o.values?.length && !o.wildcard && o.name !== 'type') { keys.add(o.name); for (const v of o.values) values.add(v.toLowerCase()); }
  assert.deepEqual(alternatives(g.repository['enum-assignment'].begin).sort(), [...keys].sort(), 'enum-assignment keys');
  assert.deepEqual(alternatives(g.repository['enum-value'].match).sort(), [...values].sort(), 'enum-value words');
});
