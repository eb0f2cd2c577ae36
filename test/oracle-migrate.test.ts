/**
 * pjsip-migrate against the real thing. chan_sip's side is measured on Asterisk 20.7.0 (the package with
 * chan_sip): what it did with default and empty codec lines, `insecure`, a backslash in a secret, a register
 * host that names a peer, and how its registrations retry (scripted registrar). The converted config is then
 * booted on master with the same callers and the same registrar, and must do the same. Skips with one line where
 * there is no real Asterisk.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { asteriskMissing, REGISTRAR, runAsterisk, SHARED_ASTERISK } from './helpers/asterisk';
import { migrate } from './helpers/sipconf';
import { applyCodecLine, CHAN_SIP_DEFAULT_CODECS } from '../server/src/migrate/peerCodecs';
import type { SipSetting } from '../server/src/migrate/types';

const CHAN_SIP = { ORACLE_ASTERISK: '20.7.0' };
const SIPCALL = `${SHARED_ASTERISK}/sipcall.py`;
const PJSIP_ASIDE = '[transport-udp]\ntype=transport\nprotocol=udp\nbind=127.0.0.1:5090\n';

/** The converted files with chan_sip's listening address moved to PJSIP's (`port`), for master. */
function converted(sipConf: string, port: number, extra: Record<string, string> = {}): Record<string, string> {
  const m = migrate(sipConf, { asteriskVersion: 'master' });
  const files: Record<string, string> = { ...extra };
  for (const [name, text] of m.files)
    if (name.endsWith('.conf'))
      files[name] = text
        .replace(/^bind=.*$/gm, `bind=127.0.0.1:${port}`)
        // the first REGISTER after about a second instead of a random 0-10 s: only the start moves
        .replace(/^type=registration$/gm, 'type=registration\nmax_random_initial_delay=1');
  return files;
}

function sipShowPeerCodecs(extra: string, name: string): string | undefined {
  return new RegExp(`### sip show peer ${name}\\n[\\s\\S]*?Codecs\\s*: \\(([^)]*)\\)`).exec(extra)?.[1];
}

