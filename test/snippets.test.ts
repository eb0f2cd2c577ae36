/** Each snippet, expanded with its defaults, passes our own checks without a word. */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixture } from './helpers/fixture';

const ROOT = path.resolve(__dirname, '../..');
const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/pjsip.code-snippets'), 'utf8')) as Record<
  string,
  { prefix: string[]; body: string[]; description: string }
>;

/** Expand VS Code snippet syntax with defaults: ${1:x} -> x, ${1|a,b|} -> a, $1/$0 -> '', $RANDOM_HEX -> six fixed hex digits (VS Code draws random ones). */
export function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$RANDOM_HEX/g, '5a8f3c')
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

const TRANSPORT = '[transport-udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n\n';

suite('snippets', () => {
  test('the expected snippets exist', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix[0]);
    for (const p of [
      'pjsip-phone',
      'pjsip-trunk',
      'pjsip-webrtc',
      'pjsip-transport-udp',
      'pjsip-transport-tcp',
      'pjsip-transport-tls',
      'pjsip-transport-wss',
      'pjsip-wizard-phone',
      'pjsip-wizard-trunk',
      'pjsip-acl',
      'pjsip-global',
      'pjsip-system',
    ]) {
      assert.ok(prefixes.includes(p), p);
    }
  });

  for (const [name, s] of Object.entries(snippets)) {
    test(`${s.prefix[0]} (${name}) expands to a clean config`, () => {
      const text = expand(s.body);
      const wizard = s.prefix[0].startsWith('pjsip-wizard');
      const standalone =
        s.prefix[0].startsWith('pjsip-transport') ||
        ['pjsip-global', 'pjsip-system', 'pjsip-acl'].includes(s.prefix[0]);
      const src = wizard ? `${TRANSPORT};- pjsip_wizard.conf\n${text}` : standalone ? text : TRANSPORT + text;
      const f = fixture(src);
      assert.deepEqual(
        f.analysis.diagnostics.map((d) => `${d.code}: ${d.message}`),
        [],
      );
      assert.ok(f.analysis.objects.length > 0 && f.analysis.objects.every((o) => o.loads));
    });
  }
});
