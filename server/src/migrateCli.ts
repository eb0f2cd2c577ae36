/**
 * pjsip-migrate: convert chan_sip's sip.conf to pjsip.conf.
 *
 *   pjsip-migrate [--asterisk-version V] [--lang en|zh-cn] [--force] PATH -o OUTDIR
 *
 * PATH is a sip.conf or the folder holding one; its #include files are read from the same config folder. Writes
 * pjsip.conf (and a file per included sip file that holds peers or register lines) and MIGRATION.md into OUTDIR,
 * never replacing a file there without --force. Exit status: 0 everything carried over, 1 something needs the
 * admin (MIGRATION.md says what), 2 bad input. Never runs #exec; never prints a password.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localeFrom, type Locale } from './i18n/locale';
import { MIGRATE_USAGE, migrateCli } from './i18n/ui/migrateTexts';
import { migrateSipConf } from './migrate';
import { diskProvider, toModelPath } from './node/fsProvider';
import { parseAsteriskVersion, versionProblemText } from './schema/versions';
import { VERSION } from './version';

export interface MigrateCliResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface Args {
  locale: Locale;
  target?: string;
  output?: string;
  force: boolean;
  notes: string[];
}

const NAME = 'pjsip-migrate';

function fail(locale: Locale, text: string, usage = false): MigrateCliResult {
  return { code: 2, stdout: '', stderr: `${NAME}: ${text}\n${usage ? `${MIGRATE_USAGE[locale]}\n` : ''}` };
}

function chooseLocale(argv: string[], env: NodeJS.ProcessEnv): Locale | { bad: string } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a !== '--lang' && !a.startsWith('--lang=')) continue;
    const lang = ((a === '--lang' ? argv[i + 1] : a.slice('--lang='.length)) ?? '').toLowerCase();
    return lang === 'en' || lang === 'zh-cn' ? lang : { bad: lang };
  }
  return localeFrom(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** The options, the PATH, or the answer when the command line says all there is. */
function parseArgs(argv: string[], env: NodeJS.ProcessEnv): { args: Args; target: string } | MigrateCliResult {
  const chosen = chooseLocale(argv, env);
  if (typeof chosen === 'object') return fail('en', migrateCli('en', 'badLang', { lang: chosen.bad }), true);
  const args: Args = { locale: chosen, force: false, notes: [] };
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (a.startsWith('--') && a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    const is = (flag: string) => a === flag || a.startsWith(`${flag}=`);
    if (a === '--help' || a === '-h') return { code: 0, stdout: `${MIGRATE_USAGE[args.locale]}\n`, stderr: '' };
    if (a === '--version' || a === '-v') return { code: 0, stdout: `${NAME} ${VERSION}\n`, stderr: '' };
    if (a === '-o' || is('--output')) args.output = value();
    else if (is('--asterisk-version')) {
      const v = value() ?? '';
      const { problem } = parseAsteriskVersion(v);
      if (problem) args.notes.push(`${NAME}: ${versionProblemText(args.locale, problem)}\n`);
      else args.target = v;
    } else if (is('--lang')) {
      if (a === '--lang') i++;
    } else if (a === '--force') args.force = true;
    else if (a.startsWith('-') && a !== '-')
      return fail(args.locale, migrateCli(args.locale, 'unknownOption', { option: a }), true);
    else targets.push(a);
  }
  if (!targets.length) return fail(args.locale, migrateCli(args.locale, 'noPath'), true);
  if (!args.output) return fail(args.locale, migrateCli(args.locale, 'noOutput'), true);
  return { args, target: targets[0] };
}

/** The sip.conf PATH names: the file itself, or sip.conf in the folder. */
function sipConfOf(target: string, cwd: string, locale: Locale): string | MigrateCliResult {
  const abs = path.resolve(cwd, target);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    return fail(locale, migrateCli(locale, 'noSuchPath', { path: target }));
  }
  const file = st.isDirectory() ? path.join(abs, 'sip.conf') : abs;
  if (st.isDirectory() && !fs.existsSync(file)) return fail(locale, migrateCli(locale, 'noSipConf', { path: target }));
  try {
    fs.accessSync(file, fs.constants.R_OK);
    if (!fs.statSync(file).isFile()) throw new Error('not a file');
  } catch {
    return fail(locale, migrateCli(locale, 'notReadable', { path: target }));
  }
  return file;
}

export function runMigrateCli(
  argv: string[],
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): MigrateCliResult {
  const parsed = parseArgs(argv, env);
  if ('code' in parsed) return parsed;
  const { args } = parsed;
  const file = sipConfOf(parsed.target, cwd, args.locale);
  if (typeof file !== 'string') return file;
  const modelFile = toModelPath(file);
  const dir = modelFile.slice(0, modelFile.lastIndexOf('/')) || '/';
  const result = migrateSipConf(modelFile, dir, diskProvider(), {
    asteriskVersion: args.target,
    locale: args.locale,
    version: VERSION,
  });
  if (!result) return fail(args.locale, migrateCli(args.locale, 'notReadable', { path: parsed.target }));
  const outDir = path.resolve(cwd, args.output!);
  const written = writeAll(outDir, result.files, args);
  if (typeof written !== 'string') return written;
  const c = result.conversion;
  const count = (s: string) => result.findings.filter((f) => f.diagnostic.severity === s).length;
  const summary = migrateCli(args.locale, 'result', {
    peers: c.peers,
    endpoints: c.endpoints,
    lines: c.registerLines,
    registrations: c.registrations,
    manual: result.needsAdmin,
    errors: count('error'),
    warnings: count('warning'),
  });
  return { code: result.exitCode, stdout: `${written}\n${summary}\n`, stderr: args.notes.join('') };
}

/** Writes every file (refusing to replace one unless --force); the "wrote ..." line, or the failure. */
function writeAll(outDir: string, files: Map<string, string>, args: Args): string | MigrateCliResult {
  if (!args.force)
    for (const name of files.keys())
      if (fs.existsSync(path.join(outDir, name)))
        return fail(args.locale, migrateCli(args.locale, 'outputExists', { file: name, dir: args.output! }));
  const done: string[] = [];
  for (const [name, text] of files) {
    const p = path.join(outDir, name);
    try {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
    } catch (e) {
      return fail(args.locale, migrateCli(args.locale, 'cannotWrite', { path: p, error: (e as Error).message }));
    }
    done.push(path.join(args.output!, name));
  }
  return migrateCli(args.locale, 'wrote', { files: done.join(', ') });
}

if (require.main === module) {
  let r: MigrateCliResult;
  try {
    r = runMigrateCli(process.argv.slice(2));
  } catch (e) {
    r = {
      code: 2,
      stdout: '',
      stderr: `${NAME}: ${migrateCli(localeFrom(process.env.LANG), 'internalError', { error: (e as Error).message })}\n`,
    };
  }
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
