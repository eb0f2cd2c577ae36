/**
 * What the sip.conf converter tells the admin (MIGRATION.md, pjsip-migrate's messages, the editor command), in
 * English and Simplified Chinese. `notes` say what became of one setting; `labels` are the report's headings and
 * phrases; `cli` are the command's own messages. Placeholders are checked as in quickFixTitles.ts.
 */
import type { Locale } from '../locale';
import { renderer, type PlaceholderMismatch } from './catalogue';

export const enMigrateNotes = {
  copied: 'carried over as it is',
  renamedValue: "pjsip calls the value '{from}' '{to}'",
  pjsipDefault: 'pjsip does this by default (`{option}={value}`): nothing written',
  notInTarget: 'Asterisk {version} has no `{option}`: not written, decide how to replace it',
  valueNotInTarget: "Asterisk's `{option}` does not take '{value}' in this release: not written",
  valueRejected: 'Asterisk would refuse `{option}={value}` and drop the object: not written, correct the value',
  partlyWritten:
    'not all of it could be written (the target lacks an option, or would refuse a value): check the object',
  bindRejected: "Asterisk would refuse the address '{value}': the transport binds to `{bind}` instead, correct it",
  unknownValue: "chan_sip does not know the value '{value}' and ignored it: nothing carried",
  emptyValue: 'empty: chan_sip did nothing with it',
  notANumber: 'not a number: chan_sip kept its default',
  setAgain: 'set again on line {line}: chan_sip keeps the last value',
  setAgainAs: 'set again as `{key}` on line {line}: chan_sip keeps the last value',
  unknownKey: 'chan_sip does not know this setting and ignores it (no warning): nothing to carry',
  generalOnly: 'chan_sip reads this only in [general]: ignored in a peer',
  peerOnly: 'chan_sip reads this only in a peer: ignored in [general]',
  notRead: 'not read by this step of the converter (please report it)',
  peerDefault: 'default of every peer that does not set it: taken by {count} peer(s)',
  everyPeerSetsIt: 'every peer sets its own value: nothing left to carry',
  noPeers: 'no peer to apply it to',
  templateUsed: 'template: applied in the {count} section(s) built from it ({sections})',
  templateUnused: 'template that no section uses: chan_sip never built it',
  secondGeneral: 'a second [general]: chan_sip reads only the first one',
  sectionSkipped: 'chan_sip skipped this section (see its `type` line): nothing converted',
  badPeerName:
    'a section name with a comma (or none) cannot name a pjsip object (pjsip reads it as a list): not converted, give the peer a plain name',
  badMd5secret:
    'the md5secret is not 32 hexadecimal digits, so no device could ever answer it: not converted (an endpoint without it would take anyone), set a password',
  noType: 'no `type`: chan_sip skipped the section ("Section lacks type"); nothing converted',
  unknownType: 'unknown type \'{type}\': chan_sip skipped the section ("Unknown type"); nothing converted',
  'type.friend': 'a friend: an endpoint that calls and is called, with its aor, auth and identify',
  'type.peer': 'a peer: an endpoint that chan_sip found by its address, with its aor, auth and identify',
  'type.user': 'a user: an endpoint for calls from the device only (chan_sip never called it), no aor',
  secret: 'the password the device must answer with (user name: the peer name)',
  secretOutboundOnly: 'the password for calls to the peer (with `insecure=invite` chan_sip never challenged its calls)',
  secretUnderMd5: '`md5secret` is set and wins over `secret`, as in chan_sip',
  secretUnusedInsecure:
    'not needed: with `insecure=invite` chan_sip never challenged this peer, and without `defaultuser` it never used it for calls to the peer',
  md5secret: 'the hashed password the device must answer with (`auth_type=md5`)',
  emptySecret: 'empty: chan_sip did not challenge this device, and neither does pjsip (no auth written)',
  remotesecret: 'the password for calls to the peer',
  remotesecretNoUser: 'not used: without `defaultuser` chan_sip did not answer challenges on calls to the peer',
  defaultuser: 'the user name for calls to the peer (outbound auth and the contact URI)',
  defaultuserContact: 'the user part of the contact URI (no password: chan_sip answered no challenge)',
  emptyDefaultuser: 'empty: same as not set',
  realmAuth: "credentials for the realm '{realm}'",
  badRealmAuth: 'not `user:secret@realm` or `user#md5secret@realm`: chan_sip could not read it',
  hostDynamic: 'the device registers: an aor that keeps its one registered contact',
  hostStatic: 'a fixed address: the aor contact `{contact}`',
  emptyHost: 'empty: the peer has no address',
  userHasNoAddress: 'a user has no address in chan_sip: nothing to carry',
  portStatic: 'part of the contact and of the address the identify matches',
  portDynamic: "not used: the device's registration gives its address",
  portWithoutHost: 'no `host`: chan_sip did not use it',
  defaultip: 'pjsip has no address to call before the device registers: add a static contact if you need it',
  insecureNo: 'the default: nothing to write',
  insecurePort: 'calls are matched by address from any port, as chan_sip did',
  insecureInvite:
    'calls from this address are not challenged, as chan_sip did: the endpoint has no inbound auth and an identify',
  insecureInviteDynamic:
    'pjsip cannot skip the challenge for calls only while still checking registrations: calls from this device are now challenged',
  insecurePortDynamic: 'pjsip does not look at the port of a registered device',
  insecureVery:
    "chan_sip 20.7.0 does not know 'very' (\"Unknown insecure mode 'very'\") and ignored it: calls were challenged, and still are",
  codecs: 'codecs chan_sip used for this peer: {codecs}',
  codecsUnknown: 'codecs chan_sip used for this peer: {codecs} (it skipped the unknown {unknown})',
  emptyAllow: 'empty `allow=`: chan_sip logged "Codec configuration errors" and kept the codecs it had',
  noCodecs: 'no codec left: calls to and from this peer failed in chan_sip too; allow the codecs you need',
  mediaSupportOn: 'the {kind} codecs are kept',
  mediaSupportOff: 'no {kind} codecs offered, as in chan_sip',
  nat: 'NAT handling as chan_sip did it',
  natAuto: 'NAT handling: pjsip applies it to every device, chan_sip only to those it saw behind NAT',
  natNo: 'no NAT handling, as in chan_sip',
  directmedia: 'direct media as chan_sip did it',
  t38: 'T.38 fax (UDPTL) as chan_sip did it',
  encryption: 'SRTP with SDES keys',
  encryptionDtls: 'SRTP with DTLS keys (`dtlsenable=yes`)',
  dtlsenable: 'DTLS-SRTP (WebRTC)',
  dtlsOff: 'DTLS is off for this peer: chan_sip did not use it',
  qualify: 'asked every {freq} s; unreachable after {ms} ms without an answer',
  qualifyfreq: 'asked every {freq} s',
  qualifyOff: 'no qualify, the pjsip default',
  qualifyfreqWithoutQualify: 'qualify is off: chan_sip did not use it',
  mailbox: 'MWI sent to the devices of the aor, as chan_sip did',
  mailboxSubscribe: 'MWI only to a device that subscribes (`subscribemwi=yes`)',
  subscribemwiWithoutMailbox: 'no mailbox: nothing to carry',
  callerid: 'the caller ID of calls from this device',
  transport: 'the only transport chan_sip used for this peer',
  transportSomeOff:
    'the transport chan_sip used for this peer ({off} is not enabled in [general], so chan_sip skipped it)',
  transportUdpOnly: 'UDP only: pjsip uses its UDP transport without being told',
  transportMany: 'several transports: pjsip uses the one each contact asks for',
  transportNoneUsable: "none of '{value}' is enabled in [general]: chan_sip used UDP, and so does pjsip",
  badProxy: 'not `host[:port]`: chan_sip could not read it',
  callbackNoHost: 'the peer has no fixed address to register to: no registration made',
  register: 'registration `{name}` with its own auth, retried as chan_sip did',
  registerPeerHost:
    'registration `{name}`: the host names the peer `{peer}`, so it goes to that address as chan_sip did',
  registerPeerHostSecret:
    "registration `{name}`: the host names the peer `{peer}` (its address, and its `secret` for the line's empty one, as chan_sip did)",
  registerUnreadable:
    'not `user[:secret[:authuser]]@host[:port][/extension][~expiry]`: chan_sip could not read it, nothing converted',
  registerDuplicate: 'the same line as line {line}: one registration',
  registerProtocolOff:
    'registration `{name}` over {protocol}, which is off in [general]: chan_sip could not send it; the {protocol} transport is made so that pjsip can, check that you want it',
  registerBadUri:
    "'{text}' cannot stand in a SIP URI (a placeholder left in?): chan_sip sent requests no registrar accepts; no registration made",
  registrationIncomplete: 'registration `{name}`: some options do not exist in this release (see the checker findings)',
  registertimeout: 'the time between attempts of every registration',
  registerattemptsForever: '0 means for ever in chan_sip: every registration retries without end',
  registerattempts: 'chan_sip gave up after {n} requests: every registration stops after the same number of attempts',
  registerRetry403: 'a 403 answer is retried like the others, as chan_sip did',
  registerStop403: 'a 403 answer stops the registration, as in chan_sip and pjsip by default',
  noRegistrations: 'no register line: nothing to apply it to',
  defaultexpiryRegistrations: 'the expiry every registration asks for',
  noDynamicPeers: 'no device registers here: nothing to apply it to',
  bind: 'where chan_sip listened for {protocol}',
  protocolOff: '{protocol} is off in chan_sip: nothing to carry',
  websocket: 'WebSocket transports (served by http.conf, as in chan_sip)',
  websocketOff: 'WebSockets off: no WebSocket transport made',
  noWebsocketTransport: 'no peer uses WebSockets: no transport to apply it to',
  externaddr: 'the public address every transport announces',
  localnet: 'the local networks every transport does not rewrite for',
  localnetNoExtern: 'a local network (without a public address it changes nothing, as in chan_sip)',
  realm: 'the realm of every challenge',
  allowguestNo: 'pjsip answers unknown callers with a challenge they cannot pass, as chan_sip did',
  allowguestYes: 'unknown callers go to the context `{context}` through the endpoint `anonymous`, as chan_sip let them',
  callLimit: 'pjsip has no call limit per endpoint: use GROUP() and GROUP_COUNT() in the dialplan',
  callCounter: 'pjsip always counts calls for device states',
  amaflags: 'pjsip has no `amaflags`: set CHANNEL(amaflags) in the dialplan',
  parkinglot: 'pjsip has no parking lot option: set CHANNEL(parkinglot) in the dialplan',
  description: "a label for chan_sip's CLI only: nothing to carry",
  regexten: 'pjsip does not add an extension when a device registers: use a hint or DEVICE_STATE()',
  regcontext: 'pjsip does not add extensions when devices register: use hints or DEVICE_STATE()',
  mohSuggest: 'pjsip has no way to suggest a music class to the far end',
  autoframing: 'pjsip has no automatic packetization: give the framing in `allow` (`ulaw:20`) if you need it',
  maxcallbitrate: 'pjsip has no video bit rate limit per endpoint: nothing carried',
  directmediaAcl: 'pjsip has no ACL for direct media: direct media is allowed with every address',
  rfc2833compensate: 'a workaround for old Asterisk versions: pjsip does not need it',
  relaxdtmf: 'a setting of inband DTMF detection that pjsip does not have',
  ignoresdpversion: 'pjsip reads every SDP offer: nothing to carry',
  noEquivalent: 'pjsip has no equivalent: decide whether you still need it',
  tosText: 'pjsip has no text stream ToS/CoS: nothing to carry',
  rtpbindaddr: 'set `media_address` and `bind_rtp_to_media_address` on the endpoints if you need it',
  keepalive:
    'pjsip has no per-device keepalive: use `qualify_frequency`, or `keep_alive_interval` in the global section',
  promiscredir: 'pjsip follows redirects with `redirect_method`: decide how this endpoint should handle them',
  buggymwi: 'a workaround for old phones: pjsip has none',
  obsolete: 'no longer used by chan_sip: nothing to carry',
  sessionRefresher: 'pjsip chooses the refresher itself: nothing carried',
  peerTimers:
    'pjsip sets SIP timers for the whole system only: set `timer_t1`/`timer_b` in the system section if needed',
  maxforwards: 'pjsip sets Max-Forwards for the whole system only (`max_forwards` in the global section)',
  q850: 'pjsip sends and reads Q.850 reasons without being told',
  recordFeature: 'pjsip has no record feature per endpoint: use features.conf or the dialplan',
  realtimeField: 'a field of realtime rows (chan_sip fills it itself): nothing to carry',
  tcpAuth: 'a limit of chan_sip TCP sessions: pjsip has none',
  tlsverifyclient: 'chan_sip ignored it ("Ignoring unsupported option"): nothing to carry',
  externrefresh: 'pjsip resolves the public host name when it loads: nothing to carry',
  matchexternlocally: 'pjsip matches local networks with `local_net` only: nothing to carry',
  directrtpsetup: 'an experimental chan_sip feature: pjsip has none',
  alwaysauthreject: 'pjsip always answers unknown users like wrong passwords',
  srvlookup: 'pjsip looks up DNS SRV records without being told',
  pedantic: 'pjsip always checks requests strictly',
  debugging: 'a chan_sip debugging setting: use `pjsip set logger on` instead',
  notifyState: 'pjsip sends ringing and hold states in its device state notifications without being told',
  notifycid: 'pjsip does not put the caller ID in state notifications',
  outofcallMessage: 'pjsip accepts out-of-call MESSAGE requests to `message_context` (or the context)',
  authRequests: 'pjsip challenges MESSAGE requests like calls',
  authOptions: 'pjsip never challenges OPTIONS: nothing to carry',
  domains: 'multi-domain set-ups differ in pjsip (`domain_alias`, `from_domain`): decide how to rebuild it',
  matchAuthUsername:
    'pjsip identifies by the auth user name with `identify_by=auth_username`: decide where you need it',
  autocreatepeer: 'pjsip never creates endpoints on the fly: add an endpoint for each device',
  realtime:
    'realtime peers are in the database, not in sip.conf: move them to the pjsip tables (ps_endpoints, ...) yourself',
  outboundMwi: 'subscriptions to a remote voicemail server are not converted: set them up with pjsip yourself',
  subscriptionExpiry: 'pjsip has no limits on subscription expiry: nothing to carry',
  dynamicExcludeStatic: 'pjsip does not compare registering devices with fixed ones: use `contact_deny` if you need it',
  t1min: 'pjsip has no lower limit for T1: nothing to carry',
  jitterbuffer: 'pjsip has no jitter buffer settings: use the JITTERBUFFER() function in the dialplan',
  qualifyPacing: 'pjsip paces its own qualify requests: nothing to carry',
  shrinkcallerid: 'pjsip does not shrink caller IDs: use FILTER() in the dialplan if you need it',
  generalAuth: 'credentials for any peer chan_sip calls: give each endpoint its own `outbound_auth`',
  generalCallerid: 'the caller ID chan_sip used when a call had none: set it in the dialplan (CALLERID(all))',
  generalDtlsEnable: 'in [general] it turned DTLS on for no peer (each peer turns it on itself)',
  allowguestDefault:
    'chan_sip let unknown callers into the context `{context}` (`allowguest` is yes by default); pjsip does not: add an endpoint `anonymous` if you relied on it',
  sourceRejected:
    'sip.conf has a line that makes Asterisk reject the whole file (see the source problems): chan_sip loaded nothing from it',
} as const;

