/**
 * The section hover over LSP, as the user sees it: the defaults that matter and that neither the section nor its
 * templates set, and every label in English and in Chinese (names, values and type names stay as written).
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFixture } from './helpers/fixture';
import { MemoryLsp } from './helpers/memoryLsp';
import { SECTION_HOVER_LABELS } from '../server/src/i18n/sectionHover';

async function hoverAt(src: string, locale: 'en' | 'zh-cn'): Promise<string> {
  const { files, path: at, offset } = parseFixture(src);
  const text = files.get(at)!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-section-hover-'));
  const file = path.join(dir, 'pjsip.conf');
  fs.writeFileSync(file, text);
  const lsp = new MemoryLsp();
  try {
    await lsp.initialize(dir, null, 'lsp-test', { locale });
    const u = pathToFileURL(file).toString();
    const diags = lsp.waitForDiagnostics(u);
    lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text } });
    await diags;
    const before = text.slice(0, offset).split('\n');
    const h = await lsp.request('textDocument/hover', {
      textDocument: { uri: u },
      position: { line: before.length - 1, character: before[before.length - 1].length },
    });
    return h.contents.value as string;
  } finally {
    await lsp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ENDPOINT = `
[tpl](!)
type=endpoint
direct_media=no

[60|01](tpl)
context=internal
aors=6001
allow=ulaw

[6001]
type=aor
max_contacts=1
`;

const LINE = (md: string, lead: string) => md.split('\n\n').find((p) => p.startsWith(lead));

suite('section hover: defaults that matter', () => {
  test('endpoint: only the defaults neither it nor its template sets', async () => {
    const md = await hoverAt(ENDPOINT, 'en');
    assert.equal(
      LINE(md, 'Not set'),
      'Not set, so Asterisk uses: `rtp_symmetric=no` (RTP goes where SDP says, not back to the sender), `rewrite_contact=no` (the Contact behind NAT is kept as sent)',
    );
    assert.doesNotMatch(md, /`context=default`|`direct_media=yes`/);
  });

  test('aor without max_contacts: registrations are rejected', async () => {
    const md = await hoverAt('[60|01]\ntype=aor\n', 'en');
    assert.match(
      LINE(md, 'Not set')!,
      /^Not set, so Asterisk uses: `max_contacts=0` \(every registration is rejected\)/,
    );
  });

  test('registration: retries and auth rejection', async () => {
    const md = await hoverAt(
      '[tr|unk]\ntype=registration\nserver_uri=sip:x.example.com\nclient_uri=sip:me@x.example.com\nmax_retries=100\n',
      'en',
    );
    const line = LINE(md, 'Not set')!;
    assert.match(line, /`retry_interval=60` \(seconds between retries\)/);
    assert.match(line, /`auth_rejection_permanent=yes` \(a 401\/407 stops it for good\)/);
    assert.doesNotMatch(line, /max_retries/);
  });

  test('nothing to say when the section sets them all', async () => {
    const md = await hoverAt('[60|01]\ntype=aor\nmax_contacts=1\nremove_existing=yes\n', 'en');
    assert.equal(LINE(md, 'Not set'), undefined);
  });

  test('the hover stays short: a typical endpoint has at most 9 paragraphs and 20 lines', async () => {
    const md = await hoverAt(ENDPOINT, 'en');
    assert.ok(md.split('\n\n').length <= 9 && md.split('\n').length <= 20, md);
  });
});

suite('section hover in Chinese', () => {
  test('labels, defaults and their meanings read in Chinese; names and values stay', async () => {
    const md = await hoverAt(ENDPOINT, 'zh-cn');
    assert.match(md, /^\*\*\[6001\]\*\* — endpoint：SIP 对端的配置/);
    assert.match(md, /继承：`\[tpl\]` \(pjsip\.conf:1\)/);
    assert.match(md, /\| 继承的选项 \| 值 \| 来自 \|/);
    assert.match(md, /\| `direct_media` \| `no` \| 模板 `\[tpl\]`（pjsip\.conf:3） \|/);
    assert.match(
      md,
      /未设置，Asterisk 使用：`rtp_symmetric=no`（RTP 发往 SDP 中的地址，而不是回发给发送方），`rewrite_contact=no`/,
    );
    assert.match(md, /Asterisk 命令行：`pjsip show endpoint 6001`/);
    assert.doesNotMatch(md, /Inherits|inherited option|Not set|Asterisk CLI/);
  });

  test('aor: users and the max_contacts default', async () => {
    const md = await hoverAt('[60|01]\ntype=aor\n', 'zh-cn');
    assert.match(md, /没有任何地方引用它。/);
    assert.match(md, /`max_contacts=0`（拒绝所有注册）/);
  });

  test('every label has a Chinese text that differs from the English one', () => {
    const en = SECTION_HOVER_LABELS.en as unknown as Record<string, unknown>;
    const zh = SECTION_HOVER_LABELS['zh-cn'] as unknown as Record<string, unknown>;
    const text = (v: unknown) =>
      typeof v === 'function' ? String((v as (...a: unknown[]) => unknown)(7, 'x')) : String(v);
    for (const k of Object.keys(en)) assert.notEqual(text(zh[k]), text(en[k]), k);
  });
});
