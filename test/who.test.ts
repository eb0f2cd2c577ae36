/**
 * "Who answers a request" where the user meets it: the request line, the path with its places, pjsip-check --who,
 * --only and the SARIF security tags, the "No matching endpoint found" log lines of --explain, the endpoint and
 * identify hovers, and the pjsip.server.whoAnswers command over the real server.
 */
import { test, suite, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../server/src/cli';
import { explainLogLine } from '../server/src/features/explainLog';
import { hover } from '../server/src/features/hover';
import { parseWhoRequest, whoAnswers, whoMarkdown, whoPlainText } from '../server/src/features/whoAnswers';
import { envWithLocale } from './helpers/env';
import { fixture } from './helpers/fixture';
import { MemoryLsp } from './helpers/memoryLsp';
import { uri } from './helpers/lsp';

const PJSIP = `[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0

[itsp]
type=endpoint
context=from-itsp
allow=ulaw
identify_by=ip

[itsp-identify]
type=identify
endpoint=itsp
match=203.0.113.0/24

[1001]
type=endpoint
context=internal
allow=ulaw
auth=1001
aors=1001

[1001]
type=auth
username=1001
password=Kx8-fr2m-Qp9z-Tb4w

[1001]
type=aor
max_contacts=1
`;
const EXTENSIONS = `[from-itsp]
exten => 100,1,Dial(PJSIP/1001)

[internal]
exten => _1XXX,1,Dial(PJSIP/\${EXTEN})
include => outbound

[outbound]
exten => _00X.,1,Dial(PJSIP/\${EXTEN:2}@itsp)
`;
const SET = `${PJSIP};- extensions.conf\n${EXTENSIONS}`;

suite('who answers: the request line', () => {
  test('method, Request-URI or number, from, user, header, auth', () => {
    assert.deepEqual(parseWhoRequest('INVITE sip:100@pbx from 203.0.113.7 user 1001'), {
      method: 'INVITE',
      source: '203.0.113.7',
      requestUri: 'sip:100@pbx',
      exten: '100',
      fromUser: '1001',
    });
    assert.deepEqual(
      parseWhoRequest('100 from [2001:db8::7]:5062 user alice@example.com header X-Trunk: acme auth bob'),
      {
        method: 'INVITE',
        source: '2001:db8::7',
        port: 5062,
        exten: '100',
        fromUser: 'alice',
        fromDomain: 'example.com',
        headers: { 'X-Trunk': 'acme' },
        authUsername: 'bob',
      },
    );
    assert.equal(parseWhoRequest('INVITE sip:100@pbx user 1001'), undefined, 'no source address');
    assert.equal(parseWhoRequest('INVITE 100 from pbx.example.com'), undefined, 'a host name is no source address');
  });
});

suite('who answers: the path', () => {
  test('by address through the identify: not challenged, context, extension found, each with its place', () => {
    const f = fixture(SET);
    const w = whoAnswers(f.analysis, parseWhoRequest('INVITE sip:100@pbx from 203.0.113.7')!);
    assert.equal(
      whoPlainText(f.analysis, w),
      [
        'INVITE sip:100@pbx from 203.0.113.7',
        '  1. Identifiers tried, in order: ip, username, anonymous, header, request_uri, auth_username.',
        '  2. Identified as endpoint `itsp` by source address, through identify `itsp-identify` (match `203.0.113.0/24`).  pjsip.conf:12',
        '  3. Not challenged: endpoint `itsp` has no auth=.  pjsip.conf:6',
        '  4. Lands in context `from-itsp`.  pjsip.conf:8',
        '  5. Extension `100` found in `from-itsp`: `exten => 100,1,Dial(PJSIP/1001)`.  extensions.conf:2',
        'Result: the dialplan runs, without any password.',
        '',
      ].join('\n'),
    );
  });

  test('by user name: challenged, through an include, and what each password gets', () => {
    const f = fixture(SET);
    const w = whoAnswers(f.analysis, parseWhoRequest('INVITE 0044123 from 198.51.100.9 user 1001')!);
    const md = whoMarkdown(f.analysis, w);
    assert.match(md, /Identified as endpoint `1001` by the From user name\. — `pjsip\.conf:17`/);
    assert.match(md, /Challenged \(401\) with auth `1001`.*"Failed to authenticate"\)\. — `pjsip\.conf:21`/);
    assert.match(md, /Extension `0044123` found in `outbound` \(through include => outbound\)/);
    assert.match(
      md,
      /\*\*Result:\*\* 401 without credentials; the dialplan runs with the right password; 401 with a wrong one\./,
    );
  });

  test('nobody: the 401 of no endpoint; an unknown number: 404', () => {
    const f = fixture(SET);
    const none = whoAnswers(f.analysis, parseWhoRequest('INVITE 100 from 198.51.100.9 user stranger')!);
    assert.match(whoMarkdown(f.analysis, none), /No endpoint takes it.*"No matching endpoint found"/);
    const absent = whoAnswers(f.analysis, parseWhoRequest('INVITE 999 from 203.0.113.7')!);
    assert.match(whoMarkdown(f.analysis, absent), /Extension `999` is not in `from-itsp`.*404/);
  });

  test('in Chinese', () => {
    const f = fixture(SET);
    const w = whoAnswers(f.analysis, parseWhoRequest('INVITE sip:100@pbx from 203.0.113.7')!, 'zh-cn');
    assert.match(whoMarkdown(f.analysis, w), /按来源地址识别为 endpoint `itsp`，经由 identify `itsp-identify`/);
  });
});