export const zhMigrateNotes = {
  copied: '原样迁移',
  renamedValue: "pjsip 中该取值 '{from}' 写作 '{to}'",
  pjsipDefault: 'pjsip 默认即如此（`{option}={value}`）：未写入',
  notInTarget: 'Asterisk {version} 没有 `{option}`：未写入，请决定如何替代',
  valueNotInTarget: "该版本的 `{option}` 不接受 '{value}'：未写入",
  valueRejected: 'Asterisk 会拒绝 `{option}={value}` 并丢弃该对象：未写入，请更正该值',
  partlyWritten: '有部分内容无法写入（目标版本缺少某个选项，或会拒绝某个取值）：请检查该对象',
  bindRejected: "Asterisk 会拒绝地址 '{value}'：transport 改为绑定 `{bind}`，请更正",
  unknownValue: "chan_sip 不认识取值 '{value}'，已忽略：无需迁移",
  emptyValue: '为空：chan_sip 未使用它',
  notANumber: '不是数字：chan_sip 沿用了默认值',
  setAgain: '第 {line} 行再次设置：chan_sip 以最后一个值为准',
  setAgainAs: '第 {line} 行以 `{key}` 再次设置：chan_sip 以最后一个值为准',
  unknownKey: 'chan_sip 不认识此设置，直接忽略（不告警）：无需迁移',
  generalOnly: 'chan_sip 只在 [general] 中读取它：在对端段中被忽略',
  peerOnly: 'chan_sip 只在对端段中读取它：在 [general] 中被忽略',
  notRead: '转换器的这一步没有读取它（请报告此问题）',
  peerDefault: '所有未自行设置它的对端的默认值：{count} 个对端采用',
  everyPeerSetsIt: '每个对端都设置了自己的值：无需迁移',
  noPeers: '没有可应用的对端',
  templateUsed: '模板：已应用到由它生成的 {count} 个段（{sections}）',
  templateUnused: '没有任何段使用的模板：chan_sip 从未用它生成对象',
  secondGeneral: '第二个 [general]：chan_sip 只读取第一个',
  sectionSkipped: 'chan_sip 跳过了此段（见其 `type` 行）：未转换',
  badPeerName:
    '带逗号（或为空）的段名不能作为 pjsip 对象名（pjsip 会把它当作列表）：未转换，请给该对端起一个普通的名字',
  badMd5secret:
    'md5secret 不是 32 位十六进制数，任何设备都无法通过认证：未转换（没有它的 endpoint 会接受任何人），请设置密码',
  noType: '没有 `type`：chan_sip 跳过了此段（"Section lacks type"）；未转换',
  unknownType: '未知类型 \'{type}\'：chan_sip 跳过了此段（"Unknown type"）；未转换',
  'type.friend': 'friend：既能呼出也能呼入的 endpoint，并带有 aor、auth 和 identify',
  'type.peer': 'peer：chan_sip 按地址识别的 endpoint，并带有 aor、auth 和 identify',
  'type.user': 'user：只接受该设备呼入的 endpoint（chan_sip 从不呼叫它），没有 aor',
  secret: '设备必须回答的密码（用户名为对端名）',
  secretOutboundOnly: '呼叫该对端时使用的密码（设置了 `insecure=invite` 时 chan_sip 从不对其呼叫发起认证质询）',
  secretUnderMd5: '已设置 `md5secret`，与 chan_sip 一样优先于 `secret`',
  secretUnusedInsecure:
    '不需要：设置了 `insecure=invite` 时 chan_sip 从不对此对端发起认证质询，且没有 `defaultuser` 时呼叫该对端也不使用它',
  md5secret: '设备必须回答的散列密码（`auth_type=md5`）',
  emptySecret: '为空：chan_sip 不对该设备发起认证质询，pjsip 同样不会（未写入 auth）',
  remotesecret: '呼叫该对端时使用的密码',
  remotesecretNoUser: '未使用：没有 `defaultuser` 时 chan_sip 不回答呼叫该对端时收到的认证质询',
  defaultuser: '呼叫该对端时的用户名（出站认证和 contact URI）',
  defaultuserContact: 'contact URI 的用户部分（没有密码：chan_sip 不回答认证质询）',
  emptyDefaultuser: '为空：等同于未设置',
  realmAuth: "realm '{realm}' 的凭据",
  badRealmAuth: '不是 `user:secret@realm` 或 `user#md5secret@realm` 格式：chan_sip 无法读取',
  hostDynamic: '设备会注册：aor 保留它注册的唯一 contact',
  hostStatic: '固定地址：aor 的 contact 为 `{contact}`',
  emptyHost: '为空：该对端没有地址',
  userHasNoAddress: 'chan_sip 中的 user 没有地址：无需迁移',
  portStatic: '用于 contact 以及 identify 匹配的地址',
  portDynamic: '未使用：设备注册时会给出自己的地址',
  portWithoutHost: '没有 `host`：chan_sip 未使用它',
  defaultip: 'pjsip 没有设备注册前可呼叫的地址：如有需要请添加静态 contact',
  insecureNo: '默认值：无需写入',
  insecurePort: '与 chan_sip 一样，按地址匹配来自任意端口的呼叫',
  insecureInvite: '与 chan_sip 一样，不对来自该地址的呼叫发起认证质询：endpoint 没有入站 auth，并带有 identify',
  insecureInviteDynamic: 'pjsip 无法只对呼叫免去认证质询而仍检查注册：现在来自该设备的呼叫会被认证质询',
  insecurePortDynamic: 'pjsip 不检查已注册设备的端口',
  insecureVery:
    "chan_sip 20.7.0 不认识 'very'（\"Unknown insecure mode 'very'\"）并已忽略：呼叫原本就会被认证质询，现在仍然如此",
  codecs: 'chan_sip 为该对端使用的编解码器 (codec)：{codecs}',
  codecsUnknown: 'chan_sip 为该对端使用的编解码器 (codec)：{codecs}（它跳过了未知的 {unknown}）',
  emptyAllow: '空的 `allow=`：chan_sip 记录 "Codec configuration errors" 并保留原有的编解码器',
  noCodecs: '没有剩下任何编解码器：在 chan_sip 中与该对端的呼叫同样失败；请允许所需的编解码器',
  mediaSupportOn: '保留 {kind} 编解码器',
  mediaSupportOff: '与 chan_sip 一样，不提供 {kind} 编解码器',
  nat: '与 chan_sip 相同的 NAT 处理',
  natAuto: 'NAT 处理：pjsip 对所有设备生效，chan_sip 只对它检测到位于 NAT 之后的设备生效',
  natNo: '与 chan_sip 一样不做 NAT 处理',
  directmedia: '与 chan_sip 相同的直接媒体设置',
  t38: '与 chan_sip 相同的 T.38 传真 (UDPTL)',
  encryption: '使用 SDES 密钥的 SRTP',
  encryptionDtls: '使用 DTLS 密钥的 SRTP（`dtlsenable=yes`）',
  dtlsenable: 'DTLS-SRTP (WebRTC)',
  dtlsOff: '该对端未启用 DTLS：chan_sip 未使用它',
  qualify: '每 {freq} 秒探测一次；{ms} 毫秒内无应答即视为不可达',
  qualifyfreq: '每 {freq} 秒探测一次',
  qualifyOff: '不做 qualify 探测，与 pjsip 默认相同',
  qualifyfreqWithoutQualify: 'qualify 探测已关闭：chan_sip 未使用它',
  mailbox: '与 chan_sip 一样向 aor 的设备发送 MWI',
  mailboxSubscribe: '只向订阅了的设备发送 MWI（`subscribemwi=yes`）',
  subscribemwiWithoutMailbox: '没有语音信箱：无需迁移',
  callerid: '来自该设备的呼叫的主叫号码 (caller ID)',
  transport: 'chan_sip 为该对端使用的唯一 transport',
  transportSomeOff: 'chan_sip 为该对端使用的 transport（[general] 中未启用 {off}，chan_sip 跳过了它）',
  transportUdpOnly: '只有 UDP：pjsip 默认使用其 UDP transport',
  transportMany: '多个 transport：pjsip 使用每个 contact 要求的那一个',
  transportNoneUsable: "[general] 中未启用 '{value}' 中的任何一个：chan_sip 使用 UDP，pjsip 也一样",
  badProxy: '不是 `host[:port]` 格式：chan_sip 无法读取',
  callbackNoHost: '该对端没有可注册的固定地址：未生成 registration',
  register: 'registration `{name}`，带有自己的 auth，按 chan_sip 的方式重试',
  registerPeerHost: 'registration `{name}`：主机名指向对端 `{peer}`，因此与 chan_sip 一样发往该地址',
  registerPeerHostSecret:
    'registration `{name}`：主机名指向对端 `{peer}`（与 chan_sip 一样使用其地址，并以其 `secret` 代替该行空的密码）',
  registerUnreadable:
    '不是 `user[:secret[:authuser]]@host[:port][/extension][~expiry]` 格式：chan_sip 无法读取，未转换',
  registerDuplicate: '与第 {line} 行相同：只生成一个 registration',
  registerProtocolOff:
    'registration `{name}` 使用 {protocol}，而 [general] 中未启用它：chan_sip 无法发送；已生成 {protocol} transport 以便 pjsip 可以发送，请确认是否需要',
  registerBadUri:
    "'{text}' 不能出现在 SIP URI 中（是否遗留了占位符？）：chan_sip 发出的请求没有注册服务器会接受；未生成 registration",
  registrationIncomplete: 'registration `{name}`：部分选项在该版本中不存在（见检查结果）',
  registertimeout: '每个 registration 两次尝试之间的间隔',
  registerattemptsForever: '在 chan_sip 中 0 表示永远：每个 registration 都会无限重试',
  registerattempts: 'chan_sip 在 {n} 次请求后放弃：每个 registration 在同样次数的尝试后停止',
  registerRetry403: '与 chan_sip 一样，403 应答会像其他应答一样重试',
  registerStop403: '403 应答会停止注册，与 chan_sip 和 pjsip 的默认行为一致',
  noRegistrations: '没有 `register` 行：无可应用之处',
  defaultexpiryRegistrations: '每个 registration 请求的有效期',
  noDynamicPeers: '这里没有会注册的设备：无可应用之处',
  bind: 'chan_sip 监听 {protocol} 的地址',
  protocolOff: 'chan_sip 中 {protocol} 已关闭：无需迁移',
  websocket: 'WebSocket transport（与 chan_sip 一样由 http.conf 提供服务）',
  websocketOff: 'WebSocket 已关闭：未生成 WebSocket transport',
  noWebsocketTransport: '没有对端使用 WebSocket：没有可应用的 transport',
  externaddr: '每个 transport 对外公布的公网地址',
  localnet: '每个 transport 不做地址改写的本地网络',
  localnetNoExtern: '本地网络（没有公网地址时不起作用，与 chan_sip 相同）',
  realm: '所有认证质询使用的 realm',
  allowguestNo: '与 chan_sip 一样，pjsip 对未知呼叫方发起无法通过的认证质询',
  allowguestYes: '与 chan_sip 一样，未知呼叫方通过 endpoint `anonymous` 进入 context `{context}`',
  callLimit: 'pjsip 没有按 endpoint 的呼叫数限制：请在拨号方案中使用 GROUP() 和 GROUP_COUNT()',
  callCounter: 'pjsip 始终为设备状态统计呼叫',
  amaflags: 'pjsip 没有 `amaflags`：请在拨号方案中设置 CHANNEL(amaflags)',
  parkinglot: 'pjsip 没有停车场选项：请在拨号方案中设置 CHANNEL(parkinglot)',
  description: '仅供 chan_sip 命令行显示的标签：无需迁移',
  regexten: '设备注册时 pjsip 不会添加分机：请使用 hint 或 DEVICE_STATE()',
  regcontext: '设备注册时 pjsip 不会添加分机：请使用 hint 或 DEVICE_STATE()',
  mohSuggest: 'pjsip 无法向对端建议保持音乐类别',
  autoframing: 'pjsip 没有自动打包时长：如有需要请在 `allow` 中给出打包时长（`ulaw:20`）',
  maxcallbitrate: 'pjsip 没有按 endpoint 的视频码率上限：未迁移',
  directmediaAcl: 'pjsip 没有直接媒体的 ACL：任何地址都允许直接媒体',
  rfc2833compensate: '针对旧版 Asterisk 的变通办法：pjsip 不需要',
  relaxdtmf: 'pjsip 没有的带内 DTMF 检测设置',
  ignoresdpversion: 'pjsip 会读取每个 SDP 提议：无需迁移',
  noEquivalent: 'pjsip 没有对应设置：请决定是否仍然需要',
  tosText: 'pjsip 没有文本流的 ToS/CoS：无需迁移',
  rtpbindaddr: '如有需要，请在 endpoint 上设置 `media_address` 和 `bind_rtp_to_media_address`',
  keepalive: 'pjsip 没有按设备的保活：请使用 `qualify_frequency`，或 global 段中的 `keep_alive_interval`',
  promiscredir: 'pjsip 用 `redirect_method` 处理重定向：请决定该 endpoint 应如何处理',
  buggymwi: '针对旧话机的变通办法：pjsip 没有',
  obsolete: 'chan_sip 已不再使用：无需迁移',
  sessionRefresher: 'pjsip 自行选择刷新方：未迁移',
  peerTimers: 'pjsip 只能为整个系统设置 SIP 定时器：如有需要请在 system 段中设置 `timer_t1`/`timer_b`',
  maxforwards: 'pjsip 只能为整个系统设置 Max-Forwards（global 段中的 `max_forwards`）',
  q850: 'pjsip 默认就会发送和读取 Q.850 原因',
  recordFeature: 'pjsip 没有按 endpoint 的录音功能码：请使用 features.conf 或拨号方案',
  realtimeField: 'realtime 行中的字段（由 chan_sip 自行填写）：无需迁移',
  tcpAuth: 'chan_sip TCP 会话的限制：pjsip 没有',
  tlsverifyclient: 'chan_sip 忽略了它（"Ignoring unsupported option"）：无需迁移',
  externrefresh: 'pjsip 在加载时解析公网主机名：无需迁移',
  matchexternlocally: 'pjsip 只用 `local_net` 匹配本地网络：无需迁移',
  directrtpsetup: 'chan_sip 的实验性功能：pjsip 没有',
  alwaysauthreject: 'pjsip 始终像对待密码错误一样应答未知用户',
  srvlookup: 'pjsip 默认就会查询 DNS SRV 记录',
  pedantic: 'pjsip 始终严格检查请求',
  debugging: 'chan_sip 的调试设置：请改用 `pjsip set logger on`',
  notifyState: 'pjsip 默认就会在设备状态通知中发送振铃和保持状态',
  notifycid: 'pjsip 不会在状态通知中附带主叫号码',
  outofcallMessage: 'pjsip 接受发往 `message_context`（或 context）的呼叫外 MESSAGE 请求',
  authRequests: 'pjsip 像对待呼叫一样对 MESSAGE 请求发起认证质询',
  authOptions: 'pjsip 从不对 OPTIONS 发起认证质询：无需迁移',
  domains: 'pjsip 的多域名配置方式不同（`domain_alias`、`from_domain`）：请决定如何重建',
  matchAuthUsername: 'pjsip 用 `identify_by=auth_username` 按认证用户名识别：请决定在哪里需要',
  autocreatepeer: 'pjsip 从不临时创建 endpoint：请为每个设备添加 endpoint',
  realtime: 'realtime 对端保存在数据库中而不在 sip.conf 中：请自行将其迁移到 pjsip 的数据表（ps_endpoints 等）',
  outboundMwi: '向远端语音信箱服务器的订阅未转换：请自行用 pjsip 配置',
  subscriptionExpiry: 'pjsip 没有订阅有效期限制：无需迁移',
  dynamicExcludeStatic: 'pjsip 不会把注册设备与固定地址的设备比较：如有需要请使用 `contact_deny`',
  t1min: 'pjsip 没有 T1 下限：无需迁移',
  jitterbuffer: 'pjsip 没有抖动缓冲设置：请在拨号方案中使用 JITTERBUFFER() 函数',
  qualifyPacing: 'pjsip 自行控制 qualify 请求的节奏：无需迁移',
  shrinkcallerid: 'pjsip 不会精简主叫号码：如有需要请在拨号方案中使用 FILTER()',
  generalAuth: 'chan_sip 呼叫任何对端时使用的凭据：请为每个 endpoint 设置自己的 `outbound_auth`',
  generalCallerid: '呼叫没有主叫号码时 chan_sip 使用的号码：请在拨号方案中设置（CALLERID(all)）',
  generalDtlsEnable: '在 [general] 中它不会为任何对端启用 DTLS（每个对端需自行启用）',
  allowguestDefault:
    'chan_sip 允许未知呼叫方进入 context `{context}`（`allowguest` 默认为 yes）；pjsip 不允许：如果依赖这一点，请添加 endpoint `anonymous`',
  sourceRejected: 'sip.conf 中有一行会让 Asterisk 拒绝整个文件（见源文件问题）：chan_sip 没有从中加载任何内容',
} as const satisfies Record<keyof typeof enMigrateNotes, string>;

