/**
 * pjsip-check: check Asterisk PJSIP config sets from the command line.
 *
 *   pjsip-check [--format text|json|sarif|github] [--asterisk-version V] [--rule ID=SEVERITY]... [--map FROM=TO]... PATH...
 *   pjsip-check --explain "LOG LINE" [--format text|json] PATH...
 *
 * A PATH that is a folder means the config set in it (pjsip.conf, pjsip_wizard.conf, other pjsip*.conf, with
 * what they include). A file is checked in the context of its folder's config set; its diagnostics and those of
 * the files it includes are reported. Exit status: 0 no errors, 1 errors found, 2 usage or I/O problem.
 * It never writes files and never runs #exec.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFolder, type Analysis } from './analysis/analyze';
import { diskProvider, toModelPath } from './node/fsProvider';
import type { FileProvider } from './model/types';
import { positionAt } from './syntax';
import type { Diagnostic } from './rules/diagnostic';
import { applySeverityOverrides, parseSeverityOverride, type SeverityOverrides } from './rules/severity';
import { allRules } from './rules/registry';
import { explainLogLine } from './features/explainLog';
import { toGithub } from './cli/github';
import { toSarif } from './cli/sarif';
import type { CheckRow as Row } from './cli/types';
import { VERSION } from './version';
import { parseAsteriskVersion } from './schema/versions';

const FORMATS = ['text', 'json', 'sarif', 'github'];

const USAGE = `usage: pjsip-check [--format text|json|sarif|github] [--asterisk-version V] [--rule ID=error|warning|information|hint|off]... [--map FROM=TO]... PATH...
  PATH       a config folder (pjsip.conf, pjsip_wizard.conf, pjsip*.conf and their includes) or a file
  --format   text    file:line:col: severity rule-id: message (the default)
             json    an array of {file, line, column, endLine, endColumn, severity, code, message}
             sarif   a SARIF 2.1.0 log, for GitHub code scanning and other CI dashboards
             github  GitHub Actions workflow commands: annotations on the lines
  --asterisk-version  the Asterisk to check against: a branch (20 = its newest release), 20.7, 20.7.0 or
             master (default: the newest release)
  --rule     change the severity of a rule, or turn it off
  --map      read absolute includes under FROM from TO instead (default /etc/asterisk=<config folder>)
  --explain  take an Asterisk log line (a registration warning, "Could not find option suitable ...", ...),
             find the part of the config at PATH it is about and say what happened and how to fix it
             (exit status 1 when no part of the config matches)
  --version  print the version
  --help     print this help
Exit status: 0 no errors, 1 errors found, 2 usage or I/O problem.`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface CliOptions {
  format: string;
  overrides: SeverityOverrides;
  pathMap: { from: string; to: string }[];
  targets: string[];
  asteriskVersion: string | undefined;
  notes: string[];
  explain: string | undefined;
}

function usage(msg: string): CliResult {
  return { code: 2, stdout: '', stderr: `pjsip-check: ${msg}\n${USAGE}\n` };
}

/** The command line as options, or the answer when it says all there is (help, version, a usage error). */
function parseArgs(argv: string[], cwd: string): CliOptions | CliResult {
  const o: CliOptions = {
    format: 'text',
    overrides: {},
    pathMap: [],
    targets: [],
    asteriskVersion: undefined,
    notes: [],
    explain: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (a.includes('=') && a.startsWith('--') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    const is = (flag: string) => a === flag || a.startsWith(`${flag}=`);
    if (a === '--help' || a === '-h') return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    else if (a === '--version' || a === '-v') return { code: 0, stdout: `pjsip-check ${VERSION}\n`, stderr: '' };
    else if (is('--format')) {
      o.format = value() ?? '';
      if (!FORMATS.includes(o.format)) return usage(`unknown format '${o.format}' (expected ${FORMATS.join(', ')})`);
    } else if (is('--asterisk-version')) {
      o.asteriskVersion = value() ?? '';
      const { error } = parseAsteriskVersion(o.asteriskVersion);
      if (error) {
        o.notes.push(`pjsip-check: ${error}\n`);
        o.asteriskVersion = undefined;
      }
    } else if (is('--rule')) {
      const r = parseSeverityOverride(value() ?? '');
      if (!r) return usage(`bad --rule value (expected ID=error|warning|information|hint|off)`);
      o.overrides[r.id] = r.severity;
    } else if (is('--explain')) {
      o.explain = value();
      if (!o.explain?.trim()) return usage('--explain needs a log line');
    } else if (is('--map')) {
      const v = value() ?? '';
      const eq = v.indexOf('=');
      if (eq <= 0) return usage('bad --map value (expected FROM=TO)');
      o.pathMap.push({ from: toModelPath(v.slice(0, eq)), to: toModelPath(path.resolve(cwd, v.slice(eq + 1))) });
    } else if (a === '--') {
      o.targets.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') return usage(`unknown option '${a}'`);
    else o.targets.push(a);
  }
  if (!o.targets.length) return usage('no PATH given');
  return o;
}

/** One PATH analysed: the analysis, and which of its files were asked for (or the answer when it cannot be read). */
function analyzeTarget(
  t: string,
  o: CliOptions,
  cwd: string,
  provider: FileProvider,
): { result: Analysis; keep: (p: string) => boolean } | CliResult {
  const abs = path.resolve(cwd, t);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    return { code: 2, stdout: '', stderr: `pjsip-check: cannot read '${t}': no such file or folder\n` };
  }
  const modelAbs = toModelPath(abs);
  const configMap = (dir: string) => (o.pathMap.length ? o.pathMap : [{ from: '/etc/asterisk', to: dir }]);
  if (st.isDirectory()) {
    const result = analyzeFolder(modelAbs, provider, [], configMap(modelAbs), o.asteriskVersion);
    // Not an error (exit codes stay as they are), but a CI job pointed at the wrong folder should say so.
    if (!result.files.size)
      o.notes.push(
        `pjsip-check: note: '${t}' holds no pjsip.conf, pjsip_wizard.conf or pjsip*.conf: nothing checked\n`,
      );
    return { result, keep: () => true };
  }
  if (!st.isFile()) return { code: 2, stdout: '', stderr: `pjsip-check: '${t}' is neither a file nor a folder\n` };
  try {
    fs.accessSync(abs, fs.constants.R_OK);
  } catch {
    return { code: 2, stdout: '', stderr: `pjsip-check: cannot read '${t}': permission denied\n` };
  }
  const dir = toModelPath(path.dirname(abs));
  const result = analyzeFolder(dir, provider, [modelAbs], configMap(dir), o.asteriskVersion);
  const reach = reachableFrom(result, modelAbs);
  return { result, keep: (p) => reach.has(p) };
}

function formatRows(rows: Row[], format: string, cwd: string): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'sarif') return toSarif(rows, allRules(), { version: VERSION, cwd });
  if (format === 'github') return toGithub(rows);
  return rows.map((r) => `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code}: ${r.message}\n`).join('');
}

