/**
 * The version is known, not assumed: `asterisk -V` where asterisk is on the PATH (the CLI and the server), the
 * folder's remembered choice, the setting, and a question (with the config's header as a hint) when none says.
 * A fake `asterisk` on the PATH stands for the real one here; test/oracle.test.ts reads the real one's banner.
 */
import { test, suite, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAsteriskVersion, targetText, versionFromBanner } from '../server/src/schema/versions';
import { versionHint } from '../server/src/features/versionHint';
import { readAsteriskVersion, readAsteriskVersionSync } from '../server/src/node/asteriskVersion';
import { MemoryLsp } from './helpers/memoryLsp';
import { uri } from './helpers/lsp';
import { envWithLocale } from './helpers/env';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'server/out/cli.js');

/** A folder holding an executable `asterisk` that prints `banner` (and notes its arguments), or runs `script`. */
function fakeAsterisk(banner: string, script?: string): { dir: string; args: () => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-fake-asterisk-'));
  const log = path.join(dir, 'args');
  fs.writeFileSync(
    path.join(dir, 'asterisk'),
    `#!/bin/sh\nprintf '%s\\n' "$*" > '${log}'\n${script ?? `echo '${banner}'`}\n`,
    { mode: 0o755 },
  );
  return { dir, args: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim() : '') };
}

const EMPTY_PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-no-asterisk-'));
const AUTH_DIGEST = '[a]\ntype=auth\nauth_type=digest\nusername=a\npassword=b\n';

function set(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-version-set-'));
  for (const [n, t] of Object.entries(files)) fs.writeFileSync(path.join(dir, n), t);
  return dir;
}

suite('what asterisk -V prints, read as a version', () => {
  const rows: [string, string | undefined][] = [
    ['Asterisk 20.7.0', '20.7.0'],
    ['Asterisk 18.26.4', '18.26.4'],
    ['Asterisk GIT-master-f0c1c1a7b7', 'master'],
    ['Asterisk certified-20.7-cert1', '20.7'],
    ['Asterisk certified/18.9-cert4', '18.9'],
    ['Asterisk 22.1.0-rc2', '22.1.0'],
    ['Asterisk GIT-20-1a2b3c', '20'],
    ['Asterisk 20.99.0', '20'], // newer than this checker knows: its branch, the newest release known
    ['Asterisk 99.0.0', undefined],
    ['command not found', undefined],
    ['', undefined],
  ];
  for (const [banner, want] of rows) test(JSON.stringify(banner), () => assert.equal(versionFromBanner(banner), want));

  test('the status bar says what the check uses', () => {
    const t = (v: string, l?: 'zh-cn') => targetText(parseAsteriskVersion(v).target, l);
    assert.equal(t('20.7.0'), '20.7.0');
    assert.equal(t('18'), '18.26.4 (newest 18)');
    assert.equal(t('20.7'), '20.7.x (newest 20.7)');
    assert.equal(t('master'), 'master');
    assert.equal(t('18', 'zh-cn'), '18.26.4（18 的最新发行版）');
  });

  test("the config's header names a version: a hint", () => {
    assert.equal(versionHint('; pjsip.conf for the office\n; Asterisk 20 PBX\n\n[t]\ntype=transport\n'), '20');
    assert.equal(versionHint(';; Asterisk 18.9\n'), '18.9');
    assert.equal(versionHint('[t]\ntype=transport\n; Asterisk 20\n'), undefined);
    assert.equal(versionHint('; Asterisk 99\n'), undefined);
    assert.equal(versionHint('; runs on asterisk\n'), undefined);
  });
});

