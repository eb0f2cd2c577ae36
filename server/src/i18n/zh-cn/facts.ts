/**
 * schema 事实中的取值格式（format）和校验规则（validation）短语的简体中文版，键为英文原文。
 * 选项名、取值、示例写法保持原样。
 */
export const zhFactNotes: Readonly<Record<string, string>> = {
  // ---- validation ----
  'must be >= 90 or the endpoint fails to load': '必须 >= 90，否则 endpoint 加载失败',
  'must be >= timers_min_se or the endpoint fails to load': '必须 >= timers_min_se，否则 endpoint 加载失败',
  'set together with rtp_port_end; both >= 1024; end > start':
    '与 rtp_port_end 一起设置；两者都 >= 1024；结束端口大于起始端口',
  'set together with rtp_port_start; both >= 1024; end > start':
    '与 rtp_port_start 一起设置；两者都 >= 1024；结束端口大于起始端口',
  "empty or containing whitespace is replaced by '-' (warning)": "为空或含空白时被替换为 '-'（有警告）",
  "empty is replaced by '-' (warning)": "为空时被替换为 '-'（有警告）",
  'cannot be combined with a non-default incoming_call_offer_pref': '不能与非默认的 incoming_call_offer_pref 同时使用',
  'profile must exist and res_geolocation must be loaded': '该 profile 必须存在，且 res_geolocation 模块已加载',
  'required: an auth without username fails to load': '必填：没有 username 的 auth 会加载失败',
  'required unless protocol=flow': '除 protocol=flow 外必填',
  'any value other than 1 is reset to 1 with a warning': '1 以外的值都会被重置为 1，并给出警告',
  'mutually exclusive with external_signaling_hostname': '与 external_signaling_hostname 互斥',
  'mutually exclusive with external_signaling_address': '与 external_signaling_address 互斥',
  'low two bits are discarded (warning) since only DSCP is used': '低两位会被丢弃（有警告），因为只使用 DSCP',
  'each must be a sip: or sips: URI within pjproject length limits':
    '每一项都必须是 sip: 或 sips: URI，且不超过 pjproject 的长度限制',
  'values below 100 are raised to 100': '小于 100 的值会被提高到 100',
  'values below 64*timer_t1 are raised to that': '小于 64*timer_t1 的值会被提高到该值',
  'must not be empty': '不能为空',
  'invalid lists fall back to MD5 with a warning': '无效的列表会退回 MD5，并给出警告',
  required: '必填',
  "must contain ':' and a header name": "必须包含 ':' 和头名称",
  'required; sip:/sips: URI': '必填；sip:/sips: URI',
  'if set must be a sip:/sips: URI': '如果设置，必须是 sip:/sips: URI',
  'required; values are the publisher handlers compiled in (others load but never publish)':
    '必填；取值为已编译进来的发布处理器（其他值能加载，但永远不会发布）',
  'line=yes requires endpoint, and endpoint requires line=yes': 'line=yes 需要 endpoint，endpoint 也需要 line=yes',
  'only valid together with line=yes': '只有与 line=yes 一起才有效',
  'required (empty value is rejected)': '必填（空值会被拒绝）',
  'at least one item required; duplicates ignored': '至少需要一项；重复项被忽略',
  // ---- format ----
  "comma/pipe separated codec names or 'all'; '!' prefix inverts; optional ':<ms>' packetization suffix":
    "以逗号或竖线分隔的编解码器名称，或 'all'；前缀 '!' 表示取反；可选的 ':<ms>' 后缀指定打包时长",
  'SIP URI': 'SIP URI',
  'IP address or hostname': 'IP 地址或主机名',
  '"Name" <number> | Name <number> | number': '`"Name" <number>`、`Name <number>` 或 `number`',
  'comma separated mailbox@context (app_voicemail) or external mailbox ids':
    '以逗号分隔的 mailbox@context（app_voicemail）或外部信箱标识',
  'comma list of numbers 0-63 or ranges a-b': '以逗号分隔的 0-63 数字或 a-b 范围',
  'comma list of group names': '以逗号分隔的组名',
  '0-7 expected (not range-checked)': '应为 0-7（不检查范围）',
  "URI user chars only: alphanumerics and -._~%!$&'()*+,;=:":
    "只能使用 URI 用户部分的字符：字母数字和 -._~%!$&'()*+,;=:",
  'file path (must be readable at load)': '文件路径（加载时必须可读）',
  'OpenSSL cipher list': 'OpenSSL 加密套件列表',
  'directory path (must be readable at load)': '目录路径（加载时必须可读）',
  "NAME=VALUE (split at first '='); same NAME again replaces":
    "NAME=VALUE（在第一个 '=' 处拆分）；同一个 NAME 再次出现会替换前值",
  "comma list of address[/mask], '!' negates": "以逗号分隔的 address[/mask]，'!' 表示取反",
  'mailbox@context': 'mailbox@context',
  'comma list of name:value pairs (prefer, operation, keep, transcode)':
    '以逗号分隔的 `name:value` 对（`prefer`、`operation`、`keep`、`transcode`）',
  'comma list of name:value pairs (prefer, operation, keep[, transcode ignored])':
    '以逗号分隔的 `name:value` 对（`prefer`、`operation`、`keep`；`transcode` 被忽略）',
  'comma list of mechanism[;q=0..1][;param...]; unknown mechanisms are silently dropped':
    '以逗号分隔的 mechanism[;q=0..1][;param...]；未知的机制被悄悄丢弃',
  '32 hex chars: MD5(username:realm:password)': '32 个十六进制字符：MD5(username:realm:password)',
  'comma list of <algorithm>:<hex digest>; digest length must match the algorithm (MD5=32, SHA-256/SHA-512-256=64 hex)':
    '以逗号分隔的 <algorithm>:<hex digest>；摘要长度必须与算法相符（MD5=32，SHA-256/SHA-512-256=64 个十六进制字符）',
  'IPv4[:port] | [IPv6][:port] | IPv6; port defaults to 5060 (5061 for tls)':
    'IPv4[:port] | [IPv6][:port] | IPv6；端口默认为 5060（tls 为 5061）',
  'IP address or hostname (resolved and refreshed)': 'IP 地址或主机名（会解析并定期刷新）',
  'comma list of OpenSSL/pjsip cipher names or numeric ids (0x.. hex); max 64':
    '以逗号分隔的 OpenSSL/pjsip 加密套件名或数字编号（0x.. 十六进制）；最多 64 个',
  'comma list of network/mask (CIDR or dotted)': '以逗号分隔的 network/mask（CIDR 或点分形式）',
  'comma list of sip:/sips: URIs': '以逗号分隔的 sip:/sips: URI',
  'comma separated mailbox@context': '以逗号分隔的 mailbox@context',
  'yes/no (boolean spellings) or a host/IP to log only that peer': 'yes/no（各种布尔写法）或一个主机/IP，只记录该对端',
  'comma list, no spaces (names are not trimmed)': '以逗号分隔，不要有空格（名称不会去除空白）',
  "comma list of address[/mask] (CIDR bits or dotted/IPv6 mask); '!' prefix negates":
    "以逗号分隔的 address[/mask]（CIDR 位数或点分/IPv6 掩码）；前缀 '!' 表示取反",
  'comma list of IP[/mask] (CIDR or dotted), IP:port, [IPv6]:port, or hostname[:port] (resolved at load; SRV when no port and srv_lookups=yes)':
    '以逗号分隔的 IP[/mask]（CIDR 或点分）、IP:port、[IPv6]:port 或 hostname[:port]（加载时解析；没写端口且 srv_lookups=yes 时查询 SRV）',
  "'Header-Name: value' or 'Header-Name: /regex/'": "'Header-Name: value' 或 'Header-Name: /regex/'",
  'literal request URI or /regex/': '字面的请求 URI 或 /regex/',
  'comma list of mechanism[;q=0..1][;param...]': '以逗号分隔的 mechanism[;q=0..1][;param...]',
  'POSIX extended regex': 'POSIX 扩展正则表达式',
  'event_<event-package>=<asterisk-publication section>':
    'event_<event-package>=<asterisk-publication section>，即事件包名对应一个 asterisk-publication 段',
  'comma list of host[:port] (trimmed)': '以逗号分隔的 host[:port]（会去除空白）',
  'App(args) dialplan application expression': 'App(args) 形式的拨号方案应用表达式',
};
