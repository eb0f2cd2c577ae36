/**
 * What the server tells the client to show about the Asterisk version in use (server/lifecycle.ts: the status bar
 * item, its tooltip and the version picker), in English and Simplified Chinese; placeholders checked as in
 * quickFixTitles.ts.
 */
import { renderer, type PlaceholderMismatch } from './catalogue';

export const enStatusTexts = {
  noVersion: 'Asterisk {label}?',
  statusVersion: 'Asterisk {label}',
  statusDetected: 'Asterisk {label} (asterisk -V)',
  labelBranch: '{release} (newest {branch})',
  labelMinor: '{minor}.x (newest {minor})',
  tooltipVersion:
    'PJSIP checks, completion and hover answer for Asterisk {label} (the pjsip.asteriskVersion setting). Click to choose another version.',
  tooltipRemembered:
    'PJSIP checks, completion and hover answer for Asterisk {label}, the version chosen for this folder. Click to choose another version.',
  tooltipDetected:
    'PJSIP checks, completion and hover answer for Asterisk {label}: this machine\'s asterisk -V says "{banner}". Click to choose another version.',
  tooltipNoVersion:
    'No Asterisk version set: PJSIP answers for the newest release ({label}) and marks advice that needs a newer release. Click to choose yours.',
  askVersion:
    'Which Asterisk runs this config? Until you choose, PJSIP checks against the newest release ({label}), and what an older release lacks is flagged.',
  askVersionHint:
    'Which Asterisk runs this config? Its header says Asterisk {hint}. Until you choose, PJSIP checks against the newest release ({label}).',
  askUseHint: 'Asterisk {hint}',
  askChoose: 'Choose…',
  pickerPlaceholder: 'A branch (20), a branch and minor (20.7), a release (20.7.0) or master; type one to use it',
  pickerTyped: 'Use Asterisk {version}',
  pickerSaveInWorkspace: 'Save in the workspace settings (.vscode/settings.json)',
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
  noVersion: 'Asterisk {label}？',
  statusVersion: 'Asterisk {label}',
  statusDetected: 'Asterisk {label}（asterisk -V）',
  labelBranch: '{release}（{branch} 的最新发行版）',
  labelMinor: '{minor}.x（{minor} 的最新发行版）',
  tooltipVersion:
    'PJSIP 的检查、补全和悬停按 Asterisk {label} 给出结果（pjsip.asteriskVersion 设置）。点击可选择其他版本。',
  tooltipRemembered:
    'PJSIP 的检查、补全和悬停按 Asterisk {label} 给出结果，这是为此目录选择的版本。点击可选择其他版本。',
  tooltipDetected:
    'PJSIP 的检查、补全和悬停按 Asterisk {label} 给出结果：本机的 asterisk -V 输出 "{banner}"。点击可选择其他版本。',
  tooltipNoVersion:
    '未设置 Asterisk 版本：PJSIP 按最新发行版（{label}）给出结果，并标出需要较新版本的建议。点击可选择你使用的版本。',
  askVersion:
    '这份配置运行在哪个版本的 Asterisk 上？选择之前，PJSIP 按最新发行版（{label}）检查，较早版本没有的内容会被标出。',
  askVersionHint:
    '这份配置运行在哪个版本的 Asterisk 上？它的开头注释写的是 Asterisk {hint}。选择之前，PJSIP 按最新发行版（{label}）检查。',
  askUseHint: 'Asterisk {hint}',
  askChoose: '选择…',
  pickerPlaceholder: '分支（20）、分支加次版本（20.7）、发行版（20.7.0）或 master；直接输入即可使用',
  pickerTyped: '使用 Asterisk {version}',
  pickerSaveInWorkspace: '保存到工作区设置（.vscode/settings.json）',
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
