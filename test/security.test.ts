/**
 * The security rules (server/src/rules/security/) in detail, their quick fixes applied, and the promise that no
 * password ever shows: not in a message, related information, a quick-fix title or a hover.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { codeActions } from '../server/src/features/codeActions';
import { applyEdits } from '../server/src/features/format';
import { hover } from '../server/src/features/hover';
import { newPassword } from '../server/src/features/secrets';
import { weakness } from '../server/src/rules/security/passwords';
import { applySeverityOverrides, parseSeverityOverride } from '../server/src/rules/severity';
import { renderMessage } from '../server/src/i18n/messages';
import type { Diagnostic } from '../server/src/rules/diagnostic';
import { fixture, type Fixture } from './helpers/fixture';

const T = '[t]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n\n';

function of(f: Fixture, code: string): Diagnostic[] {
  return f.analysis.diagnostics.filter((d) => d.code === code);
}

function under(f: Fixture, d: Diagnostic): string {
  return f.files.get(d.path)!.slice(d.start, d.end);
}

/** The files after applying a fix's edits (each file its own), by path. */
function applied(
  f: Fixture,
  edits: { path: string; start: number; end: number; newText: string }[],
): Map<string, string> {
  const out = new Map(f.files);
  for (const path of new Set(edits.map((e) => e.path)))
    out.set(
      path,
      applyEdits(
        out.get(path)!,
        edits.filter((e) => e.path === path),
      ),
    );
  return out;
}

function refixture(files: Map<string, string>): Fixture {
  return fixture([...files].map(([p, text]) => `;- ${p}\n${text.replace(/\|/g, '\\|')}`).join('\n'));
}

function fixesFor(f: Fixture, d: Diagnostic) {
  return codeActions(f.analysis, f.analysis.files.get(d.path)!, [d]).filter((a) => !a.title.startsWith('Disable'));
}

