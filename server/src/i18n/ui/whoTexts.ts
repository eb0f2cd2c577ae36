/**
 * What "who answers a request" says (features/whoAnswers.ts: `pjsip-check --who`, the `pjsip.server.whoAnswers`
 * command, the "No matching endpoint found" log lines of --explain) and how an endpoint can be reached
 * (features/reachabilityHover.ts), in English and Simplified Chinese; placeholders checked as in quickFixTitles.ts.
 * Asterisk's log lines stay in English.
 */
import { renderer, type PlaceholderMismatch } from './catalogue';

export const enWhoTexts = {
  heading: '**{method} {uri}** from {source}',
  fromUser: ' (From user `{user}`)',
  order: 'Identifiers tried, in order: {names}.',
  byIp: 'Identified as endpoint `{endpoint}` by source address, through identify `{identify}` (match `{entry}`).',
  byHeader: 'Identified as endpoint `{endpoint}` by the header `{header}`, through identify `{identify}`.',
  byRequestUri: 'Identified as endpoint `{endpoint}` by the Request-URI, through identify `{identify}`.',
  byUsername: 'Identified as endpoint `{endpoint}` by the From user name.',
  byAuthUsername: 'Identified as endpoint `{endpoint}` by the user name of its credentials.',
  byAnonymous: 'No other endpoint takes it: the `anonymous` endpoint does.',
  notIdentified:
    'No endpoint takes it. Asterisk answers 401 with a challenge no password satisfies (credentials get 401 again) and logs "No matching endpoint found".',
  ipMiss: 'No identify matches {source}: {identifies}.',
  ipMissItem: '`{identify}` matches {entries}',
  userMiss: 'No endpoint is named `{user}`.',
  triedEndpointMissing:
    'Identify `{identify}` matches, but it names endpoint `{endpoint}`, which Asterisk does not have (it logs a warning and this identifier finds nothing).',
  triedNotByThis: 'Endpoint `{endpoint}` has that name, but its identify_by (`{methods}`) leaves out {identifier}.',
  triedHost:
    'Identify `{identify}` names the host `{host}`: Asterisk resolves it when it loads the config and drops the whole identify if the lookup fails; we do not resolve names, so it might match.',
  aclDenied: 'Refused by the access list {list}: 401 whatever the credentials ("Not match Endpoint ACL").',
  aclMissing:
    'Refused: `acl={list}` names no ACL of acl.conf, so it refuses every request (401, "Not match Endpoint ACL").',
  aclOwn: 'of the endpoint (deny/permit)',
  notChallenged: 'Not challenged: endpoint `{endpoint}` has no auth=.',
  challenged:
    'Challenged (401) with auth `{auths}`: the right password goes on; a wrong one gets 401 again, not 403 ("Failed to authenticate").',
  authError: 'auth= names `{missing}`, which Asterisk does not have: 500 ("Error to authenticate").',
  context: 'Lands in context `{context}`.',
  contextDefault: 'Lands in context `default` (no context= is set).',
  found: 'Extension `{exten}` found in `{context}`: `{line}`.',
  foundVia: 'Extension `{exten}` found in `{context}` (through {chain}): `{line}`.',
  notFound: 'Extension `{exten}` is not in `{context}` or what it includes: 404 ("extension not found in context").',
  couldGrow:
    'Extension `{exten}` is not in `{context}`, but a longer number could match: 484 (the endpoint has allow_overlap=yes).',
  noContext: 'Context `{context}` is not in extensions.conf: 404 ("extension not found in context").',
  conditional: 'Some includes on the way hold only at certain times: the answer may depend on the time.',
  noDialplan: 'There is no extensions.conf in the config folder, so the extension is not checked.',
  result: '**Result:** {none} without credentials; {right} with the right password; {wrong} with a wrong one.',
  resultOpen: '**Result:** {none}, without any password.',
  passes: 'the dialplan runs',
  passesOther: 'the request is handled',
  code: '{code}',
  at: '{file}:{line}',
  // hovers
  hoverHeading: '**How a request reaches endpoint `{endpoint}`**',
  hoverAddress: 'by source address {entries}, through identify `{identify}`',
  hoverHosts: 'by the addresses of {hosts} (resolved by Asterisk at load), through identify `{identify}`',
  hoverEveryone: 'from every address, through identify `{identify}`',
  hoverHeader: 'by the header `{header}`, through identify `{identify}`',
  hoverRequestUri: 'by the Request-URI `{uri}`, through identify `{identify}`',
  hoverUsername: 'by the From user name `{user}`, from any address',
  hoverAuthUsername: 'by the user name `{user}` of its credentials',
  hoverAnonymous: 'as the `anonymous` endpoint: every request no other endpoint takes',
  hoverNone: 'no way in: no identify names it and its identify_by has no user-name method',
  hoverChallenged: 'Every request is challenged with auth `{auths}`.',
  hoverOpen: '**No password is asked**: whoever can send it a request gets in{restricted}.',
  hoverRestricted: ' from the addresses its access lists let through',
  hoverAuthError: 'auth= names `{missing}`, which Asterisk does not have: every request gets 500.',
  hoverCommand: 'To follow one request: `pjsip-check --who "INVITE sip:100@pbx from 203.0.113.7 user {user}" PATH`.',
  identifyHeading: '**Identify `{identify}`** sends to endpoint `{endpoint}`:',
  identifyShadowed:
    'Identify `{other}` matches {entry} too and is tried first ({why}): those requests go to `{otherEndpoint}`.',
} as const;

