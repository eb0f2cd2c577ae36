import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { complete } from '../server/src/features/completion';
import { applyEdits } from '../server/src/features/format';
import { fixture } from './helpers/fixture';

function items(src: string) {
  const f = fixture(src);
  return { f, list: complete(f.analysis, f.file, f.offset, { style: 'compact', listDir: (d) => f.provider.listDir(d) }) };
}

function labels(src: string): string[] {
  return items(src).list.map((c) => c.label);
}

/** The file text after accepting the completion `label`. */
function accept(src: string, label: string): string {
  const { f, list } = items(src);
  const c = list.find((x) => x.label === label);
  assert.ok(c, `no completion '${label}' in ${list.map((x) => x.label).slice(0, 30).join(', ')}`);
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
    assert.deepEqual(labels('[x]\ntype=endpoint\ndtmf_mode=|\n').sort(), ['auto', 'auto_info', 'inband', 'info', 'none', 'rfc4733']);
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

  test('wizard keys: own options, prefixes, then the target type\'s options', () => {
    const l = labels(';- pjsip_wizard.conf\n[w]\ntype=wizard\n|\n');
    assert.ok(l.includes('accepts_registrations') && l.includes('endpoint/') && l.includes('remote_hosts'));
    assert.equal(accept(';- pjsip_wizard.conf\n[w]\ntype=wizard\nendpoint/dtm|\n', 'endpoint/dtmf_mode'), '[w]\ntype=wizard\nendpoint/dtmf_mode=\n');
    assert.ok(!labels(';- pjsip_wizard.conf\n[w]\ntype=wizard\naor/|\n').includes('aor/allow'));
  });

  test('template names inside [x](', () => {
    const l = labels('[phone](!)\ntype=endpoint\n[other]\ntype=aor\n[6001](|)\n');
    assert.ok(l.includes('phone') && l.includes('other') && l.includes('!') && l.includes('+'));
    assert.ok(!l.includes('6001'));
    assert.equal(accept('[phone](!)\ntype=endpoint\n[6001](ph|)\n', 'phone'), '[phone](!)\ntype=endpoint\n[6001](phone)\n');
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
