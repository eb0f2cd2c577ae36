/**
 * The texts completion, dialplan contexts, pjsip_notify.conf, code lenses and rename write themselves, in a
 * Chinese session: each shows Chinese and keeps the names it should (option, type and section names, CLI
 * commands, AMI actions, SIP header and event names); in English each is what it always was. Asserted on what
 * the user sees, through the features and through the language server in memory.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { complete } from '../server/src/features/completion';
import { hover } from '../server/src/features/hover';
import { codeLenses } from '../server/src/features/symbols';
import { prepareRename, rename } from '../server/src/features/rename';
import type { Locale } from '../server/src/i18n/locale';
import { fixture, type Fixture } from './helpers/fixture';
import { MemoryLsp } from './helpers/memoryLsp';
import { uri } from './helpers/lsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const CJK = /[\u4e00-\u9fff]/;

/** What the editor shows for one completion item: `detail | documentation`. */
function item(label: string): (f: Fixture, locale: Locale | undefined) => string {
  return (f, locale) => {
    const c = complete(f.analysis, f.file, f.offset, { locale }).find((x) => x.label === label);
    assert.ok(c, `no completion ${label}`);
    return [c.detail, c.documentation].filter((x) => x !== undefined).join(' | ');
  };
}

/** The hover as the server answers it (hover.ts's handler). */
function hovered(f: Fixture, locale: Locale | undefined): string {
  const h = hover(f.analysis, f.file, f.offset, { locale });
  assert.ok(h, 'no hover');
  return h.markdown;
}

function lensTitles(f: Fixture, locale: Locale | undefined): string {
  return codeLenses(f.analysis, f.file, locale)
    .map((l) => l.title)
    .join(' / ');
}

function refusal(newName?: string): (f: Fixture, locale: Locale | undefined) => string {
  return (f, locale) => {
    const r =
      newName === undefined
        ? prepareRename(f.analysis, f.file, f.offset, locale)
        : rename(f.analysis, f.file, f.offset, newName, locale);
    assert.ok('error' in r, 'not refused');
    return r.error;
  };
}

const WIZARD =
  ';- pjsip_wizard.conf\n[trunk]\ntype=wizard\nsends_auth=yes\noutbound_auth/username=u\nremote_hosts=192.0.2.1\n';
const DIALPLAN = ';- extensions.conf\n[general]\nstatic=yes\n[internal]\nexten => 100,1,Answer()\n[empty]\n';
const NOTIFY = ';- /etc/asterisk/pjsip.conf\n[t]\ntype=transport\nbind=0.0.0.0\n;- /etc/asterisk/pjsip_notify.conf\n';
const phone = (line: string, dialplan = DIALPLAN) => `[6001]\ntype=endpoint\n${line}\n${dialplan}`;

interface Case {
  what: string;
  src: string;
  shown: (f: Fixture, locale: Locale | undefined) => string;
  /** What an English session shows, exactly. */
  en: string;
  /** What a Chinese session shows, exactly. */
  zh: string;
}

