/**
 * The real-world corpus (test/corpus, copied from ../shared/corpus) against what a real Asterisk logged for it:
 * - every set is analysed without a crash;
 * - every complaint about the config is reported, by the right rule, at the right line;
 * - the objects we predict to load are exactly the ones Asterisk loaded, except where the machine was to blame
 *   (no DNS, missing certificate files, #exec disabled).
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFolder, type Analysis } from '../server/src/analysis/analyze';
import { diskProvider } from '../server/src/node/fsProvider';
import { positionAt } from '../server/src/syntax';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.join(ROOT, 'test/corpus');
const verdicts = JSON.parse(fs.readFileSync(path.join(CORPUS, 'asterisk-verdicts.json'), 'utf8')) as Record<
  string,
  { problems: string[]; loaded: Record<string, string[]> }
>;

/** Asterisk's complaint (a distinctive part of it) -> where we report it. */
const expected: Record<string, { says: string; at: string; rule: string }[]> = {
  '61-ARDUI-YES-Asterisk': [
    { says: 'dcs-trunk-auth: No authentication username', at: 'pjsip.conf:23', rule: 'missing-required-option' },
    { says: 'dcs-auth: No authentication username', at: 'pjsip.conf:40', rule: 'missing-required-option' },
    { says: "category 'auth1012' named 'message_context' at line 364", at: 'pjsip.conf:364', rule: 'unknown-option' },
    {
      says: "Identify 'dcs-identify' is not configured to match anything",
      at: 'pjsip.conf:51',
      rule: 'missing-required-option',
    },
    {
      says: "No client URI specified on outbound registration 'dcs-trunk'",
      at: 'pjsip.conf:16',
      rule: 'missing-required-option',
    },
  ],
  '56-Faqterson-Asterisk': [
    { says: "'pjsip-trunks.conf' was listed as a #include", at: 'pjsip.conf:1', rule: 'include-not-found' },
  ],
  '09-Kgermando-es-script': [
    { says: "'goip-04-auth' named 'max_contacts' at line 15", at: 'pjsip.conf:15', rule: 'unknown-option' },
    {
      says: "type 'registration' with id 'goip-04-reg' from",
      at: 'pjsip.conf:19',
      rule: 'registration-without-transport',
    },
    { says: "id 'goip-04-reg-0'", at: 'pjsip_wizard.conf:1', rule: 'registration-without-transport' },
  ],
  '42-StuartJMackintosh-asterisk-config-templates': [
    { says: "'local_cfg/pjsip.conf' was listed as a #include", at: 'pjsip.conf:95', rule: 'include-not-found' },
  ],
  '52-Yasen6275-openfest-network-2024': [
    { says: "no closing ')', line 97", at: 'pjsip.conf:97', rule: 'syntax-unclosed-section' },
  ],
  '65-addiGeometry-vapi-fritzbox-bridge': [
    { says: "'vapi-endpoint' named 'inbound_auth' at line 38", at: 'pjsip.conf:38', rule: 'unknown-option' },
  ],
  '04-jullrich-poetryphone': [
    { says: "'global' named 'voicemail_extension' at line 3", at: 'pjsip.conf:3', rule: 'unknown-option' },
    { says: 'local_net=[YOUR LOCAL NETWORK] at line 14', at: 'pjsip.conf:14', rule: 'invalid-value' },
    { says: "Identify 'twilio-na-us-identify' failed", at: 'pjsip_wizard.conf:55', rule: 'invalid-value' },
  ],
  '25-minhthuc-config': [
    { says: 'ITEL: No plain text or digest password', at: 'pjsip.auth.conf:35', rule: 'missing-required-option' },
    { says: "Identify '30-identify' is not configured", at: 'pjsip.identify.conf:11', rule: 'missing-required-option' },
    { says: "Identify '31-identify' is not configured", at: 'pjsip.identify.conf:15', rule: 'missing-required-option' },
    {
      says: "Identify '100-identify' is not configured",
      at: 'pjsip.identify.conf:19',
      rule: 'missing-required-option',
    },
    {
      says: "Identify '101-identify' is not configured",
      at: 'pjsip.identify.conf:23',
      rule: 'missing-required-option',
    },
  ],
  '16-paulo2782-conf_asterix': [
    {
      says: "Transport 'transport-udp-nat' could not be started: Address already in use",
      at: 'pjsip.conf:142',
      rule: 'transport-bind-conflict',
    },
  ],
  '03-stgnet-asterisk_configs': [
    { says: "'pjsip-auth-dpma.conf' was listed as a #include", at: 'pjsip.conf:16', rule: 'include-not-found' },
  ],
  '35-tkytel-asterisk-quickstart': [
    { says: "'pjsip/external/*.conf' was listed as a #include", at: 'pjsip.conf:19', rule: 'include-not-found' },
  ],
};

