/**
 * What Asterisk settles across the objects of one file, in load order (model/duplicates.ts): duplicate copies,
 * and several global or system sections. Each case was measured on Asterisk 20.7.0 and master; the oracle tests
 * (test/oracle.test.ts) boot both on the same configs.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Analysis } from '../server/src/analysis/analyze';
import { diagStrings, fixture } from './helpers/fixture';

const T = '[t1]\ntype=transport\nprotocol=udp\nbind=127.0.0.1:5060\n';

function loaded(a: Analysis, type: string): string[] {
  return a.objects
    .filter((o) => o.type === type && o.loads)
    .map((o) => o.id)
    .sort();
}

suite('duplicates: a later copy of an object Asterisk created', () => {
  test('a bad copy after a good one is a duplicate: the copy is never applied and every endpoint is refused', () => {
    const f = fixture(
      `${T}\n[6001]\ntype=endpoint\nallow=ulaw\n\n[6002]\ntype=endpoint\nallow=ulaw\n\n[6001]\ntype=endpoint\nallow=ulaw\ndtmfmode=rfc4733\n`,
    );
    assert.deepEqual(
      diagStrings(f, { noSecurity: true }).filter((d) => !d.startsWith('endpoint-without')),
      ['duplicate-section@6001'],
    );
    const d = f.analysis.diagnostics.find((x) => x.code === 'duplicate-section')!;
    assert.equal(f.files.get(d.path)!.slice(0, d.start).split('\n').length, 14, 'on the second copy');
    assert.match(d.message, /refuses every endpoint of pjsip\.conf \(2 that would load otherwise\)/);
    assert.equal(d.related?.length, 1);
    assert.equal(f.files.get(d.path)!.slice(0, d.related[0].start).split('\n').length, 6, 'the first copy');
    assert.deepEqual(loaded(f.analysis, 'endpoint'), []);
    assert.deepEqual(loaded(f.analysis, 'transport'), ['t1'], 'other types are untouched');
    const copy = f.analysis.objects.filter((o) => o.id === '6001')[1];
    assert.match(copy.failure ?? '', /never applied/);
  });

  test('a bad first copy is no duplicate: the later one is applied and loads', () => {
    const f = fixture(`${T}\n[7001]\ntype=endpoint\nallow=ulaw\ncontxt=x\n\n[7001]\ntype=endpoint\nallow=ulaw\n`);
    assert.deepEqual(
      diagStrings(f, { noSecurity: true }).filter((d) => !d.startsWith('endpoint-without')),
      ['unknown-option@contxt'],
    );
    assert.deepEqual(loaded(f.analysis, 'endpoint'), ['7001']);
  });

  test('bad then bad: each fails on its own, no duplicate', () => {
    const f = fixture(
      `${T}\n[7001]\ntype=endpoint\ncontxt=x\n\n[7001]\ntype=endpoint\nbogus_opt=1\n\n[7002]\ntype=endpoint\n`,
    );
    assert.deepEqual(
      diagStrings(f, { noSecurity: true }).filter((d) => !d.startsWith('endpoint-without')),
      ['unknown-option@contxt', 'unknown-option@bogus_opt'],
    );
    assert.deepEqual(loaded(f.analysis, 'endpoint'), ['7002']);
  });

  test('good, bad, good: the first two copies loaded decide; the third copy is a duplicate too', () => {
    const f = fixture(`${T}\n[a]\ntype=aor\n\n[a]\ntype=aor\nmax_contactz=1\n\n[a]\ntype=aor\n`);
    assert.deepEqual(diagStrings(f, { noSecurity: true }), ['duplicate-section@a', 'duplicate-section@a']);
    assert.deepEqual(loaded(f.analysis, 'aor'), []);
  });

  test('a second acl with a bad permit takes every acl of the file down, without a word about the permit', () => {
    const f = fixture(
      `${T}\n[office]\ntype=acl\ndeny=0.0.0.0/0.0.0.0\npermit=127.0.0.1\n\n[lab]\ntype=acl\ndeny=10.0.0.0/8\n\n[office]\ntype=acl\npermit=YOUR.OWN.IP.ADDRESS\n`,
    );
    assert.deepEqual(diagStrings(f, { noSecurity: true }), ['duplicate-section@office']);
    assert.match(f.analysis.diagnostics[0].message, /refuses every acl of pjsip\.conf \(2 that would load otherwise\)/);
    assert.deepEqual(loaded(f.analysis, 'acl'), []);
  });

  test('a copy in an included file is in the same file; pjsip_wizard.conf is compared with nothing', () => {
    const f = fixture(`
      [t1]
      type=transport
      bind=127.0.0.1:5060
      [6001]
      type=endpoint
      allow=ulaw
      #include more.conf
      ;- /etc/asterisk/more.conf
      [6001]
      type=endpoint
      allow=ulaw
      ;- /etc/asterisk/pjsip_wizard.conf
      [w1]
      type=wizard
      accepts_registrations=yes
      endpoint/allow=ulaw
    `);
    assert.deepEqual(diagStrings(f, { path: '/etc/asterisk/more.conf', noSecurity: true }), ['duplicate-section@6001']);
    assert.deepEqual(loaded(f.analysis, 'endpoint'), ['w1']);
  });

  test('the same name in pjsip.conf and as a wizard is no duplicate', () => {
    const f = fixture(`
      [t1]
      type=transport
      bind=127.0.0.1:5060
      [6001]
      type=endpoint
      allow=ulaw
      ;- /etc/asterisk/pjsip_wizard.conf
      [6001]
      type=wizard
      accepts_registrations=yes
      endpoint/allow=ulaw
    `);
    assert.deepEqual(
      f.analysis.diagnostics.filter((d) => d.code === 'duplicate-section'),
      [],
    );
    assert.deepEqual(loaded(f.analysis, 'endpoint'), ['6001', '6001']);
  });

  test('a duplicate aor leaves the endpoints loaded, and its first copy is no longer "loaded and never used"', () => {
    const f = fixture(`${T}\n[6001]\ntype=endpoint\nallow=ulaw\n\n[a1]\ntype=aor\nmax_contacts=1\n\n[a1]\ntype=aor\n`);
    assert.deepEqual(
      diagStrings(f, { all: true, noSecurity: true }).filter((d) => !d.startsWith('endpoint-without')),
      ['duplicate-section@a1'],
    );
    assert.deepEqual(loaded(f.analysis, 'endpoint'), ['6001']);
  });

  test('a name of a refused type names nothing once Asterisk has loaded: each reference says so, with the copy', () => {
    const f = fixture(`${T}
[6001]
type=endpoint
allow=ulaw
aors=6001,6002
[6001]
type=aor
max_contacts=1
[6002]
type=aor
max_contacts=1
[6001]
type=aor
`);
    assert.deepEqual(
      diagStrings(f, { all: true, noSecurity: true }).filter((d) => !d.startsWith('endpoint-without')),
      ['unresolved-reference@6001', 'unresolved-reference@6002', 'duplicate-section@6001'],
    );
    const refs = f.analysis.diagnostics.filter((d) => d.code === 'unresolved-reference');
    assert.ok(refs.every((d) => d.severity === 'warning'));
    assert.match(refs[0].message, /aor '6001' is refused with every aor of pjsip\.conf/);
    assert.equal(refs[0].related?.length, 1, 'the duplicate copy as related information');
    assert.equal(refs[0].data, undefined, 'no "create the aor" fix: it exists');
  });

  test('a name whose object failed on its own is not reported again, even when its type is refused too', () => {
    const f = fixture(`${T}
[6001]
type=endpoint
allow=ulaw
aors=6001
[6001]
type=aor
max_contactz=1
[6002]
type=aor
max_contacts=1
[6002]
type=aor
`);
    assert.deepEqual(
      diagStrings(f, { all: true, noSecurity: true }).filter((d) => !d.startsWith('endpoint-without')),
      ['unknown-option@max_contactz', 'duplicate-section@6002'],
    );
  });

  test('an identify of a refused type matches nothing: the endpoint it matched now looks like a phone that registers', () => {
    const f = fixture(`
      [t1]
      type=transport
      bind=127.0.0.1:5060
      [trunk]
      type=endpoint
      allow=ulaw
      auth=trunk
      [trunk]
      type=auth
      username=u
      password=p
      [trunk]
      type=identify
      endpoint=trunk
      match=192.0.2.1
      [trunk]
      type=identify
      endpoint=trunk
      match=192.0.2.2
    `);
    assert.deepEqual(diagStrings(f, { noSecurity: true }), ['endpoint-without-aors@trunk', 'duplicate-section@trunk']);
    // with the identifies gone, the endpoint authenticates like a phone that registers
    assert.match(
      f.analysis.diagnostics.find((d) => d.code === 'endpoint-without-aors')!.message,
      /authenticates like a phone that registers/,
    );
  });
});

suite('several global or system sections', () => {
  test('two globals: the last one is in effect, the first is reported and does not count', () => {
    const f = fixture(
      `${T}\n[alpha]\ntype=global\nkeep_alive_interval=11\n\n[zeta]\ntype=global\nkeep_alive_interval=22\n`,
    );
    assert.deepEqual(diagStrings(f, { withSeverity: true }), ['warning duplicate-singleton@alpha']);
    assert.match(
      f.analysis.diagnostics[0].message,
      /"At most one pjsip\.conf type=global object can be defined".*\[zeta\] \(line 10 of pjsip\.conf\)/,
    );
    assert.deepEqual(loaded(f.analysis, 'global'), ['zeta']);
  });

  test('order decides, not names', () => {
    const f = fixture(`${T}\n[zeta]\ntype=global\n\n[alpha]\ntype=global\n`);
    assert.deepEqual(diagStrings(f, { noSecurity: true }), ['duplicate-singleton@zeta']);
    assert.deepEqual(loaded(f.analysis, 'global'), ['alpha']);
  });

  test('a second global that fails on its own leaves the first in effect, without a word', () => {
    const f = fixture(`${T}\n[alpha]\ntype=global\n\n[zeta]\ntype=global\nbogus=1\n`);
    assert.deepEqual(diagStrings(f, { noSecurity: true }), ['unknown-option@bogus']);
    assert.deepEqual(loaded(f.analysis, 'global'), ['alpha']);
  });

  test('an untyped [global] counts as one of them', () => {
    const f = fixture(`${T}\n[global]\nuser_agent=A\n\n[b]\ntype=global\nuser_agent=B\n`);
    assert.deepEqual(diagStrings(f, { noSecurity: true }), ['duplicate-singleton@global']);
    assert.deepEqual(loaded(f.analysis, 'global'), ['b']);
  });

  test('three globals, even with one that fails: none loads (error on all but the first)', () => {
    const f = fixture(`${T}\n[a]\ntype=global\n\n[b]\ntype=global\nbogus=1\n\n[c]\ntype=global\n`);
    assert.deepEqual(diagStrings(f, { withSeverity: true }), [
      'error duplicate-singleton@b',
      'error unknown-option@bogus',
      'error duplicate-singleton@c',
    ]);
    assert.deepEqual(loaded(f.analysis, 'global'), []);
  });

  test('two globals of one name are a duplicate object, as any type', () => {
    const f = fixture(`${T}\n[global]\ntype=global\nuser_agent=G1\n\n[global]\ntype=global\nuser_agent=G2\n`);
    assert.deepEqual(diagStrings(f, { noSecurity: true }), ['duplicate-section@global']);
    assert.deepEqual(loaded(f.analysis, 'global'), []);
  });

  test('two system sections: the last one is in effect (silently, for Asterisk)', () => {
    const f = fixture(
      `${T}\n[sb]\ntype=system\ntimer_t1=2000\ntimer_b=128000\n\n[sa]\ntype=system\ntimer_t1=1000\ntimer_b=64000\n`,
    );
    assert.deepEqual(diagStrings(f, { withSeverity: true }), ['warning duplicate-singleton@sb']);
    assert.match(f.analysis.diagnostics[0].message, /applies the last one, \[sa\]/);
    assert.deepEqual(loaded(f.analysis, 'system'), ['sa']);
  });

  test('templates are not counted', () => {
    const f = fixture(
      `${T}\n[tpl](!)\ntype=global\nuser_agent=T\n\n[b](tpl)\nuser_agent=B\n\n[c](tpl)\nuser_agent=C\n`,
    );
    assert.deepEqual(diagStrings(f, { noSecurity: true }), ['duplicate-singleton@b']);
    assert.deepEqual(loaded(f.analysis, 'global'), ['c']);
  });
});
