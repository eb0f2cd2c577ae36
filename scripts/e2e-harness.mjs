// Shared plumbing of the real-client launchers (test-e2e.mjs, test-ui.mjs, test-nvim.mjs): temp dirs, a copy of
// the fixtures workspace, code-server on a free loopback port, Debian's chromium through playwright-core,
// per-check results and the final `N passed, N failed` line. Everything started here is torn down on exit,
// on SIGINT/SIGTERM and when the watchdog fires: code-server runs in its own process group, killed by its id.
import { spawn, spawnSync } from 'node:child_process';
import {
  createWriteStream,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'test/e2e/workspace');
export const CODE_SERVER = process.env.CODE_SERVER || join(ROOT, 'test/e2e/cs/node_modules/.bin/code-server');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const KEEP = !!process.env.KEEP; // KEEP=1 keeps the temp dirs (logs, user data) for debugging
/**
 * How many times longer than on an idle machine a wait may last before it counts as a failure. Every deadline of the
 * real-client layers goes through `patient`, so a machine several times slower (other jobs on both cores) still
 * passes; a failure only takes longer to report. `PJSIP_TEST_PATIENCE` overrides it (the extension host, nvim and
 * the test-vscode suite read the same variable).
 */
export const PATIENCE = Number(process.env.PJSIP_TEST_PATIENCE) || 4;
export const patient = (ms) => ms * PATIENCE;

const t0 = Date.now();
const cleanups = [];
let cleaning;

/** Run `fn` at teardown (last registered runs first). */
export function onCleanup(fn) {
  cleanups.push(fn);
}

export async function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const fn = cleanups.pop();
      try {
        await Promise.race([fn(), sleep(10000)]);
      } catch (e) {
        console.error(`cleanup: ${e?.message ?? e}`);
      }
    }
  })();
  return cleaning;
}