export type MigrateNoteKey = keyof typeof enMigrateNotes;

export const sameMigrateNotePlaceholders: [PlaceholderMismatch<typeof enMigrateNotes, typeof zhMigrateNotes>] extends [
  never,
]
  ? true
  : never = true;

export const migrateNote = renderer(enMigrateNotes, zhMigrateNotes);

/** Headings, labels and phrases of MIGRATION.md and the command's own messages. */
export const enMigrateLabels = {
  title: 'Moving {source} to pjsip.conf',
  intro:
    'Converted by pjsip-migrate {version} for Asterisk {target}. Every setting of sip.conf is listed below, section by section, with where it went or why it could not go. Passwords are shown as ********.',
  summary: 'Summary',
  peers: 'peers',
  endpoints: 'endpoints',
  registerLines: 'register lines',
  registrations: 'registrations',
  settings: 'settings',
  written: 'files written',
  status: 'Result: {status}',
  statusClean: 'everything carried over (exit status 0)',
  statusAdmin: 'some settings need you (exit status 1): see the list below',
  attention: 'Needs your attention',
  attentionNone: 'Nothing.',
  notes: 'About the whole file',
  checker: 'The output checked by pjsip-check',
  checkerClean: 'No findings.',
  checkerCounts: '{errors} error(s), {warnings} warning(s), {infos} other finding(s)',
  sourceProblems: 'Problems in the source files',
  sourceProblemsNone: 'None: chan_sip read every line.',
  sections: 'Setting by setting',
  colLine: 'line',
  colSetting: 'setting',
  colValue: 'value',
  colResult: 'result',
  colWhere: 'where it went, or why not',
  fromTemplate: 'from template {template}',
  every: 'every {type}',
  'status.carried': 'carried',
  'status.default': 'pjsip default',
  'status.ignored': 'nothing to carry',
  'status.manual': 'needs you',
  'status.broken': 'broken in the source',
} as const;

