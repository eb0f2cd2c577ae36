/** pjsip-check, spawned as a process the way an admin runs it. */
import { test, suite, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'server/out/cli.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
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
  '[t]\ntype=transport\nbind=0.0.0.0\n\n[6001]\ntype=endpoint\nallow=ulaw\nauth=6001\naors=6001\n\n[6001]\ntype=auth\nusername=6001\npassword=x\n\n[6001]\ntype=aor\nmax_contacts=1\n';

suite('pjsip-check', () => {
  test('a clean folder: no output, exit 0', () => {
    const dir = tmpSet({ 'pjsip.conf': CLEAN });
    const r = run([dir]);
    assert.equal(r.out, '');
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
        '[trunk]\ntype=wizard\nsends_auth=yes\nremote_hosts=sip.example.com\noutbound_auth/username=me\noutbound_auth/password=pw\nendpoint/allow=ulaw\n',
    });
    const r = run([dir]);
    assert.equal(r.out, '');
    assert.equal(r.code, 0);
  });

  test('--rule changes a severity or turns a rule off', () => {
    const dir = tmpSet({ 'pjsip.conf': CLEAN.replace('allow=ulaw', 'allow=ulaw\nmax_contacts=1') });
    assert.equal(run(['--rule', 'unknown-option=warning', dir]).code, 0);
    assert.equal(run(['--rule', 'unknown-option=off', dir]).out, '');
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
