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