export const zhMigrateLabels = {
  title: '将 {source} 迁移到 pjsip.conf',
  intro:
    '由 pjsip-migrate {version} 为 Asterisk {target} 转换。下面按段列出 sip.conf 的每个设置，以及它迁移到了哪里或为何无法迁移。密码显示为 `********`。',
  summary: '概要',
  peers: '对端',
  endpoints: 'endpoint',
  registerLines: '`register` 行',
  registrations: 'registration',
  settings: '设置',
  written: '已写入的文件',
  status: '结果：{status}',
  statusClean: '全部迁移（退出状态 0）',
  statusAdmin: '部分设置需要你处理（退出状态 1）：见下方列表',
  attention: '需要你处理',
  attentionNone: '没有。',
  notes: '关于整个文件',
  checker: 'pjsip-check 对输出的检查',
  checkerClean: '没有发现问题。',
  checkerCounts: '{errors} 个错误，{warnings} 个警告，{infos} 个其他发现',
  sourceProblems: '源文件中的问题',
  sourceProblemsNone: '没有：chan_sip 读取了每一行。',
  sections: '逐项设置',
  colLine: '行',
  colSetting: '设置',
  colValue: '取值',
  colResult: '结果',
  colWhere: '迁移到哪里，或为何没有迁移',
  fromTemplate: '来自模板 {template}',
  every: '每个 {type}',
  'status.carried': '已迁移',
  'status.default': 'pjsip 默认值',
  'status.ignored': '无需迁移',
  'status.manual': '需要你处理',
  'status.broken': '源文件有误',
} as const satisfies Record<keyof typeof enMigrateLabels, string>;

