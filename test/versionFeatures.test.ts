/** Completion and hover answer for the target Asterisk version (`asteriskVersion`), one row per boundary. */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { complete } from '../server/src/features/completion';
import { hover } from '../server/src/features/hover';
import { codeActions } from '../server/src/features/codeActions';
import { fixture } from './helpers/fixture';
import { MemoryLsp } from './helpers/memoryLsp';
import { allTypes, findOption } from '../server/src/schema/schema';
import { optionsAt } from '../server/src/schema/versioned';
import { hasOption, parseAsteriskVersion } from '../server/src/schema/versions';
import { optionDoc } from '../server/src/schema/docs';
import { uri } from './helpers/lsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function labels(src: string, asteriskVersion?: string): string[] {
  const f = fixture(src, { asteriskVersion });
  return complete(f.analysis, f.file, f.offset, { style: 'compact' }).map((c) => c.label);
}

function hoverText(src: string, asteriskVersion?: string): string {
  const f = fixture(src, { asteriskVersion });
  return hover(f.analysis, f.file, f.offset)?.markdown ?? '';
}

suite('completion for a version', () => {
  // [what, config with cursor, label, version without it, version with it]
  const rows: [string, string, string, string, string][] = [
    ['auth_type=digest', '[a]\ntype=auth\nauth_type=|\n', 'digest', '20.11.0', '20.12.0'],
    ['password_digest', '[a]\ntype=auth\n|\n', 'password_digest', '21.6.0', '21.7.0'],
    ['tenantid', '[6001]\ntype=endpoint\n|\n', 'tenantid', '20.9.0', '20.10.0'],
    ['security_negotiation', '[r]\ntype=registration\n|\n', 'security_negotiation', '18.15.0', '18.16.0'],
    ['100rel=peer_supported', '[6001]\ntype=endpoint\n100rel=|\n', 'peer_supported', '16.29.0', '16.30.0'],
    ["identify's transport (added)", '[i]\ntype=identify\n|\n', 'transport', '21.2.0', '21.3.0'],
    ["identify's transport (removed)", '[i]\ntype=identify\n|\n', 'transport', '21.3.1', '21.3.0'],
    ['method=tlsv1_3', '[t]\ntype=transport\nmethod=|\n', 'tlsv1_3', '20.4.0', '20.5.0'],
    [
      'wizard endpoint/tenantid',
      ';- pjsip_wizard.conf\n[w]\ntype=wizard\nendpoint/|\n',
      'endpoint/tenantid',
      '18.24.0',
      '18.25.0',
    ],
  ];
  for (const [what, src, label, without, withIt] of rows) {
    test(`${what}: not offered for ${without}, offered for ${withIt}`, () => {
      assert.ok(!labels(src, without).includes(label), without);
      assert.ok(labels(src, withIt).includes(label), withIt);
    });
  }
  test('no version set: the newest release (master-only options are not offered)', () => {
    const l = labels('[t]\ntype=transport\n|\n');
    assert.ok(l.includes('tcp_keepalive_enable'));
    assert.ok(!l.includes('external_signaling_hostname'));
    assert.ok(labels('[t]\ntype=transport\n|\n', 'master').includes('external_signaling_hostname'));
  });
});

