/**
 * pjsip-migrate on real-world sip.conf sets (test/fixtures/sipconf-corpus, sources in its MANIFEST.md): each set
 * converts with no checker error, every setting of every file it reads gets a row, no password reaches
 * MIGRATION.md; and, where the real Asterisk of ../shared/asterisk is present, the set converted for each release
 * there (master, and 20.7.0 when packaged) boots on that release (binds rewritten to loopback, certificate files pointed at a generated one) with every peer loaded as an
 * endpoint and every register line as a registration.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { migrateSipConf, type MigrateResult } from '../server/src/migrate';
import { readSipConf } from '../server/src/migrate/read';
import { diskProvider } from '../server/src/node/fsProvider';
import { asteriskMissing, asteriskReleases, runAsterisk } from './helpers/asterisk';

const CORPUS = path.resolve(__dirname, '../../test/fixtures/sipconf-corpus');
const SETS = fs
  .readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

function convert(set: string, asteriskVersion = 'master'): MigrateResult {
  const dir = path.join(CORPUS, set);
  const r = migrateSipConf(path.join(dir, 'sip.conf'), dir, diskProvider(), {
    asteriskVersion,
    locale: 'en',
    version: 'test',
  });
  assert.ok(r, `${set}: sip.conf not read`);
  return r;
}

/** Every password-like value written in a set's files (long enough not to appear by chance). */
function secretsOf(set: string): string[] {
  const read = readSipConf(path.join(CORPUS, set, 'sip.conf'), path.join(CORPUS, set), diskProvider())!;
  const out: string[] = [];
  for (const s of read.sections.flatMap((x) => x.settings)) {
    if (/secret/.test(s.name) && s.value.length >= 5) out.push(s.value);
    if (s.name === 'register') {
      const m = /^[^@]*?:([^:@]{5,})/.exec(s.value.replace(/^[^?@]*\?/, '').replace(/^\w+:\/\//, ''));
      if (m) out.push(m[1]);
    }
  }
  // plain digits or a plain word (`secret=secret`) can appear in any text
  return out.filter((x) => !/^(\d+|[a-z]+)$/.test(x));
}

suite('migrate: the sip.conf corpus', () => {
  test('the corpus has its sets and its manifest', () => {
    assert.ok(SETS.length >= 30, `${SETS.length} sets`);
    const manifest = fs.readFileSync(path.join(CORPUS, 'MANIFEST.md'), 'utf8');
    for (const s of SETS) assert.match(manifest, new RegExp(`\\| \`${s}\` \\|`), `${s} not in MANIFEST.md`);
  });

  for (const set of SETS)
    test(`${set}: no checker error, a row for every setting, no password in MIGRATION.md`, () => {
      for (const version of ['master', '20.7.0']) {
        const r = convert(set, version);
        const errors = r.findings.filter((f) => f.diagnostic.severity === 'error');
        assert.deepEqual(
          errors.map((f) => `${f.file}:${f.line} ${f.diagnostic.message}`),
          [],
          `${set} for ${version}`,
        );
      }
      const r = convert(set);
      const read = readSipConf(path.join(CORPUS, set, 'sip.conf'), path.join(CORPUS, set), diskProvider())!;
      const rows = new Set(r.conversion.rows.map((x) => `${x.path}:${x.line}`));
      const settings = read.sections.flatMap((x) => x.settings.filter((s) => !s.template));
      const missing = settings.filter((s) => !rows.has(`${s.path}:${s.line}`));
      assert.deepEqual(
        missing.map((s) => `${s.path}:${s.line + 1} ${s.key}`),
        [],
      );
      assert.ok(!r.conversion.rows.some((x) => x.outcome.note.key === 'notRead'), 'a setting no step read');
      const report = r.files.get('MIGRATION.md')!;
      for (const s of secretsOf(set)) assert.ok(!report.includes(s), `${set}: a password in MIGRATION.md`);
    });

  test('totals', (t) => {
    let peers = 0,
      endpoints = 0,
      lines = 0,
      registrations = 0;
    for (const set of SETS) {
      const c = convert(set).conversion;
      peers += c.peers;
      endpoints += c.endpoints;
      lines += c.registerLines;
      registrations += c.registrations;
    }
    t.diagnostic(
      `${SETS.length} sets: ${peers} peers -> ${endpoints} endpoints, ${lines} register lines -> ${registrations} registrations`,
    );
    assert.ok(endpoints >= peers && registrations <= lines);
  });
});

/** A throwaway certificate and key, for the TLS and DTLS files the sets name (absolute paths of their machines). */
function testCertificate(): { cert: string; key: string } | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-migrate-cert-'));
  try {
    const r = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=test',
        '-keyout',
        'k.pem',
        '-out',
        'c.pem',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    if (r.status !== 0) return undefined;
    return {
      cert: fs.readFileSync(path.join(dir, 'c.pem'), 'utf8'),
      key: fs.readFileSync(path.join(dir, 'k.pem'), 'utf8'),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The converted files as the loopback-only Asterisk can load them: binds on 127.0.0.1, files in the folder. */
function forLoopback(files: Map<string, string>, cert: { cert: string; key: string }): Record<string, string> {
  const out: Record<string, string> = { 'test-cert.pem': cert.cert, 'test-key.pem': cert.key };
  for (const [name, text] of files) {
    if (!name.endsWith('.conf')) continue;
    out[name] = text
      .replace(/^bind=.*?(:\d+)?$/gm, (_m, port: string | undefined) => `bind=127.0.0.1${port ?? ''}`)
      .replace(/^(cert_file|dtls_cert_file|ca_list_file|dtls_ca_file)=.*$/gm, '$1=test-cert.pem')
      .replace(/^(priv_key_file|dtls_private_key)=.*$/gm, '$1=test-key.pem')
      .replace(/^(ca_list_path|dtls_ca_path)=.*$/gm, '$1=.');
  }
  return out;
}

/** Object names of a `pjsip show endpoints` / `pjsip show registrations` output. */
function shown(text: string, what: 'endpoints' | 'registrations'): Set<string> {
  const re = what === 'endpoints' ? /^ Endpoint:  ([^\s/<]+)/gm : /^ ([^\s/<]+)\/sip/gm;
  return new Set([...text.matchAll(re)].map((m) => m[1]));
}

for (const release of asteriskReleases())
  suite(`migrate: the corpus on a real Asterisk (${release}), converted for it`, () => {
    const cert = testCertificate();
    if (!cert) {
      test('skipped: openssl is missing (test certificates)', () => {});
      return;
    }
    const totals = { peers: 0, endpoints: 0, lines: 0, registrations: 0 };
    for (const set of SETS)
      test(`${set}: every peer is an endpoint and every register line a registration`, async () => {
        const r = convert(set, release);
        const objects = r.conversion.out.objects;
        const endpoints = objects.filter((o) => o.type === 'endpoint').map((o) => o.name);
        const registrations = objects.filter((o) => o.type === 'registration').map((o) => o.name);
        const run = await runAsterisk(forLoopback(r.files, cert), {}, release);
        const loadedEndpoints = shown(run.out('pjsip_show_endpoints.txt'), 'endpoints');
        const loadedRegistrations = shown(run.out('pjsip_show_registrations.txt'), 'registrations');
        const why = run.problems.filter((p) => /res_sorcery_config|config_options|Error parsing/.test(p)).join('\n');
        assert.deepEqual(
          endpoints.filter((n) => !loadedEndpoints.has(n)),
          [],
          why,
        );
        assert.deepEqual(
          registrations.filter((n) => !loadedRegistrations.has(n)),
          [],
          why,
        );
        totals.peers += r.conversion.peers;
        totals.endpoints += endpoints.filter((n) => loadedEndpoints.has(n)).length;
        totals.lines += r.conversion.registerLines;
        totals.registrations += registrations.filter((n) => loadedRegistrations.has(n)).length;
      });
    test('loaded in all', (t) => {
      t.diagnostic(
        `loaded on ${release}: ${totals.endpoints} endpoints for ${totals.peers} peers, ${totals.registrations} registrations for ${totals.lines} register lines`,
      );
    });
  });

const missing = asteriskMissing();
if (missing) suite('migrate: the corpus on a real Asterisk', () => test(`skipped: ${missing}`, () => {}));
