/**
 * The titles of the quick fixes (features/quickFixes.ts, features/codeActions.ts), in English and Simplified
 * Chinese. Same keys, same `{placeholders}`: the compiler checks both (`sameQuickFixPlaceholders`).
 * Option names, values, type names and rule ids go in as placeholders and stay as written.
 */
import { renderer, type PlaceholderMismatch } from './catalogue';

export const enQuickFixTitles = {
  addType: 'Add type={type}',
  removeLine: 'Remove this line (it has no effect)',
  removeHeaderSpace: 'Remove the space: [{name}]{trailing}',
  commentTrailingText: 'Turn the ignored text into a comment',
  commentDirective: 'Turn this line into a comment',
  commentLine: 'Comment out this line',
  escapeSemicolon: 'Write the ; as \\; (keep the rest of the value)',
  useTryinclude: 'Use #tryinclude (skip the file when it is missing)',
  addTransport: 'Add a {protocol} transport',
  keepRetrying:
    'Keep retrying: every {outage} s while the registrar is down (for {days} days), every {refusal} min after a refusal (a provider may ban faster failed logins)',
  changeTo: "Change to '{value}'",
  changeToNeeds: "Change to '{value}' (needs {releases})",
  createSection: 'Create {type} [{name}]',
  createAuth: "Create auth [{name}] (username {username}, new random password '{password}')",
  addOptions: 'Add {options}',
  removePort: 'Remove the port from the address',
  removePortKeeps: 'Remove the port from the address ({option} stays {value})',
  movePort: 'Move the port to {option}={port}',
  disableRule: 'Disable {rule} for this line',
  addAuthRandom: 'Add auth={auth} with a new random password',
  addInboundAuthRandom: 'Add accepts_auth=yes and inbound_auth with a new random password',
  identifyByIp: 'Set {option}=ip: only its identify lets requests in',
  filterExten: 'Pass the dialled number through FILTER({chars}) in {file}',
  removeEveryone: 'Remove {entry} from this identify',
  replacePassword: 'Replace with a new random password (give it to the phone too)',
} as const;

export const zhQuickFixTitles = {
  addType: '添加 type={type}',
  removeLine: '删除此行（它不起作用）',
  removeHeaderSpace: '删除空格，写成 [{name}]{trailing}',
  commentTrailingText: '把被忽略的文字改成注释',
  commentDirective: '把此行改成注释',
  commentLine: '注释掉此行',
  escapeSemicolon: '把 ; 写成 \\;（保留取值余下的部分）',
  useTryinclude: '改用 #tryinclude（文件不存在时跳过）',
  addTransport: '添加一个 {protocol} transport',
  keepRetrying:
    '持续重试注册：注册服务器故障时每 {outage} 秒一次（持续 {days} 天），被拒绝后每 {refusal} 分钟一次（更频繁的登录失败可能被运营商封禁）',
  changeTo: "改为 '{value}'",
  changeToNeeds: "改为 '{value}'（需要 {releases}）",
  createSection: '新建 {type} [{name}]',
  createAuth: "新建 auth [{name}]（用户名 {username}，新的随机密码 '{password}'）",
  addOptions: '添加 {options}',
  removePort: '去掉地址中的端口',
  removePortKeeps: '去掉地址中的端口（{option} 仍为 {value}）',
  movePort: '把端口移到 {option}={port}',
  disableRule: '在此行停用 {rule}',
  addAuthRandom: '添加 auth={auth}，并使用新生成的随机密码',
  addInboundAuthRandom: '添加 accepts_auth=yes 和 inbound_auth，并使用新生成的随机密码',
  identifyByIp: '设置 {option}=ip：只允许经它的 identify 进入',
  filterExten: '在 {file} 中让所拨号码先经过 FILTER({chars})',
  removeEveryone: '从这个 identify 中删除 {entry}',
  replacePassword: '换成新的随机密码（也要告诉话机）',
} as const satisfies Record<keyof typeof enQuickFixTitles, string>;

export type QuickFixTitleKey = keyof typeof enQuickFixTitles;

/** Compiles only while every Chinese title has exactly the placeholders of its English one. */
export const sameQuickFixPlaceholders: [PlaceholderMismatch<typeof enQuickFixTitles, typeof zhQuickFixTitles>] extends [
  never,
]
  ? true
  : never = true;

export const quickFixTitle = renderer(enQuickFixTitles, zhQuickFixTitles);
