/**
 * Quick fixes: each one, applied, gives the text we expect, and the config then re-checks cleanly for that rule.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { codeActions } from '../server/src/features/codeActions';
import { applyEdits } from '../server/src/features/format';
import { dedent, fixture } from './helpers/fixture';

interface Case {
  name: string;
  src: string;
  rule: string;
  title: string | RegExp;
  /** The fixed file (the one holding the diagnostic); defaults to checking only that the rule is gone. */
  result?: string | RegExp;
}

const cases: Case[] = [
  {
    name: 'did-you-mean for an unknown option',
    src: '[x]\ntype=aor\nmax_contact=1\n',
    rule: 'unknown-option',
    title: "Change to 'max_contacts'",
    result: '[x]\ntype=aor\nmax_contacts=1\n',
  },
  {
    name: 'did-you-mean for an unknown type',
    src: '[x]\ntype=aorr\nmax_contacts=1\n',
    rule: 'unknown-type',
    title: "Change to 'aor'",
    result: '[x]\ntype=aor\nmax_contacts=1\n',
  },
  {
    name: 'did-you-mean for a bad enum value',
    src: '[x]\ntype=endpoint\nallow=ulaw\naors=x\ndtmf_mode=rfc4733x\n[x]\ntype=aor\n',
    rule: 'invalid-value',
    title: "Change to 'rfc4733'",
  },
  {
    name: 'did-you-mean for a codec',
    src: '[x]\ntype=endpoint\nallow=ulaww\naors=x\n[x]\ntype=aor\n',
    rule: 'invalid-value',
    title: "Change to 'ulaw'",
  },
  {
    name: 'did-you-mean for a reference',
    src: '[6001]\ntype=aor\nmax_contacts=1\n[x]\ntype=endpoint\nallow=ulaw\naors=6010\n',
    rule: 'unresolved-reference',
    title: "Change to '6001'",
    result: '[6001]\ntype=aor\nmax_contacts=1\n[x]\ntype=endpoint\nallow=ulaw\naors=6001\n',
  },
  {
    name: 'create the missing auth',
    src: '[x]\ntype=endpoint\nallow=ulaw\nauth=x\n',
    rule: 'unresolved-reference',
    title: /^Create auth \[x\] \(username x, new random password '[A-Za-z2-9]{24}'\)$/,
    result: /^\[x\]\ntype=endpoint\nallow=ulaw\nauth=x\n\n\[x\]\ntype=auth\nusername=x\npassword=[A-Za-z2-9]{24}\n$/,
  },
  {
    name: 'a created auth follows the neighbours: their template and how their usernames come from their names',
    src: '[phone-auth](!)\ntype=auth\nauth_type=userpass\n\n[auth1001](phone-auth)\nusername=1001\npassword=a1\n\n[auth1002](phone-auth)\nusername=1002\npassword=a2\n\n[1005]\ntype=endpoint\nallow=ulaw\nauth=auth1005\n',
    rule: 'unresolved-reference',
    title: /^Create auth \[auth1005\] \(username 1005, new random password '[A-Za-z2-9]{24}'\)$/,
    result:
      /\n\[1005\]\ntype=endpoint\nallow=ulaw\nauth=auth1005\n\n\[auth1005\]\(phone-auth\)\nusername=1005\npassword=[A-Za-z2-9]{24}\n$/,
  },
  {
    name: 'a created aor follows the neighbours template',
    src: '[phone-aor](!)\ntype=aor\nmax_contacts=2\n\n[1001](phone-aor)\n\n[1002](phone-aor)\n\n[1005]\ntype=endpoint\nallow=ulaw\naors=1005\n',
    rule: 'unresolved-reference',
    title: 'Create aor [1005]',
    result: /\naors=1005\n\n\[1005\]\(phone-aor\)\n$/,
  },
  {
    name: 'create the missing aor',
    src: '[x]\ntype=endpoint\nallow=ulaw\naors=x',
    rule: 'unresolved-reference',
    title: 'Create aor [x]',
    result: '[x]\ntype=endpoint\nallow=ulaw\naors=x\n\n[x]\ntype=aor\nmax_contacts=1\n',
  },
  {
    name: 'create the missing transport on a free port',
    src: '[t]\ntype=transport\nbind=0.0.0.0\n[x]\ntype=endpoint\nallow=ulaw\ntransport=tcp1\n',
    rule: 'unresolved-reference',
    title: 'Create transport [tcp1]',
  },
  {
    name: 'add the missing type',
    src: '[x]\nmax_contacts=1\n',
    rule: 'missing-type',
    title: 'Add type=aor',
    result: '[x]\ntype=aor\nmax_contacts=1\n',
  },
  {
    name: 'add the missing required options (auth username and password together)',
    src: '[a]\ntype=auth\nauth_type=digest\n\n[b]\ntype=aor\n',
    rule: 'missing-required-option',
    title: /^Add username=a, password=[A-Za-z2-9]{24}$/,
    result: /^\[a\]\ntype=auth\nauth_type=digest\nusername=a\npassword=[A-Za-z2-9]{24}\n\n\[b\]\ntype=aor\n$/,
  },
  {
    name: 'add match to an identify',
    src: '[e]\ntype=endpoint\nallow=ulaw\naors=e\n[e]\ntype=aor\ncontact=sip:192.0.2.1\n[i]\ntype=identify\nendpoint=e\n',
    rule: 'missing-required-option',
    title: 'Add match=192.0.2.1',
  },
  {
    name: 'remove a duplicate option',
    src: '[x]\ntype=aor\nmax_contacts=2\nmax_contacts=1\n',
    rule: 'duplicate-option',
    title: 'Remove this line (it has no effect)',
    result: '[x]\ntype=aor\nmax_contacts=1\n',
  },
  {
    name: 'add max_contacts',
    src: '[x]\ntype=endpoint\nallow=ulaw\nauth=x\naors=x\n[x]\ntype=auth\nusername=x\npassword=p\n[x]\ntype=aor\nqualify_frequency=30\n',
    rule: 'aor-rejects-registrations',
    title: 'Add max_contacts=1',
    result:
      '[x]\ntype=endpoint\nallow=ulaw\nauth=x\naors=x\n[x]\ntype=auth\nusername=x\npassword=p\n[x]\ntype=aor\nqualify_frequency=30\nmax_contacts=1\n',
  },
  {
    name: 'add a codec',
    src: '[x]\ntype=endpoint\naors=x\n[x]\ntype=aor\n',
    rule: 'endpoint-without-codecs',
    title: 'Add allow=ulaw',
    result: '[x]\ntype=endpoint\naors=x\nallow=ulaw\n[x]\ntype=aor\n',
  },
  {
    name: 'keep retrying registrations',
    src: '[t]\ntype=transport\nbind=0.0.0.0\n[r]\ntype=registration\nserver_uri=sip:a.example.com\nclient_uri=sip:b@a.example.com\noutbound_auth=r\n[r]\ntype=auth\nusername=u\npassword=p\n',
    rule: 'registration-stops-retrying',
    title:
      'Keep retrying: every 60 s while the registrar is down (for 2 days), every 30 min after a refusal (a provider may ban faster failed logins)',
    result:
      '[t]\ntype=transport\nbind=0.0.0.0\n[r]\ntype=registration\nserver_uri=sip:a.example.com\nclient_uri=sip:b@a.example.com\noutbound_auth=r\nfatal_retry_interval=1800\nmax_retries=2880\n[r]\ntype=auth\nusername=u\npassword=p\n',
  },
  {
    name: 'keep retrying: a fast refusal pace the admin wrote is slowed down, auth_rejection_permanent=no goes back to yes',
    src: '[t]\ntype=transport\nbind=0.0.0.0\n[r]\ntype=registration\nserver_uri=sip:a.example.com\nclient_uri=sip:b@a.example.com\nauth_rejection_permanent=no\nretry_interval=30\nforbidden_retry_interval=60\n',
    rule: 'registration-stops-retrying',
    title: /^Keep retrying: every 30 s while the registrar is down \(for 2 days\), every 30 min after a refusal/,
    result:
      '[t]\ntype=transport\nbind=0.0.0.0\n[r]\ntype=registration\nserver_uri=sip:a.example.com\nclient_uri=sip:b@a.example.com\nauth_rejection_permanent=yes\nretry_interval=30\nforbidden_retry_interval=1800\nfatal_retry_interval=1800\nmax_retries=5760\n',
  },
  {
    name: 'wizard: add the missing inbound auth',
    src: ';- pjsip_wizard.conf\n[w]\ntype=wizard\naccepts_registrations=yes\naccepts_auth=yes\nendpoint/allow=ulaw\naor/max_contacts=1\n',
    rule: 'wizard-missing-required',
    title: /^Add inbound_auth\/username=w, inbound_auth\/password=[A-Za-z2-9]{24}$/,
    result:
      /^\[w\]\ntype=wizard\naccepts_registrations=yes\naccepts_auth=yes\nendpoint\/allow=ulaw\naor\/max_contacts=1\ninbound_auth\/username=w\ninbound_auth\/password=[A-Za-z2-9]{24}\n$/,
  },
  {
    name: 'remove the space before (!)',
    src: '[tpl] (!)\ntype=aor\n',
    rule: 'section-trailing-text',
    title: 'Remove the space: [tpl](!)',
    result: '[tpl](!)\ntype=aor\n',
  },
  {
    name: 'turn a # line into a comment',
    src: '#local_net=10.0.0.0/8\n[x]\ntype=aor\n',
    rule: 'unknown-directive',
    title: 'Turn this line into a comment',
    result: ';local_net=10.0.0.0/8\n[x]\ntype=aor\n',
  },
  {
    name: 'comment out a line without =',
    src: '[x]\ntype=aor\nmax_contacts 1\n',
    rule: 'syntax-missing-equals',
    title: 'Comment out this line',
    result: '[x]\ntype=aor\n;max_contacts 1\n',
  },
  {
    name: '#tryinclude for a missing file',
    src: '#include nope.conf\n[x]\ntype=aor\n',
    rule: 'include-not-found',
    title: /#tryinclude/,
    result: '#tryinclude nope.conf\n[x]\ntype=aor\n',
  },
  {
    name: 'replace a deprecated option',
    src: '[system]\ntype=system\nthreadpool_max_size=20\n',
    rule: 'deprecated-option',
    title: "Change to 'taskpool_max_size' (needs 20.18.0, 22.8.0 or 23.2.0)",
    result: '[system]\ntype=system\ntaskpool_max_size=20\n',
  },
  {
    name: 'add a transport for a registration',
    src: '[r]\ntype=registration\nserver_uri=sip:a.example.com\nclient_uri=sip:b@a.example.com\n',
    rule: 'registration-without-transport',
    title: 'Add a udp transport',
  },
  {
    name: 'move the port of external_signaling_address to external_signaling_port',
    src: '[t]\ntype=transport\nbind=0.0.0.0\nexternal_signaling_address=203.0.113.5:5061\n',
    rule: 'address-with-port',
    title: 'Move the port to external_signaling_port=5061',
    result: '[t]\ntype=transport\nbind=0.0.0.0\nexternal_signaling_address=203.0.113.5\nexternal_signaling_port=5061\n',
  },
  {
    name: 'an external_signaling_port already written is kept',
    src: '[t]\ntype=transport\nbind=0.0.0.0\nexternal_signaling_port=5070\nexternal_signaling_address=[2001:db8::5]:5061\n',
    rule: 'address-with-port',
    title: 'Remove the port from the address (external_signaling_port stays 5070)',
    result:
      '[t]\ntype=transport\nbind=0.0.0.0\nexternal_signaling_port=5070\nexternal_signaling_address=[2001:db8::5]\n',
  },
  {
    name: 'external_media_address has no port option: the port goes',
    src: '[t]\ntype=transport\nbind=0.0.0.0\nexternal_media_address=203.0.113.6:4000\n',
    rule: 'address-with-port',
    title: 'Remove the port from the address',
    result: '[t]\ntype=transport\nbind=0.0.0.0\nexternal_media_address=203.0.113.6\n',
  },
  {
    name: 'timer_b set to what Asterisk will use',
    src: '[system]\ntype=system\ntimer_t1=1000\ntimer_b=32000\n',
    rule: 'timer-b-raised',
    title: 'Add timer_b=64000',
    result: '[system]\ntype=system\ntimer_t1=1000\ntimer_b=64000\n',
  },
  {
    name: 'an unknown ACL: did-you-mean from acl.conf',
    src: '[e]\ntype=endpoint\nallow=ulaw\nacl=offce\n;- acl.conf\n[office]\npermit=192.0.2.0/24\n',
    rule: 'unknown-acl',
    title: "Change to 'office'",
  },
  {
    name: 'an unknown context: did-you-mean from extensions.conf',
    src: '[e]\ntype=endpoint\nallow=ulaw\ncontext=internl\n;- extensions.conf\n[general]\n[internal]\nexten => 1,1,Answer()\n',
    rule: 'unknown-context',
    title: "Change to 'internal'",
    result: '[e]\ntype=endpoint\nallow=ulaw\ncontext=internal',
  },
  {
    name: 'disable the rule for a line',
    src: '[x]\ntype=aor\n  bogus=1\n',
    rule: 'unknown-option',
    title: 'Disable unknown-option for this line',
    result: '[x]\ntype=aor\n  ; pjsip-disable-next-line unknown-option\n  bogus=1\n',
  },
];