export const sameMigrateLabelPlaceholders: [
  PlaceholderMismatch<typeof enMigrateLabels, typeof zhMigrateLabels>,
] extends [never]
  ? true
  : never = true;

export const migrateLabel = renderer(enMigrateLabels, zhMigrateLabels);

/** What each step that reads several keys together does (docs/migration.md). */
export const enMigrateGroups = {
  type: '`friend` and `peer`: endpoint, aor and (with a password) auth, an identify for a fixed address; `user`: endpoint and auth only',
  credentials:
    '`secret`/`md5secret`: the auth the device answers (user name: the peer name; empty: no auth); `defaultuser`/`username` with `remotesecret` (else `secret`): the outbound auth for calls to the peer; `auth=user:secret@realm`: one more outbound auth for that realm',
  address:
    "`host=dynamic`: an aor with `max_contacts=1`, `remove_existing=yes` and chan_sip's expiry limits; a fixed host: the aor `contact` (with `defaultuser` and `port`) and an identify matching the address and port",
  insecure:
    '`invite`: no inbound auth on a fixed-address peer (identified by its address); `port`: the identify matches any port; `very` is unknown to 20.7.0 and ignored',
  codecs:
    "chan_sip's list worked out line by line from its default (ulaw, alaw, gsm, h263), [general] first: `disallow=all` and `allow=` with the result; video and text codecs only with `videosupport`/`textsupport`",
  nat: "`force_rport`: `force_rport` and `rewrite_contact`; `comedia`: `rtp_symmetric`; `no`: `force_rport=no`; unset (chan_sip's `auto_force_rport`): `rewrite_contact=yes`",
  directmedia:
    '`no`: `direct_media=no`; `nonat`: `disable_direct_media_on_nat`; `update`: `direct_media_method=update`; `outgoing`: `direct_media_glare_mitigation=outgoing`',
  qualify: "`qualify=yes` (2000 ms) or N ms: the aor's `qualify_frequency` (`qualifyfreq`, 60 s) and `qualify_timeout`",
  mailbox: "`mailbox`: the aor's `mailboxes` (unsolicited MWI); with `subscribemwi=yes` the endpoint's",
  callerid: "`callerid`, `fullname` and `cid_number` together: the endpoint's `callerid`",
  t38: '`t38pt_udptl=yes[,fec|redundancy|none][,maxdatagram=N]`: `t38_udptl`, `t38_udptl_ec` (fec when not given), `t38_udptl_maxdatagram`',
  'media-encryption':
    '`encryption=yes`: `media_encryption=sdes` (dtls with `dtlsenable`); `encryption_taglen=32`: `srtp_tag_32`',
  dtls: '`dtlsenable=yes` in the peer: `media_encryption=dtls` and the `dtls_*` options; without it the dtls* keys do nothing',
  'peer-transport':
    "one protocol: the endpoint's `transport`; several: none (pjsip uses the one each contact asks for); tcp and tls only when enabled in [general]",
  rpid: '`sendrpid=yes`: `send_rpid`; `sendrpid=pai`: `send_pai`',
  outboundproxy: "`[transport://]host[:port]`: the endpoint's `outbound_proxy` as a loose-routing SIP URI",
  callback: '`callbackextension`: a registration to the peer with that `contact_user`',
  bind: '`udpbindaddr`/`bindaddr`/`bindport`, `tcpenable`/`tcpbindaddr`, `tlsenable`/`tlsbindaddr`: one transport per protocol; `ws`/`wss` transports when a peer uses them',
  tls: "the TLS transport's `cert_file`, `priv_key_file`, `ca_list_file`, `ca_list_path`, `cipher`, `method`, `verify_server`",
  'nat-addresses':
    '`externaddr`/`externip`/`externhost`: `external_signaling_address` and `external_media_address` of every transport; `localnet`: `local_net`',
  register:
    "each line its own registration and auth: `server_uri`, `client_uri`, `contact_user` (/extension), `expiration` (~expiry, else `defaultexpiry`, 120 s); a host naming a peer uses that peer's address and, without a secret, its `secret`",
  'register-retry':
    '`registertimeout`: `retry_interval`; `registerattempts`: `max_retries` (0: for ever, N: N - 1); `register_retry_403=yes`: `forbidden_retry_interval`; always `auth_rejection_permanent=no`',
  expiry:
    '`maxexpiry`, `minexpiry`, `defaultexpiry`: the expiry limits of the aors of registering peers (`defaultexpiry` also the expiry registrations ask for)',
  realm: 'the global `default_realm`',
  guests:
    "`allowguest=yes`: an endpoint `anonymous` into [general]'s context; `no`: nothing (pjsip refuses unknown callers)",
  'general-acl': 'a global `acl` section with `contact_permit`, `contact_deny`, `contact_acl`',
} as const;

