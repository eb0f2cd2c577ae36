/**
 * The texts of the registration hovers (features/registrationHover.ts): the "when the registrar says no" table and
 * what follows it, and what each retry option governs. CLI commands, option names and Asterisk's log lines stay in
 * English (glossary); placeholders checked as in quickFixTitles.ts. The English answer-class labels are the
 * model's (`CLASS_LABELS`); their Chinese ones are `zhClassLabels`.
 */
import { renderer, type PlaceholderMismatch } from './catalogue';

export const enRegistrationHoverTexts = {
  heading: '**When the registrar says no** ({names}; rule `registration-stops-retrying`)',
  shortHeading: '**When the registrar says no** ({names}; rule `registration-stops-retrying`):',
  shortStopsAtOnce: 'it stops at once on {classes}',
  shortRetriedStops: 'on {classes} it retries every {interval} s (`{option}`) and stops after {when}',
  shortRetriedKeeps: 'on {classes} it retries every {interval} s (`{option}`), still after a day',
  shortNoAnswer: '{when} ({silent} with no answer)',
  shortAfterStop:
    'After a stop: `pjsip send register {id}`. The whole table, what starts it again and the log lines to look for: explain one of its log lines (*PJSIP: Explain an Asterisk log line*); each retry option says what it governs on hover.',
  sameForEach: '{names}, the same for each',
  tableHead: '| the registrar answers | Asterisk | stops for good after |',
  retryAfterRow: '| any answer with `Retry-After` | retried after the time it gives, not counted | never |',
  stopsAtOnce: 'stops at once',
  retried: 'retried every {interval} s (`{option}`), up to {retries} times',
  atOnce: 'at once',
  notWithinDay: 'not within a day',
  noAnswer: '{when}; {silent} with no answer',
  counts:
    'A 2xx registers and resets the retry count; every retry of any kind counts against one `max_retries`. `pjsip show registration {id}` says `Rejected` both while a retry is scheduled ("exp. 9s") and after a stop ("exp. 9s ago").',
  afterStop:
    'After a stop Asterisk sends nothing until `pjsip send register {id}` (or `pjsip send register *all`), `module reload res_pjsip.so` (reloading res_pjsip_outbound_registration.so alone does not restart it), a changed registration and a reload, or a restart.',
  logLines: 'Log lines to look for (N: the response code, S: seconds):',
  retryOption:
    "**When the registrar says no:** {governs}\n\nWorks with: {others} (hover each for its part). The hover on the registration's name shows what they add up to.",
  'governs.auth_rejection_permanent':
    'Decides what a 401/407 to the REGISTER sent with credentials means. `yes` (the default): a rejection, handled like a 403 or 404 (stops at once unless `fatal_retry_interval` is set). `no`: a temporary failure, retried every `retry_interval`. The first 401/407 of an attempt is only a challenge and is always answered. It does not govern a 403.',
  'governs.retry_interval':
    'Seconds between retries after a temporary failure: 408 or no answer, 500, 502, 503, 504, any 6xx, and 401/407 when `auth_rejection_permanent=no`. With `0` those failures are treated as fatal.',
  'governs.forbidden_retry_interval':
    'Seconds before retrying after a 403. `0` (the default): a 403 stops the registration at once (or after `fatal_retry_interval` when that is set).',
  'governs.fatal_retry_interval':
    'Seconds before retrying after any fatal answer: a 403 (when `forbidden_retry_interval` is 0), 404 and the other 4xx/5xx codes that are not temporary, and 401/407 while `auth_rejection_permanent=yes`. `0` (the default): those stop the registration at once.',
  'governs.max_retries':
    'How many retries Asterisk makes in a row before it stops for good (attempts = max_retries + 1). One count for every kind of failure; a 2xx resets it; a retry asked for with `Retry-After` does not count. When it runs out: "Maximum retries reached" after a temporary failure, "Fatal response" after a fatal one.',
  'governs.expiration':
    'The registration time asked for, in seconds; Asterisk refreshes before it runs out. A refused refresh goes through the same retry rules as the first REGISTER.',
} as const;