const CASES: Case[] = [
  // 1. completion
  {
    what: 'completion: the type key of a section without one',
    src: '[x]\nty|\n',
    shown: item('type'),
    en: 'object type | Which kind of object this section defines. Without it Asterisk ignores the section.',
    zh: '对象类型 | 此段定义哪一种对象。没有它，Asterisk 会忽略此段。',
  },
  {
    what: 'completion: an option of the type',
    src: '[x]\ntype=endpoint\ndtmf|\n',
    shown: (f, l) => item('dtmf_mode')(f, l).split(' | ')[0],
    en: 'endpoint option',
    zh: 'endpoint 选项',
  },
  {
    what: 'completion: a deprecated option',
    src: '[x]\ntype=endpoint\n|\n',
    shown: (f, locale) => complete(f.analysis, f.file, f.offset, { locale }).find((c) => c.deprecated)!.detail!,
    en: 'endpoint option (deprecated)',
    zh: 'endpoint 选项（已弃用）',
  },
  {
    what: 'completion: ! in [x](',
    src: '[6001](|)\n',
    shown: item('!'),
    en: 'make this section a template | A template is never loaded as an object; other sections inherit its options with `[name](template)`.',
    zh: '把此段设为模板 | 模板从不作为对象加载；其他段用 `[name](template)` 继承它的选项。',
  },
  {
    what: 'completion: + in [x](',
    src: '[6001](|)\n',
    shown: item('+'),
    en: 'add to an earlier section of the same name | The lines below are added to the earlier, non-template section with this name.',
    zh: '追加到前面的同名段 | 下面各行会加到前面那个同名的非模板段中。',
  },
  {
    what: 'completion: a template to inherit from',
    src: '[phone](!)\ntype=endpoint\n[6001](|)\n',
    shown: item('phone'),
    en: 'template (endpoint) | `[phone]` in pjsip.conf, line 1',
    zh: '模板（endpoint） | `[phone]`，位于 pjsip.conf 第 1 行',
  },
  {
    what: 'completion: a template without a type, and a section',
    src: '[base](!)\nallow=ulaw\n[misc]\nfoo=bar\n[6001](|)\n',
    shown: (f, l) => `${item('base')(f, l)} / ${item('misc')(f, l)}`,
    en: 'template | `[base]` in pjsip.conf, line 1 / section | `[misc]` in pjsip.conf, line 3',
    zh: '模板 | `[base]`，位于 pjsip.conf 第 1 行 / 段 | `[misc]`，位于 pjsip.conf 第 3 行',
  },
  {
    what: 'completion: directives',
    src: '#|\n[a]\ntype=aor\n',
    shown: (f, l) => ['include', 'tryinclude', 'exec'].map((d) => item(d)(f, l)).join(' / '),
    en: 'read another file here (must exist) / read another file here if it exists / read the output of a command (needs execincludes=yes)',
    zh: '在此读入另一个文件（文件必须存在） / 在此读入另一个文件（文件存在时） / 在此读入一条命令的输出（需要 execincludes=yes）',
  },
  {
    what: 'completion: wizard keys, prefixes and prefixed options',
    src: ';- pjsip_wizard.conf\n[w]\ntype=wizard\n|\n',
    shown: (f, l) => [item('accepts_auth')(f, l), item('endpoint/')(f, l)].map((s) => s.split(' | ')[0]).join(' / '),
    en: 'wizard option / options of the generated endpoint (<id>)',
    zh: 'wizard 选项 / 生成的 endpoint（<id>）的选项',
  },
  {
    what: 'completion: an option of the wizard-generated endpoint',
    src: ';- pjsip_wizard.conf\n[w]\ntype=wizard\nendpoint/dtm|\n',
    shown: (f, l) => item('endpoint/dtmf_mode')(f, l).split(' | ')[0],
    en: 'endpoint option for <id>',
    zh: '<id> 的 endpoint 选项',
  },
  {
    what: 'completion: the default value',
    src: '[x]\ntype=endpoint\ndtmf_mode=|\n',
    shown: (f, l) => item('rfc4733')(f, l).split(' | ')[0],
    en: '(default)',
    zh: '（默认）',
  },
  {
    what: 'completion: codecs',
    src: '[x]\ntype=endpoint\nallow=|\n',
    shown: (f, l) => ['all', 'ulaw', 'g722', 'h264', 't140'].map((c) => item(c)(f, l)).join(' / '),
    en: 'every codec / audio, 8 kHz / audio, 16 kHz / video, 1 kHz / text',
    zh: '所有编解码器 / 音频，8 kHz / 音频，16 kHz / 视频，1 kHz / 文本',
  },
  {
    what: 'completion: a name generated by the wizard',
    src: `[x]\ntype=endpoint\noutbound_auth=|\n${WIZARD}`,
    shown: item('trunk-oauth'),
    en: 'auth (from wizard [trunk]) — pjsip_wizard.conf:1 | `[trunk]` in pjsip_wizard.conf, line 1',
    zh: 'auth（由 wizard [trunk] 生成）— pjsip_wizard.conf:1 | `[trunk]`，位于 pjsip_wizard.conf 第 1 行',
  },
  // 2. dialplan contexts
  {
    what: 'dialplan: context completion',
    src: phone('context=|'),
    shown: (f, l) => `${item('internal')(f, l).split(' | ')[0]} / ${item('empty')(f, l)}`,
    en: 'dialplan context — extensions.conf:3 / dialplan context — extensions.conf:5 | _The context is empty._',
    zh: '拨号方案 context — extensions.conf:3 / 拨号方案 context — extensions.conf:5 | _此 context 是空的。_',
  },
  {
    what: 'dialplan: hover on a context',
    src: phone('context=inter|nal'),
    shown: hovered,
    en: '**[internal]** — dialplan context, extensions.conf:3\n\n```\nexten => 100,1,Answer()\n```',
    zh: '**[internal]** — 拨号方案 context，extensions.conf:3\n\n```\nexten => 100,1,Answer()\n```',
  },
  {
    what: 'dialplan: hover on a context written twice',
    src: phone('context=ro|om', ';- extensions.conf\n[room]\n[room]\n[room]\n'),
    shown: hovered,
    en: '**[room]** — dialplan context, extensions.conf:1\n\n_The context is empty._\n\nAlso written at extensions.conf:2, extensions.conf:3.',
    zh: '**[room]** — 拨号方案 context，extensions.conf:1\n\n_此 context 是空的。_\n\n同名的 context 还写在 extensions.conf:2、extensions.conf:3。',
  },
  {
    what: 'dialplan: hover on a context the dialplan lacks',
    src: phone('context=inter|nl'),
    shown: hovered,
    en: 'The dialplan (extensions.conf) defines no context `internl`.',
    zh: '拨号方案（extensions.conf）中没有定义 context `internl`。',
  },
  // 3. pjsip_notify.conf
  {
    what: 'notify: hover on a template',
    src: `${NOTIFY}[rel|oad]\nEvent=>check-sync\n`,
    shown: hovered,
    en: '**NOTIFY template `reload`** (pjsip_notify.conf, read by res_pjsip_notify; not a pjsip.conf object)\n\nSend it from the Asterisk CLI:\n```\npjsip send notify reload endpoint 6001\npjsip send notify reload uri sip:6001@192.0.2.10\n```\nor from AMI:\n```\nAction: PJSIPNotify\nEndpoint: 6001\nOption: reload\n```',
    zh: '**NOTIFY 模板 `reload`**（pjsip_notify.conf，由 res_pjsip_notify 读取；不是 pjsip.conf 中的对象）\n\n在 Asterisk CLI 中发送：\n```\npjsip send notify reload endpoint 6001\npjsip send notify reload uri sip:6001@192.0.2.10\n```\n或者通过 AMI 发送：\n```\nAction: PJSIPNotify\nEndpoint: 6001\nOption: reload\n```',
  },
  {
    what: 'notify: hover on a key, another header and an event',
    src: `${NOTIFY}[reload]\nEve|nt=>check-sync\nX-Foo=>1\n`,
    shown: (f, l) =>
      [
        hovered(f, l),
        hovered(fixture(`${NOTIFY}[reload]\nEvent=>check-sync\nX-F|oo=>1\n`), l),
        hovered(fixture(`${NOTIFY}[reload]\nEvent=>check-s|ync\n`), l),
      ].join(' / '),
    en: '**Event** — the Event header: which event package the phone is told about. / **X-Foo** — a SIP header added to the NOTIFY as written. / **check-sync** — ask the phone to check its provisioning and reload its configuration (Polycom, Yealink, Grandstream, Cisco SPA and others).',
    zh: '**Event** — Event 头：告诉话机是哪个事件包。 / **X-Foo** — 一个 SIP 头，按原样加进 NOTIFY。 / **check-sync** — 让话机检查其自动配置并重新加载配置（Polycom、Yealink、Grandstream、Cisco SPA 等）。',
  },
  {
    what: 'notify: completion of events and keys',
    src: `${NOTIFY}[reload]\nEvent=>ch|\n`,
    shown: (f, l) =>
      [item('check-sync;reboot=true')(f, l), item('Content-Type')(fixture(`${NOTIFY}[reload]\nCont|\n`), l)].join(
        ' / ',
      ),
    en: 'as check-sync, and ask the phone to reboot / the type of the body given in the Content lines',
    zh: '同 check-sync，并让话机重启 / Content 行所给消息体的类型',
  },
  // 4. code lenses and rename
  {
    what: 'code lens titles',
    src: '[6001]\ntype=aor\n[phone](!)\ntype=endpoint\n[6001](phone)\naors=6001\n[6002](phone)\naors=6001\n',
    shown: lensTitles,
    en: '2 references / 2 references',
    zh: '2 处引用 / 2 处引用',
  },
  {
    what: 'code lens: one reference',
    src: '[6001]\ntype=aor\n[x]\ntype=endpoint\naors=6001\n',
    shown: (f, l) => lensTitles(f, l).split(' / ')[0],
    en: '1 reference',
    zh: '1 处引用',
  },
  {
    what: 'rename: not a name',
    src: '[x]\ntype=endpoint\ncontext=fr|om\n',
    shown: refusal(),
    en: 'Only section names and the names that refer to them can be renamed.',
    zh: '只能重命名段名，以及引用段的名字。',
  },
  {
    what: 'rename: nothing of that name',
    src: '[x]\ntype=endpoint\nauth=no|pe\n',
    shown: refusal(),
    en: "No auth named 'nope' is defined, so there is nothing to rename.",
    zh: "没有定义名为 'nope' 的 auth，无从重命名。",
  },
  {
    what: 'rename: generated by the wizard',
    src: `[r]\ntype=registration\noutbound_auth=trunk-oa|uth\n${WIZARD}`,
    shown: refusal(),
    en: "'trunk-oauth' is generated by the wizard [trunk]; rename the wizard section instead.",
    zh: "'trunk-oauth' 是 wizard [trunk] 生成的；请改为重命名这个 wizard 段。",
  },
  {
    what: 'rename: [global]',
    src: '[glo|bal]\ntype=global\n',
    shown: refusal(),
    en: '[global] is special to Asterisk and cannot be renamed.',
    zh: '[global] 对 Asterisk 有特殊含义，不能重命名。',
  },
  {
    what: 'rename: not a section name',
    src: '[6001]\ntype=aor\n[x]\ntype=endpoint\naors=60|01\n',
    shown: refusal('two words'),
    en: "'two words' cannot be a section name (no spaces, brackets, commas, '=', ';' or '#').",
    zh: "'two words' 不能用作段名（不能含空格、方括号、逗号、'='、';' 或 '#'）。",
  },
];

