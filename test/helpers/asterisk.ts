/**
 * The real Asterisk of ../shared/asterisk, for the tests that compare our verdicts with what Asterisk does.
 * Present on the developers' machines and in CI; absent on a user's machine, where those tests skip with one line.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PATIENCE } from './patience';

/** `<repo>/../shared/asterisk`; from a git worktree, beside the main checkout (its `.git` file names it). */
function sharedDir(): string {
  const repo = path.resolve(__dirname, '../../..');
  const beside = path.resolve(repo, '../shared/asterisk');
  if (fs.existsSync(beside)) return beside;
  try {
    const m = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(path.join(repo, '.git'), 'utf8'));
    const main = m && /^(.*)[\\/]\.git[\\/]worktrees[\\/][^\\/]+[\\/]?$/.exec(m[1].trim());
    if (main) return path.resolve(main[1], '../shared/asterisk');
  } catch {
    /* not a worktree */
  }
  return beside;
}

export const SHARED_ASTERISK = sharedDir();
const SCRIPT = path.join(SHARED_ASTERISK, 'run-asterisk.sh');
/** The scripted registrar that runs beside Asterisk as its sidecar. */
export const REGISTRAR = path.join(SHARED_ASTERISK, 'registrar.py');

/** Why the real Asterisk cannot run here, or undefined when it can. */
export function asteriskMissing(): string | undefined {
  if (!fs.existsSync(SCRIPT)) return `no real Asterisk (${path.relative(process.cwd(), SCRIPT)} is absent)`;
  if (process.getuid?.() !== 0) return 'the real Asterisk needs root (it boots in its own network namespace)';
  return undefined;
}

/** The packaged releases: master always, 20.7.0 when its package is beside the script (`ORACLE_ASTERISK=20.7.0`). */
export type Release = 'master' | '20.7.0';

/** The releases that can boot here (none when `asteriskMissing()` says why). */
export function asteriskReleases(): Release[] {
  if (asteriskMissing()) return [];
  const out: Release[] = ['master'];
  if (fs.existsSync(path.join(SHARED_ASTERISK, 'asterisk-pjsip-20.7.0.tar.xz'))) out.push('20.7.0');
  return out;
}

export interface AsteriskRun {
  /** The ERROR and WARNING lines, without their timestamps. */
  problems: string[];
  /** Every output file of run-asterisk.sh, by name. */
  out: (name: string) => string;
}

/** Boot bounds scale with the patience: run-asterisk.sh skips its CLI commands near its hard limit. */
export { PATIENCE };

let running = 0;
const waiting: (() => void)[] = [];
const PARALLEL = 4; // each run mostly waits (boot, settle): more than the cores is fine

async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Boots Asterisk (master, or the release asked for) on these files (name -> text) and returns what it reported. */
export function runAsterisk(
  files: Record<string, string>,
  env: Record<string, string> = {},
  release: Release = 'master',
): Promise<AsteriskRun> {
  // a caller may name the release in `env` instead (ORACLE_ASTERISK, as run-asterisk.sh reads it)
  return slot(() => boot(files, { ORACLE_ASTERISK: release, ...env }));
}

async function boot(files: Record<string, string>, env: Record<string, string>): Promise<AsteriskRun> {
  const conf = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-oracle-conf-'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-oracle-out-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(conf, name)), { recursive: true });
    fs.writeFileSync(path.join(conf, name), text);
  }
  await new Promise<void>((resolve, reject) => {
    const p = spawn('bash', [SCRIPT, conf, outDir], {
      stdio: ['ignore', 'ignore', 'pipe'],
      // hang bounds, not speed judgements: on a loaded machine (CI, other jobs) a boot takes several times its idle
      // 4-10 s, and run-asterisk.sh skips its CLI commands near its hard limit
      env: {
        ...process.env,
        ORACLE_SETTLE: '1',
        ORACLE_BOOT_TIMEOUT: String(25 * PATIENCE),
        ORACLE_HARD_LIMIT: String(60 * PATIENCE),
        ...env,
      },
    });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`run-asterisk.sh exited ${c}: ${err.slice(-500)}`))));
  });
  const read = (name: string) => {
    const p = path.join(outDir, name);
    return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
  };
  const problems = read('log-problems.txt')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/^\[[^\]]*\]\s*/, ''));
  const texts = new Map<string, string>();
  for (const name of fs.readdirSync(outDir)) texts.set(name, read(name));
  fs.rmSync(conf, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
  return { problems, out: (name) => texts.get(name) ?? '' };
}