suite('who answers: pjsip-check', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  function folder(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-who-'));
    dirs.push(dir);
    for (const [n, t] of Object.entries(files)) fs.writeFileSync(path.join(dir, n), t);
    return dir;
  }
  const cli = (args: string[], locale: Record<string, string> = {}) =>
    runCli(args, process.cwd(), envWithLocale(locale));

  test('--who prints the path; --format json gives its parts', () => {
    const dir = folder({ 'pjsip.conf': PJSIP, 'extensions.conf': EXTENSIONS });
    const r = cli(['--who', 'INVITE sip:100@pbx from 203.0.113.7 user 1001', dir]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^INVITE sip:100@pbx from 203\.0\.113\.7 \(From user `1001`\)\n/);
    assert.match(r.stdout, /through identify `itsp-identify`.*pjsip\.conf:12\n/);
    const j = JSON.parse(cli(['--who', 'INVITE sip:100@pbx from 203.0.113.7', '--format', 'json', dir]).stdout);
    assert.equal(j.endpoint, 'itsp');
    assert.equal(j.identifiedBy, 'ip');
    assert.equal(j.identify, 'itsp-identify');
    assert.equal(j.challenged, false);
    assert.equal(j.context, 'from-itsp');
    assert.equal(j.extension, 'found');
    assert.equal(j.steps[1].at, 'pjsip.conf:12');
  });

  test('--who without a source address, or without a request: usage error', () => {
    const dir = folder({ 'pjsip.conf': PJSIP });
    assert.equal(cli(['--who', 'INVITE 100', dir]).code, 2);
    assert.match(cli(['--who', 'INVITE 100', dir]).stderr, /needs 'from' and a source address/);
    assert.equal(cli(['--who', '', dir]).code, 2);
  });

  test('--only security and --rule security=off; SARIF carries the security tags and scores', () => {
    const dir = folder({
      'pjsip.conf': `${PJSIP}\n[anonymous]\ntype=endpoint\ncontext=internal\nallow=ulaw\n[x]\ntype=endpoint\ncontxt=1\n`,
      'extensions.conf': EXTENSIONS,
    });
    const all = cli([dir]).stdout;
    assert.match(all, /unknown-option/);
    assert.match(all, /unauthenticated-dial-out/);
    const only = cli(['--only', 'security', dir]).stdout;
    assert.doesNotMatch(only, /unknown-option/);
    assert.match(only, /error unauthenticated-dial-out/);
    assert.doesNotMatch(cli(['--rule', 'security=off', dir]).stdout, /unauthenticated|dial-unfiltered/);
    assert.equal(cli(['--only', 'nonsense', dir]).code, 2);
    const sarif = JSON.parse(cli(['--only', 'security', '--format', 'sarif', dir]).stdout);
    const rules = sarif.runs[0].tool.driver.rules as {
      id: string;
      properties?: { tags: string[]; 'security-severity'?: string };
    }[];
    const rule = rules.find((r) => r.id === 'unauthenticated-dial-out')!;
    assert.deepEqual(rule.properties, { tags: ['security'], 'security-severity': '9.1' });
    assert.equal(rules.find((r) => r.id === 'unknown-option')!.properties, undefined);
    assert.ok(sarif.runs[0].results.every((r: { ruleId: string }) => rules.find((x) => x.id === r.ruleId)!.properties));
  });
});