suite('hover for a version', () => {
  test('availability per branch replaces the old "Since" line', () => {
    const h = hoverText('[a]\ntype=auth\npassword_di|gest=x\n');
    assert.match(h, /^- \*\*Asterisk:\*\* 20\.12\.0 · 21\.7\.0 · 22\.2\.0 · 23$/m);
    assert.doesNotMatch(h, /Since/);
    assert.doesNotMatch(hoverText('[t]\ntype=registration\nforbidden_retry_inter|val=30\n'), /11\.7\.0|Since/);
  });
  test('an option the target lacks says so', () => {
    assert.match(
      hoverText('[6001]\ntype=endpoint\ntenan|tid=x\n', '20.7.0'),
      /\*\*Asterisk:\*\* 18\.25\.0 · 20\.10\.0 · 21\.5\.0 · 22 · 23 — ⚠ not in Asterisk 20\.7\.0/,
    );
  });
  test("identify's short-lived transport is documented where it existed", () => {
    assert.match(
      hoverText('[i]\ntype=identify\ntrans|port=t\n', '20.8.0'),
      /18\.23\.0 \(gone in 18\.23\.1\) · 20\.8\.0 \(gone in 20\.8\.1\) · 21\.3\.0 \(gone in 21\.3\.1\)$/m,
    );
  });
  test('an enum value shows its availability', () => {
    assert.match(
      hoverText('[a]\ntype=auth\nauth_type=dig|est\n'),
      /\*\*Asterisk:\*\* 20\.12\.0 · 21\.7\.0 · 22\.2\.0 · 23/,
    );
    assert.match(
      hoverText('[t]\ntype=transport\nmethod=tlsv1|_3\n', '20.4.0'),
      /20\.5\.0 · 21 · 22 · 23 — ⚠ not in Asterisk 20\.4\.0/,
    );
  });
  test("the accepted values and the default are the target's", () => {
    const old = hoverText('[a]\ntype=auth\nauth_t|ype=userpass\n', '20.11');
    assert.match(old, /\*\*Accepted:\*\* `userpass`, `md5`, `google_oauth`$/m);
    assert.match(old, /\*\*Other releases:\*\* `digest` \(20\.12\.0 · 21\.7\.0 · 22\.2\.0 · 23\)/);
    assert.doesNotMatch(old, /old name/);
  });
  // [version, default shown]
  const defaults: [string, RegExp][] = [
    ['16.22.0', /\*\*Default:\*\* `no`/],
    ['18.9.0', /\*\*Default:\*\* `off`/],
    ['20.6.0', /\*\*Default:\*\* `off`/],
    ['20.7.0', /^(?![\s\S]*\*\*Default:\*\*)/],
  ];
  for (const [version, shown] of defaults) {
    test(`stir_shaken's default in ${version}`, () => {
      const h = hoverText('[6001]\ntype=endpoint\nstir_sha|ken=no\n', version);
      assert.match(h, shown);
      if (version !== '20.7.0') assert.doesNotMatch(h, /Deprecated/);
      else assert.match(h, /Deprecated: use `stir_shaken_profile` instead/);
    });
  }
  test('threadpool_initial_size: 0 before 20.18.0, 4 from it', () => {
    assert.match(hoverText('[system]\ntype=system\nthreadpool_initial_si|ze=1\n', '20.17.0'), /\*\*Default:\*\* `0`/);
    assert.match(hoverText('[system]\ntype=system\nthreadpool_initial_si|ze=1\n', '20.18.0'), /\*\*Default:\*\* `4`/);
  });
});