suite('code actions', () => {
  for (const c of cases) {
    test(c.name, () => {
      const f = fixture(c.src);
      const diags = f.analysis.diagnostics.filter((d) => d.code === c.rule && d.path === f.path);
      assert.ok(diags.length, `no ${c.rule}: ${f.analysis.diagnostics.map((d) => d.code).join(', ')}`);
      const actions = codeActions(f.analysis, f.file, [diags[0]], { style: 'compact' });
      const a = actions.find((x) => (typeof c.title === 'string' ? x.title === c.title : c.title.test(x.title)));
      assert.ok(a, `no action ${c.title}; have ${actions.map((x) => x.title).join(' | ')}`);
      assert.equal(a.code, c.rule);
      const files = new Map(f.files);
      for (const [p, t] of files)
        files.set(
          p,
          applyEdits(
            t,
            a.edits.filter((e) => e.path === p),
          ),
        );
      const fixed = files.get(f.path)!;
      if (typeof c.result === 'string') assert.equal(fixed, c.result);
      else if (c.result) assert.match(fixed, c.result);
      const src = [...files].map(([p, t]) => `;- ${p}\n${t}`).join('\n');
      const after = fixture(src);
      const left = after.analysis.diagnostics.filter((d) => d.code === c.rule);
      assert.deepEqual(
        left.map((d) => d.message),
        diags.slice(1).map((d) => d.message),
        're-checks cleanly for that rule',
      );
    });
  }

  test('no fix writes a known password: each secret is new and random, and shown in the title', () => {
    const f = fixture(
      '[e]\ntype=endpoint\nallow=ulaw\nauth=e-auth\n[a]\ntype=auth\nauth_type=userpass\n;- pjsip_wizard.conf\n[w]\ntype=wizard\naccepts_registrations=yes\naccepts_auth=yes\nendpoint/allow=ulaw\naor/max_contacts=1\n',
    );
    const secrets = (run: number) =>
      [...f.files.keys()].flatMap((p) => {
        const file = f.analysis.files.get(p)!;
        return codeActions(
          f.analysis,
          file,
          f.analysis.diagnostics.filter((d) => d.path === p),
        ).flatMap((a) =>
          a.edits.flatMap((e) =>
            [...e.newText.matchAll(/password=(.*)/g)].map((m) => ({ run, title: a.title, value: m[1] })),
          ),
        );
      });
    const [one, two] = [secrets(1), secrets(2)];
    assert.equal(one.length, 3, JSON.stringify(one)); // create auth, add username+password, wizard inbound auth
    for (const [i, s] of one.entries()) {
      assert.match(s.value, /^[A-Za-z2-9]{24}$/);
      assert.ok(s.title.includes(s.value), `the title shows it: ${s.title}`);
      assert.notEqual(s.value, two[i].value, 'a new one each time');
    }
  });

  test('at most three did-you-mean fixes, the best first', () => {
    const f = fixture('[x]\ntype=endpoint\ndtmf=1\n');
    const d = f.analysis.diagnostics.find((x) => x.code === 'unknown-option')!;
    const titles = codeActions(f.analysis, f.file, [d])
      .filter((a) => a.title.startsWith('Change'))
      .map((a) => a.title);
    assert.ok(titles.length >= 1 && titles.length <= 3);
    assert.equal(titles[0], "Change to 'dtmf_mode'");
  });

  // A did-you-mean that picks another identity's credentials is worse than no fix at all.
  const identity: { name: string; src: string; preferred: string | null; offered?: string[] }[] = [
    {
      name: 'an endpoint whose auth name is wrong gets its own unreferenced auth, not the wizard auth of another user',
      src: `[phone](!)\ntype=endpoint\nallow=ulaw\n[6002](phone)\nauth=6002-aut|h\naors=6002\n[6002]\ntype=auth\nusername=6002\npassword=pw\n[6002]\ntype=aor\nmax_contacts=1\n;- pjsip_wizard.conf\n[7002]\ntype=wizard\naccepts_auth=yes\naccepts_registrations=yes\ninbound_auth/username=7002\ninbound_auth/password=pw\nendpoint/allow=ulaw\naor/max_contacts=1\n`,
      preferred: '6002',
      offered: ['6002', '7002-iauth'],
    },
    {
      name: 'an auth that another endpoint already uses is never preferred',
      src: `[6001]\ntype=endpoint\nallow=ulaw\nauth=6001\n[6001]\ntype=auth\nusername=6001\npassword=pw\n[6003]\ntype=endpoint\nallow=ulaw\nauth=600|2\n`,
      preferred: null,
      offered: ['6001'],
    },
    {
      name: 'an aor named after the endpoint wins over a closer spelling used by someone else',
      src: `[6001]\ntype=endpoint\nallow=ulaw\naors=6001\n[6001]\ntype=aor\nmax_contacts=1\n[6005]\ntype=aor\nmax_contacts=1\n[6005]\ntype=endpoint\nallow=ulaw\naors=600|6\n`,
      preferred: '6005',
    },
    {
      name: "a registration's outbound_auth prefers the auth named after it",
      src: `[t]\ntype=transport\nbind=0.0.0.0\n[itsp]\ntype=registration\nserver_uri=sip:itsp.example.com\nclient_uri=sip:me@itsp.example.com\noutbound_auth=itsp-aut|h\n[itsp-auth-old]\ntype=auth\nusername=a\npassword=b\n[itsp]\ntype=auth\nusername=me\npassword=pw\n`,
      preferred: 'itsp',
    },
    {
      name: 'two equally good candidates: neither is preferred',
      src: `[x]\ntype=endpoint\nallow=ulaw\ntransport=udp|\n[udp1]\ntype=transport\nbind=0.0.0.0\n[udp2]\ntype=transport\nprotocol=tcp\nbind=0.0.0.0\n`,
      preferred: null,
      offered: ['udp1', 'udp2'],
    },
  ];
  for (const c of identity) {
    test(`did-you-mean: ${c.name}`, () => {
      const f = fixture(c.src);
      const d = f.analysis.diagnostics.find(
        (x) => x.code === 'unresolved-reference' && x.path === f.path && x.start <= f.offset && f.offset <= x.end,
      );
      assert.ok(d, `no unresolved-reference at the cursor: ${f.analysis.diagnostics.map((x) => x.code).join(', ')}`);
      const actions = codeActions(f.analysis, f.file, [d]);
      const changes = actions.filter((a) => a.title.startsWith('Change to'));
      assert.ok(changes.length <= 3, 'a short list');
      const preferred = actions.filter((a) => a.isPreferred).map((a) => a.title);
      assert.deepEqual(preferred, c.preferred ? [`Change to '${c.preferred}'`] : []);
      for (const o of c.offered ?? [])
        assert.ok(
          changes.some((a) => a.title === `Change to '${o}'`),
          `offers ${o}: ${changes.map((a) => a.title).join(' | ')}`,
        );
    });
  }

  test("fixes follow the file's own spacing style", () => {
    const f = fixture(
      dedent(`
      [x]
      type = aor
      qualify_frequency = 30
      [x]
      type = endpoint
      allow = ulaw
      auth = x
      aors = x
      [x]
      type = auth
      username = x
      password = p
    `),
    );
    const d = f.analysis.diagnostics.find((x) => x.code === 'aor-rejects-registrations')!;
    const a = codeActions(f.analysis, f.file, [d], { style: 'auto' }).find((x) => x.title.startsWith('Add'))!;
    assert.equal(a.edits[0].newText, '\nmax_contacts = 1');
  });
});
