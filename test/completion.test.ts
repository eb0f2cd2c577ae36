import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { complete } from '../server/src/features/completion';
import { applyEdits } from '../server/src/features/format';
import { fixture } from './helpers/fixture';

function items(src: string) {
  const f = fixture(src);
  return {
    f,
    list: complete(f.analysis, f.file, f.offset, { style: 'compact', listDir: (d) => f.provider.listDir(d) }),
  };
}

function labels(src: string): string[] {
  return items(src).list.map((c) => c.label);
}

/** The file text after accepting the completion `label`. */
function accept(src: string, label: string): string {
  const { f, list } = items(src);
  const c = list.find((x) => x.label === label);
  assert.ok(
    c,
    `no completion '${label}' in ${list
      .map((x) => x.label)
      .slice(0, 30)
      .join(', ')}`,
  );
  return applyEdits(f.file.text, [{ start: c.start, end: c.end, newText: c.insertText ?? c.label }]);
}

suite('completion', () => {
  test('option names of the section type, without options already set', () => {
    const l = labels('[6001]\ntype=endpoint\ncontext=x\n|\n');
    assert.ok(l.includes('dtmf_mode') && l.includes('allow') && l.includes('aors'));
    assert.ok(!l.includes('context'), 'context is set already');
    assert.ok(!l.includes('max_contacts'), 'an aor option');
  });

  test('accepting an option writes key= (retriggering for the value)', () => {
    assert.equal(accept('[6001]\ntype=aor\nmax_c|\n', 'max_contacts'), '[6001]\ntype=aor\nmax_contacts=\n');
    const c = items('[6001]\ntype=aor\nmax_c|\n').list.find((x) => x.label === 'max_contacts')!;
    assert.ok(c.retrigger && c.documentation?.includes('Default'));
  });

  test('through templates: the type comes from the template', () => {
    const l = labels('[tpl](!)\ntype=aor\n[6001](tpl)\n|\n');
    assert.ok(l.includes('max_contacts') && !l.includes('allow'));
  });

  test('repeatable options stay available', () => {
    assert.ok(labels('[6001]\ntype=endpoint\nallow=ulaw\n|\n').includes('allow'));
  });

  test('options are ordered by how often real configs write them: dtmf_mode before the dtls_* options, deprecated last', () => {
    const all = items('[6001]\ntype=endpoint\n|\n').list;
    const l = all.filter((c) => c.kind === 'option');
    const byText = [...all].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.deepEqual(
      byText.slice(l.length).map((c) => c.kind),
      all.filter((c) => c.kind === 'snippet').map((c) => c.kind),
      'the snippets after every option',
    );
    const order = [...l]
      .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label))
      .map((c) => c.label);
    assert.deepEqual(order.slice(0, 4), ['aors', 'auth', 'allow', 'context']);
    const dtls = order.filter((x) => x.startsWith('dtls_') && x !== 'dtls_auto_generate_cert');
    assert.ok(
      dtls.length >= 5 && dtls.every((x) => order.indexOf(x) > order.indexOf('dtmf_mode')),
      order.slice(0, 40).join(','),
    );
    const deprecated = l.filter((c) => c.deprecated);
    assert.ok(
      deprecated.length > 0 && deprecated.every((c) => order.indexOf(c.label) >= order.length - deprecated.length),
      'deprecated options come last',
    );
    assert.ok(deprecated.every((c) => c.detail?.includes('deprecated')));
  });

  test('enum values: the default first, marked (default), each with its meaning', () => {
    const l = items('[6001]\ntype=endpoint\ndtmf_mode=|\n').list;
    const order = [...l].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.equal(order[0].label, 'rfc4733');
    assert.equal(order[0].detail, '(default)');
    assert.ok(order.slice(1).every((c) => c.detail !== '(default)'));
    for (const c of order) assert.ok((c.documentation ?? '').length > 10, `${c.label} has a meaning`);
    const bools = items('[6001]\ntype=endpoint\ndirect_media=|\n').list;
    assert.equal([...bools].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0].label, 'yes');
  });

  test('no completion ever offers the value of a password or secret', () => {
    const src =
      '[t](!)\ntype=auth\npassword=Sup3rSecret\n[a1](t)\nusername=u\npassword=0therSecret\n[6001]\ntype=endpoint\nauth=a1\n';
    const spots = [
      '[a2](t)\npassword=|\n',
      '[a2](t)\n|\n',
      '[6001](|)\n',
      '[6002]\ntype=endpoint\ncontext=|\n',
      '[6002]\ntype=endpoint\nauth=|\n',
      '[x]\n|\n',
    ];
    for (const spot of spots) {
      for (const c of items(src + spot).list) {
        const shown = [c.label, c.detail, c.documentation, c.insertText].join(' ');
        assert.ok(!/Sup3rSecret|0therSecret/.test(shown), `${JSON.stringify(spot)}: ${c.label}`);
      }
    }
  });

  test('a section without type offers type= first', () => {
    const l = items('[6001]\n|\n').list;
    assert.equal([...l].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label))[0].label, 'type');
  });

  test('type values; in pjsip_wizard.conf only wizard', () => {
    assert.ok(labels('[x]\ntype=|\n').includes('registration'));
    assert.equal(accept('[x]\ntype=reg|\n', 'registration'), '[x]\ntype=registration\n');
    assert.deepEqual(labels(';- pjsip_wizard.conf\n[x]\ntype=|\n'), ['wizard']);
  });

  test('enum values and booleans', () => {
    assert.deepEqual(labels('[x]\ntype=endpoint\ndtmf_mode=|\n').sort(), [
      'auto',
      'auto_info',
      'inband',
      'info',
      'none',
      'rfc4733',
    ]);
    assert.deepEqual(labels('[x]\ntype=endpoint\ndirect_media=|\n'), ['yes', 'no']);
    assert.equal(accept('[x]\ntype=endpoint\ndirect_media=y|\n', 'no'), '[x]\ntype=endpoint\ndirect_media=no\n');
  });

  test('codec names after commas and after !', () => {
    assert.ok(labels('[x]\ntype=endpoint\nallow=ulaw,|\n').includes('alaw'));
    assert.equal(accept('[x]\ntype=endpoint\nallow=ulaw,al|\n', 'alaw'), '[x]\ntype=endpoint\nallow=ulaw,alaw\n');
    assert.equal(accept('[x]\ntype=endpoint\ndisallow=!g7|\n', 'g722'), '[x]\ntype=endpoint\ndisallow=!g722\n');
  });

  test('codec names inside a list wrapped in parentheses', () => {
    assert.ok(labels('[x]\ntype=endpoint\nallow=(|\n').includes('ulaw'));
    assert.equal(accept('[x]\ntype=endpoint\nallow=(ulaw\\|al|)\n', 'alaw'), '[x]\ntype=endpoint\nallow=(ulaw|alaw)\n');
  });

  test('names of sections of the referenced type, across files and from the wizard', () => {
    const src = `
      [6001]
      type=auth
      username=a
      password=b
      [6001]
      type=aor
      [x]
      type=endpoint
      auth=|
      ;- pjsip_wizard.conf
      [trunk]
      type=wizard
      sends_auth=yes
      outbound_auth/username=u
      remote_hosts=192.0.2.1
    `;
    const l = labels(src);
    assert.deepEqual(l.sort(), ['6001', 'trunk-oauth']);
    assert.deepEqual(labels('[t]\ntype=transport\nbind=0.0.0.0\n[x]\ntype=endpoint\ntransport=|\n'), ['t']);
  });

  test("wizard keys: own options, prefixes, then the target type's options", () => {
    const l = labels(';- pjsip_wizard.conf\n[w]\ntype=wizard\n|\n');
    assert.ok(l.includes('accepts_registrations') && l.includes('endpoint/') && l.includes('remote_hosts'));
    assert.equal(
      accept(';- pjsip_wizard.conf\n[w]\ntype=wizard\nendpoint/dtm|\n', 'endpoint/dtmf_mode'),
      '[w]\ntype=wizard\nendpoint/dtmf_mode=\n',
    );
    assert.ok(!labels(';- pjsip_wizard.conf\n[w]\ntype=wizard\naor/|\n').includes('aor/allow'));
  });

  test('template names inside [x](', () => {
    const l = labels('[phone](!)\ntype=endpoint\n[other]\ntype=aor\n[6001](|)\n');
    assert.ok(l.includes('phone') && l.includes('other') && l.includes('!') && l.includes('+'));
    assert.ok(!l.includes('6001'));
    assert.equal(
      accept('[phone](!)\ntype=endpoint\n[6001](ph|)\n', 'phone'),
      '[phone](!)\ntype=endpoint\n[6001](phone)\n',
    );
  });

  test('directives and include paths', () => {
    assert.deepEqual(labels('#inc|\n[a]\ntype=aor\n').sort(), ['exec', 'include', 'tryinclude']);
    const src = '#include |\n;- pjsip.d/a.conf\n[a]\ntype=aor\n;- extra.conf\n[b]\ntype=aor\n';
    assert.deepEqual(labels(src).sort(), ['extra.conf', 'pjsip.d/']);
    assert.deepEqual(labels('#include pjsip.d/|\n;- pjsip.d/a.conf\n[a]\ntype=aor\n'), ['a.conf']);
  });

  test('nothing in comments', () => {
    assert.deepEqual(labels('[x]\ntype=endpoint\n; dtmf|\n'), []);
  });
});
