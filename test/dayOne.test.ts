/**
 * The day-one gaps of issue 22: named ACLs get hover, definition and completion; unknown-context offers the close
 * context of extensions.conf even when the name comes from a template; `type=` completion; the aor hover and a
 * static contact. In process and over LSP.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { complete } from '../server/src/features/completion';
import { hover } from '../server/src/features/hover';
import { definition } from '../server/src/features/definition';
import { codeActions } from '../server/src/features/codeActions';
import { applyEdits } from '../server/src/features/format';
import { fixture } from './helpers/fixture';
import { MemoryLsp } from './helpers/memoryLsp';
import { uri } from './helpers/lsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ACL_CONF = ';- acl.conf\n[office]\ndeny=0.0.0.0/0.0.0.0\npermit=192.0.2.0/24\n\n[vpn]\npermit=10.8.0.0/16\n';
const byText = <T extends { sortText?: string; label: string }>(l: T[]) =>
  [...l].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));

suite('named ACLs: acl= and contact_acl=', () => {
  test('completion offers the ACLs of acl.conf, in an endpoint and in a type=acl section', () => {
    for (const src of [
      '[6001]\ntype=endpoint\nallow=ulaw\nacl=|\n',
      '[6001]\ntype=endpoint\nallow=ulaw\ncontact_acl=office,|\n',
      '[global-acl]\ntype=acl\nacl=|\n',
    ]) {
      const f = fixture(src + ACL_CONF);
      const items = complete(f.analysis, f.file, f.offset);
      assert.deepEqual(
        items.map((c) => c.label),
        ['office', 'vpn'],
        src,
      );
      assert.match(items[0].detail!, /named ACL — acl\.conf:1/);
      assert.match(items[0].documentation!, /permit=192\.0\.2\.0\/24/);
    }
  });

  test('hover shows the rules and where; a missing one says what it does', () => {
    const f = fixture(`[6001]\ntype=endpoint\nallow=ulaw\nacl=vpn,off|ice\n${ACL_CONF}`);
    const h = hover(f.analysis, f.file, f.offset)!;
    assert.match(h.markdown, /^\*\*\[office\]\*\* — named ACL of acl\.conf, acl\.conf:1/);
    assert.match(h.markdown, /deny=0\.0\.0\.0\/0\.0\.0\.0\npermit=192\.0\.2\.0\/24/);
    assert.equal(f.file.text.slice(h.start, h.end), 'office');
    const zh = hover(f.analysis, f.file, f.offset, { locale: 'zh-cn' })!;
    assert.match(zh.markdown, /acl\.conf 中的具名 ACL/);
    const missing = fixture(`[6001]\ntype=endpoint\nallow=ulaw\nacl=offce|\n${ACL_CONF}`);
    assert.match(hover(missing.analysis, missing.file, missing.offset)!.markdown, /defines no ACL `offce`/);
  });

  test('go to definition opens the ACL in acl.conf', () => {
    const f = fixture(`[6001]\ntype=endpoint\nallow=ulaw\ncontact_acl=v|pn\n${ACL_CONF}`);
    const [d] = definition(f.analysis, f.file, f.offset);
    assert.equal(d.path, '/etc/asterisk/acl.conf');
    assert.equal(f.files.get(d.path)!.slice(d.selStart, d.selEnd), 'vpn');
  });
});

suite('unknown-context: the close context of extensions.conf', () => {
  const EXT = ';- extensions.conf\n[from-internal]\nexten => 100,1,Answer()\n\n[from-pstn]\nexten => s,1,Answer()\n';

  test('also when the name comes from a template that some endpoints override: the template line changes', () => {
    const f = fixture(
      `[trunk-tpl](!)\ntype=endpoint\nallow=ulaw\ncontext=from-pstm\n\n[itsp](trunk-tpl)\n\n[lab](trunk-tpl)\ncontext=from-internal\n${EXT}`,
    );
    const d = f.analysis.diagnostics.find((x) => x.code === 'unknown-context')!;
    assert.equal(f.file.text.slice(d.start, d.end), 'itsp', 'on the endpoint that keeps the line');
    const [fix] = codeActions(f.analysis, f.file, [d]);
    assert.equal(fix.title, "Change to 'from-pstn'");
    const fixed = applyEdits(f.file.text, fix.edits);
    assert.match(fixed, /\[trunk-tpl\]\(!\)\ntype=endpoint\nallow=ulaw\ncontext=from-pstn\n/);
    assert.match(fixed, /\[itsp\]\(trunk-tpl\)\n/, 'the section name is untouched');
  });
});

suite('type= completion', () => {
  test('endpoint, aor and auth first', () => {
    const f = fixture('[6001]\ntype=|\n');
    assert.deepEqual(
      byText(complete(f.analysis, f.file, f.offset))
        .slice(0, 3)
        .map((c) => c.label),
      ['endpoint', 'aor', 'auth'],
    );
  });

  test('not offered where a template already sets the type', () => {
    const f = fixture('[phone](!)\ntype=endpoint\nallow=ulaw\n\n[6001](phone)\n|\n');
    const labels = complete(f.analysis, f.file, f.offset).map((c) => c.label);
    assert.ok(labels.includes('context'), 'the options of the type still are');
    assert.ok(!labels.includes('type'));
    const untyped = fixture('[6001]\n|\n');
    assert.ok(complete(untyped.analysis, untyped.file, untyped.offset).some((c) => c.label === 'type'));
  });
});

suite('the aor hover and a static contact', () => {
  test('no "every registration is rejected" for an aor with a static contact', () => {
    const at = (src: string) => {
      const f = fixture(src);
      return hover(f.analysis, f.file, f.offset)!.markdown;
    };
    assert.doesNotMatch(at('[itsp-a|or]\ntype=aor\ncontact=sip:203.0.113.1\n'), /every registration is rejected/);
    assert.match(at('[60|01]\ntype=aor\n'), /`max_contacts=0` \(every registration is rejected\)/);
  });
});

suite('day-one gaps over LSP', () => {
  test('ACL completion and hover, and type= ordering', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-day-one-')));
    const text = '[6001]\ntype=endpoint\nallow=ulaw\nacl=office\n\n[6002]\ntype=\n';
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), text);
    fs.writeFileSync(path.join(dir, 'acl.conf'), '[office]\npermit=192.0.2.0/24\n');
    const lsp = new MemoryLsp();
    await lsp.initialize(dir);
    const u = uri(path.join(dir, 'pjsip.conf'));
    const published = lsp.waitForDiagnostics(u);
    lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text } });
    await published;
    const h: Json = await lsp.request('textDocument/hover', {
      textDocument: { uri: u },
      position: { line: 3, character: 6 },
    });
    assert.match(h.contents.value, /named ACL of acl\.conf/);
    const acls: Json[] = await lsp.request('textDocument/completion', {
      textDocument: { uri: u },
      position: { line: 3, character: 4 },
    });
    assert.ok(acls.some((c) => c.label === 'office'));
    const types: Json[] = await lsp.request('textDocument/completion', {
      textDocument: { uri: u },
      position: { line: 6, character: 5 },
    });
    assert.deepEqual(
      byText(types)
        .slice(0, 3)
        .map((c) => c.label),
      ['endpoint', 'aor', 'auth'],
    );
    await lsp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
