import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allTokens, applyEdit, parse, type SyntaxTree } from '../server/src/syntax';
import { dumpTree } from './helpers/dump';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/parser');
const CORPUS = path.join(ROOT, 'test/corpus/sets');

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

function joined(tree: SyntaxTree): string {
  return allTokens(tree)
    .map((t) => tree.text.slice(t.offset, t.offset + t.length))
    .join('');
}

function sameTree(a: SyntaxTree, b: SyntaxTree, what: string): void {
  assert.equal(a.text, b.text, `${what}: text`);
  assert.deepEqual([...a.lineStarts], [...b.lineStarts], `${what}: line starts`);
  assert.equal(a.lines.length, b.lines.length, `${what}: line count`);
  for (let i = 0; i < a.lines.length; i++) assert.deepEqual(a.lines[i], b.lines[i], `${what}: line ${i}`);
}

/** Small deterministic PRNG so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

// a word list reads best packed
// prettier-ignore
const PIECES = ['\n', '\r\n', '\r', ';', '--;', ';--', ';---', '[', ']', '(', ')', '!', '+', '=', '=>', '+=', '#include x.conf\n', ' ', '\t', 'a', 'type=endpoint\n',
  '\\;', '\\', '[s](!)\n', 'allow=ulaw,alaw', '\ufeff', '-', 'é', '"', '<', '>', ',', '[x](+)\n', '#exec y\n'];

suite('parser', () => {
  const samples = [...walk(FIXTURES).filter((f) => f.endsWith('.conf')), ...walk(CORPUS)];

  test('is lossless on fixtures and the whole corpus: the tokens join back to the input', () => {
    for (const f of samples) {
      const text = fs.readFileSync(f, 'utf8');
      assert.equal(joined(parse(text)), text, f);
    }
  });

  test('golden trees for valid and broken input', () => {
    for (const f of walk(FIXTURES).filter((x) => x.endsWith('.conf'))) {
      const golden = f.replace(/\.conf$/, '.tree');
      const dump = dumpTree(parse(fs.readFileSync(f, 'utf8')));
      if (process.env.UPDATE === '1' || !fs.existsSync(golden)) fs.writeFileSync(golden, dump);
      assert.equal(dump, fs.readFileSync(golden, 'utf8'), `${path.relative(ROOT, f)} (run with UPDATE=1 to refresh)`);
    }
  });

  test('never throws and stays lossless on random input', () => {
    const r = rng(7);
    for (let k = 0; k < 2000; k++) {
      let s = '';
      const n = Math.floor(r() * 60);
      for (let j = 0; j < n; j++)
        s += r() < 0.7 ? PIECES[Math.floor(r() * PIECES.length)] : String.fromCharCode(Math.floor(r() * 0x3000));
      const tree = parse(s);
      assert.equal(joined(tree), s);
      assert.ok(tree.lines.length >= 1);
    }
  });

  test('incremental re-parse equals a full parse after 10,000 random edits', () => {
    const r = rng(42);
    const starts = samples.filter((f) => !f.includes('/err/')).slice(0, 40);
    let edits = 0;
    for (const f of starts) {
      let tree = parse(fs.readFileSync(f, 'utf8').slice(0, 4000));
      for (let k = 0; k < 260; k++) {
        const len = tree.text.length;
        const start = Math.floor(r() * (len + 1));
        const end = Math.min(len, start + Math.floor(r() * (r() < 0.8 ? 4 : 60)));
        let ins = '';
        const m = Math.floor(r() * 3);
        for (let j = 0; j < m; j++) ins += PIECES[Math.floor(r() * PIECES.length)];
        tree = applyEdit(tree, { start, end, text: ins });
        sameTree(tree, parse(tree.text), `${path.basename(f)} edit ${k}`);
        edits++;
      }
    }
    assert.ok(edits >= 10000, `only ${edits} edits`);
  });

  test('every earlier parse stays valid: read after later edits (which took its arrays on), and edited again', () => {
    const r = rng(7);
    for (const f of samples.filter((x) => !x.includes('/err/')).slice(0, 6)) {
      const trees = [parse(fs.readFileSync(f, 'utf8').slice(0, 3000))];
      for (let k = 0; k < 120; k++) {
        const tree = trees[trees.length - 1];
        const start = Math.floor(r() * (tree.text.length + 1));
        const end = Math.min(tree.text.length, start + Math.floor(r() * 8));
        trees.push(applyEdit(tree, { start, end, text: r() < 0.5 ? PIECES[Math.floor(r() * PIECES.length)] : '' }));
      }
      // one line start, read through the edits since (no arrays rebuilt), equals a fresh parse's
      for (const [i, t] of trees.entries()) {
        const starts = parse(t.text).lineStarts;
        for (let line = 0; line < starts.length; line++)
          assert.equal(t.lineStart(line), starts[line], `${path.basename(f)} parse ${i} line ${line}`);
      }
      // in an order unlike the edits', so that some read a parse a later one already rebuilt
      for (const i of [...trees.keys()].sort(() => r() - 0.5))
        sameTree(trees[i], parse(trees[i].text), `${path.basename(f)} parse ${i}`);
      const branch = applyEdit(trees[10], { start: 1, end: 1, text: 'x' });
      sameTree(branch, parse(branch.text), `${path.basename(f)} edit of parse 10`);
      sameTree(trees[11], parse(trees[11].text), `${path.basename(f)} parse 11 after an edit of parse 10`);
    }
  });

  test('an edit reuses the unchanged lines', () => {
    const text = Array.from({ length: 200 }, (_, i) => `[s${i}]\ntype=aor\n`).join('');
    const before = parse(text);
    const at = text.indexOf('[s100]') + 2;
    const after = applyEdit(before, { start: at, end: at + 1, text: '7' });
    assert.equal(after.lines[0], before.lines[0]);
    assert.equal(after.lines[399], before.lines[399]);
    assert.notEqual(after.lines[200], before.lines[200]);
    assert.equal(after.lines[200].section?.name, 's700');
  });

  test('opening a block comment re-parses the lines it swallows', () => {
    const before = parse('[a]\ntype=aor\n[b]\ntype=aor\n');
    const after = applyEdit(before, { start: 4, end: 4, text: ';-- ' });
    assert.equal(after.lines[2].kind, 'comment');
    assert.equal(after.lines[3].depthIn, 1);
    sameTree(after, parse(after.text), 'block comment');
  });
});

suite('parser follows Asterisk', () => {
  const line = (text: string, i = 0) => parse(text).lines[i];

  test('`;---` is a line comment, `;--` opens a block', () => {
    assert.equal(line(';------ x\n[a]', 1).kind, 'section');
    assert.equal(line(';-- x\n[a]', 1).kind, 'comment');
  });

  test('block comments nest', () => {
    const t = parse(';-- a ;-- b --; c\n[hidden]\n--;\n[shown]\n');
    assert.equal(t.lines[1].kind, 'comment');
    assert.equal(t.lines[3].kind, 'section');
  });

  test('a stray `--;` sends the counter negative and hides what follows', () => {
    const t = parse('[a]\nx=1 --;\ny=2\n');
    assert.equal(t.lines[1].assignment?.value, '1 --;');
    assert.equal(t.lines[2].kind, 'comment');
    assert.equal(t.lines[2].depthIn, -1);
  });

  test('`\\;` is a literal semicolon and the backslash is dropped', () => {
    assert.equal(line('a=x\\;y ; c').assignment?.value, 'x;y');
  });

  test('values may contain `=`; `=>` and `+=` are operators', () => {
    assert.deepEqual(
      [line('set_var=A=b=c').assignment?.key, line('set_var=A=b=c').assignment?.value],
      ['set_var', 'A=b=c'],
    );
    assert.equal(line('exten => 1,1,Dial').assignment?.op, '=>');
    assert.equal(line('allow += ,alaw').assignment?.op, '+=');
    assert.equal(line('empty=').assignment?.value, '');
  });

  test('section names and template lists are not trimmed', () => {
    const s = line('[ a ](x, y)').section!;
    assert.equal(s.name, ' a ');
    assert.deepEqual(
      s.items.map((i) => i.text),
      ['x', ' y'],
    );
  });

  test('text after `]` that is not `(` is ignored (so `[x] (!)` is no template)', () => {
    const s = line('[x] (!)').section!;
    assert.equal(s.items.length, 0);
    assert.ok(s.trailingStart > 0);
  });

  test('directives: quoted and bare paths, any case', () => {
    assert.equal(line('#include "a b.conf"').directive?.arg, 'a b.conf');
    assert.equal(line('#tryinclude <x.conf>').directive?.arg, 'x.conf');
    assert.equal(line('#INCLUDE pjsip.d/*.conf').directive?.name, 'INCLUDE');
    assert.equal(line('#exec /bin/true').directive?.name, 'exec');
  });

  test('line endings: LF, CRLF and lone CR; a BOM is skipped', () => {
    const t = parse('\ufeff[a]\r\nx=1\ry=2\nz=3');
    assert.deepEqual(
      t.lines.map((l) => l.eol),
      [2, 1, 1, 0],
    );
    assert.equal(t.lines[1].loneCr, true);
    assert.equal(t.lines[0].section?.name, 'a');
    assert.ok(t.bom);
  });
});