export const zhMigrateGroups = {
  type: '`friend` 和 `peer`：endpoint、aor 和（有密码时）auth，固定地址时再加一个 identify；`user`：只有 endpoint 和 auth',
  credentials:
    '`secret`/`md5secret`：设备回答的 auth（用户名为对端名；为空时没有 auth）；`defaultuser`/`username` 与 `remotesecret`（否则 `secret`）：呼叫该对端时的出站 auth；`auth=user:secret@realm`：该 realm 的另一个出站 auth',
  address:
    '`host=dynamic`：aor 设置 `max_contacts=1`、`remove_existing=yes` 以及 chan_sip 的有效期限制；固定主机：aor 的 `contact`（带 `defaultuser` 和 `port`）以及匹配地址和端口的 identify',
  insecure:
    '`invite`：固定地址的对端没有入站 auth（按地址识别）；`port`：identify 匹配任意端口；20.7.0 不认识 `very`，忽略',
  codecs:
    '从 chan_sip 的默认列表（ulaw、alaw、gsm、h263）开始逐行推算，先 [general]：写成 `disallow=all` 和结果的 `allow=`；只有 `videosupport`/`textsupport` 时才保留视频和文本编解码器',
  nat: '`force_rport`：`force_rport` 和 `rewrite_contact`；`comedia`：`rtp_symmetric`；`no`：`force_rport=no`；未设置（chan_sip 的 `auto_force_rport`）：`rewrite_contact=yes`',
  directmedia:
    '`no`：`direct_media=no`；`nonat`：`disable_direct_media_on_nat`；`update`：`direct_media_method=update`；`outgoing`：`direct_media_glare_mitigation=outgoing`',
  qualify:
    '`qualify=yes`（2000 毫秒）或 N 毫秒：aor 的 `qualify_frequency`（`qualifyfreq`，60 秒）和 `qualify_timeout`',
  mailbox: '`mailbox`：aor 的 `mailboxes`（主动发送 MWI）；`subscribemwi=yes` 时为 endpoint 的',
  callerid: '`callerid`、`fullname` 和 `cid_number` 合起来：endpoint 的 `callerid`',
  t38: '`t38pt_udptl=yes[,fec|redundancy|none][,maxdatagram=N]`：`t38_udptl`、`t38_udptl_ec`（未给出时为 fec）、`t38_udptl_maxdatagram`',
  'media-encryption':
    '`encryption=yes`：`media_encryption=sdes`（有 `dtlsenable` 时为 dtls）；`encryption_taglen=32`：`srtp_tag_32`',
  dtls: '对端自己的 `dtlsenable=yes`：`media_encryption=dtls` 以及各 `dtls_*` 选项；否则各 dtls* 键不起作用',
  'peer-transport':
    '只有一种协议：endpoint 的 `transport`；多种：不写（pjsip 使用每个 contact 要求的那个）；tcp 和 tls 只在 [general] 中启用时有效',
  rpid: '`sendrpid=yes`：`send_rpid`；`sendrpid=pai`：`send_pai`',
  outboundproxy: '`[transport://]host[:port]`：endpoint 的 `outbound_proxy`，写成松散路由的 SIP URI',
  callback: '`callbackextension`：一个向该对端注册、`contact_user` 为该值的 registration',
  bind: '`udpbindaddr`/`bindaddr`/`bindport`、`tcpenable`/`tcpbindaddr`、`tlsenable`/`tlsbindaddr`：每种协议一个 transport；有对端使用时生成 `ws`/`wss` transport',
  tls: 'TLS transport 的 `cert_file`、`priv_key_file`、`ca_list_file`、`ca_list_path`、`cipher`、`method`、`verify_server`',
  'nat-addresses':
    '`externaddr`/`externip`/`externhost`：每个 transport 的 `external_signaling_address` 和 `external_media_address`；`localnet`：`local_net`',
  register:
    '每行生成各自的 registration 和 auth：`server_uri`、`client_uri`、`contact_user`（`/extension`）、`expiration`（`~expiry`，否则 `defaultexpiry`，120 秒）；主机名指向对端时使用该对端的地址，没有密码时使用其 `secret`',
  'register-retry':
    '`registertimeout`：`retry_interval`；`registerattempts`：`max_retries`（0：永远，N：N - 1）；`register_retry_403=yes`：`forbidden_retry_interval`；始终 `auth_rejection_permanent=no`',
  expiry:
    '`maxexpiry`、`minexpiry`、`defaultexpiry`：会注册的对端的 aor 的有效期限制（`defaultexpiry` 也是 registration 请求的有效期）',
  realm: 'global 段的 `default_realm`',
  guests: '`allowguest=yes`：进入 [general] 的 context 的 endpoint `anonymous`；`no`：不写（pjsip 拒绝未知呼叫方）',
  'general-acl': 'global 的 `acl` 段，带 `contact_permit`、`contact_deny`、`contact_acl`',
} as const satisfies Record<keyof typeof enMigrateGroups, string>;

