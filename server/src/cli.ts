/**
 * pjsip-check: check Asterisk PJSIP config sets from the command line.
 *
 *   pjsip-check [--format text|json|sarif|github] [--asterisk-version V] [--rule ID=SEVERITY]... [--map FROM=TO]... [--lang L] PATH...
 *   pjsip-check --explain "LOG LINE" [--format text|json] PATH...
 *   pjsip-check --who "INVITE sip:100@pbx from 203.0.113.7 user 1001" [--format text|json] PATH...
 *
 * A PATH that is a folder means the config set in it (pjsip.conf, pjsip_wizard.conf, other pjsip*.conf, with
 * what they include). A file is checked in the context of its folder's config set; its diagnostics and those of
 * the files it includes are reported. Exit status: 0 no errors, 1 errors found, 2 usage or I/O problem.
 * Messages are in English or Simplified Chinese: `--lang`, else LC_ALL, LC_MESSAGES or LANG (zh_CN.UTF-8 and other
 * simplified-Chinese locales give zh-cn). It never writes files and never runs #exec.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFolder, type Analysis } from './analysis/analyze';
import { diskProvider, toModelPath } from './node/fsProvider';
import type { FileProvider } from './model/types';
import { positionAt } from './syntax';
import type { Diagnostic } from './rules/diagnostic';
import { applySeverityOverrides, parseSeverityOverride, type SeverityOverrides } from './rules/severity';
import { localizedRules } from './features/ruleDocs';
import { explainInGeneral, explainLogLine } from './features/explainLog';
import { parseWhoRequest, whoAnswers, whoPlainText, whereOf } from './features/whoAnswers';
import { categoryOf, currentRuleId, getRule, isRuleCategory } from './rules/registry';
import { toGithub } from './cli/github';
import { toSarif } from './cli/sarif';
import type { CheckRow as Row } from './cli/types';
import { VERSION } from './version';
import { parseAsteriskVersion, targetText, versionProblemText } from './schema/versions';
import { readAsteriskVersionSync } from './node/asteriskVersion';
import { renderMessage } from './i18n/messages';
import { localeFrom, type Locale } from './i18n/locale';
import { CLI_USAGE, cliText } from './i18n/ui/cliTexts';

const FORMATS = ['text', 'json', 'sarif', 'github'];

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
  /** Where the version comes from: `--asterisk-version`, `asterisk -V` (its banner), or nowhere (the newest release). */
  versionFrom: { flag: true } | { banner: string } | undefined;
  notes: string[];
  explain: string | undefined;
  /** `--who`: one inbound request to follow. */
  who: string | undefined;
  /** `--only`: the rules and categories to report (all when empty). */
  only: string[];
  locale: Locale;
}

const LANGS: readonly string[] = ['en', 'zh-cn'];

/**
 * The language of the output: `--lang` wherever it stands (so that even a usage error reads in it), else the
 * locale of the environment.
 */
function chooseCliLocale(argv: string[], env: NodeJS.ProcessEnv): Locale | { bad: string } {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const a = argv[i];
    if (a !== '--lang' && !a.startsWith('--lang=')) continue;
    const lang = (a === '--lang' ? argv[i + 1] : a.slice('--lang='.length)) ?? '';
    return LANGS.includes(lang.toLowerCase()) ? (lang.toLowerCase() as Locale) : { bad: lang };
  }
  return envLocale(env);
}

