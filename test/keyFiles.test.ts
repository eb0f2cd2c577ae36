/**
 * TLS and DTLS key files (model/keyFiles.ts): reported where the checker can see the machine's paths (the live
 * /etc/asterisk, or a path map the user gave), silent elsewhere. What each one drops was measured on Asterisk
 * 20.7.0 and master (test/oracle.test.ts boots the same sections on both).
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeFolder, type Analysis } from '../server/src/analysis/analyze';
import type { FileProvider } from '../server/src/model/types';
import { memoryProvider } from './helpers/fixture';
import { accessOf } from '../server/src/node/fsProvider';

/** A memory provider that also answers `access` (a file, or a folder some file is in; `unreadable` paths). */
function withAccess(files: Map<string, string>, unreadable: string[] = []): FileProvider {
  const base = memoryProvider(files);
  return {
    ...base,
    access(path) {
      if (unreadable.includes(path)) return 'unreadable';
      if (files.has(path)) return 'readable';
      return [...files.keys()].some((p) => p.startsWith(`${path}/`)) ? 'readable' : undefined;
    },
  };
}

const PJSIP = `[t-tls]
type=transport
protocol=tls
bind=0.0.0.0:5061
cert_file=/etc/asterisk/keys/asterisk.pem
priv_key_file=/etc/asterisk/keys/asterisk.key
ca_list_path=/etc/asterisk/keys/ca

[t-udp]
type=transport
protocol=udp
bind=0.0.0.0:5060
ca_list_file=/etc/asterisk/keys/ca.pem

[webrtc]
type=endpoint
allow=opus
dtls_cert_file=/etc/asterisk/keys/asterisk.pem
dtls_private_key=/etc/asterisk/keys/asterisk.key
dtls_ca_file=keys/ca.pem

[tpl](!)
type=endpoint
dtls_ca_path=/var/lib/asterisk/keys

[e2](tpl)
allow=ulaw
`;

function check(
  dir: string,
  files: Record<string, string>,
  pathMap?: { from: string; to: string; implied?: boolean }[],
  unreadable: string[] = [],
): Analysis {
  const m = new Map(Object.entries(files).map(([n, t]) => [n.startsWith('/') ? n : `${dir}/${n}`, t]));
  return analyzeFolder(dir, withAccess(m, unreadable), [], pathMap);
}

function found(a: Analysis): string[] {
  return a.diagnostics
    .filter((d) => d.code === 'key-file-missing')
    .map((d) => `${d.severity} ${a.files.get(d.path)!.text.slice(d.start, d.end)}`);
}

function loaded(a: Analysis): string[] {
  return a.objects
    .filter((o) => o.loads)
    .map((o) => o.id)
    .sort();
}

suite('key and certificate files', () => {
  test('the live /etc/asterisk: every missing absolute path is reported and drops its object', () => {
    const a = check('/etc/asterisk', {
      'pjsip.conf': PJSIP,
      'keys/asterisk.pem': 'x',
      'keys/ca/one.pem': 'x',
    });
    assert.deepEqual(found(a), [
      'error /etc/asterisk/keys/asterisk.key',
      'error /etc/asterisk/keys/ca.pem',
      'error /etc/asterisk/keys/asterisk.key',
      'error /var/lib/asterisk/keys',
    ]);
    assert.deepEqual(loaded(a), []);
    const udp = a.diagnostics.find((d) => d.message.includes('ca_list_file'))!;
    assert.match(
      udp.message,
      /^ca_list_file \/etc\/asterisk\/keys\/ca\.pem does not exist on this machine: Asterisk reports "ca_list_file \/etc\/asterisk\/keys\/ca\.pem is either missing or not readable", so Asterisk will not load transport 't-udp'\.$/,
    );
    const dtls = a.diagnostics.find((d) => d.message.startsWith('dtls_private_key'))!;
    assert.match(dtls.message, /"does not exist or is not readable" and "Error parsing dtls_private_key"/);
  });

  test('all present: nothing to say', () => {
    const a = check('/etc/asterisk', {
      'pjsip.conf': PJSIP,
      'keys/asterisk.pem': 'x',
      'keys/asterisk.key': 'x',
      'keys/ca.pem': 'x',
      'keys/ca/one.pem': 'x',
      '/var/lib/asterisk/keys/a.pem': 'x',
    });
    assert.deepEqual(found(a), []);
    assert.deepEqual(loaded(a), ['e2', 't-tls', 't-udp', 'webrtc']);
  });

  test('an unreadable file is reported as such', () => {
    const a = check(
      '/etc/asterisk',
      {
        'pjsip.conf': PJSIP.replace(/\[t-udp\][^]*/, ''),
        'keys/asterisk.pem': 'x',
        'keys/asterisk.key': 'x',
        'keys/ca/x': 'x',
      },
      undefined,
      ['/etc/asterisk/keys/asterisk.key'],
    );
    assert.deepEqual(found(a), ['error /etc/asterisk/keys/asterisk.key']);
    assert.match(a.diagnostics[0].message, /asterisk\.key cannot be read/);
  });

  test('a copy of the config elsewhere (the implied map): silent', () => {
    const a = check('/repo/asterisk', { 'pjsip.conf': PJSIP }, [
      { from: '/etc/asterisk', to: '/repo/asterisk', implied: true },
    ]);
    assert.deepEqual(found(a), []);
    assert.deepEqual(loaded(a), ['e2', 't-tls', 't-udp', 'webrtc']);
  });

  test('a map the user gave, to a folder that exists: the mapped paths are checked, the others are not', () => {
    const a = check('/repo/asterisk', { 'pjsip.conf': PJSIP, 'keys/asterisk.pem': 'x', 'keys/ca/x': 'x' }, [
      { from: '/etc/asterisk', to: '/repo/asterisk' },
    ]);
    assert.deepEqual(found(a), [
      'error /etc/asterisk/keys/asterisk.key',
      'error /etc/asterisk/keys/ca.pem',
      'error /etc/asterisk/keys/asterisk.key',
    ]);
    assert.match(
      a.diagnostics.find((d) => d.code === 'key-file-missing')!.message,
      /\(looked for \/repo\/asterisk\/keys\/asterisk\.key\)/,
    );
  });

  test('a map to a folder that does not exist: silent', () => {
    const a = check('/repo/asterisk', { 'pjsip.conf': PJSIP }, [{ from: '/etc/asterisk', to: '/nowhere' }]);
    assert.deepEqual(found(a), []);
  });

  test('a provider that cannot tell (no access): silent', () => {
    const m = new Map([['/etc/asterisk/pjsip.conf', PJSIP]]);
    const a = analyzeFolder('/etc/asterisk', memoryProvider(m));
    assert.deepEqual(found(a), []);
  });

  test('the disk provider tells a file, a folder, and nothing', () => {
    assert.equal(accessOf(__filename), 'readable');
    assert.equal(accessOf(__dirname), 'readable');
    assert.equal(accessOf(`${__dirname}/no-such-file.pem`), undefined);
  });
});
