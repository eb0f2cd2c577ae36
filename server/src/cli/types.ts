/** One finding as pjsip-check reports it: 1-based line and column, the end exclusive (the character after it). */
export interface CheckRow {
  /** As given on the command line: relative to the working folder, or absolute. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  /** The rule id. */
  code: string;
  message: string;
}
