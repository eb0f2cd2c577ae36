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

test("the grammar colours as enum values exactly the schema's enum options and values", () => {
  const g = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/pjsip.tmLanguage.json'), 'utf8'));
  const keys = new Set<string>(),
    values = new Set<string>();
  for (const t of allTypes())
    for (const o of t.options)
      if (o.values?.length && !o.wildcard && o.name !== 'type') {
        keys.add(o.name);
        for (const v of o.values) values.add(v.toLowerCase());
      }
  assert.deepEqual(
    alternatives(g.repository['enum-assignment'].begin).sort(),
    [...keys].sort(),
    'enum-assignment keys',
  );
  assert.deepEqual(alternatives(g.repository['enum-value'].match).sort(), [...values].sort(), 'enum-value words');
});

const THEMES = path.join(ROOT, 'test/e2e/cs/node_modules/code-server/lib/vscode/extensions/theme-defaults/themes');

interface TokenRule {
  scope?: string | string[];
  settings: { foreground?: string; fontStyle?: string };
}

/** A theme's token rules with the themes it includes. */
function themeRules(file: string): TokenRule[] {
  const j = JSON.parse(fs.readFileSync(path.join(THEMES, file), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as {
    include?: string;
    tokenColors?: TokenRule[];
  };
  return [...(j.include ? themeRules(path.basename(j.include)) : []), ...(j.tokenColors ?? [])];
}

/** The settings of the most specific plain selector matching `scope` (what the theme paints it with). */
function paint(rules: TokenRule[], scope: string): TokenRule['settings'] | undefined {
  let best: TokenRule['settings'] | undefined,
    length = -1;
  for (const r of rules) {
    const sels = Array.isArray(r.scope) ? r.scope : String(r.scope ?? '').split(',');
    for (const s of sels.map((x) => x.trim()))
      if (s && !s.includes(' ') && (scope === s || scope.startsWith(`${s}.`)) && s.length > length) {
        best = r.settings;
        length = s.length;
      }
  }
  return best;
}

test('Dark Modern and Light Modern colour codec names and enum values, and do not underline SIP URIs', (t) => {
  if (!fs.existsSync(THEMES)) {
    t.skip(`no code-server themes at ${THEMES}`);
    return;
  }
  for (const theme of ['dark_modern.json', 'light_modern.json']) {
    const rules = themeRules(theme);
    for (const scope of [
      'entity.name.type.codec.pjsip',
      'variable.other.enummember.pjsip',
      'constant.language.codec.all.pjsip',
    ])
      assert.ok(paint(rules, scope)?.foreground, `${theme} paints ${scope}`);
    assert.ok(
      !paint(rules, 'string.unquoted.sip-uri.pjsip')?.fontStyle?.includes('underline'),
      `${theme}: SIP URIs are not underlined`,
    );
  }
});
