/**
 * The details and documentation completion writes itself (features/completion.ts: the `type` key, option
 * details, `[name](...)` items, directives, wizard keys and prefixes, value marks, codecs, section names), in
 * English and Simplified Chinese; placeholders checked as in quickFixTitles.ts. Option, type and value names stay
 * as written.
 */
import { renderer, type PlaceholderMismatch } from './catalogue';

export const enCompletionTexts = {
  typeDetail: 'object type',
  typeDoc: 'Which kind of object this section defines. Without it Asterisk ignores the section.',
  optionDetail: '{type} option',
  deprecatedOptionDetail: '{type} option (deprecated)',
  templateMarkDetail: 'make this section a template',
  templateMarkDoc:
    'A template is never loaded as an object; other sections inherit its options with `[name](template)`.',
  appendMarkDetail: 'add to an earlier section of the same name',
  appendMarkDoc: 'The lines below are added to the earlier, non-template section with this name.',
  templateDetail: 'template',
  typedTemplateDetail: 'template ({type})',
  sectionDetail: 'section',
  includeDetail: 'read another file here (must exist)',
  tryincludeDetail: 'read another file here if it exists',
  execDetail: 'read the output of a command (needs execincludes=yes)',
  prefixedOptionDetail: '{targetType} option for {objectId}',
  wizardOptionDetail: 'wizard option',
  prefixDetail: 'options of the generated {targetType} ({objectId})',
  defaultMark: '(default)',
  deprecatedMark: '(deprecated)',
  defaultDeprecatedMark: '(default) (deprecated)',
  everyCodec: 'every codec',
  codecRate: '{media}, {rate} kHz',
  generatedSectionDetail: '{type} (from wizard [{wizard}]) — {where}',
  sectionLine: '`[{name}]` in {file}, line {line}',
} as const;

export const zhCompletionTexts = {
  typeDetail: '对象类型',
  typeDoc: '此段定义哪一种对象。没有它，Asterisk 会忽略此段。',
  optionDetail: '{type} 选项',
  deprecatedOptionDetail: '{type} 选项（已弃用）',
  templateMarkDetail: '把此段设为模板',
  templateMarkDoc: '模板从不作为对象加载；其他段用 `[name](template)` 继承它的选项。',
  appendMarkDetail: '追加到前面的同名段',
  appendMarkDoc: '下面各行会加到前面那个同名的非模板段中。',
  templateDetail: '模板',
  typedTemplateDetail: '模板（{type}）',
  sectionDetail: '段',
  includeDetail: '在此读入另一个文件（文件必须存在）',
  tryincludeDetail: '在此读入另一个文件（文件存在时）',
  execDetail: '在此读入一条命令的输出（需要 execincludes=yes）',
  prefixedOptionDetail: '{objectId} 的 {targetType} 选项',
  wizardOptionDetail: 'wizard 选项',
  prefixDetail: '生成的 {targetType}（{objectId}）的选项',
  defaultMark: '（默认）',
  deprecatedMark: '（已弃用）',
  defaultDeprecatedMark: '（默认）（已弃用）',
  everyCodec: '所有编解码器',
  codecRate: '{media}，{rate} kHz',
  generatedSectionDetail: '{type}（由 wizard [{wizard}] 生成）— {where}',
  sectionLine: '`[{name}]`，位于 {file} 第 {line} 行',
} as const satisfies Record<keyof typeof enCompletionTexts, string>;

/** Compiles only while every Chinese text has exactly the placeholders of its English one. */
export const sameCompletionPlaceholders: [
  PlaceholderMismatch<typeof enCompletionTexts, typeof zhCompletionTexts>,
] extends [never]
  ? true
  : never = true;

export const completionText = renderer(enCompletionTexts, zhCompletionTexts);

/** A codec's media (the schema's `media`, shown as is in English) in Chinese. */
export const zhCodecMedia: Readonly<Record<string, string>> = {
  audio: '音频',
  video: '视频',
  image: '图像',
  text: '文本',
};
