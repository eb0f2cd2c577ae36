/**
 * The version data's 20.7.0 boundary on the real thing: for every option and enum value the data says 20.7.0 lacks
 * and master has, one small object that uses it (generated from the data, so a new entry is tested too). Each
 * boot holds several such objects (at most one `system` and one `global`, which are singletons), and the verdicts
 * stay separable: Asterisk logs "Could not create an object of type 'T' with id 'ID'" for each one it refuses.
 * On 20.7.0, Asterisk and the checker at `--asterisk-version 20.7.0` must agree on load / not load; on master every
 * object must load on both sides (so a probe never fails for a reason of its own). Skips with one line where
 * there is no real Asterisk or no 20.7.0 package.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { configurableTypes, type OptionInfo } from '../server/src/schema/schema';
import { hasEnumValue, hasOption, parseAsteriskVersion } from '../server/src/schema/versions';
import { asteriskMissing, asteriskReleases, runAsterisk, type Release } from './helpers/asterisk';
import { fixture } from './helpers/fixture';

interface Probe {
  /** `endpoint.tenantid`, `auth.auth_type=digest`. */
  what: string;
  type: string;
  id: string;
  /** The option line under test. */
  line: string;
}

/** Values for options whose default is empty or unusable as a probe (a value master accepts). */
const VALUES: Readonly<Record<string, string>> = {
  'endpoint.tenantid': 'tenant-1',
  'endpoint.rtp_port_start': '0',
  'endpoint.rtp_port_end': '0',
  'auth.password_digest': 'md5:0123456789abcdef0123456789abcdef',
  'transport.external_signaling_hostname': 'pbx.example.com',
  'identify.match_request_uri': '6001',
  'registration.user_agent': 'probe',
};

function valueFor(o: OptionInfo): string {
  const v = VALUES[`${o.type}.${o.name}`] ?? (o.default || o.values?.[0] || (o.kind === 'bool' ? 'no' : ''));
  return v;
}

/** The options and enum values master has and 20.7.0 lacks, as probes. */
function probes(): Probe[] {
  const old = parseAsteriskVersion('20.7.0').target;
  const master = parseAsteriskVersion('master').target;
  const out: Probe[] = [];
  for (const t of configurableTypes()) {
    if (t.name === 'wizard') continue;
    for (const o of t.options) {
      if (o.wildcard || !hasOption(master, t.name, o.name)) continue;
      const id = () => `p${out.length + 1}`;
      if (!hasOption(old, t.name, o.name)) {
        out.push({ what: `${t.name}.${o.name}`, type: t.name, id: id(), line: `${o.name}=${valueFor(o)}` });
        continue;
      }
      for (const v of o.values ?? [])
        if (hasEnumValue(master, t.name, o.name, v) && !hasEnumValue(old, t.name, o.name, v))
          out.push({ what: `${t.name}.${o.name}=${v}`, type: t.name, id: id(), line: `${o.name}=${v}` });
    }
  }
  return out;
}

/** What each type needs besides the probe line to load on both releases. */
function section(p: Probe, port: number): string {
  const base: Record<string, string> = {
    endpoint: 'allow=ulaw',
    auth: 'username=u\npassword=p',
    transport: `protocol=tcp\nbind=127.0.0.1:${port}`,
    aor: 'max_contacts=1',
    identify: 'endpoint=base\nmatch=127.0.0.9',
    registration: 'transport=t0\nserver_uri=sip:127.0.0.1:5099\nclient_uri=sip:u@127.0.0.1:5099',
  };
  const more = base[p.type] ?? '';
  // an auth_type=digest probe replaces the base auth_type, and digests need no password line
  return `[${p.id}]\ntype=${p.type}\n${more ? `${more}\n` : ''}${p.line}\n\n`;
}

/** The probes spread over boots: each boot takes at most one of each singleton type. */
function boots(all: Probe[]): Probe[][] {
  const single = (t: string) => all.filter((p) => p.type === t);
  const n = Math.max(1, single('system').length, single('global').length);
  const out: Probe[][] = Array.from({ length: n }, () => []);
  for (const t of ['system', 'global']) single(t).forEach((p, i) => out[i].push(p));
  all.filter((p) => p.type !== 'system' && p.type !== 'global').forEach((p, i) => out[i % n].push(p));
  return out;
}

function config(list: Probe[]): string {
  let port = 5100;
  return (
    '[t0]\ntype=transport\nprotocol=udp\nbind=127.0.0.1:5060\n\n[base]\ntype=endpoint\nallow=ulaw\n\n' +
    list.map((p) => section(p, port++)).join('')
  );
}

/** Asterisk's verdict: refused when it logged "Could not create" for the object. */
function refused(problems: string[], p: Probe): boolean {
  return problems.some((l) => l.includes(`Could not create an object of type '${p.type}' with id '${p.id}'`));
}

const verdict = (loads: boolean) => (loads ? 'loads' : 'refuses');

const missing = asteriskMissing();
const releases = asteriskReleases();
const skip = missing ?? (releases.includes('20.7.0') ? undefined : 'no Asterisk 20.7.0 package');

suite("the version data's 20.7.0 boundary on a real Asterisk", { skip, concurrency: true }, () => {
  const all = probes();
  const groups = boots(all);
  test('there is something to probe', () => {
    assert.ok(all.length >= 10, `only ${all.length} probes`);
  });
  for (const release of ['20.7.0', 'master'] as Release[]) {
    groups.forEach((list, k) => {
      test(`${release}, boot ${k + 1}: ${list.map((p) => p.what).join(', ')}`, async (t) => {
        const text = config(list);
        const run = await runAsterisk({ 'pjsip.conf': text }, {}, release);
        const f = fixture(`;- /etc/asterisk/pjsip.conf\n${text}`, { asteriskVersion: release });
        const rows = list.map((p) => {
          const ours = f.analysis.objects.find((o) => o.type === p.type && o.id === p.id);
          return { what: p.what, asterisk: !refused(run.problems, p), we: !!ours?.loads };
        });
        for (const r of rows) t.diagnostic(`${r.what}: Asterisk ${verdict(r.asterisk)}, checker ${verdict(r.we)}`);
        if (release === 'master')
          assert.deepEqual(
            rows.filter((r) => !r.asterisk || !r.we),
            [],
            `every probe loads on master (a probe that fails there proves nothing); Asterisk logged:\n${run.problems.join('\n')}`,
          );
        else
          assert.deepEqual(
            rows.filter((r) => r.asterisk !== r.we),
            [],
            `Asterisk 20.7.0 and the checker at 20.7.0 agree; Asterisk logged:\n${run.problems.join('\n')}`,
          );
      });
    });
  }
});