/** Complaints caused by the machine Asterisk ran on, not by the config. */
const MACHINE = [
  /getaddrinfo\(/,
  /failed when adding resolution results of '(?!\[INSERT)/,
  /is either missing or not readable/,
  /^ERROR config_options\.c: Error parsing (cert_file|ca_list_file|priv_key_file)=/,
  /Cannot perform #exec/,
];

/** Objects whose failure was caused by the machine (named in a machine complaint, or its follow-up line). */
function excused(problems: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i];
    if (!MACHINE.some((re) => re.test(p))) continue;
    for (const m of p.matchAll(/(?:Identify|Transport:?) '?([^' :]+)'?/g)) out.add(m[1]);
    const next = problems[i + 1] ?? '';
    const id = /with id '([^']+)'/.exec(next);
    if (id) out.add(id[1]);
    const id2 = /with id '([^']+)'/.exec(problems[i + 2] ?? '');
    if (id2 && /Error parsing/.test(next)) out.add(id2[1]);
  }
  return out;
}

function where(a: Analysis, dir: string): string[] {
  return a.diagnostics.map((d) => {
    const f = a.files.get(d.path)!;
    return `${path.relative(dir, d.path)}:${positionAt(f.tree, d.start).line + 1} ${d.code}`;
  });
}

suite('corpus', () => {
  const sets = fs.readdirSync(path.join(CORPUS, 'sets')).sort();

  test('has all the sets the verdicts talk about', () => {
    assert.deepEqual(Object.keys(verdicts).sort(), sets);
  });

  for (const set of sets) {
    test(`${set}: agrees with Asterisk`, () => {
      const dir = path.join(CORPUS, 'sets', set).replace(/\\/g, '/');
      const a = analyzeFolder(dir, diskProvider());
      const v = verdicts[set];
      // 1. every complaint about the config is reported, at the right line
      const ours = where(a, dir);
      for (const e of expected[set] ?? []) {
        assert.ok(
          v.problems.some((p) => p.includes(e.says)),
          `the verdict mentions "${e.says}"`,
        );
        assert.ok(ours.includes(`${e.at} ${e.rule}`), `expected ${e.rule} at ${e.at}; got:\n${ours.join('\n')}`);
      }
      const unexplained = v.problems.filter(
        (p) =>
          !MACHINE.some((re) => re.test(p)) &&
          !/res_sorcery_config\.c|res_pjsip_config_wizard\.c: Unable to create objects|Check preceeding errors|acl\.c: Invalid IP address/.test(
            p,
          ),
      );
      for (const p of unexplained)
        assert.ok(
          (expected[set] ?? []).some((e) => p.includes(e.says)),
          `complaint without an expectation: ${p}`,
        );
      // 2. the objects that load are the ones Asterisk loaded
      const skip = excused(v.problems);
      for (const [type, ids] of Object.entries(v.loaded)) {
        const predicted = [...new Set(a.objects.filter((o) => o.type === type && o.loads).map((o) => o.id))]
          .filter((id) => !skip.has(id))
          .sort();
        const actual = [...ids].filter((id) => !skip.has(id)).sort();
        assert.deepEqual(predicted, actual, `${type}s that load`);
      }
    });
  }
});
