/**
 * Diagnostics for the target Asterisk version, one row per version boundary: each checked just before and at the
 * release that changed it, through pjsip-check --asterisk-version and over LSP with the pjsip.asteriskVersion setting.
 */
import { test, suite, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryLsp } from './helpers/memoryLsp';
import { uri } from './helpers/lsp';
import { codeActions } from '../server/src/features/codeActions';
import { fixture } from './helpers/fixture';
import { parseAsteriskVersion, targetText } from '../server/src/schema/versions';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'server/out/cli.js');

const EP = '[6001]\ntype=endpoint\nallow=ulaw\nidentify_by=ip\naors=6001\n';
const AOR = '[6001]\ntype=aor\nmax_contacts=1\n';
const AUTH = (extra: string) => `[6001]\ntype=auth\n${extra}username=6001\npassword=x\n`;

interface Row {
  what: string;
  config: string;
  rule: string;
  /** Version, and the message the rule gives there (undefined: the rule does not fire). */
  cases: [string, RegExp | undefined][];
}

const ROWS: Row[] = [
  {
    what: 'auth_type=digest (RFC 8760)',
    config: AUTH('auth_type=digest\n'),
    rule: 'invalid-value',
    cases: [
      [
        '20.11.0',
        /^auth_type=digest exists from 20\.12\.0, 21\.7\.0, 22\.2\.0 and 23; Asterisk 20\.11\.0 does not know it: Asterisk will not load auth '6001'\.$/,
      ],
      ['20.12.0', undefined],
      ['21.6.0', /Asterisk 21\.6\.0 does not know it/],
      ['21.7.0', undefined],
      ['18', /Asterisk 18\.26\.4 does not know it/],
    ],
  },
  {
    what: 'password_digest (RFC 8760)',
    config: '[6001]\ntype=auth\nusername=6001\npassword_digest=SHA-256:0123\n',
    rule: 'unknown-option',
    cases: [
      [
        '22.1.0',
        /^'password_digest' exists from 20\.12\.0, 21\.7\.0, 22\.2\.0 and 23; Asterisk 22\.1\.0 does not know it/,
      ],
      ['22.2.0', undefined],
    ],
  },
  {
    what: 'tenantid',
    config: `${EP}tenantid=acme\n${AOR}`,
    rule: 'unknown-option',
    cases: [
      [
        '20.9.0',
        /^'tenantid' exists from 18\.25\.0, 20\.10\.0, 21\.5\.0 and 22; Asterisk 20\.9\.0 does not know it: Asterisk will not load endpoint '6001'\.$/,
      ],
      ['20.10.0', undefined],
      ['18.24.0', /Asterisk 18\.24\.0 does not know it/],
      ['18.25.0', undefined],
      ['16', /Asterisk 16\.30\.1 does not know it/],
    ],
  },
  {
    what: 'security_negotiation',
    config: `${EP}security_negotiation=mediasec\n${AOR}`,
    rule: 'unknown-option',
    cases: [
      ['16.29.0', /^'security_negotiation' exists from 16\.30\.0, 18\.16\.0, 20\.1\.0 and 21/],
      ['16.30.0', undefined],
      ['20.0.0', /Asterisk 20\.0\.0/],
      ['20.1.0', undefined],
    ],
  },
  {
    what: '100rel=peer_supported',
    config: `${EP}100rel=peer_supported\n${AOR}`,
    rule: 'invalid-value',
    cases: [
      [
        '18.15.0',
        /^100rel=peer_supported exists from 16\.30\.0, 18\.16\.0, 20\.1\.0 and 21; Asterisk 18\.15\.0 does not know it/,
      ],
      ['18.16.0', undefined],
      ['20.0.0', /Asterisk 20\.0\.0/],
      ['20.1.0', undefined],
    ],
  },
  {
    what: "identify's short-lived transport",
    config: `${EP}${AOR}[t]\ntype=transport\nbind=0.0.0.0\n[i]\ntype=identify\nendpoint=6001\nmatch=192.0.2.1\ntransport=t\n`,
    rule: 'unknown-option',
    cases: [
      [
        '20.7.0',
        /^'transport' exists in 18\.23\.0 \(gone in 18\.23\.1\), 20\.8\.0 \(gone in 20\.8\.1\) and 21\.3\.0 \(gone in 21\.3\.1\); Asterisk 20\.7\.0 does not know it: Asterisk will not load identify 'i'\.$/,
      ],
      ['20.8.0', undefined],
      ['20.8.1', /Asterisk 20\.8\.1 does not know it/],
      ['21.3.0', undefined],
      ['22', /Asterisk 22\.10\.1/],
      ['', /Asterisk 23\.4\.1 does not know it/],
    ],
  },
  {
    what: 'method=tlsv1_3',
    config: '[t]\ntype=transport\nprotocol=tls\nbind=0.0.0.0:5061\nmethod=tlsv1_3\n',
    rule: 'invalid-value',
    cases: [
      ['20.4.0', /^method=tlsv1_3 exists from 18\.20\.0, 20\.5\.0 and 21; Asterisk 20\.4\.0 does not know it/],
      ['20.5.0', undefined],
      ['18.19.0', /Asterisk 18\.19\.0/],
      ['18.20.0', undefined],
    ],
  },
  {
    what: 'stir_shaken: new option in 16.15.0',
    config: `${EP}stir_shaken=yes\n${AOR}`,
    rule: 'unknown-option',
    cases: [
      ['16.14.0', /^'stir_shaken' exists from 16\.15\.0 and 18/],
      ['16.15.0', undefined],
    ],
  },
  {
    what: 'stir_shaken: retired (default gone) in 20.7.0',
    config: `${EP}stir_shaken=yes\n${AOR}`,
    rule: 'deprecated-option',
    cases: [
      ['20.6.0', undefined],
      ['20.7.0', /^'stir_shaken' is deprecated; use 'stir_shaken_profile' instead\. Asterisk ignores it\.$/],
      ['18.21.0', undefined],
      ['18.22.0', /deprecated/],
    ],
  },
  {
    what: 'auth_type=userpass is old only where digest exists',
    config: AUTH('auth_type=userpass\n'),
    rule: 'deprecated-value',
    cases: [
      ['20.11.0', undefined],
      ['20.12.0', /^'userpass' is an old value of auth_type; 'digest' means the same\.$/],
      [
        '',
        /^'userpass' is an old value of auth_type; 'digest' means the same \(needs 20\.12\.0, 21\.7\.0, 22\.2\.0 or 23\)\.$/,
      ],
    ],
  },
  {
    what: 'codec h265 (from 16.7.0)',
    config: `${EP.replace('allow=ulaw', 'allow=ulaw,h265')}${AOR}`,
    rule: 'invalid-value',
    cases: [
      [
        '16.6.0',
        /^codec 'h265' exists from 16\.7\.0 and 18; Asterisk 16\.6\.0 does not know it: Asterisk will not load endpoint '6001'\.$/,
      ],
      ['16.7.0', undefined],
    ],
  },
  {
    what: 'codec testlaw (16 and 18 only)',
    config: `${EP.replace('allow=ulaw', 'allow=ulaw,testlaw')}${AOR}`,
    rule: 'invalid-value',
    cases: [
      ['18', undefined],
      ['20.0.0', /^codec 'testlaw' exists from 16 and 18; Asterisk 20\.0\.0 does not know it/],
    ],
  },
  {
    what: 'md5_cred: a plain text field before 22.2.0, deprecated for password_digest from it',
    config: AUTH('md5_cred=abc\n').replace('password=x\n', ''),
    rule: 'deprecated-option',
    cases: [
      ['22.1.0', undefined],
      ['22.2.0', /^'md5_cred' is deprecated; use 'password_digest' instead\.$/],
    ],
  },
];

