/**
 * Where a finding sits when its cause is inherited: the object that fails carries it (its section name), the
 * template line is related information, and a template shared by correct objects is not underlined.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { fixture } from './helpers/fixture';

const WIZARDS = `;- pjsip_wizard.conf
[phone](!)
type=wizard
accepts_registrations=yes
accepts_auth=yes
endpoint/allow=ulaw
aor/max_contacts=1

[6001](phone)
inbound_auth/username=6001
inbound_auth/password=pw1

[6002](phone)

[6003](phone)
inbound_auth/username=6003
inbound_auth/password=pw3
`;

interface Seen {
  code: string;
  under: string;
  related: string[];
}

function findings(src: string, code: string): Seen[] {
  const f = fixture(src);
  const text = (p: string, s: number, e: number) => f.files.get(p)!.slice(s, e);
  return f.analysis.diagnostics
    .filter((d) => d.code === code)
    .map((d) => ({
      code: d.code,
      under: text(d.path, d.start, d.end),
      related: (d.related ?? []).map((r) => `${text(r.path, r.start, r.end)}: ${r.message}`),
    }));
}

suite('placement of inherited causes', () => {
  test('a wizard lacking inbound_auth/username that its template asks for: on the wizard, the template line related', () => {
    assert.deepEqual(findings(WIZARDS, 'wizard-missing-required'), [
      {
        code: 'wizard-missing-required',
        under: '6002',
        related: ['accepts_auth: accepts_auth is inherited from [phone]'],
      },
    ]);
  });

  test('the wizard that writes accepts_auth itself still gets it on its own line', () => {
    const own = WIZARDS.replace('[6002](phone)\n', '[6002](phone)\naccepts_auth=yes\n');
    assert.deepEqual(findings(own, 'wizard-missing-required'), [
      { code: 'wizard-missing-required', under: 'accepts_auth', related: [] },
    ]);
  });

  test('the quick fix adds the option to the wizard that lacks it, not to the shared template', () => {
    const f = fixture(WIZARDS);
    const d = f.analysis.diagnostics.find((x) => x.code === 'wizard-missing-required')!;
    const line = f.files.get(d.path)!.slice(0, d.start).split('\n').length - 1;
    assert.equal(f.files.get(d.path)!.split('\n')[line], '[6002](phone)');
  });

  test('an invalid combination whose value comes from the template: on the object that keeps it', () => {
    const src = '[tpl](!)\ntype=endpoint\ntimers_min_se=60\n\n[a](tpl)\nallow=ulaw\n\n[b](tpl)\ntimers_min_se=90\n';
    assert.deepEqual(findings(src, 'invalid-combination'), [
      { code: 'invalid-combination', under: 'a', related: ['60: timers_min_se is inherited from [tpl]'] },
    ]);
  });
});
