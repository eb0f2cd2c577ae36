/** workspace/executeCommand `pjsip.server.convertSipConf`: sip.conf converted in memory; the client writes the files. */
import type { ExecuteCommandParams } from 'vscode-languageserver';
import { migrateCli } from '../../i18n/ui/migrateTexts';
import { migrateSipConf, REPORT_FILE } from '../../migrate';
import { ConvertSipConfCommand, type ConvertResult } from '../../protocol';
import { VERSION } from '../../version';
import { uriToPath } from '../conversions';
import type { Session } from '../session';

export function convertSipConf(s: Session, p: ExecuteCommandParams): ConvertResult | null {
  const [uri] = (p.arguments ?? []) as [unknown];
  if (p.command !== ConvertSipConfCommand || typeof uri !== 'string') return null;
  const path = uriToPath(uri);
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  const locale = s.locale();
  // the open documents are read as edited (the session's provider overlays them on the disk)
  const r = migrateSipConf(path, dir, s.provider, {
    asteriskVersion: s.sets.asteriskVersion() || undefined,
    locale,
    version: VERSION,
  });
  if (!r) return null;
  const c = r.conversion;
  const count = (sev: string) => r.findings.filter((f) => f.diagnostic.severity === sev).length;
  return {
    folder: 'pjsip-migrated',
    files: [...r.files].map(([name, text]) => ({ name, text })),
    compare: 'pjsip.conf',
    report: REPORT_FILE,
    exitCode: r.exitCode,
    summary: migrateCli(locale, 'result', {
      peers: c.peers,
      endpoints: c.endpoints,
      lines: c.registerLines,
      registrations: c.registrations,
      manual: r.needsAdmin,
      errors: count('error'),
      warnings: count('warning'),
    }),
  };
}
