/** pjsip-check, spawned as a process the way an admin runs it. */
import { test, suite, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { envWithLocale } from './helpers/env';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'server/out/cli.js');

function run(args: string[], cwd = ROOT, locale: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: envWithLocale(locale) });
  // the findings, without the first line of the text format (which Asterisk they are for)
  const findings = r.stdout.replace(/^pjsip-check: [^\n]*\n/, '');
  return { code: r.status, out: r.stdout, findings, err: r.stderr };
}

const made: string[] = [];
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function tmpSet(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-check-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const CLEAN =
  '[t]\ntype=transport\nbind=0.0.0.0\n\n[6001]\ntype=endpoint\nallow=ulaw\nauth=6001\naors=6001\n\n[6001]\ntype=auth\nusername=6001\npassword=Hm4-Rz7q-Wc2v-Nt8k\n\n[6001]\ntype=aor\nmax_contacts=1\n';

suite('pjsip-check', () => {
  test('a clean folder: no output, exit 0', () => {
    const dir = tmpSet({ 'pjsip.conf': CLEAN });
    const r = run([dir]);
    assert.equal(r.findings, '');
    assert.match(r.out, /^pjsip-check: checked against Asterisk \S+/);
    assert.equal(r.code, 0);
  });

  test('text format: file:line:col: severity rule-id: message, path relative to the working folder', () => {
    const dir = tmpSet({ 'pjsip.conf': CLEAN.replace('allow=ulaw', 'allow=ulaw\nmax_contacts=1') });
    const r = run(['pjsip.conf'], dir);
    assert.equal(r.code, 1);
    assert.match(r.out, /^pjsip\.conf:8:1: error unknown-option: 'max_contacts' is not an endpoint option/m);
  });

  test('json format with 1-based positions; warnings alone exit 0', () => {
    const dir = tmpSet({ 'pjsip.conf': CLEAN.replace('aors=6001\n', 'aors=6001\ndirect_media=noo\n') });
    const r = run(['--format', 'json', dir]);
    assert.equal(r.code, 0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    assert.deepEqual(
      rows.map((x) => [x.line, x.column, x.endLine, x.endColumn, x.severity, x.code]),
      [[10, 14, 10, 17, 'warning', 'invalid-value']],
    );
    assert.equal(rows[0].file, path.join(dir, 'pjsip.conf'));
    assert.deepEqual(Object.keys(rows[0]).sort(), [
      'code',
      'column',
      'endColumn',
      'endLine',
      'file',
      'line',
      'message',
      'severity',
    ]);
  });

  test('a folder means the whole set: wizard names resolve from pjsip.conf, includes are followed', () => {
    const dir = tmpSet({
      'pjsip.conf': `${CLEAN}\n#include pjsip.d/*.conf\n`,
      'pjsip.d/trunk.conf':
        '[reg]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com\noutbound_auth=trunk-oauth\nauth_rejection_permanent=no\nforbidden_retry_interval=60\nfatal_retry_interval=300\nmax_retries=10000\n',
      'pjsip_wizard.conf':
        '[trunk]\ntype=wizard\nsends_auth=yes\nremote_hosts=192.0.2.10\noutbound_auth/username=me\noutbound_auth/password=pw\nendpoint/allow=ulaw\nendpoint/identify_by=ip\n',
    });
    const r = run([dir]);
    assert.equal(r.findings, '');
    assert.equal(r.code, 0);
  });

  test('--rule changes a severity or turns a rule off', () => {
    const dir = tmpSet({ 'pjsip.conf': CLEAN.replace('allow=ulaw', 'allow=ulaw\nmax_contacts=1') });
    assert.equal(run(['--rule', 'unknown-option=warning', dir]).code, 0);
    assert.equal(run(['--rule', 'unknown-option=off', dir]).findings, '');
  });

  test('usage and I/O problems: one clear line, exit 2, no stack trace', () => {
    for (const args of [[], ['--format', 'xml', '.'], ['--bogus'], ['/no/such/path']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /^pjsip-check: /);
      assert.doesNotMatch(r.err, /\bat .*\.js:\d+/);
    }
  });

  test('it never writes files and never runs #exec', () => {
    const marker = path.join(os.tmpdir(), `pjsip-exec-${process.pid}`);
    const dir = tmpSet({ 'pjsip.conf': `#exec /bin/touch ${marker}\n${CLEAN}` });
    const before = fs.readdirSync(dir).join();
    const r = run([dir]);
    assert.equal(fs.existsSync(marker), false);
    assert.equal(fs.readdirSync(dir).join(), before);
    assert.match(r.out, /information exec-not-checked/);
  });
});

suite('pjsip-check in Chinese', () => {
  const WRONG = CLEAN.replace('allow=ulaw', 'allow=ulaw\nmax_contacts=1');
  const CHINESE = /[\u4e00-\u9fff]/;

  test('--lang zh-cn: the same rows, the messages in Chinese with the names kept', () => {
    const dir = tmpSet({ 'pjsip.conf': WRONG });
    const r = run(['--lang', 'zh-cn', 'pjsip.conf'], dir);
    assert.equal(r.code, 1);
    const line = r.out.split('\n').find((l) => l.includes('unknown-option'))!;
    assert.match(line, /^pjsip\.conf:8:1: error unknown-option: /);
    assert.match(line, CHINESE);
    assert.match(line, /max_contacts/);
    assert.match(line, /endpoint/);
  });

  const byEnvironment: [Record<string, string>, boolean][] = [
    [{ LANG: 'zh_CN.UTF-8' }, true],
    [{ LC_ALL: 'zh_CN.UTF-8' }, true],
    [{ LANG: 'zh_SG' }, true],
    [{ LANG: 'zh_TW.UTF-8' }, false],
    [{ LANG: 'zh_HK.UTF-8' }, false],
    [{ LANG: 'en_US.UTF-8' }, false],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, false],
    [{ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' }, false],
    [{}, false],
  ];
  for (const [locale, chinese] of byEnvironment)
    test(`${JSON.stringify(locale)} -> ${chinese ? 'zh-cn' : 'en'}`, () => {
      const dir = tmpSet({ 'pjsip.conf': WRONG });
      const out = run(['pjsip.conf'], dir, locale).out;
      assert.match(out, /unknown-option/);
      if (chinese) assert.match(out, CHINESE);
      else assert.match(out, /'max_contacts' is not an endpoint option/);
    });

  test('--lang wins over LANG', () => {
    const dir = tmpSet({ 'pjsip.conf': WRONG });
    assert.match(run(['--lang=en', 'pjsip.conf'], dir, { LANG: 'zh_CN.UTF-8' }).out, /is not an endpoint option/);
  });

  test('help, usage errors and I/O problems in Chinese', () => {
    assert.match(run(['--lang', 'zh-cn', '--help']).out, /^用法：pjsip-check/);
    const bogus = run(['--bogus', '--lang', 'zh-cn']);
    assert.equal(bogus.code, 2);
    assert.match(bogus.err, /^pjsip-check: 未知的选项 '--bogus'/);
    assert.match(
      run(['/no/such/path'], ROOT, { LANG: 'zh_CN.UTF-8' }).err,
      /^pjsip-check: 无法读取 '\/no\/such\/path'/,
    );
  });

  test('an unknown --lang is a usage error, in English', () => {
    const r = run(['--lang', 'fr', '.']);
    assert.equal(r.code, 2);
    assert.match(r.err, /^pjsip-check: unknown language 'fr' \(expected en or zh-cn\)/);
  });

  test('an invalid --asterisk-version is reported in Chinese', () => {
    const dir = tmpSet({ 'pjsip.conf': CLEAN });
    const r = run(['--lang', 'zh-cn', '--asterisk-version', 'banana', dir]);
    assert.match(r.err, /^pjsip-check: Asterisk 版本 'banana' 不是一个版本号/);
  });
});
