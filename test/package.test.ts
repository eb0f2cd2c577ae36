/**
 * The npm package pjsip-language-server (server/), installed the way a user installs it: `npm pack`, then
 * `npm install --global --offline` of the tarball into an empty prefix (no network, an empty cache: this works
 * only because the bundles have no runtime dependencies). Then the bins of that prefix: pjsip-check on a config
 * folder, pjsip-migrate on a sip.conf, pjsip-language-server over stdio, and the CI hooks of the repository (action.yml,
 * .pre-commit-hooks.yaml) run the way GitHub's runner and pre-commit run them.
 */
import { test, suite, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LspClient, uri } from './helpers/lsp';
import { parseYaml } from './helpers/yaml';
import { REPOSITORY_URL } from '../server/src/version';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = path.resolve(__dirname, '../..');
const PKG_DIR = path.join(ROOT, 'server');
const FIXTURE = path.join(ROOT, 'test/fixtures/ci-set');
const rootManifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const manifest = JSON.parse(fs.readFileSync(path.join(PKG_DIR, 'package.json'), 'utf8'));
const VERSION: string = rootManifest.version;

let tmp = '';
let tarball = '';
let packed: Json;
let prefix = '';
let install: SpawnSyncReturns<string>;
const bin = (name: string) => path.join(prefix, 'bin', name);

/** npm without the network, the user's config or cache: what a locked-down CI box or an air-gapped PBX has. */
function npmEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    npm_config_userconfig: path.join(tmp, 'npmrc'),
    npm_config_cache: path.join(tmp, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  };
}

