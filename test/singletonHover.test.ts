/** The section hover says which of two global (or system) sections is in effect (features/singletonHover.ts). */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { hover } from '../server/src/features/hover';
import { enSingletonHoverTexts, zhSingletonHoverTexts } from '../server/src/i18n/ui/singletonHoverTexts';
import { fixture } from './helpers/fixture';

function hoverText(src: string, locale: 'en' | 'zh-cn' = 'en'): string {
  const f = fixture(src);
  return hover(f.analysis, f.file, f.offset, { locale })?.markdown ?? '';
}

suite('section hover: the global or system section in effect', () => {
  test('the last of two globals says it is in effect and which one is ignored', () => {
    const src = '[alpha]\ntype=global\nkeep_alive_interval=11\n\n[ze|ta]\ntype=global\nkeep_alive_interval=22\n';
    assert.match(
      hoverText(src),
      /\*\*In effect:\*\* the last of the 2 type=global sections of pjsip\.conf; Asterisk ignores the settings of `\[alpha\]` \(line 1\)\./,
    );
    assert.match(
      hoverText(src, 'zh-cn'),
      /\*\*生效：\*\* 它是 pjsip\.conf 中 2 个 type=global 段的最后一个；Asterisk 忽略 `\[alpha\]`（第 1 行）的设置。/,
    );
  });

  test('the first of two says why it does not count', () => {
    const src = '[al|pha]\ntype=system\ntimer_t1=600\ntimer_b=38400\n\n[zeta]\ntype=system\n';
    const h = hoverText(src);
    assert.match(
      h,
      /its settings are ignored because \[zeta\] \(line 6\), the last type=system section, is the one in effect/,
    );
    assert.doesNotMatch(h, /In effect/);
  });

  test('no note for a lone global, or when the other one fails on its own', () => {
    assert.doesNotMatch(hoverText('[glo|bal]\ntype=global\n'), /In effect/);
    assert.doesNotMatch(hoverText('[a]\ntype=global\nbogus=1\n\n[|b]\ntype=global\n'), /In effect/);
  });

  test('the texts: the same keys in both languages, every one translated', () => {
    assert.deepEqual(Object.keys(zhSingletonHoverTexts).sort(), Object.keys(enSingletonHoverTexts).sort());
    for (const k of Object.keys(enSingletonHoverTexts) as (keyof typeof enSingletonHoverTexts)[])
      assert.match(zhSingletonHoverTexts[k], /[\u4e00-\u9fff]/, k);
  });
});
