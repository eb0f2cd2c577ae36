/** 规则层的消息（简体中文）：引用、endpoint、registration、ACL、拨号方案 context、未使用的段。 */
import type { enRuleMessages } from '../en/rules';

export const zhRuleMessages = {
  'semicolon-in-quotes': (p) =>
    `不管有没有引号，这个 ';' 都会开始一段注释：Asterisk 把 ${p.option} 读成 '${p.kept}'，忽略这一行余下的部分。取值中的分号要写成 \\;。`,
  'unresolved-reference': (p, t) =>
    `没有名为 '${p.name}' 的 ${p.type}${t(p.other)}：Asterisk 仍会加载这个对象，但${t(p.effect)}。`,
  'unresolved-reference/refused': (p, t) =>
    `${p.type} '${p.name}' 与 ${p.file} 中所有的 ${p.type} 一起被拒绝加载（那里有重复的 ${p.type}）：Asterisk 加载完成后这个名字不指向任何对象，${t(p.effect)}。`,
  'endpoint-without-aors/registers': (p) =>
    `Endpoint '${p.id}' 像会注册的话机那样要求认证，却没有 aors：它发来的 REGISTER 请求会被拒绝，也没有人能呼叫它。`,
  'endpoint-without-aors/dialled': (p) =>
    `Endpoint '${p.id}'：拨号方案在 ${p.file}:${p.line} 呼叫它，但它没有 aors：这个呼叫会失败。`,
  'endpoint-without-aors/not-called': (p) =>
    `Endpoint '${p.id}' 没有 aors：从它发起的呼叫可以成功，但它无法被呼叫（Dial(PJSIP/${p.id}) 找不到 contact），也没有任何设备能注册到它。`,
  'endpoint-without-codecs/signalling-only': (p) =>
    `Endpoint '${p.id}' 没有允许任何编解码器（PJSIP 没有默认的编解码器）：订阅和消息可以工作，但与它之间的每个呼叫都会因没有共同的编解码器而失败。如果它需要打电话，请加上 ${p.prefix}allow=ulaw。`,
  'endpoint-without-codecs/calls': (p) =>
    `Endpoint '${p.id}' 没有允许任何编解码器（PJSIP 没有默认的编解码器）：它能加载，但每个呼叫都会因没有共同的编解码器而失败。请加上 ${p.prefix}allow=ulaw（或你的话机所用的编解码器）。`,
  'aor-rejects-registrations/max-contacts': (p, t) =>
    `AoR '${p.aor}' 由需要认证的 endpoint '${p.endpoint}' 使用，但 max_contacts 为 ${p.max}，也没有静态 contact：Asterisk 会拒绝发往它的每个 REGISTER。${t(p.wizard)}请加上 ${p.prefix}max_contacts=1。`,
  'aor-rejects-registrations/max-contacts-unset': (p, t) =>
    `AoR '${p.aor}' 由需要认证的 endpoint '${p.endpoint}' 使用，但没有设置 max_contacts（默认为 0），也没有静态 contact：Asterisk 会拒绝发往它的每个 REGISTER。${t(p.wizard)}请加上 ${p.prefix}max_contacts=1。`,
  'registration-stops-retrying': (p, t) =>
    `如果注册服务器一直拒绝，${t(p.name)} 会永久停止：${p.groups.map(t).join('；')}。此后不再发送任何请求，直到执行 'pjsip send register ${p.id}'、重新加载 res_pjsip.so 或重启。`,
  'unknown-acl/not-in-acl-conf': (p) =>
    `acl.conf 中没有名为 '${p.name}' 的 ACL：Asterisk 记录 "ACL '${p.name}' does not exist"，仍会加载该 ${p.type}，但所带的 ACL 每次应用都会失败，于是它保护的每个请求都被拒绝。`,
  'unknown-acl/no-acl-conf': (p) =>
    `配置目录中没有 acl.conf，因此不存在名为 '${p.name}' 的 ACL：Asterisk 记录 "ACL '${p.name}' does not exist"，仍会加载该 ${p.type}，但所带的 ACL 每次应用都会失败，于是它保护的每个请求都被拒绝。`,
  'unknown-context/context': (p) =>
    `拨号方案（extensions.conf）中没有 context '${p.name}'：Asterisk 仍会加载该 endpoint，但会拒绝它发起的每个呼叫，因为在该 context 中找不到分机（"... rejected because extension not found in context '${p.name}'"）。`,
  'unknown-context/subscribe-context': (p) =>
    `拨号方案（extensions.conf）中没有 context '${p.name}'：Asterisk 仍会加载该 endpoint，但会拒绝它的每个订阅，因为在该 context 中找不到 hint。`,
  'unknown-context/message-context': (p) =>
    `拨号方案（extensions.conf）中没有 context '${p.name}'：Asterisk 仍会加载该 endpoint，但它发来的 MESSAGE 都找不到分机，因为该 context 中没有任何分机。`,
  'duplicate-list-item': (p) =>
    `'${p.item}' 已在 resource list '${p.list}' 中：Asterisk 记录 "Ignoring duplicated list item" 并保留第一个，因此这里不起作用。`,
  'timer-b-raised': (p, t) =>
    `timer_b 为 ${p.b} 毫秒${t(p.isDefault)}，低于 64 × timer_t1（${p.t1} 毫秒）：Asterisk 记录 "Timer B setting is too low" 并改用 ${p.raised} 毫秒。请设置 timer_b=${p.raised}，让配置与实际行为一致。`,
  'address-with-port/signaling': (p) =>
    `${p.option} 只接受不带端口的地址：Asterisk 记录 "Port disallowed" 和 "Unable to lookup" 并忽略它，于是 transport '${p.id}' 会在 SIP 头中填入私网地址，导致经过 NAT 的呼叫失败。请把端口写在 ${p.portOption}=${p.port} 中。`,
  'address-with-port/media': (p) =>
    `${p.option} 只接受不带端口的地址：Asterisk 记录 "Port disallowed" 和 "Unable to lookup" 并忽略它，于是 transport '${p.id}' 会在 SDP 中填入私网地址，导致经过 NAT 的呼叫失败。请去掉端口。`,
  'unused-section': (p, t) =>
    `没有任何地方引用 ${p.type} '${p.id}'（引用它的本应是 ${t(p.namedBy)}）：Asterisk 会加载它，但从不使用。${t(p.hint)}`,
} satisfies typeof enRuleMessages;
