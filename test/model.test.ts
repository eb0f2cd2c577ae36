import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { dedent, fixture, diagStrings } from './helpers/fixture';
import * as nodePath from 'node:path';
import { analyzeFolder, type Analysis } from '../server/src/analysis/analyze';
import { diskProvider } from '../server/src/node/fsProvider';
import { categoryOf } from '../server/src/rules/registry';

function obj(a: Analysis, type: string, id: string) {
  const o = a.index.get(type)?.get(id)?.[0];
  assert.ok(o, `no ${type} ${id}; have ${[...(a.index.get(type)?.keys() ?? [])].join(', ')}`);
  return o;
}

function opts(a: Analysis, type: string, id: string): string[] {
  return obj(a, type, id).vars.map((v) => `${v.name}=${v.value}`);
}

suite('model: templates and appends', () => {
  test("template options come first, in declaration order, then the section's own", () => {
    const f = fixture(`
      [base](!)
      type=endpoint
      allow=ulaw
      context=a
      [extra](!)
      allow=g722
      context=b
      [6001](base,extra)
      context=c
      aors=6001
    `);
    assert.deepEqual(opts(f.analysis, 'endpoint', '6001'), [
      'type=endpoint',
      'allow=ulaw',
      'context=a',
      'allow=g722',
      'context=b',
      'context=c',
      'aors=6001',
    ]);
  });

  test('type can come from a template; templates are not objects', () => {
    const f = fixture(`
      [tpl](!)
      type=aor
      [6001](tpl)
      max_contacts=1
    `);
    assert.equal(obj(f.analysis, 'aor', '6001').type, 'aor');
    assert.equal(f.analysis.index.get('aor')?.has('tpl'), false);
  });

  test('inheritance copies the template as it is at the header: later (+) lines do not reach it', () => {
    const f = fixture(`
      [6001]
      type=aor
      [6002](6001)
      [6001](+)
      max_contacts=5
    `);
    assert.deepEqual(opts(f.analysis, 'aor', '6001'), ['type=aor', 'max_contacts=5']);
    assert.deepEqual(opts(f.analysis, 'aor', '6002'), ['type=aor']);
  });

  test('(+) adds to the earlier section of that name (case-insensitively), and += extends a value', () => {
    const f = fixture(`
      [Trunk]
      type=endpoint
      allow=ulaw
      aors=x
      [trunk](+)
      allow += ,alaw
      context=pstn
    `);
    assert.deepEqual(opts(f.analysis, 'endpoint', 'Trunk'), [
      'type=endpoint',
      'allow=ulaw ,alaw',
      'aors=x',
      'context=pstn',
    ]);
  });

  test('(+) cannot extend a template', () => {
    const f = fixture(`
      [t](!)
      type=aor
      [t](+)
      max_contacts=1
    `);
    assert.deepEqual(diagStrings(f), ['unresolved-template@+']);
  });

  test('the first type= wins, even when it comes from a template', () => {
    const f = fixture(`
      [t](!)
      type=aor
      [x](t)
      type=endpoint
    `);
    assert.ok(f.analysis.index.get('aor')?.has('x'));
    assert.ok(!f.analysis.index.get('endpoint')?.has('x'));
    assert.deepEqual(
      diagStrings(f).filter((d) => d.startsWith('duplicate-option')),
      ['duplicate-option@type'],
    );
  });

  test('one name can be an endpoint, an aor and an auth at once', () => {
    const f = fixture(`
      [6001]
      type=endpoint
      [6001]
      type=aor
      [6001]
      type=auth
      username=6001
      password=x
    `);
    for (const t of ['endpoint', 'aor', 'auth']) assert.ok(f.analysis.index.get(t)?.has('6001'), t);
  });

  test('[global] without type= is the global object while all its options are global ones', () => {
    const ok = fixture('[global]\nuser_agent=PBX\nmax_forwards=20\n');
    assert.ok(ok.analysis.index.get('global')?.has('global'));
    const bad = fixture('[global]\nuser_agent=PBX\ndirect_media=no\n');
    assert.ok(!bad.analysis.index.get('global')?.has('global'));
  });
});

