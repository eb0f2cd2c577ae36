/**
 * The line the section hover adds to a `type=global` or `type=system` section when pjsip.conf has more than one
 * (features/singletonHover.ts). Option and type names stay in English (glossary); placeholders checked as in
 * quickFixTitles.ts.
 */
import { renderer, type PlaceholderMismatch } from './catalogue';

export const enSingletonHoverTexts = {
  inEffect:
    '**In effect:** the last of the {count} type={type} sections of {file}; Asterisk ignores the settings of {others}.',
  other: '`[{name}]` (line {line})',
} as const;

export const zhSingletonHoverTexts = {
  inEffect: '**生效：** 它是 {file} 中 {count} 个 type={type} 段的最后一个；Asterisk 忽略 {others}的设置。',
  other: '`[{name}]`（第 {line} 行）',
} as const;

export const sameSingletonHoverPlaceholders: [
  PlaceholderMismatch<typeof enSingletonHoverTexts, typeof zhSingletonHoverTexts>,
] extends [never]
  ? true
  : never = true;

export const singletonHoverText = renderer(enSingletonHoverTexts, zhSingletonHoverTexts);