export function runCli(argv: string[], cwd = process.cwd()): CliResult {
  const o = parseArgs(argv, cwd);
  if ('code' in o) return o;
  const rows: Row[] = [];
  const provider = diskProvider();
  for (const t of o.targets) {
    const analysed = analyzeTarget(t, o, cwd, provider);
    if ('code' in analysed) return analysed;
    const { result, keep } = analysed;
    const show = (p: string) => (path.isAbsolute(t) ? p : path.relative(cwd, p) || p);
    if (o.explain !== undefined) {
      const explained = explainIn(result, o.explain, o.format, show);
      if (explained) return explained;
      continue;
    }
    const diags = applySeverityOverrides(result.diagnostics, o.overrides).filter((d) => keep(d.path));
    diags.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.end - b.end));
    for (const d of diags) rows.push(toRow(d, result, show));
  }
  if (o.explain !== undefined)
    return {
      code: 1,
      stdout: '',
      stderr: `pjsip-check: no part of the config matches this log line\n${o.notes.join('')}`,
    };
  const errors = rows.filter((r) => r.severity === 'error').length;
  return { code: errors ? 1 : 0, stdout: formatRows(rows, o.format, cwd), stderr: o.notes.join('') };
}

/** `--explain`: the place in this config set the log line is about, and what happened there. */
function explainIn(a: Analysis, line: string, format: string, show: (p: string) => string): CliResult | undefined {
  const e = explainLogLine(a, line);
  if (!e) return undefined;
  const at = positionAt(a.files.get(e.path)!.tree, e.start);
  const where = { file: show(e.path), line: at.line + 1, column: at.character + 1 };
  const stdout =
    format === 'json'
      ? `${JSON.stringify({ ...where, rule: e.rule ?? null, markdown: e.markdown }, null, 2)}\n`
      : `${where.file}:${where.line}:${where.column}:${e.rule ? ` ${e.rule}` : ''}\n\n${e.markdown}\n`;
  return { code: 0, stdout, stderr: '' };
}

function toRow(d: Diagnostic, a: Analysis, show: (p: string) => string): Row {
  const tree = a.files.get(d.path)!.tree;
  const s = positionAt(tree, d.start);
  const e = positionAt(tree, d.end);
  return {
    file: show(d.path),
    line: s.line + 1,
    column: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
    severity: d.severity,
    code: d.code,
    message: d.message,
  };
}

/** The file and everything it includes (transitively). */
function reachableFrom(a: Analysis, file: string): Set<string> {
  const out = new Set<string>([file]);
  const todo = [file];
  while (todo.length) {
    const f = todo.pop()!;
    for (const c of a.configs)
      for (const inc of c.includes)
        if (inc.file.path === f)
          for (const t of inc.targets)
            if (!out.has(t)) {
              out.add(t);
              todo.push(t);
            }
  }
  return out;
}

if (require.main === module) {
  let r: CliResult;
  try {
    r = runCli(process.argv.slice(2));
  } catch (e) {
    r = { code: 2, stdout: '', stderr: `pjsip-check: internal error: ${(e as Error).message}\n` };
  }
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