suite('model: includes', () => {
  test('relative includes resolve against the config folder, not the including file', () => {
    const f = fixture(`
      #include pjsip.d/a.conf
      ;- pjsip.d/a.conf
      #include b.conf
      ;- b.conf
      [b]
      type=aor
      ;- pjsip.d/b.conf
      [wrong]
      type=aor
    `);
    assert.ok(f.analysis.index.get('aor')?.has('b'));
    const wrong = f.analysis.objects.find((o) => o.id === 'wrong')!;
    assert.equal(wrong.loads, false, 'pjsip.d/b.conf is not read by Asterisk');
  });

  test('absolute /etc/asterisk paths map onto the config folder', () => {
    const f = fixture(`
      #include /etc/asterisk/pjsip.d/*.conf
      ;- pjsip.d/1.conf
      [one]
      type=aor
      ;- pjsip.d/2.conf
      [two]
      type=aor
    `);
    assert.deepEqual([...f.analysis.index.get('aor')!.keys()], ['one', 'two']);
    assert.deepEqual(
      f.analysis.diagnostics.filter((d) => d.code !== 'unused-section'),
      [],
    );
  });

  test('an included file continues the section that is current where it is included', () => {
    const f = fixture(`
      [6001]
      type=aor
      #include more.conf
      max_contacts=2
      ;- more.conf
      qualify_frequency=30
    `);
    assert.deepEqual(opts(f.analysis, 'aor', '6001'), ['type=aor', 'qualify_frequency=30', 'max_contacts=2']);
  });

  test('a missing include rejects pjsip.conf: nothing in it loads', () => {
    const f = fixture('[6001]\ntype=aor\n#include nope.conf\n');
    assert.equal(obj(f.analysis, 'aor', '6001').loads, false);
    assert.deepEqual(diagStrings(f), ['include-not-found@nope.conf']);
  });

  test('a fatal line in an included file only cuts that file short', () => {
    const f = fixture(`
      [a]
      type=aor
      #include inc.conf
      [z]
      type=aor
      ;- inc.conf
      [b]
      type=aor
      [c](missing)
      [d]
      type=aor
    `);
    assert.equal(obj(f.analysis, 'aor', 'a').loads, true);
    assert.equal(obj(f.analysis, 'aor', 'b').loads, true);
    assert.equal(obj(f.analysis, 'aor', 'd').loads, false);
    assert.equal(obj(f.analysis, 'aor', 'z').loads, true);
  });

  test('include cycles are reported and not followed', () => {
    const f = fixture('#include a.conf\n;- a.conf\n#include pjsip.conf\n');
    assert.deepEqual(diagStrings(f, { path: '/etc/asterisk/a.conf' }), ['include-cycle@pjsip.conf']);
  });
});