/** The first locale variable set, the way gettext reads them (`C`, `POSIX` and unset give English). */
function envLocale(env: NodeJS.ProcessEnv): Locale {
  return localeFrom(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

function usage(locale: Locale, msg: string): CliResult {
  return { code: 2, stdout: '', stderr: `pjsip-check: ${msg}\n${CLI_USAGE[locale]}\n` };
}

function failure(text: string): CliResult {
  return { code: 2, stdout: '', stderr: `pjsip-check: ${text}\n` };
}

/** The command line as options, or the answer when it says all there is (help, version, a usage error). */
function parseArgs(argv: string[], cwd: string, env: NodeJS.ProcessEnv): CliOptions | CliResult {
  const chosen = chooseCliLocale(argv, env);
  if (typeof chosen === 'object') return usage('en', cliText('en', 'badLang', { lang: chosen.bad }));
  const locale = chosen;
  const o: CliOptions = {
    format: 'text',
    overrides: {},
    pathMap: [],
    targets: [],
    asteriskVersion: undefined,
    versionFrom: undefined,
    notes: [],
    explain: undefined,
    who: undefined,
    only: [],
    locale,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (a.includes('=') && a.startsWith('--') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    const is = (flag: string) => a === flag || a.startsWith(`${flag}=`);
    if (a === '--help' || a === '-h') return { code: 0, stdout: `${CLI_USAGE[locale]}\n`, stderr: '' };
    else if (a === '--version' || a === '-v') return { code: 0, stdout: `pjsip-check ${VERSION}\n`, stderr: '' };
    else if (is('--format')) {
      o.format = value() ?? '';
      if (!FORMATS.includes(o.format))
        return usage(locale, cliText(locale, 'unknownFormat', { format: o.format, formats: FORMATS.join(', ') }));
    } else if (is('--asterisk-version')) {
      o.asteriskVersion = value() ?? '';
      o.versionFrom = { flag: true };
      const { problem } = parseAsteriskVersion(o.asteriskVersion);
      if (problem) {
        o.notes.push(`pjsip-check: ${versionProblemText(locale, problem)}\n`);
        o.asteriskVersion = undefined;
      }
    } else if (is('--rule')) {
      const r = parseSeverityOverride(value() ?? '');
      if (!r) return usage(locale, cliText(locale, 'badRule'));
      o.overrides[r.id] = r.severity;
    } else if (is('--explain')) {
      o.explain = value();
      if (!o.explain?.trim()) return usage(locale, cliText(locale, 'explainNeedsLine'));
    } else if (is('--who')) {
      o.who = value();
      if (!o.who?.trim()) return usage(locale, cliText(locale, 'whoNeedsRequest'));
    } else if (is('--only')) {
      const only = currentRuleId((value() ?? '').trim());
      if (!getRule(only) && !isRuleCategory(only)) return usage(locale, cliText(locale, 'badOnly', { only }));
      o.only.push(only);
    } else if (is('--map')) {
      const v = value() ?? '';
      const eq = v.indexOf('=');
      if (eq <= 0) return usage(locale, cliText(locale, 'badMap'));
      o.pathMap.push({ from: toModelPath(v.slice(0, eq)), to: toModelPath(path.resolve(cwd, v.slice(eq + 1))) });
    } else if (is('--lang')) {
      if (a === '--lang') i++; // read by chooseCliLocale
    } else if (a === '--') {
      o.targets.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') return usage(locale, cliText(locale, 'unknownOption', { option: a }));
    else o.targets.push(a);
  }
  if (!o.targets.length) return usage(locale, cliText(locale, 'noPath'));
  if (!o.versionFrom) {
    // no --asterisk-version: the Asterisk of this machine, when `asterisk` is on the PATH (node/asteriskVersion.ts)
    const detected = readAsteriskVersionSync(env);
    if (detected) {
      o.asteriskVersion = detected.setting;
      o.versionFrom = { banner: detected.banner };
    }
  }
  return o;
}

/** The first line of the text output: which Asterisk the findings are for, and why that one. */
function versionLine(o: CliOptions): string {
  const target = parseAsteriskVersion(o.asteriskVersion).target;
  const label = targetText(target, o.locale);
  const from = o.versionFrom;
  const key = !target.explicit
    ? from
      ? 'checkedNewestInstead'
      : 'checkedNewest'
    : 'banner' in (from ?? {})
      ? 'checkedDetected'
      : 'checkedFlag';
  return `pjsip-check: ${cliText(o.locale, key, { label, banner: from && 'banner' in from ? from.banner : '' })}\n`;
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
    return failure(cliText(o.locale, 'noSuchPath', { path: t }));
  }
  const modelAbs = toModelPath(abs);
  const configMap = (dir: string) =>
    o.pathMap.length ? o.pathMap : [{ from: '/etc/asterisk', to: dir, implied: true }];
  if (st.isDirectory()) {
    const result = analyzeFolder(modelAbs, provider, [], configMap(modelAbs), o.asteriskVersion);
    // Not an error (exit codes stay as they are), but a CI job pointed at the wrong folder should say so.
    if (!result.files.size) o.notes.push(`pjsip-check: ${cliText(o.locale, 'nothingChecked', { path: t })}\n`);
    return { result, keep: () => true };
  }
  if (!st.isFile()) return failure(cliText(o.locale, 'notFileOrFolder', { path: t }));
  try {
    fs.accessSync(abs, fs.constants.R_OK);
  } catch {
    return failure(cliText(o.locale, 'permissionDenied', { path: t }));
  }
  const dir = toModelPath(path.dirname(abs));
  const result = analyzeFolder(dir, provider, [modelAbs], configMap(dir), o.asteriskVersion);
  const reach = reachableFrom(result, modelAbs);
  return { result, keep: (p) => reach.has(p) };
}

function formatRows(rows: Row[], format: string, cwd: string, locale: Locale): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'sarif') return toSarif(rows, localizedRules(locale), { version: VERSION, cwd, locale });
  if (format === 'github') return toGithub(rows);
  return rows.map((r) => `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code}: ${r.message}\n`).join('');
}

export function runCli(argv: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): CliResult {
  const o = parseArgs(argv, cwd, env);
  if ('code' in o) return o;
  const rows: Row[] = [];
  const provider = diskProvider();
  for (const t of o.targets) {
    const analysed = analyzeTarget(t, o, cwd, provider);
    if ('code' in analysed) return analysed;
    const { result, keep } = analysed;
    const show = (p: string) => (path.isAbsolute(t) ? p : path.relative(cwd, p) || p);
    if (o.explain !== undefined) {
      const explained = explainIn(result, o.explain, o.format, show, o.locale);
      if (explained) return explained;
      continue;
    }
    if (o.who !== undefined) return whoIn(result, o.who, o.format, o.locale);
    const only = (code: string) => !o.only.length || o.only.includes(code) || o.only.includes(categoryOf(code) ?? '');
    const diags = applySeverityOverrides(result.diagnostics, o.overrides).filter((d) => keep(d.path) && only(d.code));
    diags.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.end - b.end));
    for (const d of diags) rows.push(toRow(d, result, show, o.locale));
  }
  if (o.explain !== undefined) {
    // nothing matches: what the line means in general (exit status 1 all the same), when its kind has that
    const general = explainInGeneral(o.explain, o.locale);
    const stdout = !general
      ? ''
      : o.format === 'json'
        ? `${JSON.stringify({ file: null, line: null, column: null, rule: null, matched: false, markdown: general }, null, 2)}\n`
        : `${general}\n`;
    return { code: 1, stdout, stderr: `pjsip-check: ${cliText(o.locale, 'noLogMatch')}\n${o.notes.join('')}` };
  }
  const errors = rows.filter((r) => r.severity === 'error').length;
  const head = o.format === 'text' ? versionLine(o) : ''; // json, sarif and github stay machine-readable
  return { code: errors ? 1 : 0, stdout: head + formatRows(rows, o.format, cwd, o.locale), stderr: o.notes.join('') };
}

