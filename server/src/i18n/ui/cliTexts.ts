/**
 * What pjsip-check itself says (usage, notes, errors), in English and Simplified Chinese; placeholders checked as in
 * quickFixTitles.ts. Option names, formats, severities and exit codes stay as typed on the command line.
 */
import type { Locale } from '../locale';
import { renderer, type PlaceholderMismatch } from './catalogue';

export const enCliTexts = {
  unknownFormat: "unknown format '{format}' (expected {formats})",
  badRule: 'bad --rule value (expected ID=error|warning|information|hint|off)',
  badLang: "unknown language '{lang}' (expected en or zh-cn)",
  explainNeedsLine: '--explain needs a log line',
  badMap: 'bad --map value (expected FROM=TO)',
  unknownOption: "unknown option '{option}'",
  noPath: 'no PATH given',
  noSuchPath: "cannot read '{path}': no such file or folder",
  permissionDenied: "cannot read '{path}': permission denied",
  notFileOrFolder: "'{path}' is neither a file nor a folder",
  nothingChecked: "note: '{path}' holds no pjsip.conf, pjsip_wizard.conf or pjsip*.conf: nothing checked",
  noLogMatch: 'no part of the config matches this log line',
  internalError: 'internal error: {error}',
  whoNeedsRequest: '--who needs a request, e.g. "INVITE sip:100@pbx from 203.0.113.7 user 1001"',
  badWhoRequest: "cannot read the request '{request}': it needs 'from' and a source address (e.g. from 203.0.113.7)",
  badOnly: "unknown rule or category '{only}' for --only",
  checkedFlag: 'checked against Asterisk {label} (--asterisk-version)',
  checkedDetected: 'checked against Asterisk {label} (asterisk -V: "{banner}")',
  checkedNewest:
    'checked against Asterisk {label}, the newest release (no --asterisk-version, and no asterisk on the PATH to ask)',
  checkedNewestInstead: 'checked against Asterisk {label}, the newest release',
} as const;

export const zhCliTexts = {
  unknownFormat: "未知的格式 '{format}'（应为 {formats}）",
  badRule: '--rule 的值不对（应为 ID=error|warning|information|hint|off）',
  badLang: "未知的语言 '{lang}'（应为 en 或 zh-cn）",
  explainNeedsLine: '--explain 需要一行日志',
  badMap: '--map 的值不对（应为 FROM=TO）',
  unknownOption: "未知的选项 '{option}'",
  noPath: '没有给出 PATH',
  noSuchPath: "无法读取 '{path}'：没有这个文件或目录",
  permissionDenied: "无法读取 '{path}'：没有读取权限",
  notFileOrFolder: "'{path}' 既不是文件也不是目录",
  nothingChecked: "提示：'{path}' 中没有 pjsip.conf、pjsip_wizard.conf 或 pjsip*.conf，没有检查任何内容",
  noLogMatch: '配置中没有任何部分与这行日志对应',
  internalError: '内部错误：{error}',
  whoNeedsRequest: '--who 需要一个请求，例如 "INVITE sip:100@pbx from 203.0.113.7 user 1001"',
  badWhoRequest: "无法读取请求 '{request}'：它需要 'from' 和来源地址（例如 from 203.0.113.7）",
  badOnly: "--only 后面的规则或类别 '{only}' 不存在",
  checkedFlag: '按 Asterisk {label} 检查（--asterisk-version）',
  checkedDetected: '按 Asterisk {label} 检查（asterisk -V 输出 "{banner}"）',
  checkedNewest: '按最新发行版 Asterisk {label} 检查（没有 --asterisk-version，PATH 中也没有可询问的 asterisk）',
  checkedNewestInstead: '按最新发行版 Asterisk {label} 检查',
} as const satisfies Record<keyof typeof enCliTexts, string>;

/** Compiles only while every Chinese text has exactly the placeholders of its English one. */
export const sameCliPlaceholders: [PlaceholderMismatch<typeof enCliTexts, typeof zhCliTexts>] extends [never]
  ? true
  : never = true;

export const cliText = renderer(enCliTexts, zhCliTexts);

