/** 取值错误的原因（简体中文），不带句末标点；invalid-value 消息会再补上对象的后果。 */
import type { enValueParts } from '../en/values';

/** `'a'、'b'、'c'` */
function quoted(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join('、');
}

export const zhValueParts = {
  'value/bool-empty': (p) => `'${p.option}' 为空，Asterisk 会悄悄把它当作 'no'`,
  'value/bool-word': (p) => `'${p.value}' 不是 yes/no 这类取值：Asterisk 会悄悄把它当作 'no'`,
  'value/enum-empty': (p, t) => `'${p.option}' 的取值应为 ${quoted(p.values)} 之一${t(p.effect)}`,
  'value/enum-invalid': (p, t) =>
    `'${p.value}' 不是有效的 ${p.option}${t(p.caseHint)}；应为 ${quoted(p.values)} 之一${t(p.effect)}`,
  'value/enum-case': (p) => `（Asterisk 比较这个取值时区分大小写：应写作 '${p.value}'）`,
  'value/effect-ignored-default': () => '；Asterisk 会悄悄忽略它，保留默认值',
  'value/effect-no-effect': () => '；对象能加载，但这个值不起作用',
  'value/effect-unhandled': () => '；对象能加载，但没有任何模块处理这个值',
  'value/effect-value-ignored': () => '；这个值会被忽略',
  'value/list-spaces': (p) => `Asterisk 不会去掉 '${p.option}' 中的空格：'${p.item}' 将匹配不上`,
  'value/what-seconds': () => '一个以秒为单位的整数',
  'value/what-milliseconds': () => '一个以毫秒为单位的整数',
  'value/what-integer': () => '一个整数',
  'value/what-unsigned': () => '一个整数（0 或更大）',
  'value/number-empty': (p, t) => `'${p.option}' 为空；它需要${t(p.what)}${t(p.effect)}`,
  'value/number-invalid': (p, t) => `'${p.value}' 不是${t(p.what)}${t(p.negative)}${t(p.effect)}`,
  'value/negative-refused': () => '（不接受负数）',
  'value/out-of-range': (p) => `${p.value} 超出了 '${p.option}' 的允许范围 ${p.min}..${p.max}`,
  'value/not-a-number': (p) => `'${p.value}' 不是数字`,
  'value/not-seconds': (p) => `'${p.value}' 不是表示秒数的数字`,
  'value/not-whole-seconds': (p) => `'${p.value}' 不是以秒为单位的整数`,
  'value/packetization': (p) => `'${p.ms}' 不是编解码器 '${p.codec}' 的打包时长（毫秒）`,
  'value/empty-codec': (p) =>
    `'${p.option}' 中有空的编解码器名（多余或重复的分隔符），Asterisk 会把它当作未知的编解码器`,
  'value/unknown-codec': (p) => `'${p.codec}' 不是 Asterisk 认识的编解码器`,
  'value/acl-empty-entry': (p) => `'${p.option}' 中有空条目（多余的逗号），Asterisk 会报告 IP 地址无效`,
  'value/not-ip': (p) => `'${p.value}' 不是 IP 地址`,
  'value/not-ip-hostname': (p) => `'${p.value}' 不是 IP 地址（这里不接受主机名）`,
  'value/bad-netmask': (p) => `'${p.mask}' 不是 ${p.address} 的有效子网掩码`,
  'value/match-unresolvable': (p) => `'${p.value}' 既不是 IP 地址，也不是 Asterisk 能解析的主机名`,
  'value/bind-invalid': (p) => `'${p.value}' 不是 IP 地址（可带端口；bind 不接受主机名）`,
  'value/port-range': (p) => `端口 ${p.port} 超出范围`,
  'value/not-sip-uri': (p) => `'${p.value}' 不是 sip: 或 sips: URI`,
  'value/set-var': (p) => `set_var 需要 NAME=VALUE 的形式；'${p.value}' 中没有 '='`,
  'value/group': (p) => `'${p.item}' 不是 0-63 的组号，也不是 1-5 这样的范围；Asterisk 会忽略它`,
  'value/tos': (p) => `'${p.value}' 既不是 DSCP 类别（${p.examples} 等），也不是数字`,
  'value/digest-form': (p) => `'${p.item}' 不是 <algorithm>:<hex digest> 的形式`,
  'value/digest-algorithm': (p) => `'${p.algorithm}' 不是摘要算法（MD5、SHA-256、SHA-512-256）`,
  'value/digest-length': (p) => `${p.algorithm} 摘要的长度必须是 ${p.length} 个字符（十六进制数字）`,
  'value/md5-cred': (p) =>
    `md5_cred 的长度必须是 32 个字符（username:realm:password 的 MD5，十六进制），而不是 ${p.length}`,
  'value/codec-pref-form': (p) => `'${p.item}' 不是 \`name: value\` 的形式`,
  'value/codec-pref-name': (p) => `'${p.name}' 不是 ${quoted(p.names)} 之一`,
  'value/codec-pref-value': (p) => `'${p.value}' 不是有效的 ${p.name}；应为 ${quoted(p.values)} 之一`,
  'value/from-user': (p) => `from_user 中不允许出现 '${p.char}'（只允许 URI 用户部分的字符）`,
  'value/not-empty': (p) => `'${p.option}' 不能为空`,
  'value/sdp-name': (p) => `Asterisk 会把这个 ${p.option} 替换为 '-'（它不能为空）`,
  'value/sdp-owner': (p) => `Asterisk 会把这个 ${p.option} 替换为 '-'（它不能为空，也不能含空格）`,
  'value/security-mechanism': (p) => `'${p.mechanism}' 不是已知的安全机制；Asterisk 会悄悄丢弃它`,
  'value/async-operations': () => 'async_operations 已不能再修改：Asterisk 会把它重置为 1 并记录一条警告',
  'value/match-header-colon': (p) => `match_header 需要 'Header-Name: value' 的形式；'${p.value}' 中没有 ':'`,
  'value/match-header-name': () => "match_header 的 ':' 前面没有头名称",
} satisfies typeof enValueParts;