/** `--explain`: the place in this config set the log line is about, and what happened there. */
function explainIn(
  a: Analysis,
  line: string,
  format: string,
  show: (p: string) => string,
  locale: Locale,
): CliResult | undefined {
  const e = explainLogLine(a, line, locale);
  if (!e) return undefined;
  const at = positionAt(a.files.get(e.path)!.tree, e.start);
  const where = { file: show(e.path), line: at.line + 1, column: at.character + 1 };
  const stdout =
    format === 'json'
      ? `${JSON.stringify({ ...where, rule: e.rule ?? null, matched: true, markdown: e.markdown }, null, 2)}\n`
      : `${where.file}:${where.line}:${where.column}:${e.rule ? ` ${e.rule}` : ''}\n\n${e.markdown}\n`;
  return { code: 0, stdout, stderr: '' };
}

/** `--who`: the path of one inbound request through this config set. */
function whoIn(a: Analysis, text: string, format: string, locale: Locale): CliResult {
  const r = parseWhoRequest(text);
  if (!r) return usage(locale, cliText(locale, 'badWhoRequest', { request: text }));
  const w = whoAnswers(a, r, locale);
  if (format !== 'json') return { code: 0, stdout: whoPlainText(a, w), stderr: '' };
  const p = w.path;
  const json = {
    request: r,
    endpoint: p.endpoint?.id ?? null,
    identifiedBy: p.identification.matched?.name ?? null,
    identify: p.identification.matched?.identify?.object.id ?? null,
    challenged: p.outcome.withoutCredentials === 401,
    context: p.context?.name ?? null,
    extension: p.extension ? (p.extension.found ? 'found' : 'not-found') : null,
    outcome: p.outcome,
    steps: w.steps.map((s) => ({ text: s.text, at: s.at ? whereOf(a, s.at) : null })),
    result: w.result,
  };
  return { code: 0, stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: '' };
}

function toRow(d: Diagnostic, a: Analysis, show: (p: string) => string, locale: Locale): Row {
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
    message: locale === 'en' ? d.message : renderMessage(locale, d.msg),
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
    r = failure(
      cliText(envLocale(process.env), 'internalError', {
        error: (e as Error).message,
      }),
    );
  }
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
