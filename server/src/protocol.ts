/**
 * Custom messages between the VS Code client and the server, declared once for both sides.
 * Plain constants and types only: the client imports this file without pulling in any language logic.
 */

/** Server -> client: documents that belong to a pjsip config set (included files with any name). */
export const IncludedFilesNotification = 'pjsip/includedFiles';

export interface IncludedFilesParams {
  /** File URIs read as part of a config set. */
  uris: string[];
}

/**
 * Server -> client: what the status bar shows about the version the answers are for, and the choices of a picker
 * that writes `settingSection`.`settingName` for the workspace (an empty value clears the setting).
 */
export const TargetVersionNotification = 'pjsip/targetVersion';

export interface TargetVersionParams {
  /** Status bar text, e.g. `Asterisk 20.7.0`, `Asterisk 18.26.4 (newest 18)`, `Asterisk 20.7.0 (asterisk -V)`. */
  text: string;
  tooltip: string;
  /** The setting the picker writes when the admin keeps the choice in the workspace settings. */
  settingSection: string;
  settingName: string;
  /** The value in use ('' when none): of the setting, the folder's remembered choice or `asterisk -V`. */
  current: string;
  /** Where it comes from: the setting, the choice remembered for the folder, `asterisk -V`, or nothing. */
  source: 'setting' | 'remembered' | 'asterisk' | 'none';
  choices: { value: string; label: string; description?: string }[];
  /** The picker's texts (in the session's language): its placeholder, the item for a typed version, the save button. */
  picker: { placeholder: string; typed: string; saveInWorkspace: string };
  /**
   * Set once, on the first document of a set, when nothing says which Asterisk it is for: ask the admin (a
   * notification whose buttons are `hint`, when the config's header names a version, and `choose`, the picker).
   */
  ask?: { message: string; choose: string; hint?: { label: string; value: string } };
}

/**
 * Client -> server: the Asterisk version the admin chose for the folder (kept by the client per folder, not in the
 * settings files), or '' to forget it. Also sent at start as `initializationOptions.versionChoice`.
 */
export const VersionChoiceNotification = 'pjsip/versionChoice';

export interface VersionChoiceParams {
  version: string;
}

/** Client command that opens the version picker. */
export const PickTargetVersionCommand = 'pjsip.pickTargetVersion';

/**
 * workspace/executeCommand: explain an Asterisk log line. Arguments: the line, then optionally the URI of the
 * document the user is in (its config set is tried first). Result: ExplainResult, or null when the line is not one
 * the server knows.
 */
export const ExplainLogLineCommand = 'pjsip.server.explainLogLine';

export interface ExplainResult {
  /** Where the line points in the config (absent when nothing in it matches). */
  uri?: string;
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** What happened there and how to fix it; or, when nothing matched, what the line means and what to check. */
  markdown: string;
  /** The rule id the line corresponds to, when there is one. */
  rule?: string;
  /** A part of the config matches the line. */
  matched: boolean;
  /** A plain title for the view that shows the answer, in the session's language. */
  title: string;
}

/**
 * workspace/executeCommand: who answers an inbound request. Argument: one `WhoAnswersArgs`. Result:
 * `WhoAnswersResult`, or null when no config set can be found or the request has no valid source address.
 */
export const WhoAnswersCommand = 'pjsip.server.whoAnswers';

export interface WhoAnswersArgs {
  /** The whole request as a line (`INVITE sip:100@pbx from 203.0.113.7 user 1001`); or the parts below. */
  request?: string;
  /** Source address, optionally with `:port`. */
  source?: string;
  /** The From user (`1001` or `1001@example.com`). */
  user?: string;
  /** The number dialled (the Request-URI user). */
  exten?: string;
  method?: string;
  /** The document the user is in: its config set is used (else the first open set or workspace folder). */
  uri?: string;
}

export interface WhoAnswersResult {
  /** The path, as Markdown, in the user's language. */
  markdown: string;
  steps: {
    text: string;
    uri?: string;
    range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
  endpoint?: string;
  context?: string;
}

/**
 * workspace/executeCommand: convert a sip.conf (chan_sip) to pjsip.conf. Argument: the URI of the sip.conf. Result:
 * ConvertResult (the files to write, relative to a new folder beside it), or null when the file cannot be read.
 */
export const ConvertSipConfCommand = 'pjsip.server.convertSipConf';

export interface ConvertResult {
  /** A name for the folder the files go into (the client picks a free variant of it beside the source). */
  folder: string;
  files: { name: string; text: string }[];
  /** The file to show side by side with the source, and the report to open. */
  compare: string;
  report: string;
  /** 0 everything carried over, 1 something needs the admin. */
  exitCode: number;
  /** One line to show (counts), in the user's language. */
  summary: string;
}
