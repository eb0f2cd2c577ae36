/**
 * pjsip-check --format sarif and --format github, spawned as a CI job runs them. The SARIF log is checked
 * against the SARIF 2.1.0 requirements that code scanning relies on (validateSarif below: the official schema is
 * not on this machine and there is no network, so the relevant part of it is written out here).
 */
import { test, suite, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { envWithLocale } from './helpers/env';
import { pathToFileURL } from 'node:url';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'server/out/cli.js');
const FIXTURE = path.join(ROOT, 'test/fixtures/ci-set');
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

const ENV = envWithLocale();

function run(args: string[], cwd = FIXTURE) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: ENV });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const made: string[] = [];
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

// ---- SARIF 2.1.0, the parts we emit (property names and constraints from the OASIS spec / its JSON schema) ----
const LEVELS = ['none', 'note', 'warning', 'error'];
const ALLOWED: Record<string, string[]> = {
  log: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: [
    'tool',
    'invocations',
    'conversion',
    'language',
    'versionControlProvenance',
    'originalUriBaseIds',
    'artifacts',
    'logicalLocations',
    'graphs',
    'results',
    'automationDetails',
    'runAggregates',
    'baselineGuid',
    'redactionTokens',
    'defaultEncoding',
    'defaultSourceLanguage',
    'newlineSequences',
    'columnKind',
    'externalPropertyFileReferences',
    'threadFlowLocations',
    'taxonomies',
    'addresses',
    'translations',
    'policies',
    'webRequests',
    'webResponses',
    'specialLocations',
    'properties',
  ],
  tool: ['driver', 'extensions', 'properties'],
  driver: [
    'guid',
    'name',
    'organization',
    'product',
    'productSuite',
    'shortDescription',
    'fullDescription',
    'fullName',
    'version',
    'semanticVersion',
    'dottedQuadFileVersion',
    'releaseDateUtc',
    'downloadUri',
    'informationUri',
    'globalMessageStrings',
    'notifications',
    'rules',
    'taxa',
    'locations',
    'language',
    'contents',
    'isComprehensive',
    'localizedDataSemanticVersion',
    'minimumRequiredLocalizedDataSemanticVersion',
    'associatedComponent',
    'translationMetadata',
    'supportedTaxonomies',
    'properties',
  ],
  rule: [
    'id',
    'deprecatedIds',
    'guid',
    'deprecatedGuids',
    'name',
    'deprecatedNames',
    'shortDescription',
    'fullDescription',
    'messageStrings',
    'defaultConfiguration',
    'helpUri',
    'help',
    'relationships',
    'properties',
  ],
  mfString: ['text', 'markdown', 'properties'],
  configuration: ['enabled', 'level', 'rank', 'parameters', 'properties'],
  result: [
    'ruleId',
    'ruleIndex',
    'rule',
    'kind',
    'level',
    'message',
    'analysisTarget',
    'locations',
    'guid',
    'correlationGuid',
    'occurrenceCount',
    'partialFingerprints',
    'fingerprints',
    'stacks',
    'codeFlows',
    'graphs',
    'graphTraversals',
    'relatedLocations',
    'suppressions',
    'baselineState',
    'rank',
    'attachments',
    'hostedViewerUri',
    'workItemUris',
    'provenance',
    'fixes',
    'taxa',
    'webRequest',
    'webResponse',
    'properties',
  ],
  message: ['text', 'markdown', 'id', 'arguments', 'properties'],
  location: ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties'],
  physicalLocation: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'],
  artifactLocation: ['uri', 'uriBaseId', 'index', 'description', 'properties'],
  region: [
    'startLine',
    'startColumn',
    'endLine',
    'endColumn',
    'charOffset',
    'charLength',
    'byteOffset',
    'byteLength',
    'snippet',
    'message',
    'sourceLanguage',
    'properties',
  ],
};