/** docs/migration.md's own words. */
export const enMigrateDoc = {
  title: 'Moving from chan_sip: what pjsip-migrate does with each sip.conf setting',
  generated: 'Generated from server/src/migrate/table.ts by scripts/generate-migration-docs.mjs. Do not edit by hand.',
  intro:
    'Every key chan_sip reads (Asterisk 20.7.0), where it reads it, and where the converter puts it. In MIGRATION.md each setting gets one of five results: carried (written into pjsip.conf), pjsip default (pjsip already behaves so), nothing to carry (chan_sip did nothing with it), needs you (no pjsip equivalent: exit status 1) or broken in the source (chan_sip could not read it). An option the target release lacks, or a value it would refuse, is never written: that setting then needs you.',
  defaults: 'Defaults of chan_sip written out',
  defaultsText:
    "chan_sip behaved in ways pjsip does not by default; the converter writes them so that nothing changes: the codecs ulaw, alaw and gsm (h263 too with videosupport); `rewrite_contact=yes` (chan_sip's `nat=auto_force_rport`); the aor expiry limits 3600/60/120 s; for registrations `retry_interval=20`, `max_retries` for ever, `auth_rejection_permanent=no` and `expiration=120`; the context `default` is pjsip's own.",
  keys: 'Every key',
  colKey: 'sip.conf key',
  colWhere: 'read in',
  colWhat: 'pjsip-migrate',
  peer: 'peer',
  general: '[general]',
  both: 'peer, [general]',
  peerDefault: ' (default of the peers)',
  list: 'every line counts',
  yesNo: 'yes/no',
  values: 'values',
  everyTransport: 'every transport',
} as const;

