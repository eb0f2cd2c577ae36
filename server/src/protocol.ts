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
  /** Status bar text, e.g. `Asterisk 20.7.0` or `Asterisk: no version set`. */
  text: string;
  tooltip: string;
  /** The setting the picker writes. */
  settingSection: string;
  settingName: string;
  /** The value set now ('' when none). */
  current: string;
  choices: { value: string; label: string; description?: string }[];
}

/** Client command that opens the version picker. */
export const PickTargetVersionCommand = 'pjsip.pickTargetVersion';

/**
 * workspace/executeCommand: explain an Asterisk log line. Arguments: the line, then optionally the URI of the
 * document the user is in (its config set is tried first). Result: ExplainResult, or null when nothing matches.
 */
export const ExplainLogLineCommand = 'pjsip.server.explainLogLine';

export interface ExplainResult {
  /** Where the line points in the config. */
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** What happened there and how to fix it. */
  markdown: string;
  /** The rule id the line corresponds to, when there is one. */
  rule?: string;
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
