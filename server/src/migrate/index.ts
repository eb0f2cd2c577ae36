/**
 * sip.conf -> pjsip.conf (with the include layout kept where it helps) and MIGRATION.md, for one target release.
 * Pure: files come from the provider and go back as texts; the CLI (migrateCli.ts) and the language server write
 * them. Never throws on bad input: what chan_sip could not read is reported at its line.
 */
import type { Locale } from '../i18n/locale';
import type { FileProvider } from '../model/types';
import { basename } from '../model/paths';
import { targetFor } from '../schema/versioned';
import { convertSip, type Conversion } from './convert';
import { emitFiles } from './emit';
import { readSipConf } from './read';
import { renderReport } from './report';
import { checkOutput, type Finding } from './verify';

export const REPORT_FILE = 'MIGRATION.md';

export interface MigrateOptions {
  asteriskVersion?: string;
  locale: Locale;
  /** This tool's version, for the report and the file headers. */
  version: string;
}

export interface MigrateResult {
  /** Output file (relative) -> text: pjsip.conf, the files it includes, MIGRATION.md. */
  files: Map<string, string>;
  /** 0 everything carried over, 1 something needs the admin. */
  exitCode: 0 | 1;
  conversion: Conversion;
  findings: Finding[];
  /** Rows (and whole-file notes) that need the admin. */
  needsAdmin: number;
}

/** Converts `sipConf` (a file in `configDir`); undefined when it cannot be read. */
export function migrateSipConf(
  sipConf: string,
  configDir: string,
  provider: FileProvider,
  opts: MigrateOptions,
): MigrateResult | undefined {
  const read = readSipConf(sipConf, configDir, provider);
  if (!read) return undefined;
  const target = targetFor(opts.asteriskVersion);
  const conversion = convertSip(read, target);
  if (provider.read(`${configDir}/extconfig.conf`)?.text.match(/^\s*sip(peers|users)\s*=>/m))
    conversion.notes.push({ note: { key: 'realtime' }, manual: true });
  const header = [
    `Converted from ${basename(sipConf)} by pjsip-migrate ${opts.version} for Asterisk ${target.label}.`,
    `What became of each sip.conf setting: ${REPORT_FILE}.`,
  ];
  const files = emitFiles(conversion, header);
  const findings = checkOutput(files, opts.asteriskVersion);
  const needsAdmin =
    conversion.rows.filter((r) => r.outcome.status === 'manual' || r.outcome.status === 'broken').length +
    conversion.notes.filter((n) => n.manual).length;
  const errors = findings.filter((f) => f.diagnostic.severity === 'error').length;
  const exitCode = needsAdmin || errors || read.problems.length ? 1 : 0;
  const report = renderReport({
    locale: opts.locale,
    version: opts.version,
    target: target.label,
    configDir,
    source: basename(sipConf),
    rows: conversion.rows,
    notes: conversion.notes,
    counts: conversion,
    files: [...files.keys()],
    findings,
    problems: read.problems,
    sourceFiles: new Map(read.files.map((f) => [f.path, f])),
    exitCode,
  });
  files.set(REPORT_FILE, report);
  return { files, exitCode, conversion, findings, needsAdmin };
}