function validateSarif(log: Json): string[] {
  const errs: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) errs.push(what);
  };
  const obj = (v: Json, kind: string, where: string): boolean => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      errs.push(`${where}: not an object`);
      return false;
    }
    for (const k of Object.keys(v)) check(ALLOWED[kind].includes(k), `${where}: unknown property '${k}'`);
    return true;
  };
  const str = (v: Json, where: string) => check(typeof v === 'string' && v.length > 0, `${where}: a non-empty string`);
  const absUri = (v: Json, where: string) => {
    str(v, where);
    try {
      new URL(v);
    } catch {
      errs.push(`${where}: not an absolute URI: ${v}`);
    }
  };
  const uriRef = (v: Json, where: string) => {
    str(v, where);
    check(typeof v === 'string' && !/[\s\\]/.test(v), `${where}: not a URI reference: ${v}`);
  };
  const mf = (v: Json, where: string) => {
    if (obj(v, 'mfString', where)) str(v.text, `${where}.text`);
  };
  const int = (v: Json, min: number, where: string) =>
    check(Number.isInteger(v) && v >= min, `${where}: an integer >= ${min}`);

  if (!obj(log, 'log', 'log')) return errs;
  check(log.version === '2.1.0', 'version: "2.1.0"');
  absUri(log.$schema, '$schema');
  check(/sarif-2\.1\.0/.test(log.$schema), '$schema: the 2.1.0 schema');
  check(Array.isArray(log.runs) && log.runs.length > 0, 'runs: a non-empty array');
  (log.runs ?? []).forEach((run: Json, ri: number) => {
    const w = `runs[${ri}]`;
    if (
      !obj(run, 'run', w) ||
      !obj(run.tool, 'tool', `${w}.tool`) ||
      !obj(run.tool.driver, 'driver', `${w}.tool.driver`)
    )
      return;
    const d = run.tool.driver;
    str(d.name, `${w}.tool.driver.name`);
    if (d.version !== undefined) str(d.version, `${w}.tool.driver.version`);
    if (d.informationUri !== undefined) absUri(d.informationUri, `${w}.tool.driver.informationUri`);
    const rules: Json[] = d.rules ?? [];
    check(Array.isArray(rules), `${w}.tool.driver.rules: an array`);
    check(new Set(rules.map((r) => r.id)).size === rules.length, `${w}.tool.driver.rules: unique ids`);
    rules.forEach((r, i) => {
      const rw = `${w}.tool.driver.rules[${i}]`;
      if (!obj(r, 'rule', rw)) return;
      str(r.id, `${rw}.id`);
      mf(r.shortDescription, `${rw}.shortDescription`);
      if (r.fullDescription !== undefined) mf(r.fullDescription, `${rw}.fullDescription`);
      if (r.help !== undefined) mf(r.help, `${rw}.help`);
      absUri(r.helpUri, `${rw}.helpUri`);
      if (
        obj(r.defaultConfiguration ?? {}, 'configuration', `${rw}.defaultConfiguration`) &&
        r.defaultConfiguration?.level !== undefined
      ) {
        check(LEVELS.includes(r.defaultConfiguration.level), `${rw}.defaultConfiguration.level in ${LEVELS.join(',')}`);
      }
    });
    if (run.columnKind !== undefined)
      check(['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind), `${w}.columnKind`);
    const bases = run.originalUriBaseIds ?? {};
    for (const [k, v] of Object.entries<Json>(bases)) {
      if (!obj(v, 'artifactLocation', `${w}.originalUriBaseIds.${k}`)) continue;
      absUri(v.uri, `${w}.originalUriBaseIds.${k}.uri`);
      check(String(v.uri).endsWith('/'), `${w}.originalUriBaseIds.${k}.uri ends with '/'`);
    }
    check(Array.isArray(run.results), `${w}.results: an array`);
    (run.results ?? []).forEach((res: Json, i: number) => {
      const rw = `${w}.results[${i}]`;
      if (!obj(res, 'result', rw)) return;
      str(res.ruleId, `${rw}.ruleId`);
      if (res.ruleIndex !== undefined) {
        int(res.ruleIndex, 0, `${rw}.ruleIndex`);
        check(rules[res.ruleIndex]?.id === res.ruleId, `${rw}.ruleIndex points at the rule ${res.ruleId}`);
      }
      check(LEVELS.includes(res.level), `${rw}.level in ${LEVELS.join(',')}`);
      if (obj(res.message, 'message', `${rw}.message`)) str(res.message.text, `${rw}.message.text`);
      check(Array.isArray(res.locations) && res.locations.length > 0, `${rw}.locations: non-empty`);
      (res.locations ?? []).forEach((loc: Json, li: number) => {
        const lw = `${rw}.locations[${li}]`;
        if (!obj(loc, 'location', lw) || !obj(loc.physicalLocation, 'physicalLocation', `${lw}.physicalLocation`))
          return;
        const pl = loc.physicalLocation;
        if (obj(pl.artifactLocation, 'artifactLocation', `${lw}.physicalLocation.artifactLocation`)) {
          uriRef(pl.artifactLocation.uri, `${lw}.physicalLocation.artifactLocation.uri`);
          if (pl.artifactLocation.uriBaseId !== undefined)
            check(pl.artifactLocation.uriBaseId in bases, `${lw}: uriBaseId is declared in originalUriBaseIds`);
          else absUri(pl.artifactLocation.uri, `${lw}.physicalLocation.artifactLocation.uri (no uriBaseId)`);
        }
        const rg = pl.region;
        if (!obj(rg, 'region', `${lw}.physicalLocation.region`)) return;
        int(rg.startLine, 1, `${lw}.region.startLine`);
        int(rg.startColumn, 1, `${lw}.region.startColumn`);
        int(rg.endLine, rg.startLine, `${lw}.region.endLine`);
        int(rg.endColumn, rg.endLine === rg.startLine ? rg.startColumn : 1, `${lw}.region.endColumn`);
      });
    });
  });
  return errs;
}

/** The anchors of docs/rules.md: one `## <rule-id>` heading per rule. */
const ANCHORS = new Set(
  [...fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8').matchAll(/^## (\S+)$/gm)].map((m) => m[1]),
);
const REPO = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).repository.url as string;

suite('pjsip-check --format sarif', () => {
  const r = run(['--format', 'sarif', '.']);
  const log = JSON.parse(r.out);
  const results: Json[] = log.runs[0].results;

  test('a valid SARIF 2.1.0 log; the exit status is the same as for text', () => {
    assert.deepEqual(validateSarif(log), []);
    assert.equal(r.code, 1);
    assert.equal(run(['.']).code, 1);
    const clean = run(['--format', 'sarif', path.join(ROOT, 'test/fixtures/clean-set')]);
    assert.equal(clean.code, 0);
    assert.deepEqual(validateSarif(JSON.parse(clean.out)), []);
    assert.deepEqual(JSON.parse(clean.out).runs[0].results, []);
  });

  test('the validator catches what code scanning would reject', () => {
    const bad = structuredClone(log);
    bad.version = '2.0.0';
    bad.runs[0].results[0].level = 'information';
    bad.runs[0].results[0].ruleIndex = 0;
    bad.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    bad.runs[0].tool.driver.rules[0].helpUri = 'docs/rules.md';
    bad.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uriBaseId = 'NOPE';
    assert.equal(validateSarif(bad).length, 6, validateSarif(bad).join('\n'));
  });

  test('the driver: pjsip-check at this version, every rule with its summary, level and a link to its docs', () => {
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'pjsip-check');
    assert.equal(driver.version, VERSION);
    const text = run(['--help']).out;
    assert.match(text, /sarif/);
    assert.ok(driver.rules.length >= 39);
    for (const rule of driver.rules) {
      assert.ok(ANCHORS.has(rule.id), `docs/rules.md has a section for ${rule.id}`);
      assert.equal(rule.helpUri, `${REPO}/blob/HEAD/docs/rules.md#${rule.id}`);
      assert.doesNotMatch(rule.shortDescription.text, /`/);
    }
    assert.equal(driver.rules.find((x: Json) => x.id === 'unknown-option').defaultConfiguration.level, 'error');
    assert.equal(driver.rules.find((x: Json) => x.id === 'exec-not-checked').defaultConfiguration.level, 'note');
  });

  test('results: the findings of the text output, at the same places, relative to the folder it ran in', () => {
    const [head, ...text] = run(['.']).out.trim().split('\n');
    assert.match(head, /^pjsip-check: checked against Asterisk /, 'the text output says which Asterisk first');
    assert.ok(!JSON.stringify(log).includes('checked against'), 'SARIF holds no such line');
    const fromSarif = results.map((x) => {
      const pl = x.locations[0].physicalLocation;
      return `${pl.artifactLocation.uri}:${pl.region.startLine}:${pl.region.startColumn}: ${x.ruleId}: ${x.message.text}`;
    });
    assert.deepEqual(
      fromSarif,
      text.map((l) => l.replace(/ (error|warning|information|hint) /, ' ')),
    );
    assert.deepEqual(
      results.map((x) => x.level),
      ['warning', 'error', 'note', 'error'],
    );
    assert.deepEqual(log.runs[0].originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(FIXTURE).href}/` } });
    assert.ok(results.every((x) => x.locations[0].physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%'));
    assert.deepEqual(results[0].locations[0].physicalLocation.region, {
      startLine: 11,
      startColumn: 14,
      endLine: 11,
      endColumn: 17,
    });
  });

  test('--rule applies: a lowered severity changes the level, a rule turned off is not reported', () => {
    const r2 = run([
      '--format',
      'sarif',
      '--rule',
      'unknown-option=warning',
      '--rule',
      'unresolved-reference=off',
      '.',
    ]);
    assert.equal(r2.code, 0);
    const res: Json[] = JSON.parse(r2.out).runs[0].results;
    assert.deepEqual(
      res.map((x) => [x.ruleId, x.level]),
      [
        ['invalid-value', 'warning'],
        ['unknown-option', 'warning'],
        ['exec-not-checked', 'note'],
      ],
    );
  });

  test('--lang zh-cn: messages and rule texts in Chinese, links to the Chinese rule page, same results', () => {
    const zh = JSON.parse(run(['--format', 'sarif', '--lang', 'zh-cn', '.']).out);
    const zhResults: Json[] = zh.runs[0].results;
    assert.deepEqual(validateSarif(zh), []);
    assert.deepEqual(
      zhResults.map((x) => [x.ruleId, x.level]),
      results.map((x) => [x.ruleId, x.level]),
    );
    for (const x of zhResults) assert.match(x.message.text, /[\u4e00-\u9fff]/, x.ruleId);
    const rule = zh.runs[0].tool.driver.rules[0];
    assert.match(rule.shortDescription.text, /[\u4e00-\u9fff]/);
    assert.match(rule.helpUri, new RegExp(`/docs/zh-cn/rules\\.md#${rule.id}$`));
  });

  test('absolute paths become file URIs; odd characters are percent-encoded', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip sarif #'));
    made.push(dir);
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), '[6001]\ntype=endpoint\nallow=ulaw\nmax_contacts=1\n');
    const abs = JSON.parse(run(['--format', 'sarif', dir]).out);
    assert.deepEqual(validateSarif(abs), []);
    const loc = abs.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.equal(loc.uriBaseId, undefined);
    assert.equal(loc.uri, pathToFileURL(path.join(dir, 'pjsip.conf')).href);
    const rel = JSON.parse(run(['--format', 'sarif', path.basename(dir)], path.dirname(dir)).out);
    assert.deepEqual(validateSarif(rel), []);
    assert.equal(
      rel.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri,
      `${encodeURIComponent(path.basename(dir))}/pjsip.conf`,
    );
  });
});