/** `--help` (kept out of the tables: its braces are JSON, not placeholders). */
export const CLI_USAGE: Readonly<Record<Locale, string>> = {
  en: `usage: pjsip-check [--format text|json|sarif|github] [--asterisk-version V] [--rule ID=error|warning|information|hint|off]... [--only ID]... [--map FROM=TO]... [--lang en|zh-cn] PATH...
       pjsip-check --who "REQUEST" [--format text|json] PATH
  PATH       a config folder (pjsip.conf, pjsip_wizard.conf, pjsip*.conf and their includes) or a file
  --format   text    file:line:col: severity rule-id: message (the default)
             json    an array of {file, line, column, endLine, endColumn, severity, code, message}
             sarif   a SARIF 2.1.0 log, for GitHub code scanning and other CI dashboards
             github  GitHub Actions workflow commands: annotations on the lines
  --asterisk-version  the Asterisk to check against: a branch (20 = its newest release), 20.7, 20.7.0 or
             master (default: what asterisk -V says when asterisk is on the PATH, else the newest release)
  --rule     change the severity of a rule, or of a category (security=off), or turn it off
  --only     report only this rule or category (security); repeat for several
  --map      read absolute includes under FROM from TO instead (default /etc/asterisk=<config folder>);
             key and certificate files under FROM are then looked for under TO
  --lang     the language of the messages: en or zh-cn (default: from LC_ALL, LC_MESSAGES or LANG)
  --explain  take an Asterisk log line (a registration warning, "Could not find option suitable ...", ...),
             find the part of the config at PATH it is about and say what happened and how to fix it
             (exit status 1 when no part of the config matches)
  --who      follow one inbound request, e.g. "INVITE sip:100@pbx from 203.0.113.7 user 1001"
             (also: header NAME: VALUE, auth USER, to NUMBER): which endpoint takes it and why, whether it is
             challenged, the context it lands in and whether the extension is there, each step with file:line
  --version  print the version
  --help     print this help
Exit status: 0 no errors, 1 errors found, 2 usage or I/O problem.`,
  'zh-cn': `用法：pjsip-check [--format text|json|sarif|github] [--asterisk-version V] [--rule ID=error|warning|information|hint|off]... [--only ID]... [--map FROM=TO]... [--lang en|zh-cn] PATH...
      pjsip-check --who "REQUEST" [--format text|json] PATH
  PATH       配置目录（pjsip.conf、pjsip_wizard.conf、pjsip*.conf 及其包含的文件）或单个文件
  --format   text    file:line:col: severity rule-id: message（默认）
             json    由 {file, line, column, endLine, endColumn, severity, code, message} 组成的数组
             sarif   SARIF 2.1.0 日志，供 GitHub 代码扫描和其他 CI 面板使用
             github  GitHub Actions 工作流命令：在对应行上显示注解
  --asterisk-version  按哪个 Asterisk 检查：分支（20 表示该分支的最新发行版）、20.7、20.7.0 或
             master（默认：PATH 中有 asterisk 时按 asterisk -V 的输出，否则按最新发行版）
  --rule     修改某条规则或某个类别（security=off）的严重级别，或关闭它
  --only     只报告这条规则或这个类别（security）；可重复给出多个
  --map      把 FROM 下的绝对路径包含改从 TO 读取（默认 /etc/asterisk=<config folder>，即配置目录本身）；
             FROM 下的密钥和证书文件也到 TO 下查找
  --lang     消息的语言：en 或 zh-cn（默认取自 LC_ALL、LC_MESSAGES 或 LANG）
  --explain  读入一行 Asterisk 日志（注册警告、"Could not find option suitable ..." 等），
             找出它所指的 PATH 中那部分配置，说明发生了什么以及如何修复
             （配置中没有任何部分与之对应时，退出状态为 1）
  --who      跟踪一个呼入请求，例如 "INVITE sip:100@pbx from 203.0.113.7 user 1001"
             （还可以写 header NAME: VALUE、auth USER、to NUMBER）：哪个 endpoint 接下它及原因、是否发出认证质询、
             进入哪个 context、分机是否存在，每一步都给出 file:line
  --version  显示版本
  --help     显示本帮助
退出状态：0 没有错误，1 发现错误，2 用法或读写问题。`,
};