suite('security: who gets in without a password', () => {
  test('anonymous with a Dial() through a trunk: error, with the Dial() line as related information', () => {
    const f = fixture(
      `${T}[anonymous]\ntype=endpoint\ncontext=from-internal\nallow=ulaw\n;- extensions.conf\n[from-internal]\nexten => 100,1,Answer()\ninclude => outbound\n[outbound]\nexten => _00X.,1,Dial(PJSIP/\${EXTEN:2}@itsp)\n`,
    );
    const [d] = of(f, 'unauthenticated-dial-out');
    assert.equal(d.severity, 'error');
    assert.equal(under(f, d), 'anonymous');
    assert.match(
      d.message,
      /anonymous endpoint.*context 'from-internal' reaches a Dial\(\) through the trunk 'itsp' at extensions\.conf:5/,
    );
    assert.equal(d.related?.[0].path, '/etc/asterisk/extensions.conf');
    assert.deepEqual(of(f, 'unauthenticated-endpoint'), [], 'one finding per endpoint');
  });

  test('a trunk with an identify but the default identify_by: open by its name; identify_by=ip closes it', () => {
    const trunk = `${T}[itsp]\ntype=endpoint\ncontext=from-itsp\nallow=ulaw\n[itsp-id]\ntype=identify\nendpoint=itsp\nmatch=203.0.113.0/24\n`;
    const f = fixture(trunk);
    const [d] = of(f, 'unauthenticated-endpoint');
    assert.match(d.message, /any request whose From user is 'itsp', from any address/);
    assert.deepEqual(
      of(fixture(trunk.replace('allow=ulaw', 'allow=ulaw\nidentify_by=ip')), 'unauthenticated-endpoint'),
      [],
    );
    // an access list that narrows the sources also closes it
    const acl = trunk.replace('allow=ulaw', 'allow=ulaw\ndeny=0.0.0.0/0.0.0.0\npermit=203.0.113.0/24');
    assert.deepEqual(of(fixture(acl), 'unauthenticated-endpoint'), []);
  });

  test('a Dial() of the dialled number under a fixed-length pattern is no way out; under _X. it is', () => {
    const src = (pattern: string) =>
      `${T}[anonymous]\ntype=endpoint\ncontext=in\nallow=ulaw\n;- extensions.conf\n[in]\nexten => ${pattern},1,Dial(PJSIP/\${EXTEN})\n`;
    assert.deepEqual(of(fixture(src('_6XXX')), 'unauthenticated-dial-out'), []);
    assert.equal(of(fixture(src('_6XXX')), 'unauthenticated-endpoint').length, 1);
    assert.equal(of(fixture(src('_X.')), 'unauthenticated-dial-out').length, 1);
  });

  test('header and auth_username ways in, spelled out', () => {
    const f = fixture(
      `${T}[h]\ntype=endpoint\nidentify_by=auth_username\nallow=ulaw\n[h-id]\ntype=identify\nendpoint=h\nmatch_header=X-Trunk: acme\n`,
    );
    const [d] = of(f, 'unauthenticated-endpoint');
    assert.match(d.message, /header 'X-Trunk: acme' \(identify 'h-id'\).*credentials for the user name 'h'/);
  });

  test('the fix adds auth= and an auth with a new random password, never in the title; two offers differ', () => {
    const f = fixture(
      `${T}[6001]\ntype=endpoint\ncontext=internal\nallow=ulaw\naors=6001\n[6001]\ntype=aor\nmax_contacts=1\n`,
    );
    const [d] = of(f, 'unauthenticated-endpoint');
    const fixes = fixesFor(f, d);
    assert.equal(fixes[0].title, 'Add auth=6001-auth with a new random password');
    const text = applied(f, fixes[0].edits).get('/etc/asterisk/pjsip.conf')!;
    const m = /\[6001-auth\]\ntype=auth\nauth_type=userpass\nusername=6001\npassword=(\w+)\n$/.exec(text);
    assert.ok(m, text);
    assert.match(text, /aors=6001\nauth=6001-auth\n/);
    assert.equal(m[1].length, 24);
    assert.ok(!fixes.some((x) => x.title.includes(m[1])));
    assert.equal(weakness(m[1], [{ name: '6001', kind: 'endpoint' }]), undefined);
    const again = /password=(\w+)/.exec(applied(f, fixesFor(f, d)[0].edits).get('/etc/asterisk/pjsip.conf')!)![1];
    assert.notEqual(again, m[1]);
    const after = refixture(applied(f, fixes[0].edits));
    assert.deepEqual(
      after.analysis.diagnostics.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => x.code),
      [],
    );
  });

  test('the new auth takes a name no auth has: 6001-auth is taken, so 6001-auth2', () => {
    const f = fixture(
      `${T}[6001]\ntype=endpoint\ncontext=internal\nallow=ulaw\n[6001-auth]\ntype=auth\nusername=x\npassword=Zq8vLw2pRt5nKc7y\n`,
    );
    const fixes = fixesFor(f, of(f, 'unauthenticated-endpoint')[0]);
    assert.equal(fixes[0].title, 'Add auth=6001-auth2 with a new random password');
    assert.match(applied(f, fixes[0].edits).get('/etc/asterisk/pjsip.conf')!, /\n\[6001-auth2\]\ntype=auth\n/);
  });

  test('a trunk gets the identify_by=ip fix too; a wizard trunk gets endpoint/identify_by and inbound_auth', () => {
    const f = fixture(
      `${T}[itsp]\ntype=endpoint\nallow=ulaw\n[itsp-id]\ntype=identify\nendpoint=itsp\nmatch=203.0.113.7\n`,
    );
    const fixes = fixesFor(f, of(f, 'unauthenticated-endpoint')[0]);
    assert.deepEqual(
      fixes.map((x) => x.title),
      ['Add auth=itsp-auth with a new random password', 'Set identify_by=ip: only its identify lets requests in'],
    );
    const closed = refixture(applied(f, fixes[1].edits));
    assert.deepEqual(of(closed, 'unauthenticated-endpoint'), []);
    const w = fixture(
      `${T};- pjsip_wizard.conf\n[trunk]\ntype=wizard\nremote_hosts=203.0.113.7\nendpoint/allow=ulaw\n`,
    );
    const wd = of(w, 'unauthenticated-endpoint')[0];
    const wfixes = fixesFor(w, wd);
    assert.deepEqual(
      wfixes.map((x) => x.title),
      [
        'Add accepts_auth=yes and inbound_auth with a new random password',
        'Set endpoint/identify_by=ip: only its identify lets requests in',
      ],
    );
    for (const fix of wfixes) assert.deepEqual(of(refixture(applied(w, fix.edits)), 'unauthenticated-endpoint'), []);
  });
});

