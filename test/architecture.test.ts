/** The layering rules of ARCHITECTURE.md, checked on the sources. */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const SRC = path.resolve(__dirname, '../../server/src');

function imports(dir: string): { file: string; spec: string }[] {
  const out: { file: string; spec: string }[] = [];
  for (const e of fs.readdirSync(path.join(SRC, dir), { withFileTypes: true })) {
    if (e.isDirectory()) {
      out.push(...imports(path.join(dir, e.name)));
      continue;
    }
    if (!e.name.endsWith('.ts')) continue;
    const text = fs.readFileSync(path.join(SRC, dir, e.name), 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm))
      out.push({ file: path.join(dir, e.name), spec: m[1] });
  }
  return out;
}

/** Layers from the bottom up: a file may import its own layer and the layers below it, never above. */
const LAYERS = ['syntax', 'i18n', 'schema', 'model', 'rules', 'analysis', 'features', 'migrate'];
/** Folders at the same level as another: migrate/ (pjsip-migrate's converter) sits beside features/. */
const SAME_LEVEL: Record<string, string> = { migrate: 'features' };
const SHELL = 'shell'; // server/, node/, cli, main: the top

function layerOf(file: string): string {
  const top = file.split(path.sep)[0];
  return LAYERS.includes(top) ? top : SHELL;
}

function rank(layer: string): number {
  if (layer === SHELL) return LAYERS.length;
  return LAYERS.indexOf(SAME_LEVEL[layer] ?? layer);
}

function tsFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? tsFilesUnder(path.join(dir, e.name))
        : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
          ? [path.join(dir, e.name)]
          : [],
    );
}

suite('architecture', () => {
  test('layers only point down: syntax <- i18n <- schema <- model <- rules <- analysis <- features, migrate <- server/cli', () => {
    const upward: string[] = [];
    for (const i of imports('.')) {
      if (!i.spec.startsWith('.')) continue;
      const target = path.relative(SRC, path.resolve(SRC, path.dirname(i.file), i.spec));
      const from = layerOf(i.file),
        to = layerOf(target);
      if (target.startsWith('..')) upward.push(`${i.file} imports ${i.spec} (outside server/src)`);
      else if (rank(to) > rank(from)) upward.push(`${i.file} (${from}) imports ${i.spec} (${to})`);
    }
    assert.deepEqual(upward, []);
  });

  test('every layer of the code map exists', () => {
    for (const l of LAYERS) assert.ok(fs.existsSync(path.join(SRC, l)), `server/src/${l} is missing`);
  });

  test('the language core imports nothing from LSP, VS Code or the disk', () => {
    for (const layer of LAYERS) {
      for (const i of imports(layer)) {
        assert.ok(
          !/^(vscode|vscode-languageserver|vscode-languageclient|node:fs|fs|node:child_process|child_process)(\/|$)/.test(
            i.spec,
          ),
          `${i.file} imports ${i.spec}`,
        );
      }
    }
  });

  test('syntax/ imports nothing outside itself', () => {
    for (const i of imports('syntax')) assert.ok(i.spec.startsWith('./'), `${i.file} imports ${i.spec}`);
  });

  test('only the shell (server/ and main.ts) imports vscode-languageserver', () => {
    const all = [...imports('.')].filter((i) => /^vscode-languageserver(\/|$)/.test(i.spec)).map((i) => i.file);
    const outside = all.filter((f) => f !== 'main.ts' && !f.startsWith(`server${path.sep}`));
    assert.deepEqual([...new Set(outside)], []);
    assert.ok(
      all.includes('main.ts') && all.some((f) => f.startsWith(`server${path.sep}`)),
      'the shell is where LSP lives',
    );
  });

  test('no hand-written function is longer than 80 lines (server and client)', () => {
    const long: string[] = [];
    const roots = [SRC, path.resolve(__dirname, '../../client/src')];
    for (const root of roots) {
      for (const f of tsFilesUnder(root)) {
        if (f.endsWith('.generated.ts')) continue;
        const sf = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (n: ts.Node): void => {
          if (ts.isFunctionLike(n) && 'body' in n && n.body) {
            const from = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
            const to = sf.getLineAndCharacterOfPosition(n.end).line;
            if (to - from + 1 > 80) long.push(`${path.relative(root, f)}:${from + 1} (${to - from + 1} lines)`);
          }
          ts.forEachChild(n, visit);
        };
        visit(sf);
      }
    }
    assert.deepEqual(long, []);
  });

  test('the client has no pjsip knowledge: it imports only the shared protocol from the server', () => {
    const dir = path.resolve(__dirname, '../../client/src');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));
    assert.ok(files.includes('extension.ts'));
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const specs = [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
      const local = specs.filter((s) => s.startsWith('.'));
      assert.deepEqual(
        local.filter((s) => s !== '../../server/src/protocol' && !/^\.\/[\w-]+$/.test(s)),
        [],
        `${f}: the protocol and the client's own files only`,
      );
      assert.doesNotMatch(text, /\b(endpoint|aors?|wizard|auth|registration|identify)\b|type=/, f);
    }
  });
});
