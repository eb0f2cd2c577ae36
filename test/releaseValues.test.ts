/**
 * Value and apply-time checks hold for the target release (`asteriskVersion`): the auth handler changed with
 * `password_digest` (20.12.0, 21.7.0, 22.2.0, 23). Each verdict here was measured on Asterisk 20.7.0 and master
 * (test/oracle.test.ts boots the same sections on both).
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { diagStrings, fixture } from './helpers/fixture';

const AUTHS = `
[a1]
type=auth
auth_type=userpass
username=a1

[a2]
type=auth
auth_type=md5
username=a2
md5_cred=not-a-hash

[a3]
type=auth
auth_type=md5
username=a3
password=secret

[a4]
type=auth
auth_type=md5
username=a4
md5_cred=zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz

[a5]
type=auth
auth_type=userpass
username=a5
md5_cred=not-a-hash

[a7]
type=auth
username=a7
md5_cred=0123456789abcdef0123456789abcdef
`;

function loadedAuths(version: string): string[] {
  return fixture(AUTHS, { asteriskVersion: version })
    .analysis.objects.filter((o) => o.type === 'auth' && o.loads)
    .map((o) => o.id)
    .sort();
}

function errors(version: string): string[] {
  const f = fixture(AUTHS, { asteriskVersion: version });
  return diagStrings(f, { withSeverity: true }).filter((d) => d.startsWith('error'));
}

suite('auth checks per release', () => {
  test('20.7.0: md5 needs an md5_cred of 32 characters; userpass needs no password; md5_cred elsewhere is not read', () => {
    assert.deepEqual(loadedAuths('20.7.0'), ['a1', 'a4', 'a5', 'a7']);
    assert.deepEqual(errors('20.7.0'), ['error invalid-combination@not-a-hash', 'error missing-required-option@a3']);
    const f = fixture(AUTHS, { asteriskVersion: '20.7.0' });
    const size = f.analysis.diagnostics.find((d) => d.code === 'invalid-combination')!;
    assert.match(size.message, /"'md5' authentication requires digest of size '32'" and drops auth 'a2'/);
  });

  test('master: a password (or a digest) for each algorithm; md5_cred of 32 characters, hex or not', () => {
    assert.deepEqual(loadedAuths('master'), ['a3', 'a4', 'a7']);
    assert.deepEqual(errors('master'), [
      'error missing-required-option@a1',
      'error invalid-value@not-a-hash',
      'error invalid-value@not-a-hash',
    ]);
  });

  test('an option the release lacks is the finding, not the check that combines it', () => {
    const src = '[e5]\ntype=endpoint\nallow=ulaw\nrtp_port_start=2000\n';
    assert.deepEqual(
      diagStrings(fixture(src, { asteriskVersion: '20.7.0' })).filter((d) => !d.startsWith('endpoint-without')),
      ['unknown-option@rtp_port_start'],
    );
    assert.deepEqual(
      diagStrings(fixture(src, { asteriskVersion: 'master' })).filter((d) => !d.startsWith('endpoint-without')),
      ['invalid-combination@2000'],
    );
  });

  test('a digest is checked by its length (hex or not)', () => {
    const src = '[pd]\ntype=auth\nusername=pd\npassword_digest=md5:zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\n';
    assert.deepEqual(diagStrings(fixture(src)), []);
    assert.deepEqual(diagStrings(fixture(src.replace(/z{32}/, 'abc'))), ['invalid-value@abc']);
  });
});
