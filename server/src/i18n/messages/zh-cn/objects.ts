/** 建立对象阶段的消息（简体中文）：类型、选项与取值、加载时检查、wizard、跨对象的结论。 */
import type { enObjectMessages } from '../en/objects';

export const zhObjectMessages = {
  'missing-type/singleton-misspelled': (p) =>
    `[${p.name}] 没有 type=。只有当其中每个选项都是拼写完全一致的 ${p.name} 选项时，Asterisk 才会把它当作 ${p.name} 设置；而 '${p.option}' 与 '${p.known}' 拼写不同，所以 Asterisk 会悄悄忽略整个段。请加上 type=${p.name}。`,
  'missing-type/singleton-foreign': (p) =>
    `[${p.name}] 没有 type=。只有当其中每个选项都是拼写完全一致的 ${p.name} 选项时，Asterisk 才会把它当作 ${p.name} 设置；而 '${p.option}' 不是 ${p.name} 选项，所以 Asterisk 会悄悄忽略整个段。请加上 type=${p.name}。`,
  'missing-type/empty': (p) => `[${p.name}] 是空段，也没有 type=：Asterisk 会忽略它。`,
  'missing-type/no-type': (p, t) => `[${p.name}] 没有 type= 行：Asterisk 会悄悄忽略它${t(p.guess)}。`,
  'missing-type/wizard-empty': (p) => `[${p.name}] 是空段，也没有 type=wizard：res_pjsip_config_wizard 会忽略它。`,
  'missing-type/wizard': (p) => `[${p.name}] 没有 type=wizard 行：res_pjsip_config_wizard 会忽略它。`,
  'unknown-type/wizard-in-pjsip': (p, t) =>
    `type=wizard 应写在 pjsip_wizard.conf 中；在 ${p.file} 里 Asterisk 会忽略 [${p.name}]${t(p.where)}。`,
  'unknown-type/internal': (p, t) =>
    `${p.type} 对象保存在 Asterisk 的内部数据库中，不能在配置文件中定义（固定的 contact 请用 aor 的 contact=）；Asterisk 会忽略 [${p.name}]${t(p.where)}。`,
  'unknown-type/not-a-type': (p, t) =>
    `'${p.value}' 不是对象类型${t(p.caseNote)}：Asterisk 会悄悄忽略 [${p.name}]${t(p.where)}。`,
  'unknown-type/not-a-wizard': (p, t) =>
    `pjsip_wizard.conf 只由 res_pjsip_config_wizard 读取，它只接受 type=wizard 的段：[${p.name}] 被忽略${t(p.define)}。`,
  'duplicate-option/type': (p, t) =>
    `type 已经${t(p.by)}设为 '${p.value}'；Asterisk 以第一个 type= 行为准，这一行不起作用。`,
  'duplicate-option/set-again': (p, t) =>
    `'${p.option}' 在${t(p.of)}第 ${p.line} 行又设置了一次：Asterisk 只保留最后一个值，因此这一行不起作用。`,
  'unknown-option/other-release': (p, t) => `${t(p.missing)}：${t(p.consequence)}。`,
  'unknown-option/not-of-type': (p, t) => `'${p.option}' 不是 ${p.type} 的选项${t(p.belongs)}：${t(p.consequence)}。`,
  'unknown-option/no-type-has-it': (p) =>
    `'${p.option}' 不是任何 PJSIP 类型的选项：所有使用 [${p.template}] 的对象都将无法加载。`,
  'unknown-option/wizard-template': (p) =>
    `'${p.option}' 不是 ${p.type} 的选项：所有使用 [${p.template}] 的 wizard 都无法创建其 ${p.type}。`,
  'unknown-option/not-wizard': (p, t) => `'${p.option}' 不是 wizard 选项${t(p.hint)}：wizard 会悄悄忽略它。`,
  'invalid-value/fails': (p, t) => `${t(p.reason)}：${t(p.consequence)}。`,
  'invalid-value/plain': (p, t) => `${t(p.reason)}。`,
  'invalid-value/remote-host': (p) =>
    `'${p.host}' 既不是 IP 地址也不是主机名：Asterisk 无法解析它，因此 wizard 无法创建 identify '${p.id}-identify'。`,
  'deprecated-option': (p, t) => `'${p.option}' 已弃用${t(p.instead)}${t(p.ignored)}。`,
  'deprecated-value': (p, t) => `'${p.value}' 是 ${p.option} 的旧取值${t(p.same)}。`,
  'missing-required-option/auth-username': (p) =>
    `auth '${p.id}' 没有 username：Asterisk 报告 "No authentication username" 并丢弃它。`,
  'missing-required-option/auth-username-password': (p) =>
    `auth '${p.id}' 没有 username（也没有 password）：Asterisk 报告 "No authentication username" 并丢弃它。`,
  'missing-required-option/google-oauth': (p) =>
    `auth '${p.id}' 使用 google_oauth，却没有 ${p.option}：Asterisk 会丢弃它。`,
  'missing-required-option/auth-password': (p, t) =>
    `auth '${p.id}'${t(p.generated)} 没有 password${t(p.digests)}：Asterisk 报告 "No plain text or digest password found for algorithm ${p.algorithm}" 并丢弃它。`,
  'missing-required-option/auth-md5-cred': (p) =>
    `auth '${p.id}' 设置了 auth_type=md5，却没有 md5_cred：Asterisk 报告 "'md5' authentication specified but no md5_cred specified" 并丢弃它。`,
  'missing-required-option/identify-endpoint': (p) =>
    `identify '${p.id}' 没有指定 endpoint：Asterisk 报告 "missing required endpoint name" 并丢弃它。`,
  'missing-required-option/identify-match': (p, t) =>
    `identify '${p.id}'${t(p.generated)} 没有 match、match_header 或 match_request_uri：Asterisk 报告 "is not configured to match anything" 并丢弃它。`,
  'missing-required-option/registration-server-uri': (p) =>
    `registration '${p.id}' 没有 server_uri：Asterisk 报告 "No server URI specified" 并丢弃它。`,
  'missing-required-option/registration-client-uri': (p) =>
    `registration '${p.id}' 没有 client_uri：Asterisk 报告 "No client URI specified" 并丢弃它。`,
  'missing-required-option/transport-bind': (p) =>
    `transport '${p.id}' 没有 bind 地址：Asterisk 报告 "could not be started as binding not specified" 并丢弃它。`,
  'missing-required-option/publish-server-uri': (p) =>
    `outbound-publish '${p.id}' 没有 server_uri：Asterisk 会丢弃它。`,
  'missing-required-option/publish-event': (p) => `outbound-publish '${p.id}' 没有 event：Asterisk 会丢弃它。`,
  'missing-required-option/resource-list-event': (p) => `resource_list '${p.id}' 没有 event：Asterisk 会丢弃它。`,
  'missing-required-option/resource-list-item': (p) => `resource_list '${p.id}' 没有 list_item：Asterisk 会丢弃它。`,
  'missing-required-option/phoneprov-mac': (p) => `phoneprov '${p.id}' 没有 MAC：Asterisk 会丢弃它。`,
  'missing-required-option/phoneprov-profile': (p, t) =>
    `phoneprov '${p.id}'${t(p.generated)} 没有 PROFILE：Asterisk 会丢弃它。`,
  'invalid-combination/line-without-endpoint': (p) =>
    `registration '${p.id}' 设置了 line=yes，就必须同时设置 endpoint=：Asterisk 会丢弃它。`,
  'invalid-combination/endpoint-without-line': (p) =>
    `registration '${p.id}' 上的 endpoint= 只有配合 line=yes 才有效：Asterisk 会丢弃这个 registration。`,
  'invalid-combination/timers-min-se': (p) => `timers_min_se 必须不小于 90：Asterisk 会丢弃 ${p.type} '${p.id}'。`,
  'invalid-combination/timers-sess-expires': (p) =>
    `timers_sess_expires（${p.value}）不能小于 timers_min_se（${p.min}）：Asterisk 会丢弃 ${p.type} '${p.id}'。`,
  'invalid-combination/preferred-codec-only': (p) =>
    `preferred_codec_only 不能与 incoming_call_offer_pref=${p.value} 同时使用：Asterisk 会丢弃 ${p.type} '${p.id}'。`,
  'invalid-combination/dtls-cert': (p) =>
    `dtls_auto_generate_cert 不能与 dtls_cert_file 同时使用：Asterisk 会丢弃 ${p.type} '${p.id}'。`,
  'invalid-combination/rtp-ports-pair': (p) =>
    `rtp_port_start 和 rtp_port_end 必须同时设置：Asterisk 会丢弃 ${p.type} '${p.id}'。`,
  'invalid-combination/rtp-ports-low': (p) => `RTP 端口必须不小于 1024：Asterisk 会丢弃 ${p.type} '${p.id}'。`,
  'invalid-combination/md5-cred-size': (p) =>
    `auth_type=md5 时，md5_cred 的长度必须是 32 个字符（username:realm:password 的 MD5，十六进制），而不是 ${p.size}：Asterisk 报告 "'md5' authentication requires digest of size '32'" 并丢弃 ${p.type} '${p.id}'。`,
  'invalid-combination/rtp-ports-order': (p) =>
    `rtp_port_end 必须大于 rtp_port_start：Asterisk 会丢弃 ${p.type} '${p.id}'。`,
  'wizard-ignored-option': (p, t) => `wizard 会在这一行之后自行设置 ${p.option}（${t(p.why)}）：这里的值不起作用。`,
  'wizard-missing-required/sends-auth': (p) =>
    `sends_auth=yes 需要 ${p.prefix}username：Asterisk 报告 "Wizard '${p.id}' must have '${p.prefix}username'"，不会创建出站 auth（入站的也不会创建）。`,
  'wizard-missing-required/accepts-auth': (p) =>
    `accepts_auth=yes 需要 ${p.prefix}username：Asterisk 报告 "Wizard '${p.id}' must have '${p.prefix}username'"，不会创建入站 auth。`,
  'wizard-missing-required/remote-hosts': (p) =>
    `不接受注册的 wizard 需要 remote_hosts（它据此生成 identify）：Asterisk 报告 "Wizard '${p.id}' must have 'remote_hosts'"，不会创建 identify。请设置 remote_hosts；如果是话机，请设置 accepts_registrations=yes。`,
  'wizard-missing-required/registration-remote-hosts': (p) =>
    `sends_registrations=yes 需要 remote_hosts：Asterisk 报告 "Wizard '${p.id}' must have 'remote_hosts' if it sends registrations"，不会创建 registration。`,
  'wizard-missing-required/phoneprov-mac': (p) =>
    `has_phoneprov=yes 需要 phoneprov/MAC：Asterisk 报告 "Wizard '${p.id}' must have 'phoneprov/MAC'"，不会创建 phoneprov。`,
  'duplicate-section': (p) =>
    `Asterisk 已经创建了一个名为 '${p.id}' 的 ${p.type}，这是第二个：Asterisk 报告 "configuration contains a duplicate object"，并拒绝加载 ${p.file} 中的所有 ${p.type}（原本会加载的共 ${p.count} 个），而不只是这一个。这个副本从不生效，它自己的行无关紧要。`,
  'duplicate-singleton/refused': (p) =>
    `共有 ${p.count} 个 type=${p.type} 段，这是其中之一：Asterisk 报告 "configuration contains more than one object of type '${p.type}'"，一个都不加载，因此使用默认值。`,
  'duplicate-singleton/global-ignored': (p) =>
    `后面还有一个 type=global 段：Asterisk 报告 "At most one pjsip.conf type=global object can be defined"，使用最后一个 [${p.name}]（${p.file} 第 ${p.line} 行）；这一段的设置被忽略。`,
  'duplicate-singleton/system-ignored': (p) =>
    `后面还有一个 type=system 段：Asterisk 不作任何提示地使用最后一个 [${p.name}]（${p.file} 第 ${p.line} 行）；这一段的设置被忽略。`,
  'transport-bind-conflict': (p, t) =>
    `transport '${p.other}' 已经在 ${p.kind} ${p.host}:${p.port}${t(p.protocol)} 上监听：transport '${p.id}' 无法启动（"Address already in use"），不会被加载。`,
  'key-file-missing/transport': (p, t) =>
    `${p.option} ${p.path} ${t(p.problem)}${t(p.where)}：Asterisk 报告 "${p.option} ${p.path} is either missing or not readable"，${t(p.consequence)}。`,
  'key-file-missing/endpoint': (p, t) =>
    `${p.option} ${p.path} ${t(p.problem)}${t(p.where)}：Asterisk 报告 "does not exist or is not readable" 和 "Error parsing ${p.option}"，${t(p.consequence)}。`,
  'registration-without-transport': (p, t) =>
    `registration '${p.id}' 需要一个 ${p.need} transport 来连接 ${t(p.server)}，而配置集中${t(p.has)}：Asterisk 无法生成它的 Contact，并将其丢弃（"Could not create an object of type 'registration'"）。`,
} satisfies typeof enObjectMessages;
