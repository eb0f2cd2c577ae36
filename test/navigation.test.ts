/** Hover, definition, references, highlights, rename: asserted through the text under returned ranges. */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { hover } from '../server/src/features/hover';
import { definition } from '../server/src/features/definition';
import { highlights, references } from '../server/src/features/references';
import { prepareRename, rename } from '../server/src/features/rename';
import { applyEdits } from '../server/src/features/format';
import { fixture, type Fixture } from './helpers/fixture';

const SET = `
; Alice's desk phone
; in the sales office
[6001]
type=endpoint
allow=ulaw
auth=6001
aors=6001
[6001]
type=auth
username=6001
password=x
[6001]
type=aor
max_contacts=1
`;

function under(f: Fixture, path: string, start: number, end: number): string {
  return f.files.get(path)!.slice(start, end);
}

function hoverAt(src: string) {
  const f = fixture(src);
  const h = hover(f.analysis, f.file, f.offset);
  return { f, h, text: h ? under(f, f.path, h.start, h.end) : undefined };
}

suite('hover', () => {
  test('an option name shows its documentation', () => {
    const { h, text } = hoverAt('[x]\ntype=aor\nmax_con|tacts=1\n');
    assert.equal(text, 'max_contacts');
    assert.match(h!.markdown, /\*\*Default:\*\* `0`/);
    assert.match(h!.markdown, /\*\*Asterisk:\*\* 16 · 18 · 20 · 21 · 22 · 23$/m);
  });

  test("the admin's own comments on the line show under the docs", () => {
    const { h } = hoverAt('[x]\ntype=auth\n; ask Bob before changing\npass|word=s3cret ; rotated yearly\nusername=x\n');
    assert.match(h!.markdown, /> ask Bob before changing\n> rotated yearly$/);
  });

  test("wizard-prefixed options show the target type's docs", () => {
    const { h, text } = hoverAt(';- pjsip_wizard.conf\n[w]\ntype=wizard\nendpoint/dtmf|_mode=info\n');
    assert.equal(text, 'endpoint/dtmf_mode');
    assert.match(h!.markdown, /\*\*endpoint\/dtmf_mode\*\* — endpoint option/);
  });

  test('a codec inside a list wrapped in parentheses shows the codec', () => {
    const { h, text } = hoverAt('[x]\ntype=endpoint\nallow=(ulaw\\|al|aw)\n');
    assert.equal(text, 'alaw');
    assert.match(h!.markdown, /\*\*alaw\*\* — audio codec/);
  });

  test('an enum value shows its meaning', () => {
    const { h, text } = hoverAt('[x]\ntype=endpoint\ndtmf_mode=inb|and\n');
    assert.equal(text, 'inband');
    assert.match(h!.markdown, /audio tones/);
  });

  test('a reference shows its target with the comment above it and the CLI command', () => {
    const { h, text } = hoverAt(SET.replace('aors=6001', 'aors=60|01'));
    assert.equal(text, '6001');
    assert.match(h!.markdown, /\*\*\[6001\]\*\* — aor/);
    assert.match(h!.markdown, /max_contacts/);
    assert.match(h!.markdown, /`pjsip show aor 6001`/);
    const auth = hoverAt(SET.replace('auth=6001', 'auth=6|001')).h!.markdown;
    assert.match(auth, /— auth/);
  });

  test('a section header shows type, templates, effective options with their origin, users and CLI', () => {
    const src = `
      [phone](!)
      type=endpoint
      allow=ulaw
      [600|2](phone)
      aors=6002
      [6002]
      type=aor
      max_contacts=1
    `;
    const { h, text } = hoverAt(src);
    assert.equal(text, '6002');
    const md = h!.markdown;
    assert.match(md, /\*\*\[6002\]\*\* — endpoint/);
    assert.match(md, /Inherits: `\[phone\]`/);
    assert.match(md, /\| `allow` \| `ulaw` \| template `\[phone\]`/);
    assert.ok(!md.includes('| `aors` |'), 'options written in the section itself are not repeated');
    assert.match(md, /`pjsip show endpoint 6002`/);
    const auth = hoverAt(SET.replace('auth=6001', 'auth=6|001')).h!.markdown;
    assert.match(auth, /\| `password` \| ••• \|/, 'secrets are not shown');
    const doc = hoverAt(SET.replace('[6001]\ntype=endpoint', '[60|01]\ntype=endpoint')).h!.markdown;
    assert.match(doc, /> Alice's desk phone\n> in the sales office/);
    assert.match(
      hoverAt(SET.replace('[6001]\ntype=aor', '[60|01]\ntype=aor')).h!.markdown,
      /Used by 1: `aors` in `\[6001\]` \(pjsip.conf:7\)/,
    );
    assert.match(hoverAt('[a|]\ntype=auth\nusername=a\npassword=b\n').h!.markdown, /Nothing refers to it/);
  });

  test('a section hover is compact: banners cleaned, no table when nothing is inherited, secrets hidden', () => {
    const md = hoverAt(
      '; ---- ITSP trunk ----\n[itsp](!)\ntype=auth\npassword=Sup3r\nusername=u\n; ==== office ====\n[it|sp-a](itsp)\nrealm=x\n',
    ).h!.markdown;
    assert.match(md, /^\*\*\[itsp-a\]\*\* — auth: credentials/);
    assert.match(md, /> office$/m);
    assert.ok(!/----|====/.test(md), md);
    assert.match(md, /\| `password` \| ••• \| template `\[itsp\]`/);
    assert.ok(!md.includes('Sup3r') && !md.includes('| `realm` |'));
    assert.ok(md.split('\n').length <= 15, `${md.split('\n').length} lines`);
    const banner = hoverAt('; ---- ITSP trunk ----\n[it|sp]\ntype=aor\nmax_contacts=1\n').h!.markdown;
    assert.match(banner, /> ITSP trunk\n/);
    assert.ok(!banner.includes('|'), 'no option table: everything is written in the section');
  });

  test('a registration header offers the commands to inspect and retry it', () => {
    const md = hoverAt(
      '[t]\ntype=transport\nbind=0.0.0.0\n[tru|nk]\ntype=registration\nserver_uri=sip:a.example.com\nclient_uri=sip:b@a.example.com\n',
    ).h!.markdown;
    assert.match(md, /`pjsip show registration trunk`, `pjsip send register trunk`/);
  });

  test('a wizard header lists the objects it generates', () => {
    const md = hoverAt(
      ';- pjsip_wizard.conf\n[my|trunk]\ntype=wizard\nsends_auth=yes\nsends_registrations=yes\nremote_hosts=a.example.com\noutbound_auth/username=u\noutbound_auth/password=p\n',
    ).h!.markdown;
    for (const o of [
      'endpoint `mytrunk`',
      'aor `mytrunk`',
      'auth `mytrunk-oauth`',
      'identify `mytrunk-identify`',
      'registration `mytrunk-reg-0`',
    ])
      assert.ok(md.includes(o), o);
  });

  test('nothing on plain values and comments', () => {
    assert.equal(hoverAt('[x]\ntype=endpoint\ncontext=fr|om\n').h, undefined);
    assert.equal(hoverAt('; a com|ment\n').h, undefined);
  });
});

function defs(src: string): string[] {
  const f = fixture(src);
  return definition(f.analysis, f.file, f.offset).map(
    (d) =>
      `${d.path.replace('/etc/asterisk/', '')}:${under(f, d.path, d.selStart, d.selEnd)}@${f.files.get(d.path)!.slice(0, d.selStart).split('\n').length}`,
  );
}

suite('definition', () => {
  test('goes to the section of the right type when one name has several', () => {
    assert.deepEqual(defs(SET.replace('auth=6001', 'auth=60|01')), ['pjsip.conf:6001@8']);
    assert.deepEqual(defs(SET.replace('aors=6001', 'aors=|6001')), ['pjsip.conf:6001@12']);
  });

  test('template names and (+) headers', () => {
    assert.deepEqual(defs('[tpl](!)\ntype=aor\n[a](t|pl)\n'), ['pjsip.conf:tpl@1']);
    assert.deepEqual(defs('[a]\ntype=aor\n[|a](+)\nmax_contacts=1\n'), ['pjsip.conf:a@1']);
  });

  test('across files and into the wizard that generates the name', () => {
    const src = `
      #include pjsip.d/reg.conf
      ;- pjsip.d/reg.conf
      [reg]
      type=registration
      outbound_auth=trunk-o|auth
      ;- pjsip_wizard.conf
      [trunk]
      type=wizard
      sends_auth=yes
      outbound_auth/username=u
      remote_hosts=192.0.2.1
    `;
    assert.deepEqual(defs(src), ['pjsip_wizard.conf:trunk@1']);
  });

  test('#include paths', () => {
    const f = fixture('#include pjs|ip.d/a.conf\n;- pjsip.d/a.conf\n[a]\ntype=aor\n');
    assert.deepEqual(
      definition(f.analysis, f.file, f.offset).map((d) => d.path),
      ['/etc/asterisk/pjsip.d/a.conf'],
    );
  });

  test('nothing for dangling names', () => {
    assert.deepEqual(defs('[x]\ntype=endpoint\nauth=no|pe\n'), []);
  });
});

function refs(src: string, includeDeclaration = true): string[] {
  const f = fixture(src);
  return references(f.analysis, f.file, f.offset, includeDeclaration).map(
    (s) =>
      `${s.path.replace('/etc/asterisk/', '')}:${f.files.get(s.path)!.slice(0, s.start).split('\n').length}:${under(f, s.path, s.start, s.end)}`,
  );
}

suite('references and highlights', () => {
  test('typed: the aor 6001 is not the auth 6001', () => {
    assert.deepEqual(refs(SET.replace('[6001]\ntype=aor', '[60|01]\ntype=aor')), [
      'pjsip.conf:12:6001',
      'pjsip.conf:7:6001',
    ]);
    assert.deepEqual(refs(SET.replace('auth=6001', 'auth=6|001'), false), ['pjsip.conf:6:6001']);
  });

  test('templates: every section that inherits', () => {
    assert.deepEqual(
      refs(
        '[t|pl](!)\ntype=aor\n[a](tpl)\n[b](x,tpl)\n[x]\ntype=aor\n'.replace(
          '[b](x,tpl)\n[x]\ntype=aor\n',
          '[x]\ntype=aor\n[b](x,tpl)\n',
        ),
      ),
      ['pjsip.conf:1:tpl', 'pjsip.conf:3:tpl', 'pjsip.conf:6:tpl'],
    );
  });

  test('document highlights mark the definition as write', () => {
    const f = fixture(SET.replace('aors=6001', 'aors=6|001'));
    assert.deepEqual(
      highlights(f.analysis, f.file, f.offset).map(
        (h) => `${h.write ? 'W' : 'R'}:${f.file.text.slice(0, h.span.start).split('\n').length}`,
      ),
      ['W:12', 'R:7'],
    );
  });
});

function doRename(src: string, newName: string): Map<string, string> | string {
  const f = fixture(src);
  const r = rename(f.analysis, f.file, f.offset, newName);
  if ('error' in r) return r.error;
  const out = new Map<string, string>();
  for (const [path, text] of f.files)
    out.set(
      path.replace('/etc/asterisk/', ''),
      applyEdits(
        text,
        r.edits.filter((e) => e.path === path),
      ),
    );
  return out;
}

suite('rename', () => {
  test('renames the section, its (+) blocks and every reference of that type, across files', () => {
    const src = `
      [60|01]
      type=aor
      [6001](+)
      max_contacts=1
      [6001]
      type=endpoint
      aors=6001
      #include more.conf
      ;- more.conf
      [x]
      type=endpoint
      aors=other,6001
    `;
    const r = doRename(src, 'alice') as Map<string, string>;
    assert.equal(
      r.get('pjsip.conf'),
      '[alice]\ntype=aor\n[alice](+)\nmax_contacts=1\n[6001]\ntype=endpoint\naors=alice\n#include more.conf',
    );
    assert.equal(r.get('more.conf'), '[x]\ntype=endpoint\naors=other,alice\n');
  });

  test('a template and the sections that inherit from it', () => {
    const r = doRename('[t|pl](!)\ntype=aor\n[a](tpl)\n', 'base') as Map<string, string>;
    assert.equal(r.get('pjsip.conf'), '[base](!)\ntype=aor\n[a](base)\n');
  });

  test('prepareRename refuses what cannot be renamed', () => {
    const refuse = (src: string) => {
      const f = fixture(src);
      const p = prepareRename(f.analysis, f.file, f.offset);
      return 'error' in p ? p.error : 'allowed';
    };
    assert.match(refuse('[x]\ntype=endpoint\ncontext=fr|om\n'), /Only section names/);
    assert.match(refuse('[x]\ntype=endpoint\nauth=no|pe\n'), /nothing to rename/);
    assert.match(
      refuse(
        '[r]\ntype=registration\noutbound_auth=t-oa|uth\n;- pjsip_wizard.conf\n[t]\ntype=wizard\nsends_auth=yes\noutbound_auth/username=u\nremote_hosts=192.0.2.1\n',
      ),
      /generated by the wizard/,
    );
    assert.equal(refuse(SET.replace('aors=6001', 'aors=60|01')), 'allowed');
    assert.match(doRename(SET.replace('aors=6001', 'aors=60|01'), 'two words') as string, /cannot be a section name/);
  });
});