suite('security: Dial() injection', () => {
  const src = `${T}[6001]\ntype=endpoint\ncontext=from-internal\nallow=ulaw\nauth=6001\n[6001]\ntype=auth\nusername=6001\npassword=Kx8-fr2m-Qp9z-Tb4w\n;- extensions.conf\n[from-internal]\nexten => _X.,1,Dial(PJSIP/\${EXTEN}&PJSIP/\${EXTEN:1}@itsp,30)\n`;

  test('reported on the context= value, with the Dial() line; the fix wraps each ${EXTEN} in FILTER()', () => {
    const f = fixture(src);
    const [d] = of(f, 'dial-unfiltered-exten');
    assert.equal(under(f, d), 'from-internal');
    assert.match(d.message, /under the pattern '_X\.' \(extensions\.conf:2\)/);
    const [fix] = fixesFor(f, d);
    assert.equal(fix.title, 'Pass the dialled number through FILTER(0-9*#+) in extensions.conf');
    const ext = applied(f, fix.edits).get('/etc/asterisk/extensions.conf')!;
    assert.equal(
      ext.split('\n')[1],
      'exten => _X.,1,Dial(PJSIP/${FILTER(0-9*#+,${EXTEN})}&PJSIP/${FILTER(0-9*#+,${EXTEN:1})}@itsp,30)',
    );
    assert.deepEqual(of(refixture(applied(f, fix.edits)), 'dial-unfiltered-exten'), []);
  });

  test('a template line shared by every endpoint is reported once, on the template', () => {
    const f = fixture(
      `${T}[tpl](!)\ntype=endpoint\ncontext=from-internal\nallow=ulaw\nauth=a\n[a](tpl)\n[b](tpl)\n[a]\ntype=auth\nusername=a\npassword=Kx8-fr2m-Qp9z-Tb4w\n;- extensions.conf\n[from-internal]\nexten => _X.,1,Dial(PJSIP/\${EXTEN})\n`,
    );
    const ds = of(f, 'dial-unfiltered-exten');
    assert.equal(ds.length, 1);
    assert.equal(under(f, ds[0]), 'from-internal');
  });
});

