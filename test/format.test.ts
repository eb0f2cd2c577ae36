import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, format, type FormatOptions } from '../server/src/features/format';
import { documentSymbols, foldingRanges } from '../server/src/features/symbols';
import { parse } from '../server/src/syntax';
import { fixture } from './helpers/fixture';

function fmt(text: string, opts: FormatOptions = {}): string {
  return applyEdits(text, format({ path: '/x.conf', text, tree: parse(text) }, opts));
}

suite('formatting', () => {
  test('a codec list in parentheses is kept as written', () => {
    assert.equal(
      fmt('[x]\ntype=endpoint\nallow   =   (ulaw|alaw)\n', { style: 'compact' }),
      '[x]\ntype=endpoint\nallow=(ulaw|alaw)\n',
    );
  });

  test('key=value spacing, indentation, trailing blanks, one blank line between sections', () => {
    assert.equal(
      fmt('[a]  \n  type = aor\nmax_contacts=1   \n[b]\n\n\n\n[c]\ntype=aor\n', { style: 'compact' }),
      '[a]\ntype=aor\nmax_contacts=1\n\n[b]\n\n[c]\ntype=aor\n',
    );
    assert.equal(fmt('[a]\ntype=aor\nmax_contacts  =1\n', { style: 'spaced' }), '[a]\ntype = aor\nmax_contacts = 1\n');
  });

  test("auto keeps the file's majority style", () => {
    assert.equal(
      fmt('[a]\ntype = aor\ncontact = sip:x\nmax_contacts=1\n'),
      '[a]\ntype = aor\ncontact = sip:x\nmax_contacts = 1\n',
    );
  });

  test('comments above a header stay attached to it', () => {
    assert.equal(fmt('[a]\ntype=aor\n; the b aor\n[b]\ntype=aor\n'), '[a]\ntype=aor\n\n; the b aor\n[b]\ntype=aor\n');
  });

  test('never changes values or comments; leaves block comments and escapes alone', () => {
    const src =
      '[a]\ntype=endpoint\ncallerid = "Alice  Smith" <6001>   ; keep   this\n;-- block\n  x  =  y  \n--;\nset_var=A=b\\;c\n=> odd\n';
    const out = fmt(src, { style: 'compact' });
    assert.match(out, /callerid="Alice  Smith" <6001>   ; keep   this\n/);
    assert.match(out, /\n {2}x {2}= {2}y {2}\n--;\n/);
    assert.match(out, /set_var=A=b\\;c\n/);
  });

  test('formatting twice changes nothing, on every corpus file', () => {
    const dir = path.resolve(__dirname, '../../test/corpus/sets');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else files.push(path.join(d, e.name));
      }
    };
    walk(dir);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const once = fmt(text);
      assert.equal(fmt(once), once, f);
      // the meaning is unchanged: same sections, keys and values
      const sig = (t: string) =>
        parse(t)
          .lines.map(
            (l) =>
              l.section?.name ??
              (l.assignment ? `${l.assignment.key}=${l.assignment.value}` : l.kind === 'comment' ? 'c' : ''),
          )
          .filter(Boolean)
          .join('\n');
      assert.equal(sig(once), sig(text), f);
    }
  });

  test('range formatting touches only the given lines', () => {
    assert.equal(
      fmt('[a]\ntype = aor\n[b]\ntype = aor\n', { style: 'compact', startLine: 3, endLine: 3 }),
      '[a]\ntype = aor\n[b]\ntype=aor\n',
    );
  });
});

suite('symbols and folding', () => {
  test('document symbols: sections with their type, options as children', () => {
    const f = fixture(
      '[tpl](!)\ntype=endpoint\n[6001](tpl)\nallow=ulaw\n[6001]\ntype=aor\n[6001](+)\nmax_contacts=1\n',
    );
    const syms = documentSymbols(f.analysis, f.file);
    assert.deepEqual(
      syms.map((s) => `${s.name} | ${s.detail} | ${s.kind}`),
      [
        'tpl | endpoint · template | class',
        '6001 | endpoint · from tpl | object',
        '6001 | aor | namespace',
        '6001 | endpoint · (+) | object', // (+) adds to the first [6001]: the endpoint
      ],
    );
    assert.deepEqual(
      syms[1].children.map((c) => `${c.name}=${c.detail}`),
      ['allow=ulaw'],
    );
    assert.equal(f.file.text.slice(syms[1].selStart, syms[1].selEnd), '6001');
  });

  test('folding: sections, block comments and runs of comment lines', () => {
    const f = fixture('; one\n; two\n[a]\ntype=aor\nmax_contacts=1\n\n;-- x\ny\n--;\n[b]\ntype=aor\n');
    assert.deepEqual(
      foldingRanges(f.analysis, f.file)
        .map((r) => `${r.startLine}-${r.endLine}${r.kind === 'comment' ? 'c' : ''}`)
        .sort(),
      ['0-1c', '2-4', '6-8c', '9-10'],
    );
  });
});
