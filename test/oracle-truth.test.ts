/**
 * Issue 25 on the real thing, on master and on 20.7.0 when present: duplicates in load order, several global and
 * system sections, silence after a fatal line, the auth checks of each release, and key files. Several cases share
 * one boot where their verdicts stay separable (different types, or different files). Skips with one line where
 * there is no real Asterisk.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeFolder } from '../server/src/analysis/analyze';
import { diskProvider } from '../server/src/node/fsProvider';
import { asteriskMissing, asteriskReleases, REGISTRAR, runAsterisk } from './helpers/asterisk';
import { checkClaims, shownObjects, type Claim } from './helpers/claims';

const T = '[t1]\ntype=transport\nprotocol=udp\nbind=127.0.0.1:5060\n\n';
const section = (name: string, ...lines: string[]) => `[${name}]\n${lines.join('\n')}\n\n`;

const claims: Claim[] = [
  {
    name: 'a copy after a created object refuses its type and is never applied; a copy after a failed one is applied; the last of two globals is in effect',
    files: {
      'pjsip.conf':
        T +
        section('6001', 'type=endpoint', 'allow=ulaw') +
        section('6002', 'type=endpoint', 'allow=ulaw') +
        section('6001', 'type=endpoint', 'allow=ulaw', 'dtmfmode=rfc4733') +
        section('office', 'type=acl', 'deny=0.0.0.0/0.0.0.0', 'permit=127.0.0.1') +
        section('lab', 'type=acl', 'deny=10.0.0.0/8') +
        section('office', 'type=acl', 'permit=YOUR.OWN.IP.ADDRESS') +
        section('a1', 'type=aor', 'max_contactz=1') +
        section('a1', 'type=aor', 'max_contacts=1') +
        section('x1', 'type=auth', 'username=x1', 'passwrd=x') +
        section('x1', 'type=auth', 'username=x1', 'bogus=1') +
        section('alpha', 'type=global', 'keep_alive_interval=11') +
        section('zeta', 'type=global', 'keep_alive_interval=22', 'user_agent=ZETA'),
    },
    says: [
      "configuration contains a duplicate object: '6001' of type 'endpoint'",
      "configuration contains a duplicate object: 'office' of type 'acl'",
      "Could not create an object of type 'aor' with id 'a1'",
      "named 'passwrd'",
      "named 'bogus'",
      'At most one pjsip.conf type=global object can be defined',
    ],
    silent: ["named 'dtmfmode'", 'YOUR.OWN', "'a1' of type 'aor'", "'x1' of type 'auth'"],
    we: [
      { rule: 'duplicate-section', under: '6001' },
      { rule: 'duplicate-section', under: 'office' },
      { rule: 'unknown-option', under: 'max_contactz' },
      { rule: 'unknown-option', under: 'passwrd' },
      { rule: 'unknown-option', under: 'bogus' },
      { rule: 'duplicate-singleton', under: 'alpha' },
    ],
    notWe: [
      { rule: 'unknown-option', under: 'dtmfmode' },
      { rule: 'invalid-value', under: 'YOUR.OWN.IP.ADDRESS' },
      { rule: 'duplicate-section', under: 'a1' },
      { rule: 'duplicate-section', under: 'x1' },
    ],
    endpoints: [],
    shown: { aor: ['a1'], auth: [] },
    extra: [{ cmd: 'pjsip show settings', shows: ['ZETA'] }],
  },
  {
    name: 'an included file is the same file; pjsip_wizard.conf is compared with nothing; three system sections load none',
    files: {
      'pjsip.conf':
        T +
        section('6001', 'type=endpoint', 'allow=ulaw') +
        '#include more.conf\n\n' +
        section('w2', 'type=aor', 'max_contacts=1') +
        section('s1', 'type=system', 'timer_t1=600', 'timer_b=38400') +
        section('s2', 'type=system', 'timer_t1=700', 'timer_b=44800') +
        section('s3', 'type=system', 'timer_t1=800', 'timer_b=51200'),
      'more.conf': section('6001', 'type=endpoint', 'allow=ulaw'),
      'pjsip_wizard.conf':
        section('w1', 'type=wizard', 'accepts_registrations=yes', 'endpoint/allow=ulaw') +
        section('w2', 'type=wizard', 'accepts_registrations=yes', 'endpoint/allow=ulaw'),
    },
    says: [
      "configuration contains a duplicate object: '6001' of type 'endpoint'",
      "configuration contains more than one object of type 'system'",
    ],
    silent: ["'w2' of type"],
    we: [
      { rule: 'duplicate-section', under: '6001' },
      { rule: 'duplicate-singleton', under: 's2' },
      { rule: 'duplicate-singleton', under: 's3' },
    ],
    notWe: [{ rule: 'duplicate-section', under: 'w2' }],
    endpoints: ['w1', 'w2'],
    shown: { aor: ['w1', 'w2'] },
    extra: [{ cmd: 'pjsip show settings', shows: ['timer_t1                    : 500'] }],
  },
  {
    name: 'after a header without ] in pjsip.conf nothing is read: one finding, nothing loads',
    files: {
      'pjsip.conf': `${T}${section('e0', 'type=endpoint', 'allow=ulaw')}[801\ntype=endpoint\ncontext=a\ncontext=b\nbogus=1\ncontxt=z\n\n${section('802', 'type=endpoint', 'allow=ulaw')}`,
    },
    says: ["parse error: no closing ']'", "Contents of config file 'pjsip.conf' are invalid and cannot be parsed"],
    silent: ["named 'bogus'"],
    we: [{ rule: 'syntax-unclosed-section', under: '[801' }],
    quiet: ['duplicate-option', 'unknown-option'],
    endpoints: [],
    shown: { transport: [] },
  },
  {
    name: 'a header without ] or a missing #include in an included file cuts that file short, and nothing more',
    files: {
      'pjsip.conf':
        T +
        section('e0', 'type=endpoint', 'allow=ulaw') +
        '#include bad.conf\n#include a.conf\n#include b.conf\n\n' +
        section('e3', 'type=endpoint', 'allow=ulaw'),
      'bad.conf': `${section('e1', 'type=endpoint', 'allow=ulaw', 'context=default')}[801\ntype=endpoint\ncontext=a\ncontext=b\nbogus=1\n\n${section('e2', 'type=endpoint', 'allow=ulaw')}`,
      'a.conf': section('a1', 'type=aor', 'max_contacts=1'),
      'b.conf': `${section('eb1', 'type=endpoint', 'allow=ulaw')}#include missing.conf\n${section('eb2', 'type=endpoint', 'allow=ulaw', 'bogus=2')}`,
    },
    says: ["parse error: no closing ']'", "The file 'missing.conf' was listed as a #include but it does not exist"],
    silent: ["named 'bogus'", 'are invalid and cannot be parsed'],
    we: [
      { rule: 'syntax-unclosed-section', under: '[801' },
      { rule: 'include-not-found', under: 'missing.conf' },
    ],
    quiet: ['duplicate-option', 'unknown-option'],
    endpoints: ['e0', 'e1', 'e3', 'eb1'],
    shown: { aor: ['a1'] },
  },
  {
    name: 'a missing #include in pjsip.conf: what was included above it never loads, is not "never used", and its options are not checked',
    files: {
      'pjsip.conf': `${T}#include a.conf\n#include missing.conf\n${section('e0', 'type=endpoint', 'allow=ulaw')}`,
      'a.conf':
        section('a1', 'type=aor', 'max_contacts=1') +
        section('e5', 'type=endpoint', 'aors=a1') +
        section('e6', 'type=endpoint', 'contxt=default', 'allow ulaw'),
    },
    says: ["The file 'missing.conf' was listed as a #include but it does not exist", "No '=' (equal sign)"],
    silent: ["named 'contxt'"],
    we: [
      { rule: 'include-not-found', under: 'missing.conf' },
      { rule: 'syntax-missing-equals', under: 'allow ulaw' },
    ],
    notWe: [{ rule: 'unknown-option', under: 'contxt' }],
    quiet: ['unused-section', 'endpoint-without-codecs'],
    endpoints: [],
    shown: { aor: [], transport: [] },
  },
  {
    name: "auth checks follow the release: 20.7.0 checks md5's md5_cred size only, master a password or digest for each algorithm",
    files: {
      'pjsip.conf':
        T +
        section('a1', 'type=auth', 'auth_type=userpass', 'username=a1') +
        section('a2', 'type=auth', 'auth_type=md5', 'username=a2', 'md5_cred=not-a-hash') +
        section('a3', 'type=auth', 'auth_type=md5', 'username=a3', 'password=secret') +
        section('a4', 'type=auth', 'auth_type=md5', 'username=a4', `md5_cred=${'z'.repeat(32)}`) +
        section('a5', 'type=auth', 'auth_type=userpass', 'username=a5', 'md5_cred=not-a-hash') +
        section('a7', 'type=auth', 'username=a7', 'md5_cred=0123456789abcdef0123456789abcdef'),
    },
    says: [],
    we: [],
    on: {
      '20.7.0': {
        says: [
          "'md5' authentication requires digest of size '32', but digest is '10' in size for auth 'a2'",
          "'md5' authentication specified but no md5_cred specified for auth 'a3'",
        ],
        we: [
          { rule: 'invalid-combination', under: 'not-a-hash' },
          { rule: 'missing-required-option', under: 'a3' },
        ],
        notWe: [{ rule: 'missing-required-option', under: 'a1' }],
        shown: { auth: ['a1', 'a4', 'a5', 'a7'] },
      },
      master: {
        says: [
          'a1: No plain text or digest password found for algorithm MD5',
          "password_digest algorithm 'MD5' length (10) must be 32",
        ],
        we: [
          { rule: 'missing-required-option', under: 'a1' },
          { rule: 'invalid-value', under: 'not-a-hash' },
        ],
        notWe: [{ rule: 'invalid-value', under: 'z'.repeat(32) }],
        shown: { auth: ['a3', 'a4', 'a7'] },
      },
    },
  },
];

checkClaims('issue 25 checked on a real Asterisk', claims);

const missing = asteriskMissing();
suite('issue 25 on a real Asterisk: what needs a sidecar or real files', { skip: missing, concurrency: true }, () => {
  for (const release of asteriskReleases()) {
    test(`two system sections: the last one's timer_t1 is in effect (REGISTER resends) [${release}]`, async () => {
      const text =
        T +
        section('sb', 'type=system', 'timer_t1=2000', 'timer_b=128000') +
        section('sa', 'type=system', 'timer_t1=1000', 'timer_b=64000') +
        section(
          'reg',
          'type=registration',
          'transport=t1',
          'server_uri=sip:127.0.0.1:5080',
          'client_uri=sip:u@127.0.0.1:5080',
          'max_random_initial_delay=1',
        );
      const run = await runAsterisk(
        { 'pjsip.conf': text },
        { ORACLE_SIDECAR: `python3 ${REGISTRAR} --port 5080 --mode silent`, ORACLE_SETTLE: '5' },
        release,
      );
      const at = run
        .out('sidecar-out.txt')
        .split('\n')
        .filter((l) => /\bREGISTER\b/.test(l))
        .map((l) => Number(/\t\+([\d.]+)\t/.exec(l)![1]));
      assert.ok(at.length >= 2, `the registrar saw ${at.length} REGISTERs`);
      assert.ok(
        Math.abs(at[1] - at[0] - 1) < 0.3,
        `the first resend comes after T1 = 1000 ms of [sa]: ${at.join(', ')}`,
      );
      assert.ok(!run.problems.some((l) => /system/.test(l)), 'Asterisk says nothing about two system sections');
    });

    test(`a missing key or certificate file drops its transport or endpoint [${release}]`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-keys-'));
      try {
        fs.writeFileSync(path.join(dir, 'present.pem'), 'not checked at load\n');
        const k = (name: string) => path.join(dir, name);
        const text =
          T +
          section('t-cert', 'type=transport', 'protocol=tls', 'bind=127.0.0.1:5061', `cert_file=${k('none.pem')}`) +
          section('t-key', 'type=transport', 'protocol=tls', 'bind=127.0.0.1:5062', `priv_key_file=${k('none.key')}`) +
          section('t-ca', 'type=transport', 'protocol=udp', 'bind=127.0.0.1:5063', `ca_list_file=${k('none-ca.pem')}`) +
          section('t-path', 'type=transport', 'protocol=tls', 'bind=127.0.0.1:5064', `ca_list_path=${k('none-dir')}`) +
          section('t-ok', 'type=transport', 'protocol=tls', 'bind=127.0.0.1:5065', `cert_file=${k('present.pem')}`) +
          section('e-cert', 'type=endpoint', 'allow=ulaw', `dtls_cert_file=${k('none.pem')}`) +
          section('e-key', 'type=endpoint', 'allow=ulaw', `dtls_private_key=${k('none.key')}`) +
          section('e-ca', 'type=endpoint', 'allow=ulaw', `dtls_ca_file=${k('none-ca.pem')}`) +
          section('e-ok', 'type=endpoint', 'allow=ulaw', `dtls_cert_file=${k('present.pem')}`);
        const run = await runAsterisk({ 'pjsip.conf': text }, {}, release);
        assert.ok(run.problems.some((l) => l.includes('is either missing or not readable')));
        assert.ok(run.problems.some((l) => l.includes('does not exist or is not readable')));
        assert.deepEqual(shownObjects(run, 'transport'), ['t-ok', 't1']);
        assert.deepEqual(shownObjects(run, 'endpoint'), ['e-ok']);
        // the checker on the same folder, with the keys' folder mapped onto itself (a map the user gave)
        fs.writeFileSync(path.join(dir, 'pjsip.conf'), text);
        const a = analyzeFolder(dir, diskProvider(), [], [{ from: dir, to: dir }], release);
        const loads = (type: string) =>
          a.objects
            .filter((o) => o.type === type && o.loads)
            .map((o) => o.id)
            .sort();
        assert.deepEqual(loads('transport'), ['t-ok', 't1']);
        assert.deepEqual(loads('endpoint'), ['e-ok']);
        assert.equal(a.diagnostics.filter((d) => d.code === 'key-file-missing').length, 7);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
