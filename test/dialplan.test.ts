/**
 * Dialplan contexts (extensions.conf) as the admin meets them: completion, hover and go to definition on
 * `context=` and its kin, the `unknown-context` rule, dial references, unused auths and aors, and secrets kept out
 * of the outline. Asserted through the text the user sees.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { complete } from '../server/src/features/completion';
import { hover } from '../server/src/features/hover';
import { definition } from '../server/src/features/definition';
import { documentSymbols, workspaceSymbols } from '../server/src/features/symbols';
import { dedent, fixture, type Fixture } from './helpers/fixture';

const DIALPLAN = `
;- extensions.conf
[general]
static=yes
[globals]
TRUNK=provider
[internal]
exten => 100,1,Answer()
 same => n,Dial(PJSIP/6001,30)
 same => n,Hangup()
[tpl](!)
exten => i,1,Hangup()
#include extensions.d/*.conf
;- extensions.d/office.conf
[office](tpl)
exten => 200,1,Dial(PJSIP/\${EXTEN})
`;

const phone = (line: string) => `
[6001]
type=endpoint
allow=ulaw
aors=6001
${line}
[6001]
type=aor
max_contacts=1
${DIALPLAN}`;

function labels(f: Fixture): string[] {
  return complete(f.analysis, f.file, f.offset)
    .map((c) => c.label)
    .sort();
}

function diags(f: Fixture, code: string): string[] {
  return f.analysis.diagnostics
    .filter((d) => d.code === code)
    .map((d) => `${d.severity} ${f.files.get(d.path)!.slice(d.start, d.end)}: ${d.message}`);
}

suite('dialplan contexts: completion, hover, definition', () => {
  for (const key of ['context', 'subscribe_context', 'message_context']) {
    test(`${key}= completes the contexts of extensions.conf and its includes, not [general], [globals] or templates`, () => {
      assert.deepEqual(labels(fixture(phone(`${key}=|`))), ['internal', 'office']);
    });
  }

  test("the wizard's endpoint/context= completes contexts too", () => {
    const f = fixture(
      dedent(`
      ;- pjsip_wizard.conf
      [6002]
      type=wizard
      accepts_registrations=yes
      endpoint/allow=ulaw
      endpoint/context=in|
    `) + DIALPLAN,
    );
    const c = complete(f.analysis, f.file, f.offset);
    assert.deepEqual(c.map((x) => x.label).sort(), ['internal', 'office']);
    const internal = c.find((x) => x.label === 'internal')!;
    assert.equal(internal.detail, 'dialplan context — extensions.conf:5');
    assert.equal(f.file.text.slice(internal.start, internal.end), 'in');
  });

  test('without extensions.conf, context= offers nothing and nothing is reported', () => {
    const f = fixture('[6001]\ntype=endpoint\nallow=ulaw\ncontext=|\n');
    assert.deepEqual(labels(f), []);
    assert.deepEqual(
      fixture('[6001]\ntype=endpoint\nallow=ulaw\ncontext=nowhere\n').analysis.diagnostics.filter(
        (d) => d.code === 'unknown-context',
      ),
      [],
    );
  });

  test('hover shows where the context is and its first lines', () => {
    const f = fixture(phone('context=inter|nal'));
    const h = hover(f.analysis, f.file, f.offset)!;
    assert.equal(f.file.text.slice(h.start, h.end), 'internal');
    assert.match(h.markdown, /\*\*\[internal\]\*\* — dialplan context, extensions\.conf:5/);
    assert.match(h.markdown, /exten => 100,1,Answer\(\)\nsame => n,Dial\(PJSIP\/6001,30\)/);
  });

  test('hover on a context the dialplan lacks says so', () => {
    const f = fixture(phone('context=intern|l'));
    assert.equal(
      hover(f.analysis, f.file, f.offset)!.markdown,
      'The dialplan (extensions.conf) defines no context `internl`.',
    );
  });

  test('go to definition opens the context, in an included file too', () => {
    for (const [name, path, line] of [
      ['internal', '/etc/asterisk/extensions.conf', 4],
      ['office', '/etc/asterisk/extensions.d/office.conf', 0],
    ] as const) {
      const f = fixture(phone(`context=${name.slice(0, 2)}|${name.slice(2)}`));
      const [d, ...more] = definition(f.analysis, f.file, f.offset);
      assert.equal(more.length, 0);
      assert.equal(d.path, path);
      const text = f.files.get(path)!;
      assert.equal(text.slice(d.selStart, d.selEnd), name);
      assert.equal(text.slice(0, d.start).split('\n').length - 1, line);
    }
  });
});

suite('dialplan contexts: the unknown-context rule', () => {
  test('a context extensions.conf does not define is a warning on the name, saying calls are rejected', () => {
    const f = fixture(phone('context=internl\nsubscribe_context=internal'));
    assert.deepEqual(diags(f, 'unknown-context'), [
      "warning internl: The dialplan (extensions.conf) defines no context 'internl': Asterisk loads the endpoint anyway, then rejects every call from it, since no extension is found in that context (\"... rejected because extension not found in context 'internl'\").",
    ]);
    const d = f.analysis.diagnostics.find((x) => x.code === 'unknown-context')!;
    assert.deepEqual(d.data, { name: 'internl', suggestions: ['internal'] });
  });

  test('contexts of included files, (+) additions and inheriting sections count; [general], [globals] and templates do not', () => {
    assert.deepEqual(diags(fixture(phone('context=office')), 'unknown-context'), []);
    for (const name of ['general', 'globals', 'tpl'])
      assert.equal(diags(fixture(phone(`context=${name}`)), 'unknown-context').length, 1, name);
  });

  test('a file extensions.conf includes is not checked as a pjsip config', () => {
    const f = fixture(phone('context=internal'));
    assert.deepEqual(
      f.analysis.diagnostics.filter((d) => !d.path.endsWith('/pjsip.conf')).map((d) => `${d.path} ${d.code}`),
      [],
    );
  });

  test('a template line is reported once, and a wizard endpoint/context on its value', () => {
    const f = fixture(
      dedent(`
      [tpl](!)
      type=endpoint
      allow=ulaw
      context=nowhere
      [a](tpl)
      [b](tpl)
      ;- pjsip_wizard.conf
      [w]
      type=wizard
      remote_hosts=192.0.2.1
      endpoint/allow=ulaw
      endpoint/context=elsewhere
    `) + DIALPLAN,
    );
    assert.deepEqual(
      f.analysis.diagnostics
        .filter((d) => d.code === 'unknown-context')
        .map((d) => f.files.get(d.path)!.slice(d.start, d.end)),
      ['nowhere', 'elsewhere'],
    );
  });
});

suite('dialplan: endpoints dialled by name', () => {
  const noAors = (dial: string) => `
    [6001]
    type=endpoint
    allow=ulaw
    context=internal
    ;- extensions.conf
    [internal]
    exten => 1,1,Noop()
    exten => 100,1,${dial}
  `;
  test('Dial(PJSIP/6001) makes an endpoint without aors a warning that points at the dial', () => {
    for (const dial of [
      'Dial(PJSIP/6001,30)',
      'Dial(PJSIP/other&PJSIP/6001)',
      'Dial(PJSIP/${EXTEN}@6001)',
      'Queue(q,,,,,,PJSIP/6001)',
    ]) {
      assert.deepEqual(
        diags(fixture(noAors(dial)), 'endpoint-without-aors'),
        [
          "warning 6001: Endpoint '6001': the dialplan dials it at extensions.conf:3, but it has no aors: that call fails.",
        ],
        dial,
      );
    }
  });
  test('PJSIP/${EXTEN}, a dial with a URI, or a hint leave it at information', () => {
    const sources = [
      noAors('Dial(PJSIP/${EXTEN})'),
      noAors('Dial(PJSIP/6001/sip:6001@192.0.2.1)'),
      noAors('Noop()').replace('exten => 100,1,', 'exten => 6001,hint,PJSIP/6001\n;'),
    ];
    for (const src of sources)
      assert.deepEqual(
        diags(fixture(src), 'endpoint-without-aors').map((d) => d.split(':')[0]),
        ['information 6001'],
        src,
      );
  });
});

suite('unused auths and aors', () => {
  const SET = `
    [t]
    type=transport
    bind=0.0.0.0
    [6001]
    type=endpoint
    allow=ulaw
    auth=6010
    aors=6001
    [6001]
    type=auth
    username=6001
    password=secret
    [6001]
    type=aor
    max_contacts=1
    [spare]
    type=aor
  `;
  test('an auth nothing names is a faded hint that points at the likely misspelling; transports are never reported', () => {
    const f = fixture(SET);
    assert.deepEqual(diags(f, 'unused-section'), [
      "hint 6001: Nothing names auth '6001' (an endpoint's auth or outbound_auth, or the outbound_auth of a registration, aor or outbound-publish would): Asterisk loads it and never uses it. `auth=6010` in [6001] (pjsip.conf) names no auth: is this the one it means?",
      "hint spare: Nothing names aor 'spare' (an endpoint's aors, or a dial string in extensions.conf would): Asterisk loads it and never uses it. Often the name on the other side is misspelled.",
    ]);
  });
  test('an endpoint of the same name that names another aor, or none, is pointed at', () => {
    const f = fixture(`
      [trunk2]
      type=endpoint
      allow=ulaw
      aors=trunk
      [trunk]
      type=aor
      contact=sip:192.0.2.1
      [trunk2]
      type=aor
      contact=sip:192.0.2.2
      [7001]
      type=endpoint
      allow=ulaw
      [7001]
      type=aor
      max_contacts=1
    `);
    assert.deepEqual(
      diags(f, 'unused-section').map((d) => d.slice(d.indexOf('never uses it.'))),
      [
        "never uses it. Endpoint 'trunk2' has aors=trunk: is this aor meant for it?",
        "never uses it. Endpoint '7001' has no aors: is this aor meant for it?",
      ],
    );
  });

  test('names in templates, in the wizard and in dial strings count; wizard-generated objects are never unused', () => {
    const f = fixture(`
      [tpl](!)
      type=endpoint
      auth=6001
      [6001]
      type=auth
      username=6001
      password=secret
      [spare]
      type=aor
      [shared]
      type=auth
      username=x
      password=y
      ;- pjsip_wizard.conf
      [w]
      type=wizard
      accepts_registrations=yes
      accepts_auth=yes
      inbound_auth/username=w
      inbound_auth/password=pw
      endpoint/allow=ulaw
      endpoint/outbound_auth=shared
      ;- extensions.conf
      [internal]
      exten => 1,1,Dial(PJSIP/w/spare)
    `);
    assert.deepEqual(diags(f, 'unused-section'), []);
  });
});

suite('secrets stay out of symbols', () => {
  test('the outline masks passwords, plain and in the wizard; workspace symbols carry no values', () => {
    const f = fixture(`
      [6001]
      type=auth
      username=6001
      password=hunter2
      ;- pjsip_wizard.conf
      [w]
      type=wizard
      inbound_auth/password=wizpass
    `);
    const outline = JSON.stringify(
      [...f.files.keys()].map((p) => documentSymbols(f.analysis, f.analysis.files.get(p)!)),
    );
    assert.ok(!outline.includes('hunter2') && !outline.includes('wizpass'), outline);
    assert.match(outline, /"name":"password","detail":"•••"/);
    assert.match(outline, /"name":"username","detail":"6001"/);
    const ws = JSON.stringify(workspaceSymbols(f.analysis, ''));
    assert.ok(!ws.includes('hunter2') && !ws.includes('wizpass'), ws);
  });
});