const made: string[] = [];
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function folder(config: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-versions-')));
  made.push(dir);
  fs.writeFileSync(path.join(dir, 'pjsip.conf'), config);
  return dir;
}

function check(actual: string[], expected: RegExp | undefined, where: string): void {
  if (!expected) assert.deepEqual(actual, [], where);
  else {
    assert.equal(actual.length, 1, `${where}: ${JSON.stringify(actual)}`);
    assert.match(actual[0], expected, where);
  }
}

suite('version boundaries through pjsip-check --asterisk-version', () => {
  for (const row of ROWS) {
    test(row.what, () => {
      const dir = folder(row.config);
      for (const [version, expected] of row.cases) {
        const args = [CLI, '--format', 'json', ...(version ? ['--asterisk-version', version] : []), dir];
        const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
        assert.equal(r.stderr, '', version);
        const rows = JSON.parse(r.stdout) as { code: string; message: string }[];
        check(
          rows.filter((x) => x.code === row.rule).map((x) => x.message),
          expected,
          `${row.what} @ ${version || 'no version'}`,
        );
      }
    });
  }

  test('an unknown version: one clear message, then the default', () => {
    const dir = folder(`${EP}tenantid=acme\n${AOR}`);
    const r = spawnSync(process.execPath, [CLI, '--asterisk-version', '19.2', dir], { encoding: 'utf8' });
    assert.equal(
      r.stderr,
      "pjsip-check: Asterisk version '19.2' is not a branch this checker knows. Use a branch (16, 18, 20, 21, 22, 23), a release such as 20.20.1, or master; using the newest release, 23.4.1.\n",
    );
    assert.equal(r.stdout, 'pjsip-check: checked against Asterisk 23.4.1, the newest release\n');
    assert.equal(r.status, 0);
  });
});