// Last-resort synchronous teardown for abrupt exits.
const groups = new Set();
const tempDirs = new Set();
process.on('exit', () => {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  if (!KEEP) for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    console.error(`received ${sig}, cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

export function elapsed() {
  return `${((Date.now() - t0) / 1000).toFixed(1)}s`;
}

export function log(msg) {
  console.log(`[${elapsed()}] ${msg}`);
}

/** A temp dir removed at exit (unless KEEP=1). */
export function tempDir(prefix) {
  const d = realpathSync(mkdtempSync(join(os.tmpdir(), prefix)));
  tempDirs.add(d);
  onCleanup(() => {
    if (!KEEP) {
      rmSync(d, { recursive: true, force: true });
      tempDirs.delete(d);
    } else console.log(`kept ${d}`);
  });
  return d;
}

/** A fresh copy of test/e2e/workspace: tests may edit, never the committed fixtures. */
export function copyWorkspace(runDir) {
  const ws = join(runDir, 'workspace');
  cpSync(FIXTURES, ws, { recursive: true });
  return realpathSync(ws);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export function waitHttp(url, ms) {
  const end = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      const req = http.get(url, (r) => {
        r.resume();
        resolve(r.statusCode);
      });
      req.setTimeout(patient(2000), () => req.destroy(new Error('request timeout')));
      req.on('error', () =>
        Date.now() > end ? reject(new Error(`timeout waiting for ${url}`)) : setTimeout(tick, 200),
      );
    };
    tick();
  });
}

/** Fail the run (and tear everything down) if it takes longer than `ms`. */
export function watchdog(idleMs, results) {
  const ms = patient(idleMs);
  const t = setTimeout(() => {
    console.error(`WATCHDOG: no result after ${ms / 1000}s, giving up`);
    results?.fail('watchdog', `run exceeded ${ms / 1000}s`);
    void cleanup().finally(() => {
      results?.summary();
      process.exit(1);
    });
  }, ms);
  t.unref();
  return t;
}

/** PASS/FAIL lines per check, and the one final `N passed, N failed` line. */
export class Results {
  constructor() {
    this.list = [];
  }
  pass(name, detail = '') {
    this.list.push({ name, ok: true });
    console.log(`PASS ${name}${detail ? `: ${detail}` : ''}`);
  }
  fail(name, detail = '') {
    this.list.push({ name, ok: false });
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
  check(name, ok, detail = '') {
    (ok ? this.pass : this.fail).call(this, name, detail);
    return ok;
  }
  /** Run a named check; an exception fails it (and is logged) without stopping later checks. */
  async step(name, fn) {
    const t = Date.now();
    try {
      const detail = await fn();
      this.pass(name, `${detail ?? ''} (${Date.now() - t} ms)`.trim());
      return true;
    } catch (e) {
      this.fail(
        name,
        `${String(e?.message ?? e)
          .split('\n')
          .slice(0, 6)
          .join(' | ')} (${Date.now() - t} ms)`,
      );
      return false;
    }
  }
  get passed() {
    return this.list.filter((r) => r.ok).length;
  }
  get failed() {
    return this.list.length - this.passed;
  }
  summary() {
    console.log(`${this.passed} passed, ${this.failed} failed`);
  }
}

/**
 * Start code-server 4.100.3 with a throwaway user-data, extensions and config dir, bound to 127.0.0.1 on a
 * free port, no marketplace, no telemetry/update checks, no workspace trust prompt (`untrusted`: trust on and the
 * folder not trusted, so it opens in restricted mode); `args` are added to its command line (e.g. `--locale zh-cn`);
 * `installVsix` is one .vsix or a list. Resolves once /healthz answers.
 */
export async function startCodeServer({
  runDir,
  settings = {},
  env = {},
  installVsix,
  args = [],
  untrusted = false,
} = {}) {
  if (!existsSync(CODE_SERVER)) throw new Error(`code-server not found at ${CODE_SERVER}: run \`npm run setup:e2e\``);
  const port = await freePort();
  const ud = join(runDir, 'user-data'),
    ext = join(runDir, 'extensions'),
    cfg = join(runDir, 'config.yaml');
  mkdirSync(join(ud, 'User'), { recursive: true });
  mkdirSync(ext, { recursive: true });
  writeFileSync(cfg, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`); // keeps code-server away from ~/.config
  writeFileSync(
    join(ud, 'User/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        // untrusted: trust on, no prompt, the folder never trusted (restricted mode)
        'security.workspace.trust.enabled': untrusted,
        ...(untrusted ? { 'security.workspace.trust.startupPrompt': 'never' } : {}),
        'extensions.ignoreRecommendations': true,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'files.autoSave': 'off',
        'window.commandCenter': false,
        'chat.commandCenter.enabled': false,
        ...settings,
      },
      null,
      2,
    ),
  );
  const csEnv = {
    ...process.env,
    EXTENSIONS_GALLERY: '{}', // no marketplace (else open-vsx.org lookups)
    XDG_DATA_HOME: join(runDir, 'xdg-data'),
    XDG_CONFIG_HOME: join(runDir, 'xdg-config'),
    ...env,
  };
  const common = ['--config', cfg, '--user-data-dir', ud, '--extensions-dir', ext];
  for (const vsix of [installVsix ?? []].flat()) {
    const r = spawnSync(CODE_SERVER, [...common, '--install-extension', vsix], {
      env: csEnv,
      encoding: 'utf8',
      timeout: patient(60000),
    });
    if (r.status !== 0)
      throw new Error(
        `code-server --install-extension failed (${r.status ?? r.error?.message}): ${r.stdout}${r.stderr}`,
      );
    log(`installed ${vsix}`);
  }
  const logFile = join(runDir, 'code-server.log');
  const proc = spawn(
    CODE_SERVER,
    [
      ...common,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      ...(untrusted ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--bind-addr',
      `127.0.0.1:${port}`,
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: csEnv, detached: true },
  ); // own process group: teardown kills it and its children
  groups.add(proc.pid);
  const out = createWriteStream(logFile);
  proc.stdout.pipe(out);
  proc.stderr.pipe(out);
  const exited = new Promise((r) => proc.once('exit', r));
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      try {
        process.kill(-proc.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      const ok = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!ok) {
        try {
          process.kill(-proc.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
        await Promise.race([exited, sleep(2000)]);
      }
    }
    // the extension host and language server share the group; make sure none outlives the run
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {
      /* all gone */
    }
    groups.delete(proc.pid);
  };
  onCleanup(stop);
  try {
    await waitHttp(`http://127.0.0.1:${port}/healthz`, patient(30000));
  } catch (e) {
    throw new Error(`${e.message}; code-server log ${logFile}`);
  }
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const url = (folder, payload) =>
    `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}${payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
  log(`code-server listening on 127.0.0.1:${port}`);
  return { port, url, remote, logFile, proc, stop };
}

/** Debian's chromium through playwright-core (Playwright's own browser download does not work here). */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run \`npm run setup:e2e\``);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: patient(30000),
    // no --user-data-dir here: launch() always uses a fresh temp profile
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  onCleanup(() => browser.close());
  return browser;
}