export const zhMigrateDoc = {
  title: '从 chan_sip 迁移：pjsip-migrate 如何处理每个 sip.conf 设置',
  generated: '由 scripts/generate-migration-docs.mjs 根据 server/src/migrate/table.ts 生成，请勿手工编辑',
  intro:
    'chan_sip（Asterisk 20.7.0）读取的每个键、在哪里读取，以及转换器把它放到哪里。在 MIGRATION.md 中每个设置有五种结果之一：已迁移（写入 pjsip.conf）、pjsip 默认值（pjsip 本来就如此）、无需迁移（chan_sip 没有使用它）、需要你处理（pjsip 没有对应设置：退出状态 1）或源文件有误（chan_sip 无法读取）。目标版本缺少的选项或会拒绝的取值从不写入：这样的设置需要你处理。',
  defaults: '写出的 chan_sip 默认行为',
  defaultsText:
    'chan_sip 的一些默认行为与 pjsip 不同；转换器把它们写出来以保持不变：编解码器 ulaw、alaw 和 gsm（有 `videosupport` 时还有 h263）；`rewrite_contact=yes`（chan_sip 的 `nat=auto_force_rport`）；aor 的有效期限制 3600/60/120 秒；registration 的 `retry_interval=20`、永远重试的 `max_retries`、`auth_rejection_permanent=no` 和 `expiration=120`；context `default` 与 pjsip 自己的默认值相同。',
  keys: '所有键',
  colKey: 'sip.conf 键',
  colWhere: '读取位置',
  colWhat: 'pjsip-migrate',
  peer: '对端',
  general: '[general]',
  both: '对端、[general]',
  peerDefault: '（对端的默认值）',
  list: '每一行都有效',
  yesNo: 'yes/no',
  values: '取值',
  everyTransport: '每个 transport',
} as const satisfies Record<keyof typeof enMigrateDoc, string>;

/** pjsip-migrate's own messages. */
export const enMigrateCli = {
  noOutput: 'no output folder given (-o OUTDIR)',
  noPath: 'no PATH given (a sip.conf or the folder holding it)',
  noSipConf: "'{path}' holds no sip.conf",
  noSuchPath: "cannot read '{path}': no such file or folder",
  notReadable: "cannot read '{path}'",
  outputExists: "'{file}' already exists in '{dir}': nothing written (use --force to replace it)",
  cannotWrite: "cannot write '{path}': {error}",
  unknownOption: "unknown option '{option}'",
  badLang: "unknown language '{lang}' (expected en or zh-cn)",
  wrote: 'wrote {files}',
  result:
    '{peers} peer(s) -> {endpoints} endpoint(s), {lines} register line(s) -> {registrations} registration(s); {manual} setting(s) need you; checker: {errors} error(s), {warnings} warning(s)',
  internalError: 'internal error: {error}',
} as const;

export const zhMigrateCli = {
  noOutput: '没有给出输出目录（-o OUTDIR）',
  noPath: '没有给出 PATH（sip.conf 或其所在目录）',
  noSipConf: "'{path}' 中没有 sip.conf",
  noSuchPath: "无法读取 '{path}'：没有这个文件或目录",
  notReadable: "无法读取 '{path}'",
  outputExists: "'{dir}' 中已存在 '{file}'：未写入任何内容（使用 --force 覆盖）",
  cannotWrite: "无法写入 '{path}'：{error}",
  unknownOption: "未知的选项 '{option}'",
  badLang: "未知的语言 '{lang}'（应为 en 或 zh-cn）",
  wrote: '已写入 {files}',
  result:
    '{peers} 个对端 -> {endpoints} 个 endpoint，{lines} 个 `register` 行 -> {registrations} 个 registration；{manual} 个设置需要你处理；检查结果：{errors} 个错误，{warnings} 个警告',
  internalError: '内部错误：{error}',
} as const satisfies Record<keyof typeof enMigrateCli, string>;

export const sameMigrateCliPlaceholders: [PlaceholderMismatch<typeof enMigrateCli, typeof zhMigrateCli>] extends [never]
  ? true
  : never = true;

export const migrateCli = renderer(enMigrateCli, zhMigrateCli);

/** `--help` (kept out of the tables). */
export const MIGRATE_USAGE: Readonly<Record<Locale, string>> = {
  en: `usage: pjsip-migrate [--asterisk-version V] [--lang en|zh-cn] [--force] PATH -o OUTDIR
  PATH       a sip.conf, or the folder holding it (its #include files are read too)
  -o OUTDIR  where pjsip.conf (and the files it includes) and MIGRATION.md are written
  --asterisk-version  the Asterisk to write for: a branch (22 = its newest release), 20.7, 20.7.0 or master
             (default: the newest release)
  --lang     the language of MIGRATION.md and the messages: en or zh-cn (default: from LC_ALL, LC_MESSAGES or LANG)
  --force    replace files that already exist in OUTDIR
  --version  print the version
  --help     print this help
Exit status: 0 everything carried over, 1 something needs you (see MIGRATION.md), 2 bad input.`,
  'zh-cn': `用法：pjsip-migrate [--asterisk-version V] [--lang en|zh-cn] [--force] PATH -o OUTDIR
  PATH       sip.conf 或其所在目录（也会读取它 #include 的文件）
  -o OUTDIR  写入 pjsip.conf（及其包含的文件）和 MIGRATION.md 的目录
  --asterisk-version  按哪个 Asterisk 生成：分支（22 表示该分支的最新发行版）、20.7、20.7.0 或 master（默认：最新发行版）
  --lang     MIGRATION.md 和消息的语言：en 或 zh-cn（默认取自 LC_ALL、LC_MESSAGES 或 LANG）
  --force    覆盖 OUTDIR 中已存在的文件
  --version  显示版本
  --help     显示此帮助
退出状态：0 全部迁移，1 有需要你处理的内容（见 MIGRATION.md），2 输入有误。`,
};

/** The hover on sip.conf in the editor. */
export function sipConfHoverText(locale: Locale | undefined): string {
  return locale === 'zh-cn'
    ? '**sip.conf** 是 chan_sip 的配置文件，Asterisk 21 已移除 chan_sip。把它转换为 pjsip.conf：运行命令 **PJSIP: 转换 sip.conf**，或在命令行运行 `pjsip-migrate sip.conf -o OUTDIR`。MIGRATION.md 会列出每个设置迁移到了哪里。这里不做 PJSIP 检查。'
    : '**sip.conf** configures chan_sip, which Asterisk 21 removed. Convert it to pjsip.conf: run **PJSIP: Convert sip.conf**, or `pjsip-migrate sip.conf -o OUTDIR` in a shell; MIGRATION.md then lists where each setting went. It is not checked as PJSIP here.';
}