suite('version boundaries over LSP with pjsip.asteriskVersion', () => {
  for (const row of ROWS) {
    test(row.what, async () => {
      const dir = folder(row.config);
      const u = uri(path.join(dir, 'pjsip.conf'));
      for (const [version, expected] of row.cases) {
        const lsp = new MemoryLsp();
        await lsp.initialize(dir, { asteriskVersion: version });
        const status = lsp.waitFor('pjsip/targetVersion');
        const diags = lsp.waitForDiagnostics(u);
        lsp.notify('textDocument/didOpen', {
          textDocument: { uri: u, languageId: 'pjsip', version: 1, text: row.config },
        });
        const got = (await diags).filter((d) => d.code === row.rule).map((d) => d.message as string);
        check(got, expected, `${row.what} @ ${version || 'no version'}`);
        assert.equal(
          (await status).text,
          version ? `Asterisk ${targetText(parseAsteriskVersion(version).target)}` : 'Asterisk 23.4.1?',
        );
        await lsp.stop();
      }
    });
  }

  test('the status bar choices and an invalid setting: one warning, the default', async () => {
    const dir = folder(EP + AOR);
    const lsp = new MemoryLsp();
    const warning = lsp.waitFor('window/showMessage');
    const status = lsp.waitFor('pjsip/targetVersion');
    await lsp.initialize(dir, { asteriskVersion: '20.99' });
    assert.equal(
      (await warning).message,
      "PJSIP: Asterisk version '20.99' is newer than the newest 20 release this checker knows (20.20.1). Use a branch (16, 18, 20, 21, 22, 23), a release such as 20.20.1, or master; using the newest release, 23.4.1.",
    );
    const s = await status;
    assert.equal(s.text, 'Asterisk 23.4.1?');
    assert.deepEqual(
      s.choices.map((c: { value: string }) => c.value),
      ['23', '22', '21', '20', '18', '16', 'master', ''],
    );
    assert.equal(s.settingName, 'asteriskVersion');
    await lsp.stop();
  });
});

suite('quick fixes for a version', () => {
  function titles(src: string, asteriskVersion?: string): string[] {
    const f = fixture(src, { asteriskVersion });
    return codeActions(f.analysis, f.file, f.analysis.diagnostics)
      .map((c) => c.title)
      .filter((t) => !t.startsWith('Disable'));
  }
  test('no version set: a suggestion that needs a newer release says so in its title', () => {
    assert.deepEqual(titles(AUTH('auth_type=userpass\n')), [
      "Change to 'digest' (needs 20.12.0, 21.7.0, 22.2.0 or 23)",
    ]);
    assert.deepEqual(titles(AUTH('auth_type=userpass\n'), '20.12.0'), ["Change to 'digest'"]);
    assert.deepEqual(titles(AUTH('auth_type=userpass\n'), '20.11.0'), []);
  });
  test('did-you-mean offers only what the target has', () => {
    assert.deepEqual(titles(`${EP}tenantidd=x\n${AOR}`, '20.10.0'), ["Change to 'tenantid'"]);
    assert.deepEqual(titles(`${EP}tenantidd=x\n${AOR}`), [
      "Change to 'tenantid' (needs 18.25.0, 20.10.0, 21.5.0 or 22)",
    ]);
    assert.ok(!titles(`${EP}tenantidd=x\n${AOR}`, '20.9.0').some((t) => t.includes("'tenantid'")));
  });
  test('a created auth writes auth_type=digest only for a target that has it', () => {
    const create = (v?: string) => {
      const f = fixture(`${EP.replace('aors=6001\n', 'aors=6001\nauth=6001\n')}${AOR}`, { asteriskVersion: v });
      const fix = codeActions(f.analysis, f.file, f.analysis.diagnostics).find((c) =>
        c.title.startsWith('Create auth [6001]'),
      );
      return fix?.edits[0].newText ?? '';
    };
    assert.match(create('22.2.0'), /auth_type=digest/);
    assert.doesNotMatch(create('22.1.0'), /auth_type/);
    assert.doesNotMatch(create(), /auth_type/);
  });
});