suite('i18n features: the texts features write, in a Chinese session', () => {
  for (const c of CASES) {
    test(`${c.what}: Chinese, and English unchanged`, () => {
      const f = fixture(c.src);
      assert.equal(c.shown(f, 'en'), c.en);
      assert.equal(c.shown(f, undefined), c.en);
      const zh = c.shown(f, 'zh-cn');
      assert.equal(zh, c.zh);
      assert.match(zh, CJK);
    });
  }
});

suite('i18n features: over LSP', () => {
  const PJSIP = '[6001]\ntype=aor\n[6001]\ntype=endpoint\naors=6001\ncontext=internal\n';

  function pos(text: string, needle: string, delta = 0) {
    const before = text.slice(0, text.indexOf(needle) + delta);
    return { line: before.split('\n').length - 1, character: before.length - (before.lastIndexOf('\n') + 1) };
  }

  async function session<T>(locale: string, use: (lsp: MemoryLsp, u: (f: string) => string) => Promise<T>) {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-i18n-features-')));
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), PJSIP);
    fs.writeFileSync(path.join(dir, 'extensions.conf'), '[internal]\nexten => 100,1,Answer()\n');
    fs.writeFileSync(path.join(dir, 'pjsip_notify.conf'), '[reload]\nEvent=>check-sync\n');
    const lsp = new MemoryLsp();
    try {
      await lsp.initialize(dir, null, 'lsp-test', { locale });
      const u = (f: string) => uri(path.join(dir, f));
      const diags = lsp.waitForDiagnostics(u('pjsip.conf'));
      lsp.notify('textDocument/didOpen', {
        textDocument: { uri: u('pjsip.conf'), languageId: 'pjsip', version: 1, text: PJSIP },
      });
      await diags;
      return await use(lsp, u);
    } finally {
      await lsp.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** What a client shows: a hover on a context and on a notify template, a lens, a completion, a rename refusal. */
  function seen(locale: string): Promise<Json> {
    return session(locale, async (lsp, u) => {
      const doc = { uri: u('pjsip.conf') };
      const notifyText = '[reload]\nEvent=>check-sync\n';
      lsp.notify('textDocument/didOpen', {
        textDocument: { uri: u('pjsip_notify.conf'), languageId: 'pjsip', version: 1, text: notifyText },
      });
      const context = await lsp.request('textDocument/hover', {
        textDocument: doc,
        position: pos(PJSIP, 'context=internal', 10),
      });
      const notify = await lsp.request('textDocument/hover', {
        textDocument: { uri: u('pjsip_notify.conf') },
        position: pos(notifyText, 'reload', 2),
      });
      const lenses = await lsp.request('textDocument/codeLens', { textDocument: doc });
      const items = await lsp.request('textDocument/completion', {
        textDocument: doc,
        position: pos(PJSIP, 'context=internal', 8),
      });
      const refused = await lsp
        .request('textDocument/prepareRename', { textDocument: doc, position: pos(PJSIP, 'context=internal', 10) })
        .then(
          () => 'accepted',
          (e: Error) => e.message,
        );
      return {
        context: context.contents.value.split('\n')[0],
        notify: notify.contents.value.split('\n')[0],
        lens: lenses[0].command.title,
        completion: items.find((i: Json) => i.label === 'internal').detail,
        refused,
      };
    });
  }

  test('a zh-cn client sees these texts in Chinese', async () => {
    assert.deepEqual(await seen('zh-cn'), {
      context: '**[internal]** — 拨号方案 context，extensions.conf:1',
      notify: '**NOTIFY 模板 `reload`**（pjsip_notify.conf，由 res_pjsip_notify 读取；不是 pjsip.conf 中的对象）',
      lens: '1 处引用',
      completion: '拨号方案 context — extensions.conf:1',
      refused: '只能重命名段名，以及引用段的名字。',
    });
  });

  test('an English client sees them as before', async () => {
    assert.deepEqual(await seen('en-US'), {
      context: '**[internal]** — dialplan context, extensions.conf:1',
      notify: '**NOTIFY template `reload`** (pjsip_notify.conf, read by res_pjsip_notify; not a pjsip.conf object)',
      lens: '1 reference',
      completion: 'dialplan context — extensions.conf:1',
      refused: 'Only section names and the names that refer to them can be renamed.',
    });
  });
});
