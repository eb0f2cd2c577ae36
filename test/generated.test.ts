/** Generated files stay in step with their sources: the schema with facts.json, the docs with the rule table. */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRuleIds, allRules } from '../server/src/rules/registry';
import { localizedRules } from '../server/src/features/ruleDocs';
import { allTypes } from '../server/src/schema/schema';
import { optionDoc } from '../server/src/schema/docs';

const ROOT = path.resolve(__dirname, '../..');
const SHARED = process.env.PJSIP_FACTS_DIR ?? path.resolve(ROOT, '../shared/pjsip');

async function load<T>(rel: string): Promise<T> {
  return (await import(pathToFileURL(path.join(ROOT, rel)).href)) as T;
}

suite('generated files', () => {
  test('server/src/schema/data.generated.ts is what scripts/generate-schema.mjs makes of server/data', async () => {
    const gen = await load<{ generate: (f: unknown, p: unknown) => string; readSources: () => [unknown, unknown] }>(
      'scripts/generate-schema.mjs',
    );
    const expected = gen.generate(...gen.readSources());
    assert.equal(
      fs.readFileSync(path.join(ROOT, 'server/src/schema/data.generated.ts'), 'utf8'),
      expected,
      'run `npm run generate`',
    );
  });

  test('server/src/schema/versions.generated.ts is what scripts/generate-versions.mjs makes of server/data', async () => {
    const gen = await load<{
      generateVersions: (v: unknown, f: unknown) => string;
      readVersionSources: () => [unknown, unknown];
    }>('scripts/generate-versions.mjs');
    const expected = gen.generateVersions(...gen.readVersionSources());
    assert.equal(
      fs.readFileSync(path.join(ROOT, 'server/src/schema/versions.generated.ts'), 'utf8'),
      expected,
      'run `npm run generate`',
    );
  });

  test('server/src/schema/frequencies.generated.ts is what scripts/generate-frequencies.mjs counts in test/corpus/sets', async () => {
    const gen = await load<{
      generateFrequencies: (c: unknown) => string;
      countFrequencies: (d: string, f: unknown) => unknown;
      readFrequencySources: () => [string, unknown];
    }>('scripts/generate-frequencies.mjs');
    const expected = gen.generateFrequencies(gen.countFrequencies(...gen.readFrequencySources()));
    assert.equal(
      fs.readFileSync(path.join(ROOT, 'server/src/schema/frequencies.generated.ts'), 'utf8'),
      expected,
      'run `npm run generate`',
    );
  });

  test('server/data holds the same facts as ../shared/pjsip', (t) => {
    if (!fs.existsSync(path.join(SHARED, 'facts.json'))) {
      t.skip(`no facts source at ${SHARED} (set PJSIP_FACTS_DIR)`);
      return;
    }
    for (const f of ['facts.json', 'purposes.json', 'versions.json']) {
      assert.deepEqual(
        JSON.parse(fs.readFileSync(path.join(ROOT, 'server/data', f), 'utf8')),
        JSON.parse(fs.readFileSync(path.join(SHARED, f), 'utf8')),
        `server/data/${f} differs from its source: copy it and run npm run generate`,
      );
    }
  });

  test('docs/rules.md, docs/zh-cn/rules.md and the severity setting list every rule', async () => {
    const gen = await load<{
      rulesMarkdown: (r: unknown, locale?: string) => string;
      patchPackageJson: (t: string, ids: string[]) => string;
    }>('scripts/generate-docs.mjs');
    assert.equal(
      fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8'),
      gen.rulesMarkdown(allRules()),
      'run `npm run generate`',
    );
    assert.equal(
      fs.readFileSync(path.join(ROOT, 'docs/zh-cn/rules.md'), 'utf8'),
      gen.rulesMarkdown(localizedRules('zh-cn'), 'zh-cn'),
      'docs/zh-cn/rules.md: run `npm run generate`',
    );
    const pkg = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    assert.equal(pkg, gen.patchPackageJson(pkg, allRuleIds()), 'package.json rule ids');
  });

  test('the schema has every type and option of the facts, each documented', () => {
    const facts = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/data/facts.json'), 'utf8')) as {
      types: Record<string, { options: unknown[] }>;
    };
    const types = allTypes();
    assert.equal(types.length, Object.keys(facts.types).length);
    assert.equal(types.length, 18);
    const options = types.flatMap((t) => t.options);
    assert.equal(
      options.length,
      Object.values(facts.types).reduce((n, t) => n + t.options.length, 0),
    );
    assert.ok(options.length > 360);
    for (const o of options) {
      const doc = optionDoc(o);
      assert.ok(
        doc.includes('**Value:**') && doc.includes('**Bad value:**') && o.purpose.length > 5,
        `${o.type}.${o.name}`,
      );
    }
  });
});
