/**
 * The labels of the section hover (the hover on a `[section]` name, and the summary of a section a reference
 * names), in each shipped language. Option names, values and Asterisk type names stay as they are (glossary).
 */
import type { Locale } from './locale';

export interface SectionHoverLabels {
  template: string;
  templateFor: (type: string) => string;
  noType: string;
  addedWith: (where: string) => string;
  inherits: string;
  generates: string;
  nothing: string;
  flags: string;
  remoteHosts: string;
  usedBy: (n: number) => string;
  /** One use in the list after `usedBy`: the option (or header) that names it, in which section, where. */
  usedIn: (key: string, section: string, where: string) => string;
  /** What follows a label that ends with a colon: a space in English, nothing after the full-width colon. */
  after: string;
  nothingRefers: string;
  willNotLoad: string;
  /** Ends the sentence after `willNotLoad` and the reason. */
  stop: string;
  notCreated: string;
  option: string;
  inheritedOption: string;
  value: string;
  from: string;
  more: (n: number) => string;
  line: (n: number) => string;
  lineOf: (n: number, file: string) => string;
  templateAt: (name: string, where: string) => string;
  cli: string;
  /** Leads the defaults that matter which the section does not set. */
  defaults: string;
  /** A default without a value (empty). */
  none: string;
}

const en: SectionHoverLabels = {
  template: 'template',
  templateFor: (type) => `template for ${type}`,
  noType: 'section without type',
  addedWith: (where) => ` (lines added with \`(+)\` at ${where})`,
  inherits: 'Inherits:',
  generates: 'Generates:',
  nothing: 'nothing',
  flags: 'Flags:',
  remoteHosts: 'remote hosts:',
  usedBy: (n) => `Used by ${n}:`,
  usedIn: (key, section, where) => `\`${key}\` in \`[${section}]\` (${where})`,
  after: ' ',
  nothingRefers: 'Nothing refers to it.',
  willNotLoad: 'Asterisk will not load it:',
  stop: '.',
  notCreated: 'not created:',
  option: 'option',
  inheritedOption: 'inherited option',
  value: 'value',
  from: 'from',
  more: (n) => `${n} more`,
  line: (n) => `line ${n}`,
  lineOf: (n, file) => `line ${n} of ${file}`,
  templateAt: (name, where) => `template \`[${name}]\` (${where})`,
  cli: 'Asterisk CLI:',
  defaults: 'Not set, so Asterisk uses:',
  none: 'nothing',
};

const zhCn: SectionHoverLabels = {
  template: '模板',
  templateFor: (type) => `${type} 的模板`,
  noType: '没有类型的段',
  addedWith: (where) => `（在 ${where} 用 \`(+)\` 追加了行）`,
  inherits: '继承：',
  generates: '生成：',
  nothing: '无',
  flags: '开关：',
  remoteHosts: '远端主机：',
  usedBy: (n) => `被引用 ${n} 处：`,
  usedIn: (key, section, where) => `\`[${section}]\` 中的 \`${key}\`（${where}）`,
  after: '',
  nothingRefers: '没有任何地方引用它。',
  willNotLoad: 'Asterisk 不会加载它：',
  stop: '。',
  notCreated: '未创建：',
  option: '选项',
  inheritedOption: '继承的选项',
  value: '值',
  from: '来自',
  more: (n) => `还有 ${n} 个`,
  line: (n) => `第 ${n} 行`,
  lineOf: (n, file) => `${file} 第 ${n} 行`,
  templateAt: (name, where) => `模板 \`[${name}]\`（${where}）`,
  cli: 'Asterisk 命令行：',
  defaults: '未设置，Asterisk 使用：',
  none: '空',
};

export const SECTION_HOVER_LABELS: Readonly<Record<Locale, SectionHoverLabels>> = { en, 'zh-cn': zhCn };

export function sectionHoverLabels(locale: Locale | undefined): SectionHoverLabels {
  return SECTION_HOVER_LABELS[locale ?? 'en'];
}

/**
 * Per object type, the defaults an admin most needs to know when the section does not write the option, with what
 * the default means. The values come from the schema for the target release; only the meaning is written here.
 */
export interface DefaultThatMatters {
  option: string;
  /** The default the meaning is written for (when another release has another default, only the value shows). */
  for?: string;
  /** Not said of a section that sets this option (an aor with a static `contact=` needs no registrations). */
  unlessSet?: string;
  en: string;
  zh: string;
}

export const DEFAULTS_THAT_MATTER: Readonly<Record<string, readonly DefaultThatMatters[]>> = {
  endpoint: [
    { option: 'context', en: 'calls go to this dialplan context', zh: '呼叫进入这个拨号方案 context' },
    { option: 'direct_media', for: 'yes', en: 'media may flow between the phones', zh: '媒体可以在话机之间直接传送' },
    {
      option: 'rtp_symmetric',
      en: 'RTP goes where SDP says, not back to the sender',
      zh: 'RTP 发往 SDP 中的地址，而不是回发给发送方',
    },
    {
      option: 'rewrite_contact',
      for: 'no',
      en: 'the Contact behind NAT is kept as sent',
      zh: 'NAT 后面的 Contact 保持原样',
    },
  ],
  aor: [
    {
      option: 'max_contacts',
      for: '0',
      unlessSet: 'contact',
      en: 'every registration is rejected',
      zh: '拒绝所有注册',
    },
    {
      option: 'remove_existing',
      for: 'no',
      unlessSet: 'contact',
      en: 'a new registration is refused once full',
      zh: '满额后拒绝新的注册',
    },
  ],
  registration: [
    { option: 'max_retries', en: 'retries before it stops', zh: '停止前的重试次数' },
    { option: 'retry_interval', en: 'seconds between retries', zh: '重试间隔（秒）' },
    {
      option: 'auth_rejection_permanent',
      for: 'yes',
      en: 'a 401/407 stops it for good',
      zh: '收到 401/407 后永久停止',
    },
    { option: 'expiration', en: 'seconds a registration lasts', zh: '注册有效期（秒）' },
  ],
  transport: [{ option: 'protocol', en: 'the protocol it listens on', zh: '监听所用的协议' }],
};