export const zhWhoTexts = {
  heading: '**{method} {uri}**，来自 {source}',
  fromUser: '（From 用户名 `{user}`）',
  order: '按顺序尝试的识别方式：{names}。',
  byIp: '按来源地址识别为 endpoint `{endpoint}`，经由 identify `{identify}`（match `{entry}`）。',
  byHeader: '按头 `{header}` 识别为 endpoint `{endpoint}`，经由 identify `{identify}`。',
  byRequestUri: '按 Request-URI 识别为 endpoint `{endpoint}`，经由 identify `{identify}`。',
  byUsername: '按 From 用户名识别为 endpoint `{endpoint}`。',
  byAuthUsername: '按凭据中的用户名识别为 endpoint `{endpoint}`。',
  byAnonymous: '没有其他 endpoint 接它：由 `anonymous` endpoint 接下。',
  notIdentified:
    '没有 endpoint 接它。Asterisk 回复 401，附带一个任何密码都无法通过的认证质询（带凭据重发仍得到 401），并记录 "No matching endpoint found"。',
  ipMiss: '没有 identify 匹配 {source}：{identifies}。',
  ipMissItem: '`{identify}` 匹配 {entries}',
  userMiss: '没有名为 `{user}` 的 endpoint。',
  triedEndpointMissing:
    'identify `{identify}` 匹配，但它指向的 endpoint `{endpoint}` 在 Asterisk 中不存在（Asterisk 记录一条警告，这种识别方式什么也没找到）。',
  triedNotByThis: 'endpoint `{endpoint}` 叫这个名字，但它的 identify_by（`{methods}`）不包括 {identifier}。',
  triedHost:
    'identify `{identify}` 写的是主机名 `{host}`：Asterisk 在加载配置时解析它，解析失败就丢弃整个 identify；我们不解析主机名，所以它可能匹配。',
  aclDenied: '被访问控制列表 {list} 拒绝：不管带不带凭据都是 401（"Not match Endpoint ACL"）。',
  aclMissing: '被拒绝：`acl={list}` 在 acl.conf 中没有对应的 ACL，因此拒绝所有请求（401，"Not match Endpoint ACL"）。',
  aclOwn: '（该 endpoint 自己的 deny/permit）',
  notChallenged: '不发认证质询：endpoint `{endpoint}` 没有 auth=。',
  challenged:
    '发出认证质询（401），使用 auth `{auths}`：密码正确就继续；密码错误再次得到 401，而不是 403（"Failed to authenticate"）。',
  authError: 'auth= 指向的 `{missing}` 在 Asterisk 中不存在：500（"Error to authenticate"）。',
  context: '进入 context `{context}`。',
  contextDefault: '进入 context `default`（没有设置 context=）。',
  found: '在 `{context}` 中找到分机 `{exten}`：`{line}`。',
  foundVia: '在 `{context}` 中找到分机 `{exten}`（经由 {chain}）：`{line}`。',
  notFound: '`{context}` 及其包含的 context 中都没有分机 `{exten}`：404（"extension not found in context"）。',
  couldGrow: '`{context}` 中没有分机 `{exten}`，但更长的号码可能匹配：484（该 endpoint 的 allow_overlap=yes）。',
  noContext: 'extensions.conf 中没有 context `{context}`：404（"extension not found in context"）。',
  conditional: '途经的某些包含只在特定时间生效：结果可能取决于时间。',
  noDialplan: '配置目录中没有 extensions.conf，所以不检查分机。',
  result: '**结果：**不带凭据时 {none}；密码正确时 {right}；密码错误时 {wrong}。',
  resultOpen: '**结果：**{none}，不需要任何密码。',
  passes: '执行拨号方案',
  passesOther: '请求得到处理',
  code: '{code}',
  at: '{file}:{line}',
  hoverHeading: '**请求如何到达 endpoint `{endpoint}`**',
  hoverAddress: '按来源地址 {entries}，经由 identify `{identify}`',
  hoverHosts: '按 {hosts} 的地址（由 Asterisk 在加载时解析），经由 identify `{identify}`',
  hoverEveryone: '来自所有地址，经由 identify `{identify}`',
  hoverHeader: '按头 `{header}`，经由 identify `{identify}`',
  hoverRequestUri: '按 Request-URI `{uri}`，经由 identify `{identify}`',
  hoverUsername: '按 From 用户名 `{user}`，来自任何地址',
  hoverAuthUsername: '按凭据中的用户名 `{user}`',
  hoverAnonymous: '作为 `anonymous` endpoint：接下其他 endpoint 都不接的每个请求',
  hoverNone: '无法到达：没有 identify 指向它，它的 identify_by 也没有按用户名识别的方式',
  hoverChallenged: '每个请求都会收到认证质询，使用 auth `{auths}`。',
  hoverOpen: '**不要求密码**：能向它发请求的人都能进来{restricted}。',
  hoverRestricted: '（限于其访问控制列表放行的地址）',
  hoverAuthError: 'auth= 指向的 `{missing}` 在 Asterisk 中不存在：每个请求都得到 500。',
  hoverCommand: '跟踪单个请求：`pjsip-check --who "INVITE sip:100@pbx from 203.0.113.7 user {user}" PATH`。',
  identifyHeading: '**identify `{identify}`** 把请求交给 endpoint `{endpoint}`：',
  identifyShadowed: 'identify `{other}` 也匹配 {entry}，且先被尝试（{why}）：这些请求会交给 `{otherEndpoint}`。',
} as const satisfies Record<keyof typeof enWhoTexts, string>;

/** Compiles only while every Chinese text has exactly the placeholders of its English one. */
export const sameWhoPlaceholders: [PlaceholderMismatch<typeof enWhoTexts, typeof zhWhoTexts>] extends [never]
  ? true
  : never = true;

export const whoText = renderer(enWhoTexts, zhWhoTexts);