suite('who answers: log lines through --explain', () => {
  test('"No matching endpoint found" leads to the same path', () => {
    const f = fixture(SET);
    const line =
      "[Dec  7 19:00:22.144] NOTICE[71] res_pjsip/pjsip_distributor.c: Request 'INVITE' from '<sip:1001@198.51.100.9>' failed for '198.51.100.9:5062' (callid: qux6b0sht8wymrdy0gec@sipcall) - No matching endpoint found";
    const e = explainLogLine(f.analysis, line)!;
    assert.equal(f.files.get(e.path)!.slice(e.start, e.end), '1001');
    assert.match(e.markdown, /\*\*INVITE sip:s@pbx\*\* from 198\.51\.100\.9:5062 \(From user `1001`\)/);
    assert.match(e.markdown, /Identified as endpoint `1001` by the From user name/);
    const stranger = explainLogLine(f.analysis, line.replace('1001@', 'nobody@'))!;
    assert.match(stranger.markdown, /No endpoint takes it/);
  });

  test('"rejected because extension not found" names the endpoint and context', () => {
    const f = fixture(SET);
    const e = explainLogLine(
      f.analysis,
      "NOTICE[32] res_pjsip_session.c:  itsp: Call (UDP:203.0.113.7:5062) to extension '999' rejected because extension not found in context 'from-itsp'.",
    )!;
    assert.equal(f.files.get(e.path)!.slice(e.start, e.end), 'from-itsp');
    assert.match(e.markdown, /Extension `999` is not in `from-itsp`/);
  });

  test('pjsip-check --explain with such a line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-who-'));
    try {
      fs.writeFileSync(path.join(dir, 'pjsip.conf'), PJSIP);
      const r = runCli(
        [
          '--explain',
          "Request 'INVITE' from '<sip:nobody@203.0.113.9>' failed for '203.0.113.9:5062' (callid: x) - Failed to authenticate",
          dir,
        ],
        process.cwd(),
        envWithLocale(),
      );
      assert.equal(r.code, 0);
      assert.match(r.stdout, /Identified as endpoint `itsp` by source address/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

suite('who answers: hovers', () => {
  test('an endpoint section: by address via its identify, by user name without authentication', () => {
    const f = fixture(
      `[it|sp]\ntype=endpoint\ncontext=from-itsp\nallow=ulaw\n[itsp-identify]\ntype=identify\nendpoint=itsp\nmatch=203.0.113.0/24\n`,
    );
    const md = hover(f.analysis, f.file, f.offset)!.markdown;
    assert.match(md, /\*\*How a request reaches endpoint `itsp`\*\*/);
    assert.match(md, /- by source address `203\.0\.113\.0\/24`, through identify `itsp-identify`/);
    assert.match(md, /- by the From user name `itsp`, from any address/);
    assert.match(md, /\*\*No password is asked\*\*/);
  });

  test('an identify section: the endpoint it sends to, and an identify tried before it', () => {
    const f = fixture(
      `[a]\ntype=endpoint\nidentify_by=ip\nallow=ulaw\n[b]\ntype=endpoint\nidentify_by=ip\nallow=ulaw\nauth=b\n[b]\ntype=auth\nusername=b\npassword=Kx8-fr2m-Qp9z-Tb4w\n[z-i|d]\ntype=identify\nendpoint=a\nmatch=203.0.113.0/24\n[a-id]\ntype=identify\nendpoint=b\nmatch=203.0.113.10\n`,
      { asteriskVersion: 'master' },
    );
    const md = hover(f.analysis, f.file, f.offset)!.markdown;
    assert.match(md, /\*\*Identify `z-id`\*\* sends to endpoint `a`:/);
    assert.match(
      md,
      /Identify `a-id` matches `203\.0\.113\.0\/24` too and is tried first \(Asterisk master tries identifies by name\)/,
    );
    const onB = fixture(
      `[|b]\ntype=endpoint\nidentify_by=ip\nallow=ulaw\nauth=b\n[b]\ntype=auth\nusername=b\npassword=Kx8-fr2m-Qp9z-Tb4w\n[a-id]\ntype=identify\nendpoint=b\nmatch=203.0.113.10\n`,
    );
    assert.match(hover(onB.analysis, onB.file, onB.offset)!.markdown, /Every request is challenged with auth `b`\./);
  });

  test('in Chinese', () => {
    const f = fixture(`[any|mous]\ntype=endpoint\nallow=ulaw\n`.replace('any|mous', 'anon|ymous'));
    const md = hover(f.analysis, f.file, f.offset, { locale: 'zh-cn' })!.markdown;
    assert.match(md, /\*\*请求如何到达 endpoint `anonymous`\*\*/);
    assert.match(md, /作为 `anonymous` endpoint/);
  });
});

suite('who answers: the command over the language server', () => {
  let dir: string;
  let lsp: MemoryLsp;
  after(async () => {
    await lsp?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('pjsip.server.whoAnswers: the path with a place per step; null without a source address', async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-who-lsp-')));
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), PJSIP);
    fs.writeFileSync(path.join(dir, 'extensions.conf'), EXTENSIONS);
    lsp = new MemoryLsp();
    const init = await lsp.initialize(dir);
    assert.ok(init.capabilities.executeCommandProvider.commands.includes('pjsip.server.whoAnswers'));
    assert.ok(init.capabilities.executeCommandProvider.commands.includes('pjsip.server.explainLogLine'));
    const mainUri = uri(path.join(dir, 'pjsip.conf'));
    const diags = lsp.waitForDiagnostics(mainUri);
    lsp.notify('textDocument/didOpen', {
      textDocument: { uri: mainUri, languageId: 'pjsip', version: 1, text: PJSIP },
    });
    await diags;
    const r = await lsp.request('workspace/executeCommand', {
      command: 'pjsip.server.whoAnswers',
      arguments: [{ source: '203.0.113.7', user: '', exten: '100', uri: mainUri }],
    });
    assert.equal(r.endpoint, 'itsp');
    assert.equal(r.context, 'from-itsp');
    assert.match(r.markdown, /through identify `itsp-identify`/);
    const identified = r.steps.find((s: { text: string }) => s.text.startsWith('Identified'));
    assert.equal(identified.uri, mainUri);
    assert.equal(identified.range.start.line, 11);
    const found = r.steps.find((s: { text: string }) => s.text.startsWith('Extension'));
    assert.equal(found.uri, uri(path.join(dir, 'extensions.conf')));
    assert.equal(
      await lsp.request('workspace/executeCommand', {
        command: 'pjsip.server.whoAnswers',
        arguments: [{ exten: '100' }],
      }),
      null,
    );
  });
});
