/**
 * Just enough YAML to read our own action.yml and .pre-commit-hooks.yaml in tests (no YAML package in the
 * dependencies): block maps and sequences by indentation, `|` block scalars, `[a, b]` flow sequences, plain and
 * quoted scalars, `#` comments. Anything else throws, so the files stay in this subset.
 */
export type Yaml = string | Yaml[] | { [key: string]: Yaml };

export function parseYaml(text: string): Yaml {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  let i = 0;
  const indentOf = (l: string) => /^ */.exec(l)![0].length;
  const blank = (l: string) => /^\s*(#.*)?$/.test(l);
  const skip = () => {
    while (i < lines.length && blank(lines[i])) i++;
  };
  const fail = (why: string): never => {
    throw new Error(`yaml line ${i + 1}: ${why}: ${lines[i]}`);
  };

  function scalar(raw: string): Yaml {
    const v = raw.startsWith("'") || raw.startsWith('"') ? raw : raw.replace(/\s+#.*$/, '').trim();
    if (v.startsWith('[')) {
      if (!v.endsWith(']')) fail('unterminated flow sequence');
      const inner = v.slice(1, -1).trim();
      return inner ? inner.split(',').map((x) => scalar(x.trim())) : [];
    }
    if (v.startsWith("'")) return v.slice(1, v.lastIndexOf("'")).replace(/''/g, "'");
    if (v.startsWith('"')) return JSON.parse(v.slice(0, v.lastIndexOf('"') + 1)) as string;
    return v;
  }

  function block(indent: number): Yaml {
    skip();
    if (i >= lines.length || indentOf(lines[i]) < indent) return '';
    const ind = indentOf(lines[i]);
    return /^-( |$)/.test(lines[i].slice(ind)) ? seq(ind) : map(ind);
  }

  function seq(ind: number): Yaml[] {
    const out: Yaml[] = [];
    for (skip(); i < lines.length && indentOf(lines[i]) === ind && /^-( |$)/.test(lines[i].slice(ind)); skip()) {
      const rest = lines[i].slice(ind + 2);
      if (!rest.trim()) {
        i++;
        out.push(block(ind + 1));
      } else if (/^[^\s'"[][^:]*:( |$)/.test(rest)) {
        lines[i] = ' '.repeat(ind + 2) + rest; // `- key: v` opens a map at the item's indentation
        out.push(map(ind + 2));
      } else {
        i++;
        out.push(scalar(rest));
      }
    }
    return out;
  }

  function map(ind: number): { [key: string]: Yaml } {
    const out: { [key: string]: Yaml } = {};
    for (skip(); i < lines.length && indentOf(lines[i]) >= ind; skip()) {
      if (indentOf(lines[i]) > ind) fail('unexpected indentation');
      const m = /^([^\s#'"][^:]*):(?: +(.*))?$/.exec(lines[i].slice(ind)) ?? fail('not a key: value line');
      const key = m[1];
      const value = (m[2] ?? '').replace(/\s+#.*$/, '').trim();
      i++;
      if (value === '|') {
        const body: string[] = [];
        let bodyIndent = -1;
        while (i < lines.length && (lines[i].trim() === '' || indentOf(lines[i]) > ind)) {
          if (bodyIndent < 0 && lines[i].trim()) bodyIndent = indentOf(lines[i]);
          body.push(lines[i]);
          i++;
        }
        while (body.length && !body[body.length - 1].trim()) body.pop();
        out[key] = body.map((l) => l.slice(bodyIndent)).join('\n') + '\n';
      } else if (value === '') out[key] = block(ind + 1);
      else out[key] = scalar(m[2].trim());
    }
    return out;
  }

  const doc = block(0);
  skip();
  if (i < lines.length) fail('unparsed');
  return doc;
}
