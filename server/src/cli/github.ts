/**
 * `pjsip-check --format github`: one GitHub Actions workflow command per finding
 * (`::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE`), which the runner turns into an
 * annotation on that line of the pull request or commit. Errors and warnings keep their level; information and
 * hints become notices.
 */
import type { CheckRow } from './types';

const LEVEL: Record<CheckRow['severity'], string> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
  hint: 'notice',
};

/** The escaping of the runner's command parser: `%`, CR and LF in the message; also `:` and `,` in properties. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function toGithub(rows: readonly CheckRow[]): string {
  return rows
    .map((r) => {
      const props = [
        `file=${escapeProperty(r.file.replace(/\\/g, '/'))}`,
        `line=${r.line}`,
        `col=${r.column}`,
        `endLine=${r.endLine}`,
        `endColumn=${r.endColumn}`,
        `title=${escapeProperty(r.code)}`,
      ];
      return `::${LEVEL[r.severity]} ${props.join(',')}::${escapeData(`${r.message} [${r.code}]`)}\n`;
    })
    .join('');
}