suite('security: passwords', () => {
  const phone = (id: string, pw: string, user = id) =>
    `[${id}]\ntype=endpoint\ncontext=internal\nallow=ulaw\nauth=${id}\n[${id}]\ntype=auth\nusername=${user}\npassword=${pw}\n`;

  test('each weakness, and never the password in the message', () => {
    const cases: [string, RegExp][] = [
      ['changeme', /well-known placeholder/],
      ['desk42', /auth 'a6001' is its user name/],
      ['1234567890123', /digits only/],
      ['Short-pw1', /only 9 characters/],
    ];
    for (const [pw, msg] of cases) {
      const f = fixture(T + phone('a6001', pw, 'desk42'));
      const [d] = of(f, 'weak-password');
      assert.match(d.message, msg, pw);
      assert.equal(under(f, d), pw);
      for (const locale of ['en', 'zh-cn'] as const) assert.ok(!renderMessage(locale, d.msg).includes(pw), pw);
    }
    assert.deepEqual(of(fixture(T + phone('6001', 'Kx8-fr2m-Qp9z-Tb4w')), 'weak-password'), []);
  });

  test('outbound auths are not checked (the provider chose them)', () => {
    const f = fixture(
      `${T}[reg]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com\noutbound_auth=out\n[out]\ntype=auth\nusername=me\npassword=pw\n`,
    );
    assert.deepEqual(of(f, 'weak-password'), []);
  });

  test('a shared password names the other auths, not the password; the fix replaces it', () => {
    const f = fixture(T + phone('6001', 'Kx8-fr2m-Qp9z-Tb4w') + phone('6002', 'Kx8-fr2m-Qp9z-Tb4w'));
    const ds = of(f, 'shared-password');
    assert.deepEqual(
      ds.map((d) => d.message),
      [
        "Auth '6001' has the same password as '6002': whoever learns one of them can register as all of them. Give each its own.",
        "Auth '6002' has the same password as '6001': whoever learns one of them can register as all of them. Give each its own.",
      ],
    );
    const [fix] = fixesFor(f, ds[0]);
    assert.equal(fix.title, 'Replace with a new random password (give it to the phone too)');
    assert.deepEqual(of(refixture(applied(f, fix.edits)), 'shared-password'), []);
  });

  test('hovers never show a password', () => {
    const f = fixture(
      `${T}[6001]\ntype=endpoint\ncontext=internal\nallow=ulaw\nauth=6001\n[6|001]\ntype=auth\nusername=6001\npassword=Kx8-fr2m-Qp9z-Tb4w\n`,
    );
    const h = hover(f.analysis, f.file, f.offset)!;
    assert.ok(h && !h.markdown.includes('Kx8-fr2m-Qp9z-Tb4w'));
  });

  test('random passwords: letters and digits, the length asked for, no two alike', () => {
    const seen = new Set(Array.from({ length: 200 }, () => newPassword()));
    assert.equal(seen.size, 200);
    for (const p of seen) assert.match(p, /^[A-Za-z0-9]{24}$/);
  });
});

