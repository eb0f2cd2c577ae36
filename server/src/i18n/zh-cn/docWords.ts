/**
 * 选项、取值和类型文档的简体中文措辞，与 ../en/docWords.ts 逐项对应。
 * 术语见 glossary.md：选项名、取值和对象类型名保持英文，放在反引号中。
 */
import type { BadValueCase, DocWords, ValueShape } from '../docWords';

const c = (s: string): string => '`' + s.replace(/`/g, "'") + '`';
const span = (r?: readonly number[]): string => (r ? `（${r[0]} 到 ${r[1]}）` : '');
const cs = (s: ValueShape): string => (s.caseSensitive ? '，区分大小写' : '');
const units: Record<string, string> = { s: '（单位：秒）', ms: '（单位：毫秒）', bytes: '（单位：字节）' };

const formats: Record<string, (s: ValueShape) => string> = {
  bool: (s) => `yes 或 no（也可写作 ${s.trueWords} 和 ${s.falseWords}）`,
  enum: (s) => `下列取值之一${cs(s)}`,
  'enum-list': (s) => `以逗号分隔的若干个下列取值${cs(s)}`,
  uint: (s) => `0 或更大的整数${units[s.unit ?? ''] ?? ''}${span(s.range)}；也接受 0x... 十六进制`,
  int: (s) => `整数${units[s.unit ?? ''] ?? ''}`,
  'duration-seconds': (s) => `整数秒数${span(s.range)}`,
  'duration-ms': (s) => `整数毫秒数${span(s.range)}`,
  double: (s) => `数字${units[s.unit ?? ''] ?? ''}，可以有小数`,
  'codec-list': () =>
    '以逗号（或 |）分隔的编解码器名称；`all` 表示全部编解码器，前缀 `!` 表示取反，`:20` 指定以毫秒计的打包时长',
  reference: (s) => (s.target ? `一个 ${s.target} 段的名称` : '一个名称'),
  'reference-list': (s) => (s.target ? `以逗号分隔的若干 ${s.target} 段名称` : '以逗号分隔的若干名称'),
  acl: () =>
    '以逗号分隔的 IP 地址或网段（`10.0.0.0/8`、`192.168.1.0/255.255.255.0`）；前缀 `!` 表示排除该项；不能写主机名',
  sockaddr: () => 'IP 地址，可带端口（`0.0.0.0:5060`、`[::]:5061`）；不能写主机名',
  uri: () => 'SIP URI（`sip:...` 或 `sips:...`）',
};

const badValues: Record<BadValueCase, (type: string, target?: string) => string> = {
  bool: () => 'yes/no 各种写法以外的任何词都会被悄悄当作 **no**。',
  silentlyIgnored: () => '未知的取值会被悄悄忽略，仍使用默认值。',
  ignored: () => 'Asterisk 会忽略这个选项。',
  openEnum: () => '其他取值也能加载，但不会起任何作用。',
  emptyRefused: (type) => `空值会让 Asterisk 拒绝加载整个 ${type}。`,
  storedAsWritten: () => 'Asterisk 按原样保存这段文本；写错的值要到实际使用时才会暴露。',
  noPort: (_type, portOption) =>
    `取值中不能带端口：带了端口，Asterisk 会忽略这个地址，transport 照样加载但不用它${portOption ? `（端口应写在 \`${portOption}\` 中）` : ''}。`,
  unknownName: (_type, target) => `名称对不上任何${target ? ` ${target} ` : '对象'}时仍能加载，但用到它时会失败。`,
  wizard: () => '这个值由 wizard 自己读取；格式见上文。',
  refused: (type) => `Asterisk 无法解析的值会让它拒绝加载整个 ${type}（日志中出现 "Error parsing"，该对象不存在）。`,
};

export const zhDocWords: DocWords = {
  labels: {
    value: '取值',
    default: '默认值',
    accepted: '可选值',
    otherReleases: '其他版本',
    parts: '组成部分',
    lists: '列表',
    asterisk: 'Asterisk 版本',
    rule: '规则',
    required: '必填',
    build: '编译相关',
    badValue: '取值错误时',
    seeAlso: '另见',
  },
  optionTitle: (name, type) => `**${name}** — ${type} 选项`,
  // the space after `**` lets Markdown close the bold after the full-width colon
  item: (label, text) => `- **${label}：** ${text}`,
  sentence: (p) => `${p}。`,
  deprecated: (instead, ignored) =>
    `⚠ 已弃用${instead ? `：请改用 ${c(instead)}` : ''}。${ignored ? 'Asterisk 会忽略它。' : ''}`,
  valueFormat: (s) => formats[s.kind]?.(s) ?? s.format ?? '文本',
  badValue: (k, type, target) => badValues[k](type, target),
  empty: '空',
  oldName: '旧名称',
  andYesNo: '，以及 yes/no 各种写法',
  orNumber: '，或一个数字',
  listsRepeatable: '可以分多行书写；每一行都追加到前面的内容上',
  listsReplace: '后面的行会替换前面的行',
  requiredBy: (type) => `${type} 必须设置它`,
  buildDependent: (names) => `${names} 取决于 Asterisk 编译时所用的 OpenSSL`,
  notInTarget: (label) => ` — ⚠ Asterisk ${label} 中没有`,
  oneOfValues: (option) => `${c(option)} 的可选值之一。`,
  sameAs: (value) => `与 ${c(value)} 相同。`,
  oldNameStillAccepted: '旧名称，仍然可用。',
  typeTitle: (type, summary) => `**${type}** — ${summary ?? 'PJSIP 对象类型'}。`,
  moduleLine: (module, branches, missingIn) =>
    `模块 ${c(module)}；Asterisk ${branches}${missingIn ? `（${missingIn} 中没有）` : ''}。`,
  singleObject: '这种类型只能有一个段。',
  restartOnly: '改动要重启后才生效。',
};
