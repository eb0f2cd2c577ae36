/**
 * What Asterisk's own test-suite configs still showed (issue 25, part 5): contexts res_parking makes, named ACLs
 * from realtime, and endpoints without codecs or aors that carry no calls.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { fixture } from './helpers/fixture';

function found(src: string, rule: string): string[] {
  const f = fixture(src);
  return f.analysis.diagnostics
    .filter((d) => d.code === rule)
    .map((d) => `${d.severity} ${f.files.get(d.path)!.slice(d.start, d.end)}`);
}

suite('contexts res_parking makes', () => {
  const EP =
    '[6001]\ntype=endpoint\nallow=ulaw\ncontext=parkedcalls\n\n[6002]\ntype=endpoint\nallow=ulaw\ncontext=vip-parking\n';
  test('parkedcalls (the default lot) exists without a res_parking.conf; other names do not', () => {
    assert.deepEqual(found(`${EP};- extensions.conf\n[internal]\nexten => 1,1,Answer()\n`, 'unknown-context'), [
      'warning vip-parking',
    ]);
  });

  test("a parking lot's context in res_parking.conf exists", () => {
    const src = `${EP};- extensions.conf\n[internal]\nexten => 1,1,Answer()\n;- res_parking.conf\n[general]\n[vip]\nparkext => 800\ncontext => vip-parking\n`;
    assert.deepEqual(found(src, 'unknown-context'), []);
  });

  test('res_parking.conf is one of the files the analysis read', () => {
    const f = fixture(`${EP};- extensions.conf\n[internal]\n;- res_parking.conf\n[vip]\ncontext => vip-parking\n`);
    assert.ok(f.analysis.foreignFiles.includes('/etc/asterisk/res_parking.conf'));
  });
});

suite('named ACLs from realtime', () => {
  const EP = '[6001]\ntype=endpoint\nallow=ulaw\nacl=office\n;- acl.conf\n[lab]\ndeny=0.0.0.0/0\n';
  test('an ACL acl.conf lacks is reported, unless extconfig.conf maps acls', () => {
    assert.deepEqual(found(EP, 'unknown-acl'), ['warning office']);
    assert.deepEqual(found(`${EP};- extconfig.conf\n[settings]\nacls => odbc,asterisk,acl_table\n`, 'unknown-acl'), []);
    assert.deepEqual(found(`${EP};- extconfig.conf\n[settings]\nsippeers => odbc,asterisk\n`, 'unknown-acl'), [
      'warning office',
    ]);
  });
});

suite('endpoints without codecs or aors: a warning only when they carry calls', () => {
  const NO_CODECS = '[6001]\ntype=endpoint\ncontext=internal\naors=6001\n\n[6001]\ntype=aor\nmax_contacts=1\n';
  test('no codecs: a warning when the dialplan dials the endpoint', () => {
    assert.deepEqual(
      found(`${NO_CODECS};- extensions.conf\n[other]\nexten => 1,1,Dial(PJSIP/6001)\n`, 'endpoint-without-codecs'),
      ['warning 6001'],
    );
  });

  test('no codecs: a warning when its context has extensions', () => {
    assert.deepEqual(
      found(`${NO_CODECS};- extensions.conf\n[internal]\nexten => 1,1,Answer()\n`, 'endpoint-without-codecs'),
      ['warning 6001'],
    );
  });

  test('no codecs: information when nothing dials it and its context has no extensions', () => {
    assert.deepEqual(
      found(`${NO_CODECS};- extensions.conf\n[internal]\n\n[x]\nexten => 1,1,Answer()\n`, 'endpoint-without-codecs'),
      ['information 6001'],
    );
    assert.deepEqual(
      found(`${NO_CODECS};- extensions.conf\n[x]\nexten => 6001,hint,PJSIP/6001\n`, 'endpoint-without-codecs'),
      ['information 6001'],
      'a hint is no call',
    );
  });

  test('no codecs and no context: the default context decides', () => {
    const src = '[6001]\ntype=endpoint\n;- extensions.conf\n[default]\nexten => 1,1,Answer()\n';
    assert.deepEqual(found(src, 'endpoint-without-codecs'), ['warning 6001']);
  });

  test('no codecs, no extensions.conf: a phone (aors, or it registers) is taken to carry calls', () => {
    assert.deepEqual(found(NO_CODECS, 'endpoint-without-codecs'), ['warning 6001']);
    assert.deepEqual(found('[6001]\ntype=endpoint\n', 'endpoint-without-codecs'), ['information 6001']);
  });

  test('no aors: a warning only when the dialplan dials it, even when it authenticates', () => {
    const EP = '[6001]\ntype=endpoint\nallow=ulaw\nauth=6001\n\n[6001]\ntype=auth\nusername=6001\npassword=x\n';
    assert.deepEqual(found(EP, 'endpoint-without-aors'), ['information 6001']);
    assert.deepEqual(found(`${EP};- extensions.conf\n[x]\nexten => 1,1,Dial(PJSIP/6001)\n`, 'endpoint-without-aors'), [
      'warning 6001',
    ]);
  });
});
