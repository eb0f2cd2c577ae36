/**
 * What the first-hour fixes of issue 22 claim about Asterisk, measured on the real one of ../shared/asterisk, on
 * both releases: a `;` inside quotes cuts the value (and is logged nowhere); the values the "keep retrying" fix
 * writes load as written; `asterisk -V` prints a banner our reader understands. The retry pace itself is measured
 * in test/oracle-registration.test.ts. Skips with one line where there is no real Asterisk.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { keepRetryingPlan } from '../server/src/model/registrationFailures';
import { readAsteriskVersion } from '../server/src/node/asteriskVersion';
import { applyEdits } from '../server/src/features/format';
import { asteriskMissing, runAsterisk } from './helpers/asterisk';
import { fixture } from './helpers/fixture';

const CONFIG = `[transport-udp]
type=transport
protocol=udp
bind=127.0.0.1:5060

[1012]
type=endpoint
context=default
disallow=all
allow=ulaw
callerid="Lobby; front desk" <1012>

[1013]
type=endpoint
context=default
disallow=all
allow=ulaw
callerid="Lobby\\; front desk" <1013>

[itsp-auth]
type=auth
auth_type=userpass
username=user
password=wrongpass

[itsp-reg]
type=registration
transport=transport-udp
outbound_auth=itsp-auth
server_uri=sip:127.0.0.1:5080
client_uri=sip:user@127.0.0.1:5080
`;

/** The config with the "keep retrying" fix applied, as the editor would. */
function withKeepRetrying(): string {
  const f = fixture(`;- /etc/asterisk/pjsip.conf\n${CONFIG}`);
  const reg = f.analysis.objects.find((o) => o.id === 'itsp-reg')!;
  const plan = keepRetryingPlan(reg);
  const block = reg.section;
  const at = f.file.text.length;
  const lines = plan.edits.map((e) => `${e.name}=${e.value}\n`).join('');
  assert.ok(
    plan.edits.every((e) => e.insert?.line === block.line),
    'added to the registration',
  );
  return applyEdits(f.file.text, [{ start: at, end: at, newText: lines }]);
}

/** `name : value` of a `pjsip show ...` listing. */
function shown(text: string, name: string): string | undefined {
  return new RegExp(`^\\s*${name}\\s*: ?(.*)$`, 'm').exec(text)?.[1];
}

const missing = asteriskMissing();
suite('the first hour on a real Asterisk', { skip: missing, concurrency: true }, () => {
  for (const release of ['master', '20.7.0']) {
    test(`${release}: a ; inside quotes cuts the value, silently; the fix's retry values load as written`, async () => {
      const text = withKeepRetrying();
      const run = await runAsterisk(
        { 'pjsip.conf': text },
        {
          ORACLE_ASTERISK: release,
          ORACLE_EXTRA_CMDS: 'pjsip show endpoint 1012\npjsip show endpoint 1013\npjsip show registration itsp-reg',
        },
      );
      // what Asterisk made of the two caller IDs, and that it said nothing about either
      assert.equal(shown(run.out('extra-1.txt'), 'callerid'), '"Lobby');
      assert.equal(shown(run.out('extra-2.txt'), 'callerid'), '"Lobby; front desk" <1013>');
      assert.deepEqual(
        run.problems.filter((l) => /1012|1013|callerid|Lobby/.test(l)),
        [],
      );
      // our verdict: the first line only
      const f = fixture(`;- /etc/asterisk/pjsip.conf\n${text}`);
      const found = f.analysis.diagnostics.filter((d) => d.code === 'semicolon-in-quotes');
      assert.deepEqual(
        found.map((d) => f.file.text.slice(d.start, d.end)),
        ['; front desk" <1012>'],
      );
      // the values the fix writes are taken as they are
      const reg = run.out('extra-3.txt');
      assert.equal(shown(reg, 'fatal_retry_interval'), '1800');
      assert.equal(shown(reg, 'max_retries'), '2880');
      assert.equal(shown(reg, 'retry_interval'), '60');
      assert.equal(shown(reg, 'auth_rejection_permanent'), 'true');
      // asterisk -V's banner (meta.txt) and the binary itself, read the way the server and pjsip-check read it
      const banner = /^asterisk: (.*)$/m.exec(run.out('meta.txt'))![1];
      const want = release === 'master' ? 'master' : release;
      const root = /^package: \S+ \((.*)\)$/m.exec(run.out('meta.txt'))![1];
      assert.deepEqual(await readAsteriskVersion({ PATH: path.join(root, 'sbin') }), { setting: want, banner });
    });
  }
});
