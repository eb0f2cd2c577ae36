// Grammar tests for syntaxes/pjsip.tmLanguage.json (scope source.pjsip).
//
// 1. Every test/grammar/*.test.pjsip file is checked with the vscode-tmgrammar-test CLI (one test per file).
// 2. Coverage: every scope name the grammar declares must show up in the tokens of at least one test file.
// 3. Robustness: no line may leave the tokenizer in a state other than (nested) block comments.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { parseGrammarTestCase } from 'vscode-tmgrammar-test/dist/unit/parsing';

const SCOPE_NAME = 'source.pjsip';
const GRAMMAR_REL = path.join('syntaxes', 'pjsip.tmLanguage.json');

/** The repository root: two levels above out/test, or the working directory (`node --test` runs from the root). */
function findRoot(): string {
  for (const candidate of [path.resolve(__dirname, '..', '..'), process.cwd()]) {
    if (fs.existsSync(path.join(candidate, GRAMMAR_REL))) {
      return candidate;
    }
  }
  return process.cwd();
}

const root = findRoot();
const grammarPath = path.join(root, GRAMMAR_REL);
const casesDir = path.join(root, 'test', 'grammar');
const caseFiles = fs.existsSync(casesDir)
  ? fs
      .readdirSync(casesDir)
      .filter((f) => f.endsWith('.test.pjsip'))
      .sort()
      .map((f) => path.join(casesDir, f))
  : [];

/** Paths handed to the CLI are relative with forward slashes: it expands them with glob. */
function cliPath(file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

function tmGrammarTestCli(): string {
  const pkgJson = require.resolve('vscode-tmgrammar-test/package.json', { paths: [root] });
  const pkg = JSON.parse(fs.readFileSync(pkgJson, 'utf8')) as { bin: Record<string, string> };
  return path.join(path.dirname(pkgJson), pkg.bin['vscode-tmgrammar-test']);
}

/** Source lines of a test case, without its header and assertion lines (parsed like the CLI does). */
function sourceLines(file: string): string[] {
  return parseGrammarTestCase(fs.readFileSync(file, 'utf8')).source;
}

/** Every scope name declared by the grammar: name / contentName of rules and captures, split on blanks. */
function declaredScopes(): Set<string> {
  const raw = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as { patterns?: unknown; repository?: unknown };
  const scopes = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
          value
            .split(/\s+/)
            .filter((s) => s.length > 0)
            .forEach((s) => scopes.add(s));
        } else {
          visit(value);
        }
      }
    }
  };
  // the top-level "name" is the display name of the grammar, not a scope
  visit(raw.patterns);
  visit(raw.repository);
  return scopes;
}

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: (scopeName: string) =>
        Promise.resolve(
          scopeName === SCOPE_NAME ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
        ),
    });
    const grammar = await registry.loadGrammar(SCOPE_NAME);
    assert.ok(grammar, `could not load ${SCOPE_NAME} from ${grammarPath}`);
    return grammar;
  })();
  return grammarPromise;
}

test('grammar test files exist', () => {
  assert.ok(fs.existsSync(grammarPath), `missing ${grammarPath}`);
  assert.ok(caseFiles.length > 0, `no *.test.pjsip files in ${casesDir}`);
});

for (const file of caseFiles) {
  test(`grammar assertions: ${path.basename(file)}`, () => {
    const testCase = parseGrammarTestCase(fs.readFileSync(file, 'utf8'));
    assert.equal(testCase.metadata.scope, SCOPE_NAME, `${file}: header must name "${SCOPE_NAME}"`);
    assert.ok(testCase.assertions.length > 0, `${file} has no assertions`);
    const result = spawnSync(process.execPath, [tmGrammarTestCli(), '-g', cliPath(grammarPath), cliPath(file)], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
    assert.equal(result.status, 0, `vscode-tmgrammar-test failed for ${cliPath(file)}:\n${output}`);
  });
}

test('every scope declared by the grammar is produced by some grammar test file', async () => {
  const grammar = await loadGrammar();
  const seen = new Set<string>();
  for (const file of caseFiles) {
    let state = vsctm.INITIAL;
    for (const line of sourceLines(file)) {
      const result = grammar.tokenizeLine(line, state);
      result.tokens.forEach((token) => token.scopes.forEach((s) => seen.add(s)));
      state = result.ruleStack;
    }
  }
  const declared = declaredScopes();
  assert.ok(declared.size > 0, 'the grammar declares no scopes');
  const missing = [...declared].filter((s) => !seen.has(s)).sort();
  assert.deepEqual(missing, [], `scopes never produced by test/grammar/*.test.pjsip: ${missing.join(', ')}`);
  const undeclared = [...seen].filter((s) => s !== SCOPE_NAME && !declared.has(s)).sort();
  assert.deepEqual(undeclared, [], `tokens carry scopes the grammar does not declare: ${undeclared.join(', ')}`);
});

test('only block comments carry tokenizer state from one line to the next', async () => {
  const grammar = await loadGrammar();
  const topDepth = grammar.tokenizeLine('', vsctm.INITIAL).ruleStack.depth;
  const opensBlock = /(?<!\\);--(?!-)/;
  // a word list reads best packed
  // prettier-ignore
  const awkward = [
    '[', ']', '[]', '[x', '[x](', '[x](!', '[x](!,', '[x]()', '[x] (', '[x];--', '[x] ;-- open',
    '#', '#include', '#include "', '#include <', '#exec', '#include x ;-- open', '#bogus ;--',
    '=', '==', '=>', '+=', 'a=', 'a =', 'a +=', 'a=>', 'a = "', 'a = <', 'a = ${', 'a = ${x', 'a = \\', 'a = \\;',
    'a = sip:', 'a = <sip:x', 'a = "x" <', 'a = [::', 'a = !', 'a = ,,,', 'a = 1.2.3.4:', 'a = ;--',
    'allow =', 'allow = !', 'allow = ulaw:', 'allow = |,|', 'endpoint/allow = ulaw ;-- open',
    'type', 'type =', 'endpoint/', 'endpoint/ = x', '\\', '\\;', '--;', ';--;', ';---', ';-- --; --;',
    'a = b ;-- c --; d', 'x ;-- y', `a = ${'1.2.3.'.repeat(2000)}`, `a = ${'x '.repeat(5000)}`,
    `[${'a'.repeat(5000)}`, `${'k'.repeat(5000)} = v`, `allow = ${'ulaw,'.repeat(2000)}`,
  ];
  const lines = [...awkward, ...caseFiles.flatMap(sourceLines)];
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, vsctm.INITIAL, 2000);
    assert.equal(result.stoppedEarly, false, `tokenizing took too long: ${JSON.stringify(line.slice(0, 80))}`);
    if (!opensBlock.test(line)) {
      assert.equal(result.ruleStack.depth, topDepth, `line left a state open: ${JSON.stringify(line.slice(0, 80))}`);
    }
    // whatever is still open must be block comments: one "--;" closes each of them
    let state = result.ruleStack;
    for (let i = 0; i < 200 && state.depth !== topDepth; i++) {
      state = grammar.tokenizeLine('--;', state).ruleStack;
    }
    assert.equal(state.depth, topDepth, `line left a non-comment state open: ${JSON.stringify(line.slice(0, 80))}`);
  }
});
