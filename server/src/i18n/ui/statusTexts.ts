/**
 * What the server tells the client to show about the Asterisk version in use (server/lifecycle.ts: the status bar
 * item, its tooltip and the version picker), in English and Simplified Chinese; placeholders checked as in
 * quickFixTitles.ts.
 */
import { renderer, type PlaceholderMismatch } from './catalogue';

export const enStatusTexts = {
  noVersion: 'Asterisk: no version set',
  tooltipVersion: 'PJSIP checks, completion and hover answer for Asterisk {label}. Click to choose another version.',
  tooltipNoVersion:
    'No Asterisk version set: PJSIP answers for the newest release ({label}) and marks advice that needs a newer release. Click to choose yours.',
  choiceNoVersion: 'No version set',
  choiceNoVersionDescription: 'newest release ({label}); advice notes what needs a newer release',
  choiceNewest: 'newest release, {release}',
  choiceMaster: 'development head {commit}',
  versionNotAVersion:
    "Asterisk version '{text}' is not a version. Use a branch ({branches}), a release such as {example}, or master; using the newest release, {newest}.",
  versionUnknownBranch:
    "Asterisk version '{text}' is not a branch this checker knows. Use a branch ({branches}), a release such as {example}, or master; using the newest release, {newest}.",
  versionTooNew:
    "Asterisk version '{text}' is newer than the newest {branch} release this checker knows ({last}). Use a branch ({branches}), a release such as {example}, or master; using the newest release, {newest}.",
} as const;

export const zhStatusTexts = {
  noVersion: 'Asterisk：未设置版本',
  tooltipVersion: 'PJSIP 的检查、补全和悬停按 Asterisk {label} 给出结果。点击可选择其他版本。',
  tooltipNoVersion:
    '未设置 Asterisk 版本：PJSIP 按最新发行版（{label}）给出结果，并标出需要较新版本的建议。点击可选择你使用的版本。',
  choiceNoVersion: '不设置版本',
  choiceNoVersionDescription: '最新发行版（{label}）；建议中会注明哪些需要较新的版本',
  choiceNewest: '最新发行版 {release}',
  choiceMaster: '开发版的最新提交 {commit}',
  versionNotAVersion:
    "Asterisk 版本 '{text}' 不是一个版本号。请写分支（{branches}）、发行版（例如 {example}）或 master；现在按最新发行版 {newest} 处理。",
  versionUnknownBranch:
    "Asterisk 版本 '{text}' 不是本检查器认识的分支。请写分支（{branches}）、发行版（例如 {example}）或 master；现在按最新发行版 {newest} 处理。",
  versionTooNew:
    "Asterisk 版本 '{text}' 比本检查器认识的最新 {branch} 发行版（{last}）还新。请写分支（{branches}）、发行版（例如 {example}）或 master；现在按最新发行版 {newest} 处理。",
} as const satisfies Record<keyof typeof enStatusTexts, string>;

/** Compiles only while every Chinese text has exactly the placeholders of its English one. */
export const sameStatusPlaceholders: [PlaceholderMismatch<typeof enStatusTexts, typeof zhStatusTexts>] extends [never]
  ? true
  : never = true;

export const statusText = renderer(enStatusTexts, zhStatusTexts);