suite('hovers and quick fixes never point at what the target lacks', () => {
  test('external_signaling_address: external_signaling_hostname only where it exists, and no port', () => {
    const src = '[t]\ntype=transport\nbind=0.0.0.0\nexternal_sig|naling_address=203.0.113.5\n';
    for (const v of [undefined, '20.7.0', '22']) {
      const h = hoverText(src, v);
      assert.doesNotMatch(h, /external_signaling_hostname/, v);
      assert.doesNotMatch(h, /as written/, v);
      assert.match(h, /must not carry a port.*`external_signaling_port`/, v);
    }
    assert.match(hoverText(src, 'master'), /mutually exclusive with external_signaling_hostname/);
  });

  test('an old name whose replacement the target lacks is the current one there: no deprecation, its own purpose', () => {
    const src = '[system]\ntype=system\nthreadpool_max|_size=20\n';
    const f = fixture(src, { asteriskVersion: '20.7' });
    assert.deepEqual(
      f.analysis.diagnostics.map((d) => d.code),
      [],
    );
    for (const locale of ['en', 'zh-cn'] as const) {
      const h = hover(f.analysis, f.file, f.offset, { locale })?.markdown ?? '';
      assert.doesNotMatch(h, /taskpool|Deprecated|已弃用/, locale);
    }
    assert.match(hoverText(src), /taskpool_max_size/);
  });

  test("auth_type=digest where the release lacks it: Change to 'userpass' comes first, then Disable", () => {
    for (const v of ['18', '20.7', '20.7.0', '21.6.0']) {
      const f = fixture('[a]\ntype=auth\nauth_type=digest\nusername=a\npassword=b\n', { asteriskVersion: v });
      const d = f.analysis.diagnostics.filter((x) => x.code === 'invalid-value');
      assert.equal(d.length, 1, v);
      for (const [locale, change, disable] of [
        ['en', "Change to 'userpass'", 'Disable invalid-value for this line'],
        ['zh-cn', "改为 'userpass'", '在此行停用 invalid-value'],
      ] as const)
        assert.deepEqual(
          codeActions(f.analysis, f.file, d, { locale }).map((a) => a.title),
          [change, disable],
          `${v} ${locale}`,
        );
    }
  });

  test('with no version set, what a suggestion needs reads in the title, in each language', () => {
    const f = fixture('[system]\ntype=system\nthreadpool_max_size=20\n');
    const d = f.analysis.diagnostics.filter((x) => x.code === 'deprecated-option');
    assert.equal(
      codeActions(f.analysis, f.file, d)[0].title,
      "Change to 'taskpool_max_size' (needs 20.18.0, 22.8.0 or 23.2.0)",
    );
    assert.equal(
      codeActions(f.analysis, f.file, d, { locale: 'zh-cn' })[0].title,
      "改为 'taskpool_max_size'（需要 20.18.0、22.8.0 或 23.2.0）",
    );
  });
});

suite('the target release over LSP', () => {
  test("a 20.7 session: Change to 'userpass' first, and the hover of external_signaling_address", async () => {
    const lsp = new MemoryLsp();
    await lsp.initialize('/v207', { asteriskVersion: '20.7' });
    const u = uri('/v207/pjsip.conf');
    const text =
      '[t]\ntype=transport\nbind=0.0.0.0\nexternal_signaling_address=203.0.113.5\n\n[a]\ntype=auth\nauth_type=digest\nusername=a\npassword=b\n';
    const published = lsp.waitForDiagnostics(u, (d) => d.length > 0);
    lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text } });
    const diags = await published;
    const actions: Json[] = await lsp.request('textDocument/codeAction', {
      textDocument: { uri: u },
      range: diags[0].range,
      context: { diagnostics: diags },
    });
    assert.deepEqual(
      actions.map((a: Json) => a.title),
      ["Change to 'userpass'", 'Disable invalid-value for this line'],
    );
    const h: Json = await lsp.request('textDocument/hover', {
      textDocument: { uri: u },
      position: { line: 3, character: 5 },
    });
    assert.doesNotMatch(h.contents.value, /external_signaling_hostname/);
    assert.match(h.contents.value, /must not carry a port/);
    await lsp.stop();
  });
});

suite('no option doc names an option its release lacks', () => {
  test('every option of every type, for each branch, 20.7.0 and the newest release', () => {
    const bad: string[] = [];
    for (const version of ['16', '18', '20.7.0', '20', '21', '22', '']) {
      const target = parseAsteriskVersion(version).target;
      for (const t of allTypes())
        for (const o of optionsAt(target, t.name))
          for (const locale of ['en', 'zh-cn'] as const) {
            const md = optionDoc(o, { target, locale });
            for (const w of md.match(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g) ?? []) {
              const named = findOption(t.name, w);
              if (named && !named.wildcard && w !== o.name && !hasOption(target, t.name, named.name))
                bad.push(`${version || 'newest'} ${locale}: ${t.name}.${o.name} names ${w}`);
            }
          }
    }
    assert.deepEqual([...new Set(bad)], []);
  });
});
