/**
 * pjsip-migrate's core: each chan_sip behaviour the converter keeps, asserted on the pjsip objects it writes and
 * on the row MIGRATION.md gives the setting. The chan_sip side of each is measured on Asterisk 20.7.0 in
 * test/oracle-migrate.test.ts; the output loading on a real Asterisk in test/migrateCorpus.test.ts.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { migrate } from './helpers/sipconf';
import { parse } from '../server/src/syntax';
import { FOREVER, parseRegister } from '../server/src/migrate/register';
import { SIP_KEYS } from '../server/src/migrate/table';

const PHONE = `
  [general]
  context=from-internal
  [6001]
  type=friend
  host=dynamic
  secret=s3cret
`;

suite('migrate: peers', () => {
  test('a phone: endpoint, auth named after the peer, an aor that keeps one registration', () => {
    const m = migrate(PHONE);
    assert.deepEqual(m.lines('auth', '6001'), ['auth_type=digest', 'password=s3cret', 'username=6001']);
    assert.equal(m.value('endpoint', '6001', 'auth'), '6001');
    assert.equal(m.value('endpoint', '6001', 'aors'), '6001');
    assert.equal(m.value('endpoint', '6001', 'context'), 'from-internal');
    assert.equal(m.value('aor', '6001', 'max_contacts'), '1');
    assert.equal(m.value('aor', '6001', 'remove_existing'), 'yes');
    assert.equal(m.exitCode, 0);
    assert.deepEqual(
      m.findings.filter((f) => f.diagnostic.severity === 'error'),
      [],
    );
  });

  test('Asterisk 20.7.0 gets auth_type=userpass (digest came in 20.12.0)', () => {
    assert.equal(migrate(PHONE, { asteriskVersion: '20.7.0' }).value('auth', '6001', 'auth_type'), 'userpass');
  });

  test("chan_sip's default codecs (measured: ulaw, alaw, gsm, h263) without video support: ulaw, alaw, gsm", () => {
    const m = migrate(PHONE);
    assert.deepEqual(
      m.lines('endpoint', '6001').filter((l) => /allow/.test(l)),
      ['disallow=all', 'allow=ulaw,alaw,gsm'],
    );
  });

  test('codecs: [general] lines first, then the peer own, in order; videosupport keeps video', () => {
    const m = migrate(`
      [general]
      disallow=all
      allow=ulaw
      allow=g722
      [a]
      type=friend
      host=dynamic
      disallow=g722
      allow=alaw,h264
      videosupport=yes
    `);
    assert.equal(m.value('endpoint', 'a', 'allow'), 'ulaw,alaw,h264');
  });

  test('an empty allow= changes nothing (chan_sip warned and kept the list) and never makes an empty allow', () => {
    const m = migrate(`
      [general]
      disallow=all
      allow=alaw
      [a]
      type=friend
      host=dynamic
      allow=
    `);
    assert.equal(m.value('endpoint', 'a', 'allow'), 'alaw');
    assert.equal(m.rows('allow', 'a')[0].outcome.status, 'ignored');
    assert.ok(!m.text().includes('allow=\n'));
  });

  test('disallow=all with nothing allowed: no allow line, and the admin is told', () => {
    const m = migrate(`
      [a]
      type=friend
      host=dynamic
      disallow=all
    `);
    assert.equal(m.value('endpoint', 'a', 'allow'), undefined);
    assert.equal(m.rows('disallow', 'a')[0].outcome.status, 'manual');
    assert.equal(m.exitCode, 1);
  });

  test('an empty secret: no auth at all (chan_sip did not challenge), nothing that drops the endpoint', () => {
    const m = migrate(`
      [a]
      type=friend
      host=dynamic
      secret=
    `);
    assert.ok(!m.has('auth', 'a'));
    assert.equal(m.value('endpoint', 'a', 'auth'), undefined);
    assert.equal(m.rows('secret')[0].outcome.status, 'default');
  });

  test('backslashes in a secret are kept; a ; (written \\; in sip.conf) is written \\; again', () => {
    const m = migrate(String.raw`
      [a]
      type=friend
      host=dynamic
      secret=ab\cd\;ef\\
    `);
    assert.equal(m.value('auth', 'a', 'password'), 'ab\\cd;ef\\\\');
    assert.match(m.text('pjsip.conf'), /^password=ab\\cd\\;ef\\\\$/m);
    const back = parse(m.text('pjsip.conf')).lines.find((l) => l.assignment?.key === 'password')!;
    assert.equal(back.assignment!.value, 'ab\\cd;ef\\\\');
  });

  test('md5secret: a hashed password (password_digest where the target has it, md5_cred before)', () => {
    const src = `
      [a]
      type=friend
      host=dynamic
      md5secret=0f3c7a5c9f6a7d1b2e4c8a9d6b5e3f21
    `;
    assert.equal(migrate(src).value('auth', 'a', 'password_digest'), 'MD5:0f3c7a5c9f6a7d1b2e4c8a9d6b5e3f21');
    const old = migrate(src, { asteriskVersion: '20.7.0' });
    assert.deepEqual(old.lines('auth', 'a'), [
      'auth_type=md5',
      'md5_cred=0f3c7a5c9f6a7d1b2e4c8a9d6b5e3f21',
      'username=a',
    ]);
  });

  test('a static peer: aor contact, identify by its address and port (5060), identify_by=ip for a peer', () => {
    const m = migrate(`
      [trunk]
      type=peer
      host=192.0.2.10
      secret=x
      context=from-trunk
    `);
    assert.equal(m.value('aor', 'trunk', 'contact'), 'sip:192.0.2.10');
    assert.equal(m.value('identify', 'trunk', 'match'), '192.0.2.10:5060');
    assert.equal(m.value('endpoint', 'trunk', 'identify_by'), 'ip');
    assert.equal(m.value('endpoint', 'trunk', 'auth'), 'trunk');
  });

  test('insecure=invite: identify without inbound auth; insecure=port: the match has no port', () => {
    const m = migrate(`
      [t1]
      type=peer
      host=192.0.2.10
      secret=x
      insecure=invite
      [t2]
      type=peer
      host=192.0.2.11
      secret=y
      insecure=port,invite
      [t3]
      type=peer
      host=192.0.2.12
      port=5080
      secret=z
      insecure=port
    `);
    assert.equal(m.value('endpoint', 't1', 'auth'), undefined);
    assert.ok(!m.has('auth', 't1'));
    assert.equal(m.value('identify', 't1', 'match'), '192.0.2.10:5060');
    assert.equal(m.value('identify', 't2', 'match'), '192.0.2.11');
    assert.equal(m.value('endpoint', 't3', 'auth'), 't3');
    assert.equal(m.value('identify', 't3', 'match'), '192.0.2.12');
    assert.equal(m.value('aor', 't3', 'contact'), 'sip:192.0.2.12:5080');
  });

  test("insecure=very (unknown to 20.7.0's chan_sip) changes nothing", () => {
    const m = migrate(`
      [t]
      type=friend
      host=192.0.2.10
      secret=x
      insecure=very
    `);
    assert.equal(m.value('endpoint', 't', 'auth'), 't');
    assert.equal(m.rows('insecure')[0].outcome.status, 'ignored');
  });

  test('insecure=invite on a dynamic peer cannot be kept: the admin is told', () => {
    const m = migrate(`
      [p]
      type=friend
      host=dynamic
      secret=x
      insecure=invite
    `);
    assert.equal(m.value('endpoint', 'p', 'auth'), 'p');
    assert.equal(m.rows('insecure')[0].outcome.status, 'manual');
  });

  test('defaultuser (or username) and remotesecret: outbound auth and the contact user; fromuser/fromdomain', () => {
    const m = migrate(`
      [prov]
      type=peer
      host=sip.example.net
      username=acct42
      secret=in-secret
      remotesecret=out-secret
      fromuser=acct42
      fromdomain=example.net
    `);
    assert.deepEqual(m.lines('auth', 'prov-out'), ['auth_type=digest', 'username=acct42', 'password=out-secret']);
    assert.equal(m.value('endpoint', 'prov', 'outbound_auth'), 'prov-out');
    assert.equal(m.value('aor', 'prov', 'contact'), 'sip:acct42@sip.example.net');
    assert.equal(m.value('endpoint', 'prov', 'from_user'), 'acct42');
    assert.equal(m.value('endpoint', 'prov', 'from_domain'), 'example.net');
    assert.equal(m.value('auth', 'prov', 'username'), 'prov');
  });

  test('no defaultuser: no outbound auth (chan_sip answered no challenge on calls to the peer)', () => {
    const m = migrate(`
      [prov]
      type=peer
      host=sip.example.net
      secret=x
    `);
    assert.equal(m.value('endpoint', 'prov', 'outbound_auth'), undefined);
  });

  test('auth=user:secret@realm: credentials for that realm', () => {
    const m = migrate(`
      [prov]
      type=peer
      host=sip.example.net
      auth=acct:pw@realm.example.net
    `);
    assert.deepEqual(m.lines('auth', 'prov-realm.example.net'), [
      'auth_type=digest',
      'password=pw',
      'username=acct',
      'realm=realm.example.net',
    ]);
    assert.equal(m.value('endpoint', 'prov', 'outbound_auth'), 'prov-realm.example.net');
  });

  test('a user is never called: no aor', () => {
    const m = migrate(`
      [u]
      type=user
      secret=x
    `);
    assert.ok(!m.has('aor', 'u'));
    assert.equal(m.value('endpoint', 'u', 'aors'), undefined);
  });

  test('nat: chan_sip default (auto_force_rport) and each word', () => {
    const m = migrate(`
      [a]
      type=friend
      host=dynamic
      [b]
      type=friend
      host=dynamic
      nat=no
      [c]
      type=friend
      host=dynamic
      nat=force_rport,comedia
    `);
    assert.equal(m.value('endpoint', 'a', 'rewrite_contact'), 'yes');
    assert.equal(m.value('endpoint', 'b', 'force_rport'), 'no');
    assert.equal(m.value('endpoint', 'b', 'rewrite_contact'), undefined);
    assert.equal(m.value('endpoint', 'c', 'rewrite_contact'), 'yes');
    assert.equal(m.value('endpoint', 'c', 'rtp_symmetric'), 'yes');
  });

  test('directmedia/canreinvite (the last of either wins), dtmfmode, qualify', () => {
    const m = migrate(`
      [general]
      qualify=yes
      [a]
      type=friend
      host=dynamic
      canreinvite=no
      directmedia=update,nonat
      dtmfmode=rfc2833
      qualifyfreq=30
      [b]
      type=friend
      host=dynamic
      qualify=500
      dtmfmode=inband
    `);
    assert.equal(m.value('endpoint', 'a', 'direct_media'), undefined);
    assert.equal(m.value('endpoint', 'a', 'direct_media_method'), 'update');
    assert.equal(m.value('endpoint', 'a', 'disable_direct_media_on_nat'), 'yes');
    assert.equal(m.rows('canreinvite')[0].outcome.status, 'ignored');
    assert.equal(m.value('endpoint', 'a', 'dtmf_mode'), undefined, 'rfc2833 is pjsip’s default rfc4733');
    assert.equal(m.value('aor', 'a', 'qualify_frequency'), '30');
    assert.equal(m.value('aor', 'a', 'qualify_timeout'), '2');
    assert.equal(m.value('aor', 'b', 'qualify_timeout'), '0.5');
    assert.equal(m.value('endpoint', 'b', 'dtmf_mode'), 'inband');
  });

  test('callerid, mailbox (subscribemwi moves it to the endpoint), t38, session timers, permit/deny in order', () => {
    const m = migrate(`
      [a]
      type=friend
      host=dynamic
      callerid=Front Desk <201>
      mailbox=201@default
      t38pt_udptl=yes
      session-timers=originate
      session-expires=600
      deny=0.0.0.0/0.0.0.0
      permit=192.168.1.0/255.255.255.0
      [b]
      type=friend
      host=dynamic
      mailbox=202@default
      subscribemwi=yes
    `);
    assert.equal(m.value('endpoint', 'a', 'callerid'), '"Front Desk" <201>');
    assert.equal(m.value('aor', 'a', 'mailboxes'), '201@default');
    assert.equal(m.value('endpoint', 'b', 'mailboxes'), '202@default');
    assert.equal(m.value('endpoint', 'a', 't38_udptl'), 'yes');
    assert.equal(m.value('endpoint', 'a', 't38_udptl_ec'), 'fec');
    assert.equal(m.value('endpoint', 'a', 'timers'), 'always');
    assert.equal(m.value('endpoint', 'a', 'timers_sess_expires'), '600');
    assert.deepEqual(
      m.lines('endpoint', 'a').filter((l) => /^(deny|permit)=/.test(l)),
      ['deny=0.0.0.0/0.0.0.0', 'permit=192.168.1.0/255.255.255.0'],
    );
  });

  test('WebRTC: avpf, icesupport, DTLS, transport=wss', () => {
    const m = migrate(`
      [web]
      type=friend
      host=dynamic
      secret=x
      transport=wss
      avpf=yes
      icesupport=yes
      encryption=yes
      dtlsenable=yes
      dtlsverify=fingerprint
      dtlscertfile=/etc/asterisk/keys/asterisk.pem
      dtlssetup=actpass
    `);
    const ep = m.lines('endpoint', 'web');
    for (const l of [
      'use_avpf=yes',
      'ice_support=yes',
      'media_encryption=dtls',
      'dtls_verify=fingerprint',
      'dtls_cert_file=/etc/asterisk/keys/asterisk.pem',
      'dtls_setup=actpass',
      'transport=transport-wss',
    ])
      assert.ok(ep.includes(l), `${l} in ${ep.join(' ')}`);
    assert.equal(m.value('transport', 'transport-wss', 'protocol'), 'wss');
  });

  test('dtls* without dtlsenable=yes changes nothing (FreePBX writes them with dtlsenable=no)', () => {
    const m = migrate(`
      [a]
      type=friend
      host=dynamic
      dtlsenable=no
      dtlssetup=actpass
      dtlsverify=no
    `);
    assert.equal(m.value('endpoint', 'a', 'dtls_setup'), undefined);
    assert.equal(m.rows('dtlssetup')[0].outcome.status, 'ignored');
  });

  test('TLS and SRTP: a TLS transport with its files; encryption=yes is SDES', () => {
    const m = migrate(`
      [general]
      tlsenable=yes
      tlsbindaddr=0.0.0.0:5061
      tlscertfile=/etc/asterisk/keys/asterisk.pem
      tlsdontverifyserver=yes
      [a]
      type=friend
      host=dynamic
      transport=tls
      encryption=yes
    `);
    assert.deepEqual(m.lines('transport', 'transport-tls'), [
      'protocol=tls',
      'bind=0.0.0.0:5061',
      'cert_file=/etc/asterisk/keys/asterisk.pem',
      'verify_server=no',
    ]);
    assert.equal(m.value('endpoint', 'a', 'transport'), 'transport-tls');
    assert.equal(m.value('endpoint', 'a', 'media_encryption'), 'sdes');
  });

  test('a peer that asks for tcp while tcpenable=no uses UDP, as chan_sip did', () => {
    const m = migrate(`
      [a]
      type=friend
      host=dynamic
      transport=tcp
    `);
    assert.equal(m.value('endpoint', 'a', 'transport'), undefined);
    assert.ok(!m.has('transport', 'transport-tcp'));
  });

  test('templates are applied to each peer; the template row says where', () => {
    const m = migrate(`
      [phone](!)
      type=friend
      host=dynamic
      context=phones
      [6001](phone)
      secret=a
      [6002](phone)
      secret=b
      context=other
    `);
    assert.equal(m.value('endpoint', '6001', 'context'), 'phones');
    assert.equal(m.value('endpoint', '6002', 'context'), 'other');
    assert.ok(!m.has('endpoint', 'phone'));
    const row = m.rows('context', 'phone')[0];
    assert.equal(row.outcome.status, 'carried');
    assert.equal(row.outcome.note.key, 'templateUsed');
    assert.equal(m.rows('context', '6002').length, 2, 'the inherited line and its own');
  });

  test('two sections of one name are one peer (measured: the later lines update it)', () => {
    const m = migrate(`
      [a]
      type=friend
      host=dynamic
      context=first
      [a]
      language=fr
    `);
    assert.equal(m.value('endpoint', 'a', 'context'), 'first');
    assert.equal(m.value('endpoint', 'a', 'language'), 'fr');
    assert.equal(m.conversion.peers, 1);
  });

  test('a section without type or with an unknown type is not converted, and said so at its line', () => {
    const m = migrate(`
      [a]
      host=dynamic
      [b]
      type=phone
      host=dynamic
    `);
    assert.ok(!m.has('endpoint', 'a') && !m.has('endpoint', 'b'));
    assert.equal(m.rows('host', 'a')[0].outcome.status, 'broken');
    assert.equal(m.rows('type', 'b')[0].outcome.status, 'broken');
    assert.equal(m.exitCode, 1);
  });

  test('an unknown key is listed (chan_sip ignored it); a [general]-only key in a peer too', () => {
    const m = migrate(`
      [a]
      type=friend
      host=dynamic
      trunk=yes
      registertimeout=5
    `);
    assert.equal(m.rows('trunk')[0].outcome.note.key, 'unknownKey');
    assert.equal(m.rows('registertimeout')[0].outcome.note.key, 'generalOnly');
  });

  test('the last value of a key wins, as in chan_sip; earlier lines say so', () => {
    const m = migrate(`
      [a]
      type=friend
      host=dynamic
      language=de
      language=fr
    `);
    assert.equal(m.value('endpoint', 'a', 'language'), 'fr');
    assert.deepEqual(
      m.rows('language').map((r) => r.outcome.status),
      ['ignored', 'carried'],
    );
  });

  test('a value Asterisk would refuse is not written (the object still loads) and the admin is told', () => {
    const m = migrate(`
      [a]
      type=friend
      host=dynamic
      permit=PROVIDERIP
    `);
    assert.ok(!m.lines('endpoint', 'a').some((l) => l.startsWith('permit=')));
    assert.equal(m.rows('permit')[0].outcome.status, 'manual');
    assert.deepEqual(
      m.findings.filter((f) => f.diagnostic.severity === 'error'),
      [],
    );
  });
});

suite('migrate: registrations', () => {
  test('register line syntax', () => {
    assert.deepEqual(parseRegister('tcp://user@dom:secret:authu@host.example:5080/1234~600'), {
      peer: undefined,
      transport: 'tcp',
      user: 'user',
      domain: 'dom',
      secret: 'secret',
      authuser: 'authu',
      host: 'host.example',
      port: '5080',
      extension: '1234',
      expiry: '600',
    });
    assert.equal(parseRegister('peer1?u:p@h')?.peer, 'peer1');
    assert.equal(parseRegister('no-at-sign'), undefined);
  });

  test("chan_sip's retry semantics: registerattempts=0 for ever, registertimeout, no stop on 401, 120 s expiry", () => {
    const m = migrate(`
      [general]
      register => 1000:pw@sip.example.net/1000
    `);
    const name = 'sip.example.net-1000';
    assert.deepEqual(m.lines('registration', name), [
      'transport=transport-udp',
      'server_uri=sip:sip.example.net',
      'client_uri=sip:1000@sip.example.net',
      'contact_user=1000',
      'expiration=120',
      'retry_interval=20',
      'auth_rejection_permanent=no',
      `max_retries=${FOREVER}`,
      `outbound_auth=${name}`,
    ]);
    assert.deepEqual(m.lines('auth', name), ['auth_type=digest', 'username=1000', 'password=pw']);
  });

  test('registerattempts=N stops after N requests (max_retries N-1); the last line wins; register_retry_403', () => {
    const m = migrate(`
      [general]
      registertimeout=5
      registerattempts=1
      registerattempts=3
      register_retry_403=yes
      defaultexpiry=300
      register => 1000:pw:authuser@sip.example.net
    `);
    const n = 'sip.example.net-1000';
    assert.equal(m.value('registration', n, 'max_retries'), '2');
    assert.equal(m.value('registration', n, 'retry_interval'), '5');
    assert.equal(m.value('registration', n, 'forbidden_retry_interval'), '5');
    assert.equal(m.value('registration', n, 'expiration'), '300');
    assert.equal(m.value('auth', n, 'username'), 'authuser');
    assert.equal(m.rows('registerattempts')[0].outcome.status, 'ignored');
  });

  test('each register line is its own registration, two to one host included', () => {
    const m = migrate(`
      [general]
      register => a:pw@sip.example.net
      register => b:pw@sip.example.net
    `);
    assert.equal(m.conversion.registrations, 2);
    assert.ok(m.has('registration', 'sip.example.net-a') && m.has('registration', 'sip.example.net-b'));
  });

  test("a host that names a peer: the peer's address (the line's port, 5060 by default) and, without a secret, the peer's", () => {
    const m = migrate(`
      [general]
      register => 7000@itsp
      [itsp]
      type=peer
      host=198.51.100.20
      port=5080
      secret=peer-secret
    `);
    const n = 'itsp-7000';
    assert.equal(m.value('registration', n, 'server_uri'), 'sip:198.51.100.20');
    assert.equal(m.value('registration', n, 'client_uri'), 'sip:7000@198.51.100.20');
    assert.equal(m.value('registration', n, 'endpoint'), 'itsp');
    assert.equal(m.value('registration', n, 'line'), 'yes');
    assert.equal(m.value('auth', n, 'password'), 'peer-secret');
  });

  test('a register line chan_sip cannot read is reported at its line, never invented', () => {
    const m = migrate(`
      [general]
      register => justtext
      register => 0621<user>:pw@192.0.2.1
    `);
    assert.equal(m.conversion.registrations, 0);
    assert.deepEqual(
      m.rows('register').map((r) => r.outcome.status),
      ['broken', 'broken'],
    );
  });

  test('callbackextension: a registration to the peer', () => {
    const m = migrate(`
      [prov]
      type=peer
      host=192.0.2.30
      defaultuser=acct
      secret=pw
      callbackextension=5000
    `);
    assert.equal(m.value('registration', 'prov-acct', 'contact_user'), '5000');
    assert.equal(m.value('registration', 'prov-acct', 'server_uri'), 'sip:192.0.2.30');
  });
});

suite('migrate: [general], layout and report', () => {
  test('binds, NAT addresses, realm, user agent, timers', () => {
    const m = migrate(`
      [general]
      bindaddr=192.0.2.5
      bindport=5070
      tcpenable=yes
      externaddr=203.0.113.10:5070
      localnet=10.0.0.0/8
      realm=pbx.example.com
      useragent=My PBX
      timert1=1000
    `);
    assert.deepEqual(m.lines('transport', 'transport-udp'), [
      'protocol=udp',
      'bind=192.0.2.5:5070',
      'external_signaling_address=203.0.113.10',
      'external_media_address=203.0.113.10',
      'external_signaling_port=5070',
      'local_net=10.0.0.0/8',
    ]);
    assert.equal(m.value('transport', 'transport-tcp', 'bind'), '192.0.2.5:5070');
    assert.equal(m.value('global', 'global', 'default_realm'), 'pbx.example.com');
    assert.equal(m.value('global', 'global', 'user_agent'), 'My PBX');
    assert.equal(m.value('system', 'system', 'timer_t1'), '1000');
  });

  test('allowguest=yes: an anonymous endpoint into [general] context; unset: only a note', () => {
    const yes = migrate('[general]\ncontext=guests\nallowguest=yes\n');
    assert.equal(yes.value('endpoint', 'anonymous', 'context'), 'guests');
    const unset = migrate('[general]\ncontext=guests\n');
    assert.ok(!unset.has('endpoint', 'anonymous'));
    assert.match(unset.report, /allowguest/);
  });

  test('realtime hints need the admin: rt* settings, and peers mapped to a database in extconfig.conf', () => {
    const m = migrate('[general]\nrtcachefriends=yes\n');
    assert.equal(m.rows('rtcachefriends')[0].outcome.status, 'manual');
    assert.equal(m.exitCode, 1);
    const ext = migrate('[general]\ncontext=x\n;- extconfig.conf\n[settings]\nsippeers => odbc,asterisk\n');
    assert.equal(ext.exitCode, 1);
    assert.match(ext.report, /realtime peers are in the database/);
  });

  test('an included file holding peers keeps a file of its own, included from pjsip.conf', () => {
    const m = migrate(`
      [general]
      #include sip_general_custom.conf
      #include sip_additional.conf
      ;- sip_general_custom.conf
      context=from-internal
      ;- sip_additional.conf
      [6001]
      type=friend
      host=dynamic
      secret=x
    `);
    assert.deepEqual([...m.files.keys()].sort(), ['MIGRATION.md', 'pjsip.conf', 'pjsip_additional.conf']);
    assert.match(m.text(), /^#include pjsip_additional\.conf$/m);
    assert.match(m.text('pjsip_additional.conf'), /^\[6001\]$/m);
    assert.equal(m.value('endpoint', '6001', 'context'), 'from-internal');
  });

  test('a missing #include and an unreadable line are reported with their position, not fatal', () => {
    const m = migrate(`
      [general]
      this line has no equals sign
      #include nowhere.conf
      [6001]
      type=friend
      host=dynamic
    `);
    // chan_sip reads nothing after the missing include; the converter still carries over what follows it
    assert.ok(m.has('endpoint', '6001'));
    assert.match(m.report, /`sip\.conf:2` `syntax-missing-equals`/);
    assert.match(m.report, /`sip\.conf:3` `include-not-found`/);
    assert.equal(m.exitCode, 1);
  });

  test('every setting has exactly one row per section; passwords are masked everywhere in the report', () => {
    const m = migrate(`
      [general]
      register => 1000:Reg1stered!@sip.example.net
      [6001]
      type=friend
      host=dynamic
      secret=Very$ecret1
      remotesecret=Remote$ecret2
      md5secret=0123456789abcdef0123456789abcdef
      auth=u:Realm$ecret3@r.example
    `);
    for (const s of ['Reg1stered!', 'Very$ecret1', 'Remote$ecret2', '0123456789abcdef0123456789abcdef', 'Realm$ecret3'])
      assert.ok(!m.report.includes(s), `${s} in MIGRATION.md`);
    assert.match(m.report, /`1000:\*{8}@sip\.example\.net`/);
    const lines = m.conversion.rows.map((r) => `${r.path}:${r.line}`);
    assert.equal(new Set(lines).size, lines.length);
    assert.equal(lines.length, 7);
  });

  test('a report in Chinese', () => {
    const m = migrate(PHONE, { locale: 'zh-cn' });
    assert.match(m.report, /^# 将 sip\.conf 迁移到 pjsip\.conf$/m);
    assert.match(m.report, /已迁移/);
  });

  test('the table: every key is read somewhere, and a [general]-only key is never a peer default', () => {
    for (const [k, r] of Object.entries(SIP_KEYS)) {
      assert.ok(k === k.toLowerCase(), k);
      if (r.scope === 'peer') assert.ok(!r.peerDefault, k);
    }
  });
});

/** A small seeded generator (mulberry32): the same inputs on every run. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '[general]',
  '[6001]',
  '[6002](tpl)',
  '[tpl](!)',
  '[6001](+)',
  '[a,b]',
  '[]',
  '[x',
  'type=friend',
  'type=peer',
  'type=user',
  'type=',
  'host=dynamic',
  'host=192.0.2.1:5080',
  'host=[2001:db8::1]',
  'host=',
  'secret=a\\;b\\c',
  'secret=',
  'md5secret=zz',
  'defaultuser=u',
  'remotesecret=r',
  'auth=bad',
  'allow=',
  'allow=all',
  'disallow=all',
  'allow=ulaw:20,nosuchcodec',
  'insecure=very,port',
  'nat=yes,bogus',
  'directmedia=update,nonat,outgoing',
  'qualify=abc',
  'qualify=0',
  'transport=wss,tcp,tls,carrier-pigeon',
  'dtlsenable=yes',
  'dtlsfingerprint=sha-1',
  't38pt_udptl=yes,none,maxdatagram=x',
  'register => a:b@c',
  'register => tcp://u@d:s:au@h:99999/ext~abc',
  'register => 6001?x:y@6001',
  'register => @',
  'registerattempts=-1',
  'registertimeout=0',
  'bindaddr=not an address',
  'udpbindaddr=[::]:5060',
  'externaddr=',
  'localnet=garbage',
  'callbackextension=9',
  'callerid="broken <',
  'mailbox=,,,',
  'setvar=',
  '#include sip_more.conf',
  '#include sip.conf',
  '#exec /bin/false',
  '#tryinclude nothing*.conf',
  'no equals sign',
  '; comment',
  ';-- block',
  '--;',
  '\u0000\u0001',
  'key=' + 'x'.repeat(9000),
  '',
];

suite('migrate: never a crash', () => {
  test('2,000 random sip.conf sets convert, every setting gets one row, no checker error', () => {
    const next = rng(23);
    for (let i = 0; i < 2000; i++) {
      const lines = Array.from(
        { length: 1 + Math.floor(next() * 25) },
        () => PIECES[Math.floor(next() * PIECES.length)],
      );
      const more = Array.from({ length: Math.floor(next() * 6) }, () => PIECES[Math.floor(next() * PIECES.length)]);
      const src = `${lines.join('\n')}\n;- sip_more.conf\n${more.join('\n')}\n`;
      let m: ReturnType<typeof migrate>;
      try {
        m = migrate(src, { asteriskVersion: next() < 0.5 ? '20.7.0' : undefined });
      } catch (e) {
        assert.fail(`input ${i} threw ${(e as Error).stack}\n${src}`);
      }
      assert.ok(m.exitCode === 0 || m.exitCode === 1);
      const errors = m.findings.filter((f) => f.diagnostic.severity === 'error');
      assert.deepEqual(
        errors.map((f) => f.diagnostic.message),
        [],
        `input ${i}:\n${src}\n---\n${[...m.files.values()][0]}`,
      );
      assert.ok(!m.conversion.rows.some((r) => r.outcome.note.key === 'notRead'), `input ${i}:\n${src}`);
    }
  });
});