suite('model: wizard', () => {
  const wizard = `
    [transport-udp]
    type=transport
    bind=0.0.0.0
    ;- pjsip_wizard.conf
    [trunk-tpl](!)
    type=wizard
    endpoint/allow=ulaw
    [mytrunk](trunk-tpl)
    sends_auth=yes
    sends_registrations=yes
    remote_hosts=sip1.example.com:5060,sip2.example.com
    outbound_auth/username=me
    outbound_auth/password=pw
    endpoint/context=pstn
    [6001]
    type=wizard
    accepts_auth=yes
    accepts_registrations=yes
    inbound_auth/username=6001
    inbound_auth/password=pw
    endpoint/allow=ulaw
    aor/max_contacts=1
  `;

  test('expands into the objects Asterisk creates, under the names it gives them', () => {
    const f = fixture(wizard);
    const names = f.analysis.objects.filter((o) => o.wizardPrefix).map((o) => `${o.type}:${o.id}`);
    assert.deepEqual(names, [
      'endpoint:mytrunk',
      'aor:mytrunk',
      'auth:mytrunk-oauth',
      'identify:mytrunk-identify',
      'registration:mytrunk-reg-0',
      'registration:mytrunk-reg-1',
      'endpoint:6001',
      'aor:6001',
      'auth:6001-iauth',
    ]);
    assert.deepEqual(
      // what this config is about is the expansion: the security rules (a trunk found by host name, a short
      // password) are tested in security.test.ts
      diagStrings(f, { all: true }).filter(
        (d) => !d.startsWith('registration-stops') && !categoryOf(d.slice(0, d.indexOf('@'))),
      ),
      [],
    );
  });

  test('generated objects carry the prefixed options and what the wizard sets itself', () => {
    const f = fixture(wizard);
    assert.deepEqual(opts(f.analysis, 'endpoint', 'mytrunk'), [
      'allow=ulaw',
      'context=pstn',
      'outbound_auth=mytrunk-oauth',
      'aors=mytrunk',
    ]);
    assert.deepEqual(opts(f.analysis, 'aor', 'mytrunk'), [
      'contact=sip:sip1.example.com:5060',
      'contact=sip:sip2.example.com',
    ]);
    assert.deepEqual(opts(f.analysis, 'registration', 'mytrunk-reg-1').slice(0, 3), [
      'server_uri=sip:sip2.example.com',
      'client_uri=sip:me@sip2.example.com',
      'outbound_auth=mytrunk-oauth',
    ]);
    assert.deepEqual(opts(f.analysis, 'identify', 'mytrunk-identify'), [
      'endpoint=mytrunk',
      'match=sip1.example.com:5060',
      'match=sip2.example.com',
    ]);
  });

  test('pjsip.conf can refer to objects the wizard generates', () => {
    const f = fixture(
      `${dedent(wizard)}\n;- pjsip.conf\n[transport-udp]\ntype=transport\nbind=0.0.0.0\n[reg2]\ntype=registration\nserver_uri=sip:x.example.com\nclient_uri=sip:me@x.example.com\noutbound_auth=mytrunk-oauth\nauth_rejection_permanent=no\n`,
    );
    assert.deepEqual(
      diagStrings(f, { all: true }).filter((d) => d.includes('unresolved')),
      [],
    );
    const ref = f.analysis.references.find((r) => r.name === 'mytrunk-oauth')!;
    assert.equal(ref.targets[0].name, 'mytrunk');
  });

  test('an unknown prefixed option fails that object; an unknown wizard key only warns', () => {
    const f = fixture(
      `;- pjsip_wizard.conf\n[w]\ntype=wizard\naccepts_registrations=yes\nendpoint/allow=ulaw\nendpoint/bogus=1\nbogus_key=1\n`,
    );
    assert.deepEqual(diagStrings(f, { path: '/etc/asterisk/pjsip_wizard.conf', withSeverity: true }).sort(), [
      'error unknown-option@bogus',
      'warning unknown-option@bogus_key',
    ]);
    assert.equal(obj(f.analysis, 'endpoint', 'w').loads, false);
    assert.equal(obj(f.analysis, 'aor', 'w').loads, true);
  });
});

suite('a config set of our own that Asterisk loads cleanly', () => {
  test('gets no error, warning, information or hint, and every object loads', () => {
    const dir = nodePath.resolve(__dirname, '../../test/fixtures/clean-set').replace(/\\/g, '/');
    const a = analyzeFolder(dir, diskProvider());
    assert.deepEqual(
      a.diagnostics.map((d) => `${d.path.slice(dir.length + 1)}: ${d.code}: ${d.message}`),
      [],
    );
    assert.deepEqual(
      a.objects.filter((o) => !o.loads).map((o) => `${o.type} ${o.id}: ${o.failure}`),
      [],
    );
    const names = a.objects.map((o) => `${o.type}:${o.id}`);
    for (const n of [
      'endpoint:6001',
      'aor:6002',
      'registration:provider',
      'auth:6101-iauth',
      'registration:backup-trunk-reg-0',
      'identify:backup-trunk-identify',
      'global:global',
      'acl:office',
    ])
      assert.ok(names.includes(n), n);
  });
});