/** A copy of the fixture set as a config repository: the folder a hook or a CI job runs in. */
function configRepo(sub = ''): string {
  const repo = fs.mkdtempSync(path.join(tmp, 'repo-'));
  fs.cpSync(FIXTURE, path.join(repo, sub), { recursive: true });
  return repo;
}

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-npm-'));
  fs.writeFileSync(path.join(tmp, 'npmrc'), '');
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', tmp], {
    cwd: PKG_DIR,
    env: npmEnv(),
    encoding: 'utf8',
  });
  assert.equal(pack.status, 0, pack.stderr);
  packed = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')))[0];
  tarball = path.join(tmp, packed.filename);
  prefix = path.join(tmp, 'prefix');
  fs.mkdirSync(prefix);
  install = spawnSync('npm', ['install', '--global', '--prefix', prefix, tarball], {
    cwd: tmp,
    env: npmEnv(),
    encoding: 'utf8',
  });
});
after(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

suite('npm package pjsip-language-server', () => {
  test('npm pack: the three bundles, the rule docs (English and Chinese), README and LICENSE; no sources, tests, fixtures or maps', () => {
    assert.deepEqual(packed.files.map((f: Json) => f.path).sort(), [
      'LICENSE',
      'README.md',
      'out/cli.js',
      'out/migrate.js',
      'out/rules.md',
      'out/server.js',
      'out/zh-cn/rules.md',
      'package.json',
    ]);
    // three self-contained bundles (each carries the schema and the texts of both languages): about 670 KB
    assert.ok(packed.size < 760 * 1024, `tarball is ${packed.size} bytes`);
    assert.equal(fs.statSync(tarball).size, packed.size);
  });

  test('the manifest: the root version and repository, Node 20+, the three bins, no dependencies, public', () => {
    assert.equal(manifest.name, 'pjsip-language-server');
    assert.equal(manifest.version, VERSION, 'server/package.json and package.json carry the same version');
    assert.equal(manifest.repository.url, rootManifest.repository.url);
    assert.equal(
      REPOSITORY_URL,
      rootManifest.repository.url,
      'server/src/version.ts writes the repository URL of package.json',
    );
    assert.equal(manifest.engines.node, rootManifest.engines.node);
    assert.equal(manifest.license, rootManifest.license);
    assert.deepEqual(manifest.bin, {
      'pjsip-language-server': 'out/server.js',
      'pjsip-check': 'out/cli.js',
      'pjsip-migrate': 'out/migrate.js',
    });
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'private'])
      assert.equal(manifest[field], undefined, field);
    assert.equal(
      fs.readFileSync(path.join(PKG_DIR, 'LICENSE'), 'utf8'),
      fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'),
    );
  });

  test('the bundles need nothing but Node: every require() names a built-in module', () => {
    const builtins = new Set(builtinModules);
    for (const f of ['out/server.js', 'out/cli.js', 'out/migrate.js']) {
      const text = fs.readFileSync(path.join(PKG_DIR, f), 'utf8');
      const required = [...new Set([...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))];
      assert.ok(required.length > 0);
      assert.deepEqual(
        required.filter((m) => !builtins.has(m.replace(/^node:/, ''))),
        [],
        f,
      );
    }
  });

  test('installed offline from the tarball into an empty prefix: one package, the three bins', () => {
    assert.equal(install.status, 0, install.stderr);
    assert.match(install.stdout, /added 1 package/);
    assert.deepEqual(fs.readdirSync(path.join(prefix, 'lib/node_modules')), ['pjsip-language-server']);
    assert.deepEqual(fs.readdirSync(path.join(prefix, 'bin')).sort(), [
      'pjsip-check',
      'pjsip-language-server',
      'pjsip-migrate',
    ]);
  });

  test('pjsip-migrate from the prefix: --version, and a sip.conf converted into a folder the checker finds clean', () => {
    const v = spawnSync(bin('pjsip-migrate'), ['--version'], { encoding: 'utf8' });
    assert.deepEqual([v.status, v.stdout], [0, `pjsip-migrate ${VERSION}\n`]);
    const src = path.join(tmp, 'sip');
    fs.mkdirSync(src);
    fs.writeFileSync(
      path.join(src, 'sip.conf'),
      '[general]\nregister => 100:pw@sip.example.net\n[6001]\ntype=friend\nhost=dynamic\nsecret=x1\n',
    );
    const out = path.join(tmp, 'migrated');
    const r = spawnSync(bin('pjsip-migrate'), [src, '-o', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(out).sort(), ['MIGRATION.md', 'pjsip.conf']);
    const check = spawnSync(bin('pjsip-check'), [out], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout);
  });

  test('pjsip-check from the prefix: --version, --help, and a config folder checked with exit status 1', () => {
    const v = spawnSync(bin('pjsip-check'), ['--version'], { encoding: 'utf8' });
    assert.deepEqual([v.status, v.stdout], [0, `pjsip-check ${VERSION}\n`]);
    const h = spawnSync(bin('pjsip-check'), ['--help'], { encoding: 'utf8' });
    assert.equal(h.status, 0);
    assert.match(h.stdout, /^usage: pjsip-check .*--format text\|json\|sarif\|github/);
    const r = spawnSync(bin('pjsip-check'), ['.'], { cwd: FIXTURE, encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stdout.split('\n')[0], /^pjsip-check: checked against Asterisk /, 'which Asterisk, first');
    assert.equal(
      r.stdout.split('\n')[2],
      "pjsip.conf:12:1: error unknown-option: 'max_contacts' is not an endpoint option (it is an aor option): Asterisk will not load endpoint '6001'.",
    );
    assert.equal(r.stdout.trim().split('\n').length, 5);
  });

  test('pjsip-language-server from the prefix: --version, --help, an LSP handshake over stdio, diagnostics linked to the installed rule docs', async () => {
    const v = spawnSync(bin('pjsip-language-server'), ['--version'], { encoding: 'utf8' });
    assert.deepEqual([v.status, v.stdout], [0, `pjsip-language-server ${VERSION}\n`]);
    const h = spawnSync(bin('pjsip-language-server'), ['--help'], { encoding: 'utf8' });
    assert.equal(h.status, 0);
    assert.match(h.stdout, /^usage: pjsip-language-server --stdio\n/);
    const lsp = new LspClient(['--stdio'], [bin('pjsip-language-server')]);
    try {
      const init = await lsp.initialize(FIXTURE);
      assert.deepEqual(init.serverInfo, { name: 'pjsip-language-server', version: VERSION });
      assert.ok(
        init.capabilities.completionProvider && init.capabilities.hoverProvider && init.capabilities.definitionProvider,
      );
      const file = path.join(FIXTURE, 'pjsip.conf');
      const diags = lsp.waitForDiagnostics(uri(file), (d) => d.length > 0);
      lsp.notify('textDocument/didOpen', {
        textDocument: { uri: uri(file), languageId: 'pjsip', version: 1, text: fs.readFileSync(file, 'utf8') },
      });
      const d = (await diags).find((x) => x.code === 'unknown-option');
      assert.equal(d.range.start.line, 11);
      const doc = fileURLToPath(d.codeDescription.href.replace(/#.*$/, ''));
      assert.equal(doc, fs.realpathSync(path.join(prefix, 'lib/node_modules/pjsip-language-server/out/rules.md')));
      assert.match(fs.readFileSync(doc, 'utf8'), /^## unknown-option$/m);
    } finally {
      await lsp.stop();
    }
  });
});

suite('CI hooks, run from the installed package', () => {
  const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Json;

  /** Runs the action's steps as GitHub's runner does: `bash --noprofile --norc -eo pipefail`, inputs through the
   * step's env, $GITHUB_PATH added to PATH for the following steps. */
  function runAction(inputs: Record<string, string>, workspace: string) {
    const value = (expr: string): string => {
      const m = /^\$\{\{\s*(inputs\.([\w-]+)|github\.workspace)\s*\}\}$/.exec(expr.trim());
      assert.ok(m, `an expression this test knows: ${expr}`);
      return m[1] === 'github.workspace' ? workspace : (inputs[m[2]] ?? action.inputs[m[2]].default);
    };
    const runnerTemp = fs.mkdtempSync(path.join(tmp, 'runner-'));
    const githubPath = path.join(runnerTemp, 'github_path');
    fs.writeFileSync(githubPath, '');
    const out: Record<string, SpawnSyncReturns<string>> = {};
    for (const step of action.runs.steps as Json[]) {
      assert.equal(step.shell, 'bash');
      assert.doesNotMatch(step.run, /\$\{\{/, 'inputs reach the script through env, never pasted into it');
      const env: NodeJS.ProcessEnv = {
        ...npmEnv(),
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: runnerTemp,
        GITHUB_PATH: githubPath,
      };
      for (const [k, v] of Object.entries<string>(step.env ?? {})) env[k] = value(v);
      const added = fs.readFileSync(githubPath, 'utf8').split('\n').filter(Boolean).reverse();
      env.PATH = [...added, process.env.PATH].join(path.delimiter);
      const cwd = step['working-directory'] ? value(step['working-directory']) : workspace;
      out[step.id] = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
        cwd,
        env,
        encoding: 'utf8',
      });
      if (out[step.id].status !== 0) break;
    }
    return out;
  }

  test('action.yml: installs the package, annotates the findings in the folder, fails the job on errors', () => {
    assert.equal(action.runs.using, 'composite');
    const repo = configRepo('asterisk');
    const r = runAction({ path: 'asterisk', package: tarball, 'sarif-file': 'pjsip.sarif' }, repo);
    assert.equal(r.install.status, 0, r.install.stderr);
    assert.equal(r.check.status, 1, r.check.stderr);
    const lines = r.check.stdout.trim().split('\n');
    assert.equal(lines[0], `pjsip-check ${VERSION}`);
    assert.deepEqual(
      lines.slice(1).map((l) => /^::(\w+) file=([^,]+),line=(\d+)/.exec(l)?.slice(1).join(' ')),
      [
        'warning asterisk/pjsip.conf 11',
        'error asterisk/pjsip.conf 12',
        'notice asterisk/pjsip.conf 24',
        'error asterisk/pjsip.d/phones.conf 4',
      ],
    );
    const sarif = JSON.parse(fs.readFileSync(path.join(repo, 'pjsip.sarif'), 'utf8'));
    assert.deepEqual(
      sarif.runs[0].results.map((x: Json) => x.locations[0].physicalLocation.artifactLocation.uri),
      ['asterisk/pjsip.conf', 'asterisk/pjsip.conf', 'asterisk/pjsip.conf', 'asterisk/pjsip.d/phones.conf'],
    );
  });

  test('action.yml: args reach the checker; warnings alone pass; the package defaults to this version', () => {
    const repo = configRepo();
    const r = runAction({ package: tarball, args: '--rule unknown-option=off --rule unresolved-reference=off' }, repo);
    assert.equal(r.check.status, 0, r.check.stderr);
    assert.deepEqual(
      r.check.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(' ')[0]),
      ['::warning', '::notice'],
    );
    assert.equal(action.inputs.package.default, '');
    assert.match(
      action.runs.steps[0].run,
      /pjsip-language-server@\$\(node -p "require\(process\.argv\[1\]\)\.version" "\$GITHUB_ACTION_PATH\/package\.json"\)/,
    );
  });

  test(".pre-commit-hooks.yaml: the hook's entry and args, run from the install in a config repository", () => {
    const hooks = parseYaml(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Json[];
    const hook = hooks.find((h) => h.id === 'pjsip-check');
    assert.equal(hook.language, 'node');
    assert.equal(hook.pass_filenames, 'false');
    const files = new RegExp(hook.files);
    assert.ok(['pjsip.conf', 'asterisk/pjsip_wizard.conf', 'asterisk/pjsip.d/phones.conf'].every((f) => files.test(f)));
    assert.ok(!files.test('README.md'));
    // pre-commit runs `entry args...` in the repository root, with the hook repository's bins on PATH.
    const env = { ...process.env, PATH: [path.join(prefix, 'bin'), process.env.PATH].join(path.delimiter) };
    const [cmd, ...entryArgs] = String(hook.entry).split(' ');
    const atRoot = spawnSync(cmd, [...entryArgs, ...hook.args], { cwd: configRepo(), env, encoding: 'utf8' });
    assert.equal(atRoot.status, 1);
    assert.match(atRoot.stdout, /^pjsip\.conf:12:1: error unknown-option: /m);
    // The config set in a subfolder: the user's `args: [asterisk]` replace the default.
    const sub = spawnSync(cmd, [...entryArgs, 'asterisk'], { cwd: configRepo('asterisk'), env, encoding: 'utf8' });
    assert.equal(sub.status, 1);
    assert.match(sub.stdout, /^asterisk\/pjsip\.d\/phones\.conf:4:6: error unresolved-reference: /m);
  });

  test('what pre-commit installs, `npm pack` of the repository root, holds the bins it names and builds them on install', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      env: npmEnv(),
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const files: string[] = JSON.parse(r.stdout.slice(r.stdout.indexOf('[')))[0].files.map((f: Json) => f.path);
    assert.deepEqual(Object.keys(rootManifest.bin).sort(), ['pjsip-check', 'pjsip-language-server', 'pjsip-migrate']);
    for (const target of Object.values<string>(rootManifest.bin))
      assert.ok(files.includes(target), `${target} is packed`);
    assert.ok(!files.some((f) => /^(test|client|server\/src)\//.test(f)), files.join(' '));
    assert.equal(rootManifest.scripts.prepare, 'node scripts/build.mjs');
  });
});