suite('asterisk -V, the one process started', () => {
  test('started without a shell, with -V only; its banner read', async () => {
    const fake = fakeAsterisk('Asterisk 20.7.0');
    const env = { ...process.env, PATH: `${fake.dir}:${EMPTY_PATH}` };
    assert.deepEqual(await readAsteriskVersion(env), { setting: '20.7.0', banner: 'Asterisk 20.7.0' });
    assert.equal(fake.args(), '-V');
    assert.deepEqual(readAsteriskVersionSync(env), { setting: '20.7.0', banner: 'Asterisk 20.7.0' });
  });

  test('none on the PATH, a failure or a hang: unknown (bounded by the timeout)', async () => {
    assert.equal(await readAsteriskVersion({ PATH: EMPTY_PATH }), undefined);
    const failing = fakeAsterisk('', 'exit 3');
    assert.equal(await readAsteriskVersion({ PATH: failing.dir }), undefined);
    const hanging = fakeAsterisk('', 'exec sleep 30');
    assert.equal(await readAsteriskVersion({ PATH: hanging.dir }, 300), undefined);
    assert.equal(readAsteriskVersionSync({ PATH: hanging.dir }, 300), undefined);
  });
});

suite('pjsip-check reads asterisk -V when --asterisk-version is absent', () => {
  const run = (args: string[], PATH: string) =>
    spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...envWithLocale(), PATH } });
  const dir = set({ 'pjsip.conf': AUTH_DIGEST });

  test('the first line says which Asterisk, and the findings are for it', () => {
    const fake = fakeAsterisk('Asterisk 20.7.0');
    const r = run([dir], `${fake.dir}:${path.dirname(process.execPath)}`);
    const [head, ...rest] = r.stdout.trim().split('\n');
    assert.equal(head, 'pjsip-check: checked against Asterisk 20.7.0 (asterisk -V: "Asterisk 20.7.0")');
    assert.match(rest.join('\n'), /error invalid-value: auth_type=digest exists from 20\.12\.0/);
    assert.equal(r.status, 1);
  });

  test('--asterisk-version wins, and says so; json stays clean', () => {
    const fake = fakeAsterisk('Asterisk 20.7.0');
    const r = run(['--asterisk-version', '22', dir], fake.dir);
    assert.equal(
      r.stdout.split('\n')[0],
      'pjsip-check: checked against Asterisk 22.10.1 (newest 22) (--asterisk-version)',
    );
    assert.equal(fake.args(), '', 'not asked');
    const j = run(['--format', 'json', dir], fake.dir);
    assert.equal(JSON.parse(j.stdout).length, 1);
    for (const f of ['sarif', 'github'])
      assert.doesNotMatch(run(['--format', f, dir], fake.dir).stdout, /checked against/);
  });

  test('no asterisk on the PATH: the newest release, said so; in Chinese too', () => {
    assert.equal(
      run([dir], EMPTY_PATH).stdout.split('\n')[0],
      'pjsip-check: checked against Asterisk 23.4.1, the newest release (no --asterisk-version, and no asterisk on the PATH to ask)',
    );
    assert.match(run(['--lang', 'zh-cn', dir], EMPTY_PATH).stdout, /^pjsip-check: 按最新发行版 Asterisk 23\.4\.1 检查/);
  });
});

