/** pjsip-migrate, spawned as a process the way an admin runs it: files written, exit status, languages. */
import { test, suite, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { envWithLocale } from './helpers/env';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'server/out/migrate.js');

function run(args: string[], cwd = ROOT, locale: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: envWithLocale(locale) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const made: string[] = [];
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function tmp(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-migrate-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const CLEAN = '[general]\ncontext=from-internal\n\n[6001]\ntype=friend\nhost=dynamic\nsecret=Clean-Pass9\n';
const NEEDS = `${CLEAN}call-limit=2\n`;

suite('pjsip-migrate', () => {
  test('everything carried over: pjsip.conf and MIGRATION.md written, exit 0, no password printed', () => {
    const src = tmp({ 'sip.conf': CLEAN });
    const out = path.join(tmp(), 'out');
    const r = run([src, '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(fs.readdirSync(out).sort(), ['MIGRATION.md', 'pjsip.conf']);
    assert.match(fs.readFileSync(path.join(out, 'pjsip.conf'), 'utf8'), /^password=Clean-Pass9$/m);
    assert.match(r.out, /1 peer\(s\) -> 1 endpoint\(s\)/);
    assert.ok(!r.out.includes('Clean-Pass9') && !r.err.includes('Clean-Pass9'));
    assert.ok(!fs.readFileSync(path.join(out, 'MIGRATION.md'), 'utf8').includes('Clean-Pass9'));
  });

  test('something needs the admin: exit 1, the file named as PATH works too', () => {
    const src = tmp({ 'sip.conf': NEEDS });
    const out = path.join(tmp(), 'out');
    const r = run([path.join(src, 'sip.conf'), '-o', out, '--asterisk-version', '20.7.0']);
    assert.equal(r.code, 1, r.err);
    assert.match(fs.readFileSync(path.join(out, 'MIGRATION.md'), 'utf8'), /call-limit/);
    assert.match(fs.readFileSync(path.join(out, 'pjsip.conf'), 'utf8'), /for Asterisk 20\.7\.0/);
  });

  test('bad input: exit 2 with a message (no PATH, no -o, nothing there, no sip.conf in the folder)', () => {
    const empty = tmp();
    for (const args of [['-o', 'x'], [empty], [path.join(empty, 'nope'), '-o', 'x'], [empty, '-o', 'x'], ['--bogus']]) {
      const r = run(args, empty);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /^pjsip-migrate: /);
    }
    assert.ok(!fs.existsSync(path.join(empty, 'x')));
  });

  test('never replaces a file without --force', () => {
    const src = tmp({ 'sip.conf': CLEAN });
    const out = tmp({ 'pjsip.conf': 'mine\n' });
    const r = run([src, '-o', out]);
    assert.equal(r.code, 2);
    assert.match(r.err, /already exists/);
    assert.equal(fs.readFileSync(path.join(out, 'pjsip.conf'), 'utf8'), 'mine\n');
    assert.equal(run([src, '-o', out, '--force']).code, 0);
    assert.notEqual(fs.readFileSync(path.join(out, 'pjsip.conf'), 'utf8'), 'mine\n');
  });

  test('an unreadable line and a missing include: reported, not fatal (exit 1)', () => {
    const src = tmp({ 'sip.conf': `[general]\nno equals sign here\n#include gone.conf\n${CLEAN}` });
    const out = path.join(tmp(), 'out');
    const r = run([src, '-o', out]);
    assert.equal(r.code, 1, r.err);
    const report = fs.readFileSync(path.join(out, 'MIGRATION.md'), 'utf8');
    assert.match(report, /`sip\.conf:2` `syntax-missing-equals`/);
    assert.match(report, /`sip\.conf:3` `include-not-found`/);
  });

  test('--lang zh-cn (or a Chinese locale): messages and MIGRATION.md in Chinese; --help, --version', () => {
    const src = tmp({ 'sip.conf': CLEAN });
    const out = path.join(tmp(), 'out');
    const r = run([src, '-o', out], ROOT, { LANG: 'zh_CN.UTF-8' });
    assert.equal(r.code, 0);
    assert.match(r.out, /已写入/);
    assert.match(fs.readFileSync(path.join(out, 'MIGRATION.md'), 'utf8'), /^# 将 sip\.conf 迁移到 pjsip\.conf/m);
    assert.match(run(['--help', '--lang', 'zh-cn']).out, /^用法：pjsip-migrate/);
    assert.match(run(['--help']).out, /^usage: pjsip-migrate/);
    assert.match(run(['--version']).out, /^pjsip-migrate \d+\.\d+\.\d+/);
    assert.equal(run(['--lang', 'fr', src, '-o', out]).code, 2);
  });
});
