/**
 * Differential tests: plain INI read by the `ini` package and by our parser gives the same sections, keys and
 * values; and hostile input never makes the analysis throw.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as ini from 'ini';
import { parse } from '../server/src/syntax';
import { fixture } from './helpers/fixture';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/** Our reading of a plain INI text as { section: { key: value } } (last value wins, like ini). */
function ours(text: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  let cur: Record<string, string> | undefined;
  for (const l of parse(text).lines) {
    if (l.section) cur = out[l.section.name] ??= {};
    else if (l.assignment && cur) cur[l.assignment.key] = l.assignment.value;
  }
  return out;
}

suite('differential against the ini package', () => {
  test('1,000 random plain INI files read the same', () => {
    const r = rng(3);
    const word = (n: number) =>
      Array.from(
        { length: 1 + Math.floor(r() * n) },
        () => 'abcdefghijklmnopqrstuvwxyz0123456789_'[Math.floor(r() * 37)],
      ).join('');
    for (let k = 0; k < 1000; k++) {
      const lines: string[] = [];
      const sections = new Set<string>();
      const nsec = 1 + Math.floor(r() * 6);
      for (let s = 0; s < nsec; s++) {
        let name = word(8);
        while (sections.has(name)) name += 'x';
        sections.add(name);
        if (r() < 0.3) lines.push(`; comment ${word(10)}`);
        lines.push(`[${name}]`);
        const keys = new Set<string>();
        for (let j = Math.floor(r() * 6); j > 0; j--) {
          let key = `k${word(6)}`;
          while (keys.has(key)) key += 'y';
          keys.add(key);
          const value = r() < 0.1 ? '' : `${word(12)}${r() < 0.3 ? ` ${word(5)}` : ''}`;
          const sp = r() < 0.5 ? ' ' : '';
          lines.push(`${key}${sp}=${sp}${value}`);
          if (r() < 0.1) lines.push('');
        }
      }
      const text = lines.join(r() < 0.5 ? '\n' : '\r\n');
      const theirs = ini.parse(text) as Record<string, Record<string, unknown>>;
      const normalised: Record<string, Record<string, string>> = {};
      for (const [s, kv] of Object.entries(theirs))
        normalised[s] = Object.fromEntries(Object.entries(kv).map(([k2, v]) => [k2, v === true ? '' : String(v)]));
      const mine = ours(text);
      // ini reads `key=` as an empty string and `key` alone as true; we only generate `key=value` lines
      assert.deepEqual(mine, normalised, text);
    }
  });
});

suite('hostile input', () => {
  test('pathological shapes stay bounded', () => {
    const big = `[a]\ntype=endpoint\ncontext=${'x'.repeat(2_000_000)}\n`;
    assert.doesNotThrow(() => fixture(big));
    assert.doesNotThrow(() => fixture(`${';-- '.repeat(50_000)}\n[a]\ntype=aor\n`));
    assert.doesNotThrow(() => fixture(`#include ${'{a,b}'.repeat(40)}.conf\n[a]\ntype=aor\n`));
    assert.doesNotThrow(() => fixture('#include [z-a].conf\n#include pjsip.d/[.conf\n[a]\ntype=aor\n'));
    const chain = Array.from({ length: 2000 }, (_, i) => `[t${i + 1}](t${i})\nk${i}=1\n`).join('');
    assert.doesNotThrow(() => fixture(`[t0](!)\ntype=aor\n${chain}`));
    const dup = Array.from({ length: 3000 }, () => '[same]\ntype=aor\n').join('');
    const f = fixture(dup);
    assert.equal(f.analysis.diagnostics.filter((d) => d.code === 'duplicate-section').length, 2999);
    const manyRefs = Array.from(
      { length: 2000 },
      (_, i) => `[e${i}]\ntype=endpoint\nallow=ulaw\naors=missing${i}\n`,
    ).join('');
    assert.equal(fixture(manyRefs).analysis.diagnostics.filter((d) => d.code === 'unresolved-reference').length, 2000);
  });

  test('random configs never make the analysis throw', () => {
    const r = rng(11);
    // a word list reads best packed
    // prettier-ignore
    const atoms = ['[', ']', '(', ')', '!', '+', ',', '=', '=>', '+=', ';', ';--', '--;', '\\', '\n', '\r\n', '\r', ' ', '#include ', '#tryinclude ', '#exec ',
      'type', 'endpoint', 'aor', 'auth', 'wizard', 'transport', 'registration', 'identify', 'global', 'system', 'allow', 'ulaw', 'auth', 'aors', 'pjsip.conf',
      'x.conf', '*', 'endpoint/', 'remote_hosts', 'yes', 'no', '0.0.0.0', 'sip:', '6001', '${X}', '\u0000', '\ufeff', 'é'];
    for (let k = 0; k < 400; k++) {
      let text = '';
      for (let j = Math.floor(r() * 120); j > 0; j--) text += atoms[Math.floor(r() * atoms.length)];
      const wizard = atoms
        .slice(0, 30)
        .map(() => atoms[Math.floor(r() * atoms.length)])
        .join('');
      assert.doesNotThrow(
        () =>
          fixture(
            `${text.replace(/^;- /gm, '; ')}\n;- pjsip_wizard.conf\n${wizard.replace(/^;- /gm, '; ')}\n;- x.conf\n${text.slice(0, 40).replace(/^;- /gm, '; ')}`,
          ),
        text,
      );
    }
  });
});