suite('the server: asterisk -V, the remembered choice, the question', () => {
  let savedPath: string | undefined;
  before(() => (savedPath = process.env.PATH));
  after(() => (process.env.PATH = savedPath));

  async function open(
    dir: string,
    opts: { settings?: Json; versionChoice?: string; name?: string } = {},
  ): Promise<{ lsp: MemoryLsp; u: string; statuses: Json[] }> {
    const lsp = new MemoryLsp();
    await lsp.initialize(dir, opts.settings ?? {}, 'lsp-test', {
      initializationOptions: opts.versionChoice !== undefined ? { versionChoice: opts.versionChoice } : undefined,
    });
    const u = uri(path.join(dir, opts.name ?? 'pjsip.conf'));
    const published = lsp.waitForDiagnostics(u);
    lsp.notify('textDocument/didOpen', {
      textDocument: { uri: u, languageId: 'pjsip', version: 1, text: fs.readFileSync(new URL(u), 'utf8') },
    });
    await published;
    const announced = () => lsp.notifications.filter((n) => n.method === 'pjsip/targetVersion');
    if (!announced().length) await lsp.waitFor('pjsip/targetVersion');
    return { lsp, u, statuses: announced().map((n) => n.params) };
  }

  test('asterisk on the PATH: its version is used, and the status bar says where it came from', async () => {
    process.env.PATH = `${fakeAsterisk('Asterisk 20.7.0').dir}:${savedPath}`;
    const { lsp, u, statuses } = await open(set({ 'pjsip.conf': AUTH_DIGEST }));
    const last = statuses[statuses.length - 1];
    assert.equal(last.text, 'Asterisk 20.7.0 (asterisk -V)');
    assert.equal(last.source, 'asterisk');
    assert.match(last.tooltip, /"Asterisk 20\.7\.0"/);
    assert.ok(!statuses.some((x) => x.ask), 'nothing to ask');
    assert.deepEqual(
      lsp.diagnostics.get(u)!.map((d: Json) => d.code),
      ['invalid-value'],
    );
    // a choice for the folder wins over asterisk -V, and takes effect at once
    const again = lsp.waitFor('pjsip/targetVersion', (p) => p.source === 'remembered');
    const redone = lsp.waitForDiagnostics(u, (d) => d.length === 1 && /18\.26\.4/.test(d[0].message));
    lsp.notify('pjsip/versionChoice', { version: '18' });
    assert.equal((await again).text, 'Asterisk 18.26.4 (newest 18)');
    await redone;
    await lsp.stop();
  });

  test('a remembered choice comes with initialize; the setting wins over it', async () => {
    process.env.PATH = EMPTY_PATH;
    const dir = set({ 'pjsip.conf': AUTH_DIGEST });
    const a = await open(dir, { versionChoice: '20.7' });
    assert.equal(a.statuses[a.statuses.length - 1].text, 'Asterisk 20.7.x (newest 20.7)');
    assert.ok(!a.statuses.some((x) => x.ask));
    await a.lsp.stop();
    const b = await open(dir, { versionChoice: '20.7', settings: { asteriskVersion: '23' } });
    const s = b.statuses[b.statuses.length - 1];
    assert.equal(s.source, 'setting');
    assert.deepEqual(
      b.lsp.diagnostics.get(b.u)!.filter((d: Json) => d.code === 'invalid-value'),
      [],
    );
    await b.lsp.stop();
  });

  test("nothing says which: the client is asked once, with the header's version as a hint", async () => {
    process.env.PATH = EMPTY_PATH;
    const dir = set({
      'pjsip.conf': '; Office PBX, Asterisk 20\n\n[t]\ntype=transport\nbind=0.0.0.0\n',
      'pjsip_custom.conf': '[x]\ntype=aor\nmax_contacts=1\n',
    });
    const { lsp, statuses } = await open(dir, { name: 'pjsip_custom.conf' });
    const asked = statuses.filter((x) => x.ask);
    assert.equal(asked.length, 1);
    assert.deepEqual(asked[0].ask.hint, { label: 'Asterisk 20', value: '20' });
    assert.match(asked[0].ask.message, /Its header says Asterisk 20/);
    assert.equal(asked[0].text, 'Asterisk 23.4.1?');
    const u2 = uri(path.join(dir, 'pjsip.conf'));
    const published = lsp.waitForDiagnostics(u2);
    lsp.notify('textDocument/didOpen', {
      textDocument: {
        uri: u2,
        languageId: 'pjsip',
        version: 1,
        text: fs.readFileSync(path.join(dir, 'pjsip.conf'), 'utf8'),
      },
    });
    await published;
    assert.equal(lsp.notifications.filter((n) => n.method === 'pjsip/targetVersion' && n.params.ask).length, 1, 'once');
    await lsp.stop();
  });
});
