/**
 * `pjsip-check --format sarif`: a SARIF 2.1.0 log (the format GitHub code scanning and other CI dashboards
 * import). One run; the driver lists every rule of the rule table with its summary, its default level and a link
 * to its page in docs/rules.md; each finding is a result pointing at the rule by id and index.
 */
import type { Locale } from '../i18n/locale';
import { pathToFileURL } from 'node:url';
import type { RuleInfo, Severity } from '../rules/registry';
import { REPOSITORY_URL, ruleHelpUri } from '../version';
import type { CheckRow } from './types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base that relative artifact URIs are relative to: the folder pjsip-check ran in. */
export const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** Markdown of the rule docs to plain text: drop the backticks. */
const plain = (md: string) => md.replace(/`/g, '');

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** A path as shown on the command line, as a SARIF artifact location. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export interface SarifOptions {
  version: string;
  /** The working folder, absolute: where relative paths start. */
  cwd: string;
  /** The language of the rule texts given: the help links go to the rule page in it. */
  locale?: Locale;
}

/**
 * A security rule's tags and score, where GitHub code scanning reads them: `tags: ["security"]` makes its results
 * security alerts, `security-severity` (a number as a string) their severity.
 */
function ruleProperties(r: RuleInfo): { properties?: { tags: string[]; 'security-severity'?: string } } {
  if (!r.category) return {};
  return {
    properties: { tags: [r.category], ...(r.securitySeverity ? { 'security-severity': r.securitySeverity } : {}) },
  };
}

export function toSarif(rows: readonly CheckRow[], rules: readonly RuleInfo[], opts: SarifOptions): string {
  const index = new Map(rules.map((r, i) => [r.id, i] as const));
  const cwdUri = pathToFileURL(opts.cwd).href.replace(/\/?$/, '/');
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pjsip-check',
            version: opts.version,
            semanticVersion: opts.version,
            informationUri: REPOSITORY_URL,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: plain(r.summary), markdown: r.summary },
              fullDescription: { text: plain(r.asterisk), markdown: r.asterisk },
              help: { text: plain(r.fix), markdown: r.fix },
              helpUri: ruleHelpUri(r.id, opts.locale),
              defaultConfiguration: { level: LEVEL[r.severity] },
              ...ruleProperties(r),
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: cwdUri } },
        columnKind: 'utf16CodeUnits',
        results: rows.map((row) => {
          const ruleIndex = index.get(row.code);
          return {
            ruleId: row.code,
            ...(ruleIndex === undefined ? {} : { ruleIndex }),
            level: LEVEL[row.severity],
            message: { text: row.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(row.file),
                  region: {
                    startLine: row.line,
                    startColumn: row.column,
                    endLine: row.endLine,
                    endColumn: row.endColumn,
                  },
                },
              },
            ],
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
