/**
 * The quick fixes of issue 22 through the language server, on the realistic office config (test/fixtures/office):
 * Create auth with a new random password and the neighbours' template and username convention, "keep retrying"
 * with its trade-off in the title, and the escaped semicolon; in English and Chinese.
 */
import { test, suite, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryLsp } from './helpers/memoryLsp';
import { uri } from './helpers/lsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const OFFICE = path.resolve(__dirname, '../../test/fixtures/office');

suite('the first-hour quick fixes over LSP', () => {
  let dir: string;
  before(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-office-')));
    fs.cpSync(OFFICE, dir, { recursive: true });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The code actions of each diagnostic, by rule id (the last diagnostic of a rule), and all of them in order. */
  async function fixesFor(locale: string): Promise<Map<string, Json[]> & { all?: string[][] }> {
    const lsp = new MemoryLsp();
    await lsp.initialize(dir, { asteriskVersion: '20.7' }, 'lsp-test', { locale });
    const u = uri(path.join(dir, 'pjsip.conf'));
    const text = fs.readFileSync(path.join(dir, 'pjsip.conf'), 'utf8');
    const published = lsp.waitForDiagnostics(u, (d) => d.length > 0);
    lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text } });
    const diags = await published;
    const out: Map<string, Json[]> & { all?: string[][] } = new Map<string, Json[]>();
    out.all = [];
    for (const d of diags) {
      const actions: Json[] = await lsp.request('textDocument/codeAction', {
        textDocument: { uri: u },
        range: d.range,
        context: { diagnostics: [d] },
      });
      out.set(d.code, actions);
      out.all.push(actions.map((a) => a.title as string));
    }
    await lsp.stop();
    return out;
  }

  const newText = (a: Json) =>
    Object.values(a.edit.changes as Record<string, Json[]>)[0]
      .map((e) => e.newText)
      .join('');

  test('English: Create auth, keep retrying, the escaped semicolon', async () => {
    const fixes = await fixesFor('en');
    const create = fixes.get('unresolved-reference')!.find((a) => a.title.startsWith('Create auth'))!;
    const password = /new random password '([A-Za-z2-9]{24})'/.exec(create.title)![1];
    assert.match(create.title, /^Create auth \[auth1005\] \(username 1005, /);
    assert.equal(newText(create), `\n[auth1005](phone-auth)\nusername=1005\npassword=${password}\n`);
    const retry = fixes.get('registration-stops-retrying')![0];
    assert.equal(
      retry.title,
      'Keep retrying: every 60 s while the registrar is down (for 2 days), every 30 min after a refusal (a provider may ban faster failed logins)',
    );
    assert.match(newText(retry), /fatal_retry_interval=1800[\s\S]*max_retries=2880/);
    const semi = fixes.get('semicolon-in-quotes')![0];
    assert.equal(newText(semi), '\\;');
  });

  test('Chinese: the same fixes, titled in Chinese; a new password each time', async () => {
    const [a, b] = [await fixesFor('zh-cn'), await fixesFor('zh-cn')];
    const title = (m: Map<string, Json[]>) =>
      m.get('unresolved-reference')!.find((x) => x.title.startsWith('新建 auth'))!.title as string;
    assert.match(title(a), /^新建 auth \[auth1005\]（用户名 1005，新的随机密码 '[A-Za-z2-9]{24}'）$/);
    assert.notEqual(title(a), title(b));
    assert.match(a.get('registration-stops-retrying')![0].title, /^持续重试注册：注册服务器故障时每 60 秒一次/);
    // 20.7 has no auth_type=digest: the template's line offers the old name first
    const titles = JSON.stringify(a.all);
    assert.ok(titles.includes(JSON.stringify(["改为 'userpass'", '在此行停用 invalid-value'])), titles);
    assert.ok(titles.includes(JSON.stringify(["改为 'inband'", '在此行停用 invalid-value'])), titles);
  });
});
