/** 安全规则的消息（简体中文）：谁可以不用密码到达 endpoint、它的 context 能拨打什么、弱密码与共用密码、identify。消息中从不出现密码。 */
import type { enSecurityMessages, enSecurityParts } from '../en/security';

export const zhSecurityMessages = {
  'unauthenticated-dial-out': (p, t) =>
    `任何人都可以不用密码到达 endpoint '${p.id}'（${p.ways.map(t).join('；')}），而它的 context '${p.context}' 能到达 ${p.file}:${p.line} 处的${t(p.dial)}：来自互联网的呼叫会经你的账户打出去。请加上 auth=。`,
  'unauthenticated-endpoint': (p, t) =>
    `任何人都可以不用密码到达 endpoint '${p.id}'：${p.ways.map(t).join('；')}。Asterisk 不发认证质询就接受这样的请求，并执行 context '${p.context}' 的拨号方案。`,
  'dial-unfiltered-exten': (p) =>
    `Context '${p.context}' 能到达模式 '${p.pattern}' 下一个未经 FILTER() 就拨打所拨号码的 Dial()（${p.file}:${p.line}）：主叫拨打 '500&PJSIP/...' 就能加入自己选定的设备，例如经你的中继向外呼叫。请改用 \${FILTER(0-9*#+,\${EXTEN})}。`,
  'weak-password/short': (p) => `auth '${p.auth}' 的密码只有 ${p.length} 个字符：请改用 12 个字符以上的随机密码。`,
  'weak-password/digits': (p) => `auth '${p.auth}' 的密码只有数字：扫描器最先尝试这类密码。请改用较长的随机密码。`,
  'weak-password/same-as-name': (p, t) =>
    `auth '${p.auth}' 的密码就是${t(p.name)}：扫描器最先尝试名字。请改用较长的随机密码。`,
  'weak-password/common': (p) => `auth '${p.auth}' 的密码是常见的占位值或常用密码：请改用较长的随机密码。`,
  'shared-password': (p) =>
    `auth '${p.auth}' 与 ${p.others}${p.more ? ` 以及另外 ${p.more} 个` : ''}的密码相同：知道其中一个密码的人就能以它们全部的身份注册。请为每个 auth 设置各自的密码。`,
  'acl-permits-everyone/identify': (p) =>
    `identify '${p.identify}' 匹配所有地址，而 endpoint '${p.id}' 没有 auth=：排在它前面的识别方式没有接走的每个请求，都会不经认证质询交给 '${p.id}'。`,
  'acl-permits-everyone/acl': (p) =>
    `endpoint '${p.id}' 的这个访问控制列表允许所有地址、不拒绝任何地址，而该 endpoint 没有 auth=：它挡不住任何人。`,
  'identify-overlap/never': (p, t) =>
    `identify '${p.other}'（endpoint '${p.otherEndpoint}'）也匹配 ${p.address}，且 Asterisk 先于 '${p.identify}' 尝试它（${t(p.why)}）：来自那里的请求会交给 '${p.otherEndpoint}'，永远不会交给 '${p.endpoint}'。`,
  'identify-overlap/partly': (p, t) =>
    `identify '${p.other}'（endpoint '${p.otherEndpoint}'）也匹配 ${p.address} 的一部分，且 Asterisk 先于 '${p.identify}' 尝试它（${t(p.why)}）：来自两者共同匹配的地址的请求会交给 '${p.otherEndpoint}'，而不是 '${p.endpoint}'。`,
  'identify-never-applies/header': (p) =>
    `identify '${p.identify}' 永远不会生效：在 ${p.identifier} 识别方式运行之前，anonymous endpoint 就接走了所有请求（在 endpoint_identifier_order 中它不在 anonymous 之前）。`,
  'identify-never-applies/address': (p) =>
    `identify '${p.identify}' 永远不会生效：endpoint_identifier_order 让 anonymous 先于 ip 运行，anonymous endpoint 会先接走所有请求。`,
  'identify-hostname': (p) =>
    `identify '${p.identify}' 匹配主机名 '${p.host}'：Asterisk 只在加载配置时解析一次，解析失败就丢弃整个 identify；我们不解析主机名，所以这里不知道它对应的地址。`,
} satisfies typeof enSecurityMessages;

export const zhSecurityParts = {
  'way/anonymous': () => '它是 anonymous endpoint，会接走其他 endpoint 都不接的每个请求',
  'way/username': (p) => `任何地址发来的、From 用户名为 '${p.user}' 的请求`,
  'way/auth-username': (p) => `任何带有用户名 '${p.user}' 凭据的请求`,
  'way/header': (p) => `任何带有头 '${p.header}' 的请求（identify '${p.identify}'）`,
  'way/request-uri': (p) => `任何发往 '${p.uri}' 的请求（identify '${p.identify}'）`,
  'way/everyone': (p) => `经 identify '${p.identify}' 的所有地址`,
  'dial/trunk': (p) => `经中继 '${p.endpoint}' 的 Dial()`,
  'dial/uri': () => '经中继拨打 SIP URI 的 Dial()',
  'dial/exten': () => '未经过滤、拨打任意所拨号码的 Dial()',
  'why/by-name': (p) => `Asterisk ${p.release} 按名称顺序尝试 identify`,
  'why/hash': (p) => `Asterisk ${p.release} 按其名称哈希表的顺序尝试 identify，而不是按文件中的顺序`,
  'related/dial': () => '它能到达的 Dial()',
  'name/username': () => '它的用户名',
  'name/auth': () => '该 auth 自己的名字',
  'name/endpoint': () => '使用它的某个 endpoint 的名字',
  'related/identify': (p) => `先被尝试的 identify '${p.identify}'`,
  'related/shared-with': (p) => `auth '${p.auth}' 的密码相同`,
} satisfies typeof enSecurityParts;
