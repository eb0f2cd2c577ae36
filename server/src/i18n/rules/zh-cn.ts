/**
 * The rule documentation (rules/registry.ts: summary, what Asterisk does, fix, where it is reported, the cases of
 * each variant) in Simplified Chinese, keyed by rule id. features/ruleDocs.ts checks at compile time that every rule
 * has its entry, with the same fields and variants as the English one; docs/zh-cn/rules.md is generated from it.
 * Option names, values, type names and Asterisk's own log lines stay as written. Terms: ../zh-cn/glossary.md.
 */
export interface ZhRuleDoc {
  summary: string;
  asterisk: string;
  fix: string;
  where?: string;
  /** Per variant of the English entry: when it applies. */
  variants?: Readonly<Record<string, string>>;
}

export const zhRuleDocs = {
  // ---- 语法：Asterisk 的配置读取器怎么做 ----
  'syntax-unclosed-section': {
    summary: '段头缺少右方括号 `]`，或者模板列表 `(...)` 缺少右括号 `)`。',
    asterisk:
      'Asterisk 读到这一行就停止读取该文件，并把它标为无效。如果这个文件就是 pjsip.conf（或 pjsip_wizard.conf）本身，其中的内容一概不加载；如果是被包含的文件，该文件余下的部分全部丢失。',
    fix: '补上方括号：`[6001]`。',
  },
  'syntax-missing-equals': {
    summary: '既不是段头、指令，也不是注释，却没有 `=` 的一行。',
    asterisk: 'Asterisk 记录 "No \'=\' (equal sign)" 并跳过这一行。',
    fix: '写成 `key = value` 的形式，或者用 `;` 把它注释掉。',
  },
  'syntax-missing-name': {
    summary: '`=` 前面什么都没有的赋值行。',
    asterisk: 'Asterisk 记录 "No variable name" 并跳过这一行。',
    fix: '在 `=` 前面补上选项名。',
  },
  'syntax-no-section': {
    summary: '出现在配置的第一个段头之前的选项（或其他非注释行）。',
    asterisk:
      'Asterisk 报告 "No category context" 并拒绝整个文件：其中的内容一概不加载（如果是被包含的文件，则丢失该文件余下的部分）。',
    fix: '把这一行移到某个 `[section]` 段头下面，或者把它注释掉。',
  },
  'syntax-invalid-escape': {
    summary: '以 `\\` 开头、后面跟着空格或什么都没有的一行。',
    asterisk: 'Asterisk 报告 "Invalid escape" 并拒绝整个文件。',
    fix: '删掉反斜杠，或者只用它转义一个真正的字符。',
  },
  'section-trailing-text': {
    summary: '段头的 `]`（或其后的 `)`）之后还有不是注释的文字。',
    asterisk:
      'Asterisk 会悄悄忽略这段文字。要特别注意：带空格的 `[name] (!)` 并不是模板，Asterisk 会建出一个名为 `name` 的真实对象。',
    fix: '删掉空格（`[phone-template](!)`），或者把这段文字改成注释。',
  },
  'block-comment-unterminated': {
    summary: '以 `;--` 开始、却始终没有用 `--;` 结束的块注释。',
    asterisk: '从 `;--` 到文件末尾的内容全部成了注释，一行也不会加载。',
    fix: '在注释应当结束的地方加上 `--;`。',
  },
  'block-comment-stray-end': {
    summary: '没有对应的 `;--` 块注释可以结束的 `--;`。',
    asterisk: 'Asterisk 的注释计数会降到零以下，于是它把该文件之后的每一行都当作注释，直到遇到下一个 `;--` 为止。',
    fix: '删掉这个 `--;`，或者改写成普通注释（`; ...`）。',
  },
  'block-comment-nesting': {
    summary: '嵌套超过 128 层的 `;--` 块注释。',
    asterisk: 'Asterisk 记录 "Maximum nest limit"，并且卡在这一行无法继续处理。',
    fix: '先结束已有的块注释，再开始新的。',
  },
  'line-ending-cr': {
    summary: '以单独的回车符（CR，旧式 Mac 换行）结尾的行。',
    asterisk: 'Asterisk 只在换行符（LF）处断行，所以会把这些行读成很长的一行：第一行之后的段和选项对它来说都不存在。',
    fix: '把文件的换行符转换为 LF（或 CRLF）。',
  },
  'semicolon-in-quotes': {
    summary: '带引号的取值中出现了 `;`（`callerid="Lobby; front desk" <1012>`）：引号保护不了它，它会开始一段注释。',
    asterisk:
      '已在 Asterisk 20.7.0 和 master 上测量：取值在 `;` 处结束（`pjsip show endpoint` 显示 `callerid : "Lobby`），这一行余下的部分是注释，日志中什么也不记录。对象照样加载，用的是被截断的值；主叫号码因此丢失了号码部分。',
    fix: '属于取值的分号写成 `\\;`（`"Lobby\\; front desk" <1012>`），快速修复就是这样改的；或者去掉这个分号。',
  },
  'line-too-long': {
    summary: '超过 8190 个字符的一行。',
    asterisk: 'Asterisk 记录 "Line too long, skipping" 并丢弃这一行。',
    fix: '把取值拆到多行（大多数列表型选项都可以重复写）。',
  },
  // ---- 指令与文件 ----
  'include-not-found': {
    summary:
      '`#include` 的文件不存在，或者通配符一个文件也没匹配到；包含的是文件夹、设备、管道、符号链接循环、不可读或过大的文件时也会报告（消息会说明是哪一种）。',
    asterisk:
      'Asterisk 记录 "was listed as a #include but it does not exist"，并拒绝这个包含它的文件：如果那是 pjsip.conf，其中的内容一概不加载。`#tryinclude` 则没有这个问题。',
    fix: '创建该文件、改正路径（相对路径从 Asterisk 配置目录算起，而不是从包含它的文件所在的目录算起），或者改用 `#tryinclude`。',
  },
  'include-cycle': {
    summary: '直接或经由其他文件包含了自身的文件。',
    asterisk:
      'Asterisk 不检查循环：它会一遍又一遍地读这个文件，直到达到包含深度上限（10），于是其中每个段都被定义了好几次，涉及的每种类型都会因为重复而加载失败。',
    fix: '删掉造成循环的那条包含。',
  },
  'include-duplicate': {
    summary: '被第二次包含的文件。',
    asterisk:
      'Asterisk 警告 "Same File included more than once" 并再读一遍，于是其中每个对象都被定义了两次，对应的类型因此拒绝加载。',
    fix: '这个文件只包含一次。',
  },
  'unknown-directive': {
    summary: '以 `#` 开头、却不是 `#include`、`#tryinclude` 或 `#exec` 的一行（通常本来想写的是注释）。',
    asterisk: 'Asterisk 记录 "Unknown directive" 并跳过这一行。',
    fix: '注释请用 `;`。',
  },
  'directive-missing-argument': {
    summary: '没有给出文件名或命令的 `#include`、`#tryinclude` 或 `#exec`。',
    asterisk: 'Asterisk 记录 "needs an argument" 并跳过这一行。',
    fix: '写上要包含的文件。',
  },
  'file-not-included': {
    summary:
      '配置目录中（或编辑器中打开的）某个 pjsip*.conf 文件，既没有被 pjsip.conf 包含，也没有被 pjsip_wizard.conf 包含。',
    asterisk:
      'Asterisk 根本不会读它。本工具单独检查它，其中的段照样参与引用解析，免得一个本来打算被包含的文件被大量错误淹没。',
    fix: '如果它应当加载，就在 pjsip.conf 中加上 `#include <file>`；否则删除这个文件。',
  },
  'exec-not-checked': {
    summary: '无法检查 `#exec` 的输出。',
    asterisk:
      '只有在 asterisk.conf 中设置了 `execincludes=yes` 时，Asterisk 才会运行 `#exec`。本工具从不运行它，所以它生成的内容不会被分析。',
    fix: '无需修复；只需知道生成的那部分没有经过检查。',
  },
  // ---- 段与类型 ----
  'unresolved-template': {
    summary: '`[x](tpl)` 引用了前面没有定义的段，或者 `[x](+)` 之前没有同名的非模板段 `[x]`。',
    asterisk:
      'Asterisk 记录 "Inheritance requested, but category ... does not exist"（或 "Category addition requested ..."）并拒绝整个文件。`(...)` 中的名字不会去掉空格，所以 `(a, b)` 找的是 " b"。',
    fix: '把模板定义在使用它的段之前、改正名字，或者删掉逗号后面的空格。',
  },
  'missing-type': {
    summary: '没有 `type=` 的段（模板除外）。`[global]` 和 `[system]` 只有在其中每个选项都属于该类型时才可以省略它。',
    asterisk:
      'Asterisk 会悄悄忽略这个段，不建出任何对象。没有 `type=` 的 `[global]` 中只要有一个其他类型的选项，整个段就会被一声不响地忽略。',
    fix: '加上 `type=endpoint`（或你想要的类型）；快速修复会列出可能的类型。',
    variants: { empty: '该段一行内容也没有' },
  },
  'unknown-type': {
    summary:
      '`type=` 的值不是 PJSIP 对象类型（类型值区分大小写）、是不能在这个文件中定义的类型，或者 pjsip_wizard.conf 中的段不是 `type=wizard`。',
    asterisk: 'Asterisk 会悄悄忽略这个段。',
    fix: '使用正确的类型名；快速修复会给出最接近的一个。',
  },
  'duplicate-section': {
    summary:
      '一个段与同一文件（pjsip.conf 及其包含的文件）中前面一个已经创建成功的对象同名且同类型（名字区分大小写）。报告在后面的副本上，第一个作为相关信息。',
    asterisk:
      'Asterisk 应用一个段之前，会查找它已经从该文件创建的同类型同名对象。如果有，它记录 "configuration contains a duplicate object"，并拒绝该文件中这个类型的所有对象（所有 ACL、所有 endpoint 等），而不只是重复的那一个；副本本身从不生效，所以它自己的错误不会出现在日志中。如果前面那个同名对象加载失败，后面的就不算重复，照常应用。pjsip_wizard.conf 的对象不与 pjsip.conf 的对象比较。其他检查随后都把被拒绝的对象视为不存在。已在 Asterisk 20.7.0 和 master 上实测。',
    fix: '给其中一个改名，或者把它们合并（用 `[6001](+)` 给前面的段追加选项）。',
  },
  'duplicate-singleton': {
    summary:
      'pjsip.conf 中有多个 `type=global` 或 `type=system` 段：三个或更多（错误），或者两个（警告，报告在设置被忽略的那一个上）。',
    asterisk:
      '该类型有三个或更多段时，Asterisk 记录 "configuration contains more than one object of type"，一个都不加载：使用默认值。有两个且都能加载时，按加载顺序最后一个生效，另一个的设置被忽略；对 `global`，Asterisk 记录 "At most one pjsip.conf type=global object can be defined"，对 `system` 则不作任何提示（`pjsip show settings` 显示的可能是另一个）。已在 Asterisk 20.7.0 和 master 上实测。段的悬停会说明哪一个生效。',
    fix: '该类型只保留一个段，把选项合并进去。',
    variants: { ignored: '该类型有两个段：最后一个生效，另一个的设置被忽略' },
  },
  // ---- 选项与取值 ----
  'unknown-option': {
    summary:
      '对象的类型没有的选项：拼写错误，或者是另一种类型的选项（写在 endpoint 上的 `max_contacts`）。在 pjsip_wizard.conf 中，未知的 `endpoint/...`（等）选项是错误，未知的 wizard 层级的键是警告。',
    asterisk:
      'Asterisk 记录 "Could not find option suitable for category" 并丢弃整个对象（之后会出现 "No matching endpoint found"）。wizard 也无法创建该对象。未知的 wizard 层级的键会被悄悄忽略，你想要的设置也就不起作用。',
    fix: '改正名字，或者把选项移到正确的段；快速修复会给出最接近的名字。',
    variants: { 'not-an-object': '这一行位于没有类型的模板中，或者是 pjsip_wizard.conf 中 wizard 层级的键' },
  },
  'invalid-value': {
    summary:
      '选项不接受的取值：未知的枚举词或编解码器、不是数字、列表中多余的逗号、错误的 IP 地址、区分大小写的枚举写错了大小写。布尔选项写了不认识的词只算警告。',
    asterisk: 'Asterisk 记录 "Error parsing" 并丢弃该对象。布尔选项不一样：不认识的词会被悄悄当作 "no"。',
    fix: '使用可接受的取值之一；快速修复会给出最接近的值。',
    variants: {
      'not-an-object': '这一行位于模板中，或者是 wizard 层级的键',
      harmless: 'Asterisk 仍然接受这个值（不认识的布尔词表示 "no"）',
    },
  },
  'duplicate-option': {
    summary: '以最后一行为准的选项，在同一个段中设置了两次。',
    asterisk: 'Asterisk 只保留最后一个值（`type` 则只认第一个）。前面那一行不起作用。',
    fix: '删除不起作用的那一行（快速修复）。',
  },
  'deprecated-option': {
    summary: 'Asterisk 已弃用的选项（`md5_cred`、`preferred_codec_only`、`threadpool_*` 等）。',
    asterisk: '目前仍然有效，但可能会记录弃用警告，将来也会被删除。',
    fix: '改用消息中给出的替代选项。',
  },
  'deprecated-value': {
    summary: 'Asterisk 文档中标为已弃用的取值（`auth_type=userpass`、`auth_type=md5`）。',
    asterisk: '仍然接受，并按当前的取值处理。',
    fix: '改写成当前的取值（`auth_type=digest`）。',
  },
  'missing-required-option': {
    summary:
      '对象缺少必不可少的选项：identify 没有 `match`/`match_header`/`match_request_uri`（或没有 `endpoint`），registration 没有 `server_uri`/`client_uri`，auth 没有 `username` 或没有密码，transport 没有 `bind`，等等。auth 的检查按目标版本进行：在有 `password_digest` 的版本（20.12.0、21.7.0、22.2.0、23）之前，只有 `auth_type=md5` 的 auth 需要 `md5_cred`，没有密码的 `userpass` auth 也能加载。',
    asterisk:
      'Asterisk 记录原因（"No authentication username"、"is not configured to match anything"、"\'md5\' authentication specified but no md5_cred specified" 等）并丢弃该对象。',
    fix: '加上该选项（快速修复会插入它，并填上一个占位值）。',
  },
  'invalid-combination': {
    summary:
      'Asterisk 不允许同时出现的选项，或者破坏了与另一个选项之间关系的取值（`timers_min_se` 小于 90、`timers_sess_expires` 小于 `timers_min_se`、`line=yes` 却没有 `endpoint` 等）。',
    asterisk: 'Asterisk 记录冲突并丢弃该对象。',
    fix: '按消息处理：修改或删除其中一个选项。',
    where:
      '对象自己写了该值时，报告在这个值上；值来自模板时，报告在每个加载失败的对象的名字上（共用该模板的段可能把另一个选项设得不同），并把模板中的那一行作为相关信息。',
  },
  // ---- 引用 ----
  'unresolved-reference': {
    summary:
      '`auth=`、`outbound_auth=`、`aors=`、`transport=`、identify/registration 的 `endpoint=`（以及其他引用）写的名字，在配置集中找不到类型相符的对象。',
    asterisk: '对象能加载，但到呼叫时才出错："Couldn\'t find auth"、没有可拨打的 aor、"No matching endpoint found"。',
    fix: '改正名字（快速修复会给出最接近的名字），或者创建缺少的段（快速修复会添加一个骨架）。对 `refused` 这一变体：删除或改名那个重复的副本，这个名字就重新指向它的对象。',
    variants: {
      refused:
        '这个名字对应的对象因文件中同类型的一个重复副本而被 Asterisk 与该类型的全部对象一起拒绝加载（该副本为相关信息）',
    },
    where:
      '对象自己写了这一行时，报告在值中的名字上；这一行来自模板、而共用该模板的部分对象自己改写了这个选项时，报告在每个沿用这一行的对象的段名上，模板中的那一行作为相关信息（此时不提供快速修复：请改模板的那一行或改对象）。用该模板建成的每个对象都沿用这一行时，报告在模板的那一行上。',
  },
  // ---- 跨对象的语义检查 ----
  'transport-bind-conflict': {
    summary:
      '两个 udp（或 tcp/tls）transport 使用同一端口且地址重叠（0.0.0.0 与所有 IPv4 地址重叠；不写端口即为 5060，tls 为 5061）。ws/wss 不会冲突：它们由 HTTP 服务器承载。',
    asterisk: '第二个 transport 启动失败："could not be started: Address already in use"。',
    fix: '给每个 transport 各自的端口，或者删掉多余的那个。',
  },
  'registration-without-transport': {
    summary:
      'registration 的服务器 URI 需要某种 transport（udp、tcp，`sips:` 需要 tls，或者 IPv6），而配置集中没有任何 transport 能提供。',
    asterisk:
      'Asterisk 无法构造该 registration 的 Contact，加载时就把它丢弃，只留下一句 "Could not create an object of type \'registration\'"。',
    fix: '添加所需协议的 transport（或者改正 URI）。',
  },
  'wizard-missing-required': {
    summary:
      'wizard 需要某个选项却没有写：`accepts_auth` 没有 `inbound_auth/username`，`sends_auth` 没有 `outbound_auth/username`，`sends_registrations` 或未设 `accepts_registrations` 时没有 `remote_hosts`，`has_phoneprov` 没有 `phoneprov/MAC`。',
    asterisk: 'Asterisk 记录 "Wizard ... must have ..."，并且不创建该 wizard 的对象中的这一部分。',
    fix: '加上缺少的选项（快速修复），或者关闭这个开关。',
    where:
      'wizard 自己设置了开关时，报告在开关上；开关继承自模板时，报告在缺少该选项的 wizard 的名字上（共用该模板的其他 wizard 可能写了这个选项），并把模板中的那一行作为相关信息。快速修复会把选项加到这个 wizard 上。',
  },
  'endpoint-without-aors': {
    summary:
      '没有 `aors` 的 endpoint。当 extensions.conf 按名字拨打它时（`Dial(PJSIP/6001)`、`PJSIP/100@trunk`；不包括 `PJSIP/${EXTEN}`，它要到呼叫时才知道是谁，也不包括 `PJSIP/6001/sip:...`，它自己指明了呼叫发往哪里），这是一个警告；否则是提示信息（它像会注册的话机那样做认证时，消息会说明）。',
    asterisk: '它能加载，但没有地址：无法呼叫它（拨打它会失败），话机也无法注册到它。',
    fix: '加上 `aors=`，值为某个 aor 段的名字。',
    variants: {
      'no-calls-expected': 'extensions.conf 没有按名字拨打它（只对呼入请求做认证的 endpoint 不需要 AoR）',
    },
  },
  'endpoint-without-codecs': {
    summary:
      '生效的 `allow`/`disallow` 行（包括模板中的）最后一个编解码器都不剩的 endpoint。当它承载呼叫时是警告：extensions.conf 拨打它，或者它发出的呼叫进入一个有分机的 context。',
    asterisk:
      'PJSIP 没有默认的编解码器：endpoint 能加载，但每次呼叫都会因为没有共同的编解码器而失败。（与 chan_sip 不同，不先写 `disallow=all` 就写 `allow` 也没有问题。）',
    fix: '加上 `allow=ulaw`（或你的话机使用的编解码器）。',
    variants: {
      'no-calls-expected':
        '就 extensions.conf 所知，该 endpoint 不承载呼叫：没有拨号指向它，它的 `context`（未设置时为 `default`）中也没有分机（停车场的 context 算作有分机）。没有 extensions.conf 时：它没有 AoR，也不是会注册的话机',
    },
  },
  'aor-rejects-registrations': {
    summary: '被需要认证的 endpoint 使用的 aor，`max_contacts` 保持为 0，也没有静态的 `contact`。',
    asterisk: 'max_contacts 的默认值是 0，这会让 Asterisk 拒绝发往该 aor 的每一个 REGISTER。',
    fix: '加上 `max_contacts=1`（快速修复）。',
  },
  'registration-stops-retrying': {
    summary:
      '当注册服务器一直拒绝时（密码被拒、403、404、注册服务器宕机），一天之内就会永久停止的呼出注册：本规则列出每一类应答，以及根据生效的重试选项算出的该 registration 能坚持多久。',
    asterisk:
      '在 `auth_rejection_permanent=yes`（默认值）时，对带凭据的 REGISTER 回应 401/407 会让它立即停止；403、404 及其他致命应答码也会让它立即停止，除非设置了 `forbidden_retry_interval`/`fatal_retry_interval`；408、5xx、6xx 以及无应答则每隔 `retry_interval` 重试一次。每次重试都计入同一个 `max_retries`（默认 10），用完之后 Asterisk 记录 "Maximum retries reached … stopping registration attempt" 或 "Fatal response \'N\' … stopping outbound registration"，此后不再发送任何请求，直到执行 `pjsip send register NAME`、重新加载 res_pjsip.so 或者重启。按默认值，一个不再应答的注册服务器大约 16 分钟后就会被放弃。`Retry-After` 头会被遵守，而且从不计数。',
    fix: '持续重试的快速修复设置一个安全的节奏（已在真实的 Asterisk 上测量）：服务中断（408、5xx、6xx、无应答）每隔 `retry_interval` 重试一次（你没有设置时为 60 秒）；被拒绝（对带凭据的 REGISTER 回应 401/407、403、404）则通过 `fatal_retry_interval=1800` 每 30 分钟才重试一次（较短的 `forbidden_retry_interval` 会被调高到这个值，`auth_rejection_permanent=no` 会改回 `yes`：正是它让被拒的密码按 `fatal_retry_interval` 而不是 `retry_interval` 重试），并把 `max_retries` 调高到足够撑过两天的服务中断。代价写在它的标题里：密码错误或账号被停用时每小时只重试两次，账号修好后最多 30 分钟恢复（执行 `pjsip send register NAME` 可立即恢复），但运营商不会因为反复的登录失败而封禁你的地址。Asterisk 本身没有退避机制。每个选项都写在你原来写它的位置（registration 本身、它的模板，或者 wizard 中的 `registration/...`）。旧 id `registration-stops-on-auth-failure` 在设置和屏蔽注释中仍然有效。',
  },
  'address-with-port': {
    summary: 'transport 的 `external_signaling_address` 或 `external_media_address` 中带了端口。',
    asterisk:
      'Asterisk 记录 "Port disallowed in ..." 和 "Unable to lookup ..."，忽略这个地址但照样加载 transport，于是 SIP 头（或 SDP）中带的是内网地址，经过 NAT 的呼叫会出现单向通话或者掉线。',
    fix: '只写地址；信令端口应写在 `external_signaling_port` 中。快速修复会把端口移过去。',
    where:
      'transport 自己写了这一行时，报告在值上；这一行来自模板、而共用该模板的部分 transport 自己改写了这个选项时，报告在每个沿用这一行的 transport 的段名上，模板中的那一行作为相关信息（此时不提供快速修复）。用该模板建成的每个 transport 都沿用这一行时，报告在模板的那一行上。',
  },
  'timer-b-raised': {
    summary: '`timer_b`（INVITE 超时，默认 32000 ms）小于 64 × `timer_t1`（默认 500 ms）。',
    asterisk: 'Asterisk 记录 "Timer B setting is too low" 并改用 64 × timer_t1，所以写下的值并不是实际生效的值。',
    fix: '把 `timer_b` 调到至少 64 × `timer_t1`；快速修复会写入 Asterisk 实际会使用的值。',
  },
  'duplicate-list-item': {
    summary: '`resource_list` 中第二次出现的同一个 `list_item`。',
    asterisk: 'Asterisk 记录 "Ignoring duplicated list item" 并保留第一个；列表照常加载。',
    fix: '删掉重复的名字。',
  },
  'unknown-acl': {
    summary:
      '`acl` 或 `contact_acl` 指向 acl.conf 中没有定义的 ACL（或者根本没有 acl.conf）。如果 extconfig.conf 把 `acls` 映射到数据库（realtime 命名 ACL），则不检查。',
    asterisk:
      'Asterisk 记录 "ACL \'x\' does not exist"，照样加载该对象，但把这个 ACL 当作每次应用都不通过的 ACL：它把守的每个请求都会被拒绝。',
    fix: '在 acl.conf 中定义 `[office]`，或者改正名字；补全会列出 acl.conf 定义的 ACL。',
  },
  'unknown-context': {
    summary:
      '`context`、`subscribe_context` 或 `message_context`（以及 pjsip_wizard.conf 中的 `endpoint/context` 等）指向 extensions.conf 中没有定义的拨号方案 context。只有配置目录中有 extensions.conf 时才检查；会跟随其中的 `#include`，但不读取 extensions.ael 和 extensions.lua。res_parking 自己建立的 context 算作已定义：`parkedcalls`（默认停车场的 context），以及 res_parking.conf 中每个停车场的 `context`。',
    asterisk:
      "Asterisk 加载 endpoint 时并不查看拨号方案：它照常加载，然后因为在该 context 中找不到分机而拒绝来自它的每一个呼叫（\"Call from '6001' ... rejected because extension not found in context 'internl'\"）。extensions.conf 中的 `[general]` 和 `[globals]` 段是设置，不是 context；模板 `[x](!)` 也不是 context。",
    fix: '改正名字（补全会列出 extensions.conf 定义的 context，转到定义可以打开它），或者在拨号方案中添加这个 context。只在 extensions.ael、extensions.lua 或 realtime 中定义的 context 在这里看不到：用 `; pjsip-disable-next-line unknown-context` 或者在设置中关闭此规则。',
    where:
      'endpoint 自己写了这一行时，报告在值上；这一行来自模板、而共用该模板的部分 endpoint 自己改写了这个选项时，报告在每个沿用这一行的 endpoint 的段名上，模板中的那一行作为相关信息（此时的快速修复改的是模板那一行中的名字）。用该模板建成的每个 endpoint 都沿用这一行时，报告在模板的那一行上。',
  },
  'unused-section': {
    summary:
      '没有任何地方引用的 auth 或 aor：没有 endpoint 的 `auth`、`outbound_auth` 或 `aors`，没有 registration 的 `outbound_auth`，extensions.conf 中也没有拨号字符串指向它。',
    asterisk:
      'Asterisk 会加载它，但从不使用：它只按名字查找 auth 和 aor。这通常说明引用它的那一方把名字拼错了（如果有相近的未解析名字，消息会指出来）。transport 不在此列：没有指定 transport 时，Asterisk 会按协议和地址挑选一个，而且每个 transport 不管有没有被引用都会监听自己的端口。wizard 生成的对象从不报告。',
    fix: '在本该使用它的地方写上它的名字（通常是改正那边拼错的名字），或者删除这个段。',
  },
  'wizard-ignored-option': {
    summary:
      'wizard 生成的对象中会被 wizard 覆盖的选项（`endpoint/aors`、`identify/endpoint`、`registration/server_uri` 等）。',
    asterisk: 'wizard 会在你的值之后追加它自己的值，所以你写的值不起作用。',
    fix: '删掉这一行，或者设置控制它的 wizard 层级的选项（`server_uri_pattern` 等）。',
  },
  'key-file-missing': {
    summary:
      '不存在或无法读取的 TLS 或 DTLS 文件：transport 的 `cert_file`、`priv_key_file`、`ca_list_file`、`ca_list_path`，endpoint 的 `dtls_cert_file`、`dtls_private_key`、`dtls_ca_file`、`dtls_ca_path`。只在路径指向这台机器时检查：配置目录就是正在使用的 /etc/asterisk，或者 `--map`/`pjsip.pathMap` 把该路径映射到一个存在的目录。其他位置的配置副本，以及相对路径（Asterisk 按它自己的工作目录解析），都不检查。',
    asterisk:
      '创建对象时，该选项的处理函数会检查文件：transport（任何协议）记录 "... is either missing or not readable"，不会被加载；endpoint 记录 "... does not exist or is not readable" 和 "Error parsing dtls_cert_file"，不会被加载。此时并不检查文件里是不是有效的证书。已在 Asterisk 20.7.0 和 master 上实测。',
    fix: '创建该文件（或者改正路径，或者让运行 Asterisk 的用户有权读取它）。如果检查工具和 Asterisk 不在同一台机器上运行，用 `--map /etc/asterisk=DIR` 或 `pjsip.pathMap` 映射路径，或者关闭此规则。',
    variants: { 'not-an-object': '这一行位于模板中；用它建成的对象会加载失败' },
  },
  // ---- 安全：谁能进来、能拨打什么（model/inbound/，已在真实的 Asterisk 上测量） ----
  'unauthenticated-dial-out': {
    summary:
      '任何人都可以不用密码到达的 endpoint（`anonymous` endpoint，或者按 From 用户名、某个头、Request-URI 或匹配所有地址的 identify 找到的 endpoint，且没有 `auth=`，也没有访问控制列表限制来源），而它的 context 能到达经中继的 `Dial()`，或者拨打所拨号码（`${EXTEN}`）的 `Dial()`。',
    asterisk:
      'Asterisk 不发认证质询就接受这样的请求，把它放进该 endpoint 的 context，并执行所拨号码在那里匹配到的任何内容：找到这个 endpoint 的攻击者可以经你的中继拨打高价或国际号码。实测：一个来自未知地址、发往 `500&PJSIP/itsp/sip%3A14165551212%40...` 的 INVITE 由 `[anonymous]` 接下，Asterisk 随即经中继 `itsp` 向外呼叫。identify 挡不住别人：有 identify、没有 `auth=`、`identify_by` 为默认值 `identify_by=username,ip` 的 endpoint，会接受来自任何地址、From 用户名等于其名字的请求。Asterisk 自己的 README-SERIOUSLY.bestpractices.md 也强调了同样的要点：凡是不绑定可信地址的 endpoint 都必须认证，外部能到达的 context 不应能向外拨打。',
    fix: '给该 endpoint 加上 `auth=`（快速修复会新建 auth 段，密码取自安全随机源；需要把它告诉话机），或者对只应按地址识别的中继设置 `identify_by=ip`（快速修复）。除非确实要接受任何人的呼叫，否则删除 `[anonymous]`；若要保留，让它的 context 只能到达你自己的分机。',
  },
  'unauthenticated-endpoint': {
    summary:
      '任何人都可以不用密码到达的 endpoint：`anonymous` endpoint，或者按 From 用户名（默认的 `identify_by=username,ip`）、凭据用户名、某个头、Request-URI 或匹配所有地址的 identify 找到的 endpoint，且没有 `auth=`，也没有访问控制列表限制来源。消息会说明请求如何到达以及落入哪个 context。',
    asterisk:
      'Asterisk 不发认证质询就接受请求，并执行该 endpoint 的 context 中的拨号方案（在 master 和 20.7.0 上实测）。只有按来源地址识别才会限制谁能进来；identify 并不会关掉按用户名进入的途径。README-SERIOUSLY.bestpractices.md 要求每个不绑定可信地址的 endpoint 都要认证。',
    fix: '加上 `auth=`（快速修复会生成新的随机密码），或者对只应经其 identify 进入的中继设置 `identify_by=ip`（快速修复），或者用 `deny=0.0.0.0/0.0.0.0` 加上允许其地址的 `permit=` 来限制它。',
  },
  'dial-unfiltered-exten': {
    summary:
      '在某个 endpoint 的呼叫能到达的 context 中（经 `include =>` 或字面写出的 `Goto`/`Gosub`），含 `.` 或 `!` 的模式下有一个 `Dial()`，把所拨号码（`${EXTEN}`）不经 `FILTER()` 直接放进拨号字符串。报告在该 endpoint 的 `context=` 上。',
    asterisk:
      '`${EXTEN}` 由主叫决定：在 `_X.` 下，像 `500&PJSIP/itsp/sip:14165551212@...` 这样的号码会往 Dial() 里加入主叫自选的设备，Asterisk 也会去呼叫它（在 master 上实测：中继收到了 INVITE）。README-SERIOUSLY.bestpractices.md 描述了这种拨号字符串注入，并建议使用 `FILTER()`。',
    fix: '让号码先经过 `FILTER()`：`Dial(PJSIP/${FILTER(0-9*#+,${EXTEN})})`（快速修复，改在 extensions.conf 中），或者改用更窄的模式（`_NXXNXXXXXX`）。',
  },
  'weak-password': {
    summary:
      'endpoint 用来向主叫发认证质询的 auth 的密码太弱：少于 12 个字符、只有数字、等于它的用户名、auth 名或 endpoint 名，或者是众所周知的占位值或常用密码。消息中从不显示密码。',
    asterisk:
      'Asterisk 接受任何密码。扫描器会对它猜到的每个 endpoint 名（往往就是分机号）尝试常用密码和由名字变化而来的密码；弱密码几个小时之内就会被试出来。README-SERIOUSLY.bestpractices.md 要求使用又长又随机的密码，并且设备名不要等于分机号。',
    fix: '使用较长的随机密码（快速修复会把它换成取自安全随机源的新密码；需要把新密码告诉话机）。出站 auth（`outbound_auth`）不检查：它们的密码由服务商决定。',
  },
  'shared-password': {
    summary: '几个 endpoint 用来发认证质询的 auth 使用了同一个密码。消息会列出其他 auth 的名字，从不显示密码。',
    asterisk:
      'Asterisk 并不在意，但谁知道了其中一台设备的密码（从话机的网页或配置文件中），就能以所有共用该密码的 endpoint 的身份注册。',
    fix: '给每个 auth 设置各自的随机密码（每一处的快速修复都会把它换成新的随机密码）。',
  },
  'acl-permits-everyone': {
    summary:
      '没有 `auth=` 的 endpoint 上，有一个 `match` 覆盖所有地址（`0.0.0.0/0`、`::/0`）的 identify，或者一个允许 `0.0.0.0/0`、却不拒绝任何地址的访问控制列表。',
    asterisk:
      '匹配所有地址的 identify 会让 Asterisk 把排在它前面的识别方式没有接走的每个请求都交给该 endpoint，而且不发认证质询。访问控制列表默认放行：前面没有 `deny=` 的 `permit=0.0.0.0/0` 什么也没限制，该 endpoint 和没有这个列表时一样开放。',
    fix: '只匹配服务商的地址（identify 还有其他条目时，快速修复会删除 `0.0.0.0/0`），并给该 endpoint 加上 `auth=`，或者在它的 `permit=` 行之前加上 `deny=0.0.0.0/0.0.0.0`。',
  },
  'identify-overlap': {
    summary:
      '两个指向不同 endpoint 的 identify 匹配同一个地址：消息会说明（对目标版本而言）Asterisk 先尝试哪一个，因而哪个 endpoint 会收到这些请求。',
    asterisk:
      'Asterisk 采用第一个匹配的 identify，不管后面还有谁匹配，范围最具体的网段并不优先。哪一个排在前面是实测得出的：master 按名称（字节顺序）尝试 identify；20.7.0 按其名称哈希表的顺序尝试（既不是文件顺序，也不是名称顺序）。没有 `match_request_uri` 的版本（18.23.0、20.8.0 和 21.3.0 之前）视为与 20.7.0 相同，之后的版本视为与 master 相同。',
    fix: '让网段互不重叠，或者让两个 identify 指向同一个 endpoint。',
  },
  'identify-never-applies': {
    summary:
      '识别顺序使其永远不会匹配的 identify：存在 `anonymous` endpoint 且它在相应识别方式之前运行时，`match_header` 或 `match_request_uri` 的 identify，或者按地址匹配的 identify。',
    asterisk:
      'Asterisk 先按顺序询问 `endpoint_identifier_order` 中列出的识别方式，然后是其余所有识别方式（ip、header、request_uri、username、auth_username、anonymous）。`header` 不在默认顺序（`ip,username,anonymous`）中，所以有 `[anonymous]` endpoint 时，带有该头的请求会先被 `anonymous` 接走（实测）。把 `ip` 从顺序中去掉，或者从某个 endpoint 的 `identify_by` 中去掉 `ip`，都不会关掉 identify 段（在 master 和 20.7.0 上实测）：identify_by 只管按用户名识别的方式。',
    fix: '在 `endpoint_identifier_order` 中把该识别方式写在 `anonymous` 之前（`[global]` 中写 `endpoint_identifier_order=ip,header,username,anonymous`），或者删除 anonymous endpoint。',
  },
  'identify-hostname': {
    summary: 'identify 的 `match` 写的是主机名，而不是地址。',
    asterisk:
      'Asterisk 在加载配置时解析这个名字（除非 `srv_lookups=no`，否则先查 SRV 记录，再查 A/AAAA），并一直使用解析得到的地址，直到下次重新加载：服务商换了地址，仍然按旧地址匹配。查找失败时（例如没有 DNS），Asterisk 记录 "failed when adding resolution results" 并丢弃整个 identify，于是写在这个名字旁边的地址也不再匹配（实测）。我们从不解析主机名，所以“谁来接听”的路径把这个名字对应的地址视为未知。',
    fix: '写服务商的地址或网段；如果保留主机名，服务商地址变化后要重新加载 res_pjsip。',
  },
} as const satisfies Readonly<Record<string, ZhRuleDoc>>;