export const zhRegistrationHoverTexts = {
  heading: '**注册服务器拒绝时**（{names}；规则 `registration-stops-retrying`）',
  shortHeading: '**注册服务器拒绝时**（{names}；规则 `registration-stops-retrying`）：',
  shortStopsAtOnce: '收到{classes}时立即停止',
  shortRetriedStops: '收到{classes}时每 {interval} 秒重试一次（`{option}`），{when}后停止',
  shortRetriedKeeps: '收到{classes}时每 {interval} 秒重试一次（`{option}`），一天后仍在重试',
  shortNoAnswer: '{when}（完全无应答时为 {silent}）',
  shortAfterStop:
    '停止之后：执行 `pjsip send register {id}`。完整的表格、重新开始的办法以及需要留意的日志：对它的某一行日志使用“PJSIP：解释一行 Asterisk 日志”；悬停在各个重试选项上可看到它们各自的作用。',
  sameForEach: '{names}，每个都一样',
  tableHead: '| 注册服务器的应答 | Asterisk 的处理 | 多久后彻底停止 |',
  retryAfterRow: '| 任何带 `Retry-After` 的应答 | 按它给出的时间重试，不计入次数 | 永不停止 |',
  stopsAtOnce: '立即停止',
  retried: '每 {interval} 秒重试一次（`{option}`），最多 {retries} 次',
  atOnce: '立即',
  notWithinDay: '一天内不会停止',
  noAnswer: '{when}；完全无应答时为 {silent}',
  counts:
    '收到 2xx 即注册成功，重试计数清零；各种重试共用同一个 `max_retries` 计数。无论是已安排好下一次重试（"exp. 9s"）还是已经停止（"exp. 9s ago"），`pjsip show registration {id}` 显示的都是 `Rejected`。',
  afterStop:
    '停止之后 Asterisk 不再发送任何 REGISTER，直到执行 `pjsip send register {id}`（或 `pjsip send register *all`）、`module reload res_pjsip.so`（只重新加载 res_pjsip_outbound_registration.so 并不会让它重新开始）、修改该 registration 后重新加载，或者重启 Asterisk。',
  logLines: '需要留意的日志（N 为响应码，S 为秒数）：',
  retryOption:
    '**注册服务器拒绝时：** {governs}\n\n相关选项：{others}（悬停在各个选项上可看到它们各自的作用）。悬停在 registration 的名字上，可以看到它们合起来的效果。',
  'governs.auth_rejection_permanent':
    '决定带凭据发送的 REGISTER 收到 401/407 意味着什么。`yes`（默认值）：视为拒绝，与 403 或 404 一样处理（立即停止，除非设置了 `fatal_retry_interval`）。`no`：视为临时失败，每隔 `retry_interval` 重试一次。一次尝试中的第一个 401/407 只是认证质询，总会带上凭据再发一次。它不管 403。',
  'governs.retry_interval':
    '临时失败后两次重试之间的秒数。临时失败指：408 或无应答、500、502、503、504、任何 6xx，以及 `auth_rejection_permanent=no` 时的 401/407。设为 `0` 时，这些失败都按致命失败处理。',
  'governs.forbidden_retry_interval':
    '收到 403 后等待多少秒再重试。`0`（默认值）：403 会让注册立即停止（若设置了 `fatal_retry_interval`，则按它的间隔重试）。',
  'governs.fatal_retry_interval':
    '收到任何致命应答后等待多少秒再重试。致命应答指：403（当 `forbidden_retry_interval` 为 0 时）、404 及其他非临时的 4xx/5xx 响应码，以及 `auth_rejection_permanent=yes` 时的 401/407。`0`（默认值）：这些应答会让注册立即停止。',
  'governs.max_retries':
    'Asterisk 连续重试多少次后彻底停止（尝试次数 = max_retries + 1）。各类失败共用这一个计数；收到 2xx 会清零；因 `Retry-After` 而做的重试不计入。次数用完时，临时失败后的日志是 "Maximum retries reached"，致命失败后是 "Fatal response"。',
  'governs.expiration':
    '请求的注册有效期（秒）；Asterisk 会在到期前刷新注册。刷新被拒绝时，与第一次 REGISTER 一样按上述重试规则处理。',
} as const satisfies Record<keyof typeof enRegistrationHoverTexts, string>;

/** Compiles only while every Chinese text has exactly the placeholders of its English one. */
export const sameRegistrationHoverPlaceholders: [
  PlaceholderMismatch<typeof enRegistrationHoverTexts, typeof zhRegistrationHoverTexts>,
] extends [never]
  ? true
  : never = true;

export const registrationHoverText = renderer(enRegistrationHoverTexts, zhRegistrationHoverTexts);

/** The short answer classes in Chinese, keyed like the model's `SHORT_LABELS`. */
export const zhShortClassLabels = {
  auth: '对带凭据的 REGISTER 回应的 401/407',
  forbidden: '403',
  fatal: '404 及其他致命响应码',
  temporary: '408/5xx/6xx 或无应答',
} as const;

/** The answer classes of the table in Chinese, keyed like the model's `CLASS_LABELS` (a code alone stays as is). */
export const zhClassLabels = {
  auth: '对带凭据的 REGISTER 回应 401/407',
  forbidden: '403',
  fatal: '404 及其他 4xx/5xx',
  temporary: '408/500/502/503/504/6xx 或无应答',
} as const;