suite('oracle: what chan_sip (20.7.0) did, and the converted config on master', () => {
  const missing = asteriskMissing();
  if (missing) {
    test(`skipped: ${missing}`, () => {});
    return;
  }

  test('codecs: the default list, an empty allow=, disallow=all with nothing allowed', async () => {
    const sip = `[general]\nudpbindaddr=127.0.0.1:5070\n[noallow]\ntype=friend\nhost=dynamic\n[emptyallow]\ntype=friend\nhost=dynamic\nallow=\n[none]\ntype=friend\nhost=dynamic\ndisallow=all\nallow=\n[some]\ntype=friend\nhost=dynamic\ndisallow=all\nallow=alaw,ulaw\nallow=gsm\ndisallow=ulaw\n`;
    const run = await runAsterisk(
      { 'sip.conf': sip, 'pjsip.conf': PJSIP_ASIDE },
      {
        ...CHAN_SIP,
        ORACLE_EXTRA_CMDS: ['noallow', 'emptyallow', 'none', 'some', '']
          .map((p) => (p ? `sip show peer ${p}` : 'sip show settings'))
          .join('\n'),
      },
    );
    const extra = run.out('extra.txt');
    const model = (lines: [string, string][]) => {
      let list = [...CHAN_SIP_DEFAULT_CODECS];
      for (const [name, value] of lines) list = applyCodecLine(list, { name, value } as SipSetting).list;
      return list.join('|') || 'nothing';
    };
    assert.equal(sipShowPeerCodecs(extra, 'noallow'), 'ulaw|alaw|gsm|h263');
    assert.equal(sipShowPeerCodecs(extra, 'emptyallow'), model([['allow', '']]));
    assert.equal(
      sipShowPeerCodecs(extra, 'none'),
      model([
        ['disallow', 'all'],
        ['allow', ''],
      ]),
    );
    assert.equal(
      sipShowPeerCodecs(extra, 'some'),
      model([
        ['disallow', 'all'],
        ['allow', 'alaw,ulaw'],
        ['allow', 'gsm'],
        ['disallow', 'ulaw'],
      ]),
    );
    assert.match(extra, /Videosupport:\s+No/);
    assert.ok(run.problems.some((p) => /Codec configuration errors found in line \d+ : allow = $/.test(p)));
  });

  test('sections chan_sip skips, one name twice, insecure=very', async () => {
    const sip = `[general]\nudpbindaddr=127.0.0.1:5070\n[notype]\nhost=dynamic\n[badtype]\ntype=phone\nhost=dynamic\n[dup]\ntype=friend\nhost=dynamic\ncontext=first\n[dup]\ntype=friend\nhost=dynamic\nlanguage=fr\n[v]\ntype=friend\nhost=127.0.0.9\ninsecure=very\n`;
    const run = await runAsterisk(
      { 'sip.conf': sip, 'pjsip.conf': PJSIP_ASIDE },
      { ...CHAN_SIP, ORACLE_EXTRA_CMDS: 'sip show peer dup' },
    );
    const peers = run.out('sip_show_peers.txt');
    assert.doesNotMatch(peers, /^(notype|badtype)\s/m);
    assert.ok(run.problems.some((p) => /Section 'notype' lacks type/.test(p)));
    assert.ok(run.problems.some((p) => /Unknown type 'phone' for 'badtype'/.test(p)));
    assert.ok(run.problems.some((p) => /Unknown insecure mode 'very'/.test(p)));
    assert.match(run.out('extra.txt'), /Context\s*: first[\s\S]*Language\s*: fr/);
    const m = migrate(sip);
    assert.ok(!m.has('endpoint', 'notype') && !m.has('endpoint', 'badtype'));
    assert.equal(m.value('endpoint', 'dup', 'context'), 'first');
    assert.equal(m.value('endpoint', 'dup', 'language'), 'fr');
  });

  test('calls and registrations: insecure, a static peer without a secret, a backslash in a secret', async () => {
    const sip = String.raw`[general]
udpbindaddr=127.0.0.1:5070
allowguest=no
context=nowhere
[tinv]
type=peer
host=127.0.0.2
secret=s1
insecure=invite
context=from-trunk
[tnone]
type=peer
host=127.0.0.3
secret=s2
context=from-trunk
[tpi]
type=peer
host=127.0.0.8
secret=s6
insecure=port,invite
context=from-trunk
[open]
type=peer
host=127.0.0.10
insecure=port
context=from-trunk
[bs]
type=friend
host=dynamic
secret=ab\cd\;x
context=from-trunk
`;
    const dialplan = '[from-trunk]\nexten => 100,1,Answer()\nsame => n,Wait(0.3)\nsame => n,Hangup()\n';
    const steps = [
      { name: 'invite-from-5060-insecure-invite', method: 'INVITE', bind: '127.0.0.2', port: 5060 },
      { name: 'invite-from-5062-insecure-invite', method: 'INVITE', bind: '127.0.0.2' },
      { name: 'invite-no-insecure', method: 'INVITE', bind: '127.0.0.3', port: 5060 },
      {
        name: 'invite-no-insecure-password',
        method: 'INVITE',
        bind: '127.0.0.3',
        port: 5060,
        username: 'tnone',
        password: 's2',
      },
      { name: 'invite-insecure-port-invite', method: 'INVITE', bind: '127.0.0.8' },
      { name: 'invite-no-secret', method: 'INVITE', bind: '127.0.0.10' },
      {
        name: 'register-backslash',
        method: 'REGISTER',
        bind: '127.0.0.7',
        from: 'bs',
        password: 'ab\\cd;x',
        expires: 60,
      },
      { name: 'register-stripped', method: 'REGISTER', bind: '127.0.0.7', from: 'bs', password: 'abcd;x', expires: 60 },
    ];
    const scenario = (target: string) =>
      JSON.stringify({ target, port: 5062, defaults: { from: 'someone', to: '100', hold: 0.3 }, steps });
    const answers = async (files: Record<string, string>, target: string, env: Record<string, string>) => {
      // the sidecar runs in this process's folder: the scenario goes to a file of its own
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-migrate-scenario-'));
      fs.writeFileSync(path.join(dir, 'scenario.json'), scenario(target));
      const run = await runAsterisk(
        { ...files, 'extensions.conf': dialplan },
        { ...env, ORACLE_SIDECAR: `python3 ${SIPCALL} --scenario ${dir}/scenario.json`, ORACLE_SIDECAR_AWAIT: '40' },
      ).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
      const finals = new Map<string, number>();
      for (const l of run.out('sidecar-out.txt').split('\n').filter(Boolean)) {
        const j = JSON.parse(l) as { event: string; name?: string; status?: number };
        if (j.event === 'response' && j.name && j.status && j.status >= 200) finals.set(j.name, j.status);
      }
      // chan_sip refuses a wrong password with 403, pjsip with 401: both refuse
      return steps.map((s) => `${s.name}: ${(finals.get(s.name) ?? 0) === 200 ? 'accepted' : 'refused'}`);
    };
    const chanSip = await answers({ 'sip.conf': sip, 'pjsip.conf': PJSIP_ASIDE }, '127.0.0.1:5070', CHAN_SIP);
    assert.deepEqual(chanSip, [
      'invite-from-5060-insecure-invite: accepted',
      'invite-from-5062-insecure-invite: refused',
      'invite-no-insecure: refused',
      'invite-no-insecure-password: accepted',
      'invite-insecure-port-invite: accepted',
      'invite-no-secret: accepted',
      'register-backslash: accepted',
      'register-stripped: refused',
    ]);
    const pjsip = await answers(converted(sip, 5060), '127.0.0.1:5060', {});
    assert.deepEqual(pjsip, chanSip);
  });

  test("a register host that names a peer: the peer's address, the line's port, the peer's secret", async () => {
    const sip = `[general]\nudpbindaddr=127.0.0.1:5070\nregister => alice@prov\n[prov]\ntype=peer\nhost=127.0.0.1\nport=5080\nsecret=provsecret\n`;
    const registrar = `python3 ${REGISTRAR} --port 5060 --mode 401-always`;
    const run = await runAsterisk(
      { 'sip.conf': sip, 'pjsip.conf': PJSIP_ASIDE },
      { ...CHAN_SIP, ORACLE_SIDECAR: registrar, ORACLE_SETTLE: '3' },
    );
    const requests = (text: string) => text.split('\n').filter((l) => /\tREGISTER\t/.test(l));
    assert.ok(requests(run.out('sidecar-out.txt')).length > 0, 'chan_sip sent its REGISTER to port 5060');
    const m = migrate(sip);
    assert.equal(m.value('registration', 'prov-alice', 'server_uri'), 'sip:127.0.0.1');
    assert.equal(m.value('auth', 'prov-alice', 'password'), 'provsecret');
    const after = await runAsterisk(converted(sip, 5090), { ORACLE_SIDECAR: registrar, ORACLE_SETTLE: '4' });
    assert.ok(
      requests(after.out('sidecar-out.txt')).some((l) => /auth=yes/.test(l)),
      'pjsip registers there too',
    );
  });
});

