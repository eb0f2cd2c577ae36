/**
 * The snippets come from the server as completion items: each, expanded with its defaults for a release, passes our
 * own checks for that release without a word; none holds a fixed password; each is listed once.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { expandSnippet, SNIPPETS, snippetText } from '../server/src/features/snippets';
import { complete } from '../server/src/features/completion';
import { parseAsteriskVersion } from '../server/src/schema/versions';
import { fixture } from './helpers/fixture';
import { MemoryLsp } from './helpers/memoryLsp';
import { uri } from './helpers/lsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const TRANSPORT = '[transport-udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n\n';
const RELEASES = ['', '16', '18', '20.7.0', '20', '21', '22', '23', 'master'];

function configFor(label: string, text: string): string {
  const wizard = label.startsWith('wizard');
  const standalone = label.startsWith('transport') || ['global', 'system', 'acl'].includes(label);
  return wizard ? `${TRANSPORT};- pjsip_wizard.conf\n${text}` : standalone ? text : TRANSPORT + text;
}

suite('snippets', () => {
  test('the expected snippets exist, each once', () => {
    const labels = SNIPPETS.map((s) => s.label);
    assert.deepEqual(labels, [...new Set(labels)]);
    for (const l of ['phone', 'trunk', 'webrtc', 'transport-udp', 'transport-tcp', 'transport-tls', 'transport-wss'])
      assert.ok(labels.includes(l), l);
    for (const l of ['wizard-phone', 'wizard-trunk', 'acl', 'global', 'system']) assert.ok(labels.includes(l), l);
  });

  for (const s of SNIPPETS)
    for (const release of RELEASES)
      test(`${s.label} for Asterisk ${release || 'newest'} expands to a clean config`, () => {
        const target = parseAsteriskVersion(release).target;
        const text = expandSnippet(snippetText(s, target));
        const f = fixture(configFor(s.label, text), { asteriskVersion: release || undefined });
        assert.deepEqual(
          f.analysis.diagnostics.map((d) => `${d.code}: ${d.message}`),
          [],
          text,
        );
        assert.ok(f.analysis.objects.length > 0 && f.analysis.objects.every((o) => o.loads));
      });

  test('auth_type follows the release: userpass where there is no digest', () => {
    const phone = SNIPPETS.find((s) => s.label === 'phone')!;
    for (const [release, want] of [
      ['18', 'userpass'],
      ['20.7', 'userpass'],
      ['20.7.0', 'userpass'],
      ['23', 'digest'],
      ['master', 'digest'],
    ])
      assert.match(snippetText(phone, parseAsteriskVersion(release).target), new RegExp(`^auth_type=${want}$`, 'm'));
  });

  test('no snippet holds a fixed password: each render writes a new random one', () => {
    const target = parseAsteriskVersion('').target;
    for (const s of SNIPPETS) {
      const pw = (t: string) => [...t.matchAll(/password=\$\{\d+:([^}]*)\}/g)].map((m) => m[1]);
      const [a, b] = [pw(snippetText(s, target)), pw(snippetText(s, target))];
      assert.equal(a.length, b.length, s.label);
      for (let i = 0; i < a.length; i++) {
        assert.match(a[i], /^[A-Za-z2-9]{24}$/, s.label);
        assert.notEqual(a[i], b[i], s.label);
      }
      assert.doesNotMatch(snippetText(s, target), /change.?me/i, s.label);
    }
  });

  test('the trunk snippets retry an outage every minute and a refusal every half hour', () => {
    const target = parseAsteriskVersion('').target;
    for (const label of ['trunk', 'wizard-trunk']) {
      const t = snippetText(
        SNIPPETS.find((s) => s.label === label)!,
        target,
      );
      assert.match(t, /retry_interval=60$/m);
      assert.match(t, /fatal_retry_interval=1800$/m);
      assert.doesNotMatch(t, /auth_rejection_permanent=no/);
    }
  });

  test('completion offers the snippets on a line of their own, each once, for the kind of file', () => {
    const pjsip = fixture('[6001]\ntype=aor\nmax_contacts=1\n\nph|');
    const items = complete(pjsip.analysis, pjsip.file, pjsip.offset);
    const snippets = items.filter((c) => c.kind === 'snippet').map((c) => c.label);
    assert.deepEqual(snippets, [...new Set(snippets)]);
    assert.ok(snippets.includes('phone') && !snippets.includes('wizard-phone'), snippets.join(' '));
    const wizard = fixture(';- pjsip_wizard.conf\nwiz|');
    const w = complete(wizard.analysis, wizard.file, wizard.offset).filter((c) => c.kind === 'snippet');
    assert.deepEqual(
      w.map((c) => c.label),
      ['wizard-phone', 'wizard-trunk'],
    );
    const onValue = fixture('[6001]\ntype=aor\nmax_contacts=|');
    assert.ok(!complete(onValue.analysis, onValue.file, onValue.offset).some((c) => c.kind === 'snippet'));
  });
});

suite('snippets over LSP', () => {
  test('a snippet client gets snippet syntax; the phone snippet follows pjsip.asteriskVersion', async () => {
    const lsp = new MemoryLsp();
    await lsp.initialize('/snip', { asteriskVersion: '20.7' });
    const u = uri('/snip/pjsip.conf');
    const published = lsp.waitForDiagnostics(u);
    lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text: 'ph' } });
    await published; // the settings are in
    const items: Json[] = await lsp.request('textDocument/completion', {
      textDocument: { uri: u },
      position: { line: 0, character: 2 },
    });
    const phone = items.filter((i: Json) => i.label === 'phone');
    assert.equal(phone.length, 1);
    assert.equal(phone[0].kind, 15); // Snippet
    assert.match(phone[0].textEdit.newText, /^auth_type=userpass$/m);
    // this client did not declare snippet support: plain text, defaults filled in
    assert.equal(phone[0].insertTextFormat, 1);
    assert.doesNotMatch(phone[0].textEdit.newText, /\$\{/);
    await lsp.stop();
  });
});