suite('security: address rules', () => {
  test('an identify for every address on an endpoint without auth; the fix removes 0.0.0.0/0 when others remain', () => {
    const f = fixture(
      `${T}[itsp]\ntype=endpoint\nidentify_by=ip\nallow=ulaw\n[itsp-id]\ntype=identify\nendpoint=itsp\nmatch=203.0.113.10, 0.0.0.0/0\n`,
    );
    const [d] = of(f, 'acl-permits-everyone');
    assert.equal(under(f, d), '0.0.0.0/0');
    const [fix] = fixesFor(f, d);
    assert.equal(fix.title, 'Remove 0.0.0.0/0 from this identify');
    const text = applied(f, fix.edits).get('/etc/asterisk/pjsip.conf')!;
    assert.match(text, /\nmatch=203\.0\.113\.10\n$/);
    assert.deepEqual(of(refixture(applied(f, fix.edits)), 'acl-permits-everyone'), []);
  });

  test('an access list that permits 0.0.0.0/0 and refuses nothing', () => {
    const src = `${T}[x]\ntype=endpoint\nidentify_by=ip\nallow=ulaw\npermit=0.0.0.0/0\n`;
    assert.equal(of(fixture(src), 'acl-permits-everyone').length, 1);
    // a later permit of everything re-opens it; a deny in front of narrower permits closes it
    assert.equal(
      of(fixture(src.replace('permit=', 'deny=0.0.0.0/0\npermit=10.0.0.0/8\npermit=')), 'acl-permits-everyone').length,
      1,
    );
    assert.deepEqual(
      of(fixture(src.replace('permit=0.0.0.0/0', 'deny=0.0.0.0/0\npermit=10.0.0.0/8')), 'acl-permits-everyone'),
      [],
    );
  });

  test('overlapping identifies: which one wins depends on the release', () => {
    const src = `${T}[a]\ntype=endpoint\nidentify_by=ip\nallow=ulaw\n[b]\ntype=endpoint\nidentify_by=ip\nallow=ulaw\n[z-ident]\ntype=identify\nendpoint=a\nmatch=127.0.0.2\n[a-ident]\ntype=identify\nendpoint=b\nmatch=127.0.0.2\n`;
    const master = of(fixture(src, { asteriskVersion: 'master' }), 'identify-overlap');
    assert.equal(master.length, 1);
    assert.match(
      master[0].message,
      /^Identify 'a-ident' \(endpoint 'b'\) also matches 127\.0\.0\.2, and Asterisk tries it before 'z-ident' \(Asterisk master tries identifies by name\): requests from there go to 'b', never to 'a'\.$/,
    );
    const old = of(fixture(src, { asteriskVersion: '20.7.0' }), 'identify-overlap');
    assert.match(
      old[0].message,
      /^Identify 'z-ident' \(endpoint 'a'\) also matches 127\.0\.0\.2, and Asterisk tries it before 'a-ident' \(Asterisk 20\.7\.0 tries identifies in the order of its hash table/,
    );
    // the same endpoint twice is harmless
    assert.deepEqual(of(fixture(src.replace('endpoint=b', 'endpoint=a')), 'identify-overlap'), []);
  });

  test('a !address entry in an identify: the model already refuses the identify (Asterisk drops it, measured)', () => {
    const f = fixture(
      `${T}[t]\ntype=endpoint\nidentify_by=ip\nallow=ulaw\n[t-id]\ntype=identify\nendpoint=t\nmatch=192.0.2.0/24,!192.0.2.5\n`,
    );
    assert.equal(under(f, of(f, 'invalid-value')[0]), '!192.0.2.5');
    assert.deepEqual(of(f, 'identify-never-applies'), []);
  });

  test('identifies the anonymous endpoint always beats; a host name is information', () => {
    const src = `[global]\ntype=global\nendpoint_identifier_order=anonymous,ip\n${T}[anonymous]\ntype=endpoint\nallow=ulaw\n[t]\ntype=endpoint\nidentify_by=ip\nallow=ulaw\n[t-id]\ntype=identify\nendpoint=t\nmatch=203.0.113.7,sip.example.com\n`;
    const f = fixture(src);
    assert.match(of(f, 'identify-never-applies')[0].message, /runs anonymous before ip/);
    const [h] = of(f, 'identify-hostname');
    assert.equal(h.severity, 'information');
    assert.equal(under(f, h), 'sip.example.com');
  });
});

suite('security: the category', () => {
  const f = fixture(
    `${T}[anonymous]\ntype=endpoint\nallow=ulaw\n[6001]\ntype=endpoint\nallow=ulaw\nauth=6001\naors=6001\n[6001]\ntype=aor\nmax_contacts=1\n[6001]\ntype=auth\nusername=6001\npassword=x\n`,
  );

  test('security=off turns every security rule off; a rule of its own still wins', () => {
    const codes = (o: Record<string, 'off' | 'error' | 'warning'>) =>
      applySeverityOverrides(f.analysis.diagnostics, o)
        .filter((d) => d.severity !== 'hint' && d.severity !== 'information')
        .map((d) => `${d.code}:${d.severity}`)
        .sort();
    assert.deepEqual(codes({}), ['unauthenticated-endpoint:warning', 'weak-password:warning']);
    assert.deepEqual(codes({ security: 'off' }), []);
    assert.deepEqual(codes({ security: 'off', 'weak-password': 'error' }), ['weak-password:error']);
    assert.deepEqual(parseSeverityOverride('security=off'), { id: 'security', severity: 'off' });
  });
});