/** Attempts in a registrar log: requests less than a second apart are one attempt (a challenge and its answer). */
function attempts(log: string): number[] {
  const times = log
    .split('\n')
    .filter((l) => /\tREGISTER\t/.test(l))
    .map((l) => Number(l.split('\t')[0]));
  const starts: number[] = [];
  for (let i = 0; i < times.length; i++) if (i === 0 || times[i] - times[i - 1] > 1) starts.push(times[i]);
  return starts.map((t) => Math.round((t - starts[0]) * 10) / 10);
}

interface RetryScenario {
  name: string;
  general: string;
  mode: string;
  /** Seconds after the first REGISTER to compare. */
  window: number;
}

const RETRIES: RetryScenario[] = [
  {
    name: 'a refused password, registerattempts=0: retried for ever',
    general: 'registertimeout=2',
    mode: '401-always',
    window: 9,
  },
  { name: '503, registerattempts=0: retried for ever', general: 'registertimeout=2', mode: '503-always', window: 9 },
  {
    name: '503, registerattempts=3: three requests',
    general: 'registertimeout=2\nregisterattempts=3',
    mode: '503-always',
    window: 9,
  },
  {
    name: 'the last registerattempts wins (3, then 0: for ever)',
    general: 'registertimeout=2\nregisterattempts=3\nregisterattempts=0',
    mode: '503-always',
    window: 9,
  },
  { name: '403: stops at once', general: 'registertimeout=2', mode: '403-always', window: 7 },
  {
    name: '403 with register_retry_403=yes: retried',
    general: 'registertimeout=2\nregister_retry_403=yes',
    mode: '403-always',
    window: 9,
  },
  { name: '404: stops at once', general: 'registertimeout=2', mode: '404-always', window: 7 },
];

suite('oracle: registrations retry as chan_sip (20.7.0) did, converted and run on master', () => {
  const missing = asteriskMissing();
  if (missing) {
    test(`skipped: ${missing}`, () => {});
    return;
  }
  for (const s of RETRIES)
    test(s.name, async () => {
      const sip = `[general]\nudpbindaddr=127.0.0.1:5070\n${s.general}\nregister => user:pw@127.0.0.1:5080\n`;
      const registrar = `python3 ${REGISTRAR} --port 5080 --mode ${s.mode}`;
      const settle = String(s.window + 4);
      const hard = String(s.window + 40);
      const [chanSip, pjsip] = await Promise.all([
        runAsterisk(
          { 'sip.conf': sip, 'pjsip.conf': PJSIP_ASIDE },
          { ...CHAN_SIP, ORACLE_SIDECAR: registrar, ORACLE_SETTLE: settle, ORACLE_HARD_LIMIT: hard },
        ),
        runAsterisk(converted(sip, 5070), {
          ORACLE_SIDECAR: registrar,
          ORACLE_SETTLE: settle,
          ORACLE_HARD_LIMIT: hard,
        }),
      ]);
      const a = attempts(chanSip.out('sidecar-out.txt')).filter((t) => t <= s.window);
      const b = attempts(pjsip.out('sidecar-out.txt')).filter((t) => t <= s.window);
      assert.ok(a.length > 0, 'chan_sip registered at all');
      assert.equal(b.length, a.length, `attempts at chan_sip ${a.join(' ')} / pjsip ${b.join(' ')}`);
      for (let i = 0; i < a.length; i++) assert.ok(Math.abs(a[i] - b[i]) < 0.8, `attempt ${i}: ${a[i]} / ${b[i]}`);
    });
});