suite('pjsip-check --format github', () => {
  test('one workflow command per finding: level, file, line and columns, the rule as title', () => {
    const r = run(['--format', 'github', '.']);
    assert.equal(r.code, 1);
    assert.equal(
      r.out,
      [
        "::warning file=pjsip.conf,line=11,col=14,endLine=11,endColumn=17,title=invalid-value::'noo' is not a yes/no word: Asterisk silently reads it as 'no'. [invalid-value]",
        "::error file=pjsip.conf,line=12,col=1,endLine=12,endColumn=13,title=unknown-option::'max_contacts' is not an endpoint option (it is an aor option): Asterisk will not load endpoint '6001'. [unknown-option]",
        '::notice file=pjsip.conf,line=24,col=1,endLine=24,endColumn=36,title=exec-not-checked::#exec is never run here, so whatever it generates is not checked. Asterisk itself runs it only with execincludes=yes in asterisk.conf. [exec-not-checked]',
        "::error file=pjsip.d/phones.conf,line=4,col=6,endLine=4,endColumn=10,title=unresolved-reference::No auth named '6002' (there is an endpoint with that name): Asterisk loads this, but requests that need it fail (\"Couldn't find auth\"). [unresolved-reference]",
        '',
      ].join('\n'),
    );
  });

  test('warnings alone exit 0; a clean set prints nothing', () => {
    const r = run(['--format', 'github', '--rule', 'unknown-option=off', '--rule', 'unresolved-reference=off', '.']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^::warning /);
    const clean = run(['--format', 'github', path.join(ROOT, 'test/fixtures/clean-set')]);
    assert.deepEqual([clean.code, clean.out], [0, '']);
  });

  test("the runner's escapes: % in messages, , and : in file names", () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-gh-'));
    made.push(parent);
    fs.mkdirSync(path.join(parent, 'site,a:b'));
    fs.writeFileSync(
      path.join(parent, 'site,a:b', 'pjsip.conf'),
      '[t]\ntype=transport\nbind=0.0.0.0\n\n[6001]\ntype=endpoint\nallow=ulaw\nauth=6001\naors=6001\ndirect_media=50%\n\n[6001]\ntype=auth\nusername=6001\npassword=Kp5-Wd8r-Zn3t-Qh6j\n\n[6001]\ntype=aor\nmax_contacts=1\n',
    );
    const r = run(['--format', 'github', 'site,a:b'], parent);
    assert.equal(
      r.out,
      "::warning file=site%2Ca%3Ab/pjsip.conf,line=10,col=14,endLine=10,endColumn=17,title=invalid-value::'50%25' is not a yes/no word: Asterisk silently reads it as 'no'. [invalid-value]\n",
    );
  });
});
