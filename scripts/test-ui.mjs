#!/usr/bin/env node
// npm run test:ui — what a user sees: code-server (VS Code 1.100 in the browser) driven by Playwright through
// Debian's chromium, with the packaged extension installed from pjsip-language-tools.vsix (VSIX=path to use
// another; when missing or older than the build outputs it is packaged first). Opens a temp copy of
// test/e2e/workspace and checks squiggles, the Problems panel, hover, completion (Ctrl+Space), a quick fix
// (Ctrl+.) and go to definition (F12); saves {completion,hover,diagnostics-quickfix}.png in test-results/screenshots
// (SHOTS=docs/screenshots refreshes the ones the README shows). Both runs also answer the version question of the
// first open with the picker, type `20.7` into it, create an auth (no known password in the file) and explain a log
// line into a read-only view that closes without a question (version-picker.png, explain.png). Then once more with
// `--locale zh-cn`: Chinese hover, quick fixes, snippets, settings and commands; saves hover-zh-cn.png,
// quickfix-zh-cn.png and explain-zh-cn.png.
// Env: VSIX, SHOTS (screenshot dir), KEEP=1 (keep temp dirs), TIMEOUT_MS (whole run, default 300000),
// ONLY=zh-cn (the Chinese run alone).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  cleanup,
  copyWorkspace,
  launchChromium,
  log,
  Results,
  ROOT,
  startCodeServer,
  tempDir,
  watchdog,
  patient,
} from './e2e-harness.mjs';

const results = new Results();
watchdog(Number(process.env.TIMEOUT_MS || 300000), results);
const SHOTS = process.env.SHOTS ? resolve(ROOT, process.env.SHOTS) : join(ROOT, 'test-results/screenshots');
const DEFAULT_VSIX = join(ROOT, 'pjsip-language-tools.vsix');

/** The .vsix to install: VSIX, or pjsip-language-tools.vsix (re)packaged when missing or stale. */
function ensureVsix() {
  if (process.env.VSIX) {
    if (!existsSync(process.env.VSIX)) throw new Error(`VSIX=${process.env.VSIX} does not exist`);
    return process.env.VSIX;
  }
  const inputs = [
    'client/out/extension.js',
    'server/out/server.js',
    'package.json',
    'language-configuration.json',
    'syntaxes/pjsip.tmLanguage.json',
    'package.nls.json',
    'package.nls.zh-cn.json',
    'docs/rules.md',
    'docs/zh-cn/rules.md',
  ].map((f) => join(ROOT, f));
  const built = inputs.slice(0, 2).every((f) => existsSync(f));
  const newest = Math.max(...inputs.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
  if (existsSync(DEFAULT_VSIX) && built && statSync(DEFAULT_VSIX).mtimeMs >= newest) return DEFAULT_VSIX;
  const sh = (cmd, args) => {
    log(`${cmd} ${args.join(' ')}`);
    const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: patient(240000) });
    if (r.status !== 0)
      throw new Error(
        `${cmd} ${args.join(' ')} failed (${r.status ?? r.error?.message}):\n${`${r.stdout}${r.stderr}`.slice(-3000)}`,
      );
  };
  // `npm run package` = build + vsce; when the bundles exist, package them as they are (what the other layers test).
  // The README shows docs/screenshots/*.png; vsce rewrites relative image links only for GitHub/GitLab repositories,
  // so give it a base URL (it only affects the README inside the package).
  const repo = String(
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).repository?.url ??
      'https://example.invalid/pjsip-language-tools',
  ).replace(/\.git$/, '');
  const base = ['--baseContentUrl', `${repo}/raw/HEAD/`, '--baseImagesUrl', `${repo}/raw/HEAD/`];
  if (!built) sh('npm', ['run', 'package', '--', ...base]);
  else
    sh(process.execPath, [
      join(ROOT, 'node_modules/@vscode/vsce/vsce'),
      'package',
      '--no-dependencies',
      '-o',
      DEFAULT_VSIX,
      ...base,
    ]);
  return DEFAULT_VSIX;
}

let page;

/** Poll a page-side condition with a deadline (no fixed sleeps). */
async function until(what, fn, idleMs = 15000) {
  const ms = patient(idleMs);
  const end = Date.now() + ms;
  let last;
  for (;;) {
    last = await fn().catch((e) => {
      last = e;
      return undefined;
    });
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(100);
  }
}

const editor = () => page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
const lineLocator = (text) => editor().locator('.view-line', { hasText: text }).first();

/** Viewport point of column `col` of the first editor line containing `text` (measured on the rendered text). */
async function charPoint(text, col) {
  const line = lineLocator(text);
  await line.waitFor({ timeout: patient(10000) });
  const p = await line.evaluate((el, c) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let left = c;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent.length;
      if (left < len) {
        const r = document.createRange();
        r.setStart(n, left);
        r.setEnd(n, left + 1);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      left -= len;
    }
    return null;
  }, col);
  if (!p) throw new Error(`column ${col} not found on line '${text}'`);
  return p;
}

async function clickAt(text, col) {
  const p = await charPoint(text, col);
  await page.mouse.click(p.x, p.y);
}

async function openFile(query, description, expectText) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: patient(10000) });
  await input.fill(query);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: description }).first();
  await row.waitFor({ timeout: patient(15000) });
  await row.click();
  await lineLocator(expectText).waitFor({ timeout: patient(15000) });
}

/** Screenshot once the page's finite CSS animations (hover/menu fade-ins) have finished. */
async function shot(name) {
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
          .map((a) => a.finished.catch(() => {})),
      ),
      new Promise((r) => setTimeout(r, 2000)),
    ]),
  );
  await page.screenshot({ path: join(SHOTS, name) });
}

const squiggles = () => editor().locator('.squiggly-error').count();
const activeTab = async () =>
  (await page.locator('.editor-group-container.active .tab.active').first().getAttribute('aria-label')) ?? '';
const lineText = async (text) => (await lineLocator(text).innerText()).replace(/\u00a0/g, ' ');

const UI_SETTINGS = {
  'editor.quickSuggestions': { other: false, comments: false, strings: false }, // completion only on Ctrl+Space
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.editor.enablePreview': false,
  'breadcrumbs.enabled': false,
};

let browser;

/** code-server with the extension and a fresh workspace copy, and a page on it once the explorer shows. */
async function openWorkbench(vsix, { args = [], prepare = () => {} } = {}) {
  const run = tempDir('pjsip-ui-');
  const workspace = copyWorkspace(run);
  const more = prepare(run);
  const installVsix = [vsix, ...(more ? [more] : [])];
  const cs = await startCodeServer({ runDir: run, installVsix, settings: UI_SETTINGS, args });
  browser ??= await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(patient(15000));
  page.on('pageerror', (e) => console.log('[pageerror]', String(e).slice(0, 200)));
  await page.goto(cs.url(workspace), { timeout: patient(60000) });
  await page.locator('.monaco-workbench').waitFor({ timeout: patient(60000) });
  await page
    .locator('.explorer-folders-view .monaco-list-row')
    .first()
    .waitFor({ timeout: patient(60000) });
  log(`workbench loaded${args.length ? ` (${args.join(' ')})` : ''}`);
  workspaceDir = workspace;
  return cs;
}

/** The workspace folder of the running workbench, on disk. */
let workspaceDir = '';

/** The files a user's VS Code needs from the package, by their place inside the .vsix. */
const SHIPPED = ['package.nls.json', 'package.nls.zh-cn.json', 'docs/rules.md', 'docs/zh-cn/rules.md'];

function checkPackage(vsix) {
  const r = spawnSync('unzip', ['-Z1', vsix], { encoding: 'utf8' });
  if (r.error) return results.pass('the .vsix ships the translations', `not checked: no unzip (${r.error.message})`);
  const files = r.stdout.split('\n');
  const missing = SHIPPED.filter((f) => !files.includes(`extension/${f}`));
  results.check(
    'the .vsix ships the translations',
    !missing.length,
    missing.length ? `missing ${missing}` : SHIPPED.join(', '),
  );
}

async function main() {
  const vsix = ensureVsix();
  mkdirSync(SHOTS, { recursive: true });
  checkPackage(vsix);
  if (process.env.ONLY === 'zh-cn') return chinese(vsix);
  const cs = await openWorkbench(vsix);

  await results.step('extension installed from the .vsix and the broken file opens as PJSIP config', async () => {
    await openFile('broken/pjsip.conf', 'broken', 'direct_medai=no');
    const mode = await until('language mode in the status bar', async () => {
      const t = await page.locator('#status\\.editor\\.mode').innerText();
      return /PJSIP/.test(t) && t;
    });
    return `tab "${await activeTab()}", language "${mode.trim()}"`;
  });

  await results.step(
    'first open: no asterisk on the PATH, so VS Code asks which Asterisk; the picker takes a typed version',
    () => versionQuestion({ ask: 'Which Asterisk runs this config?', choose: 'Choose…', typed: 'Use Asterisk 20.7' }),
  );

  await results.step('squiggles: the three known errors are underlined', async () => {
    const n = await until('3 squiggles', async () => ((await squiggles()) === 3 ? 3 : 0), 30000);
    const status = (await page.locator('#status\\.problems').innerText()).replace(/\s+/g, ' ').trim();
    if (!/^3 0\b/.test(status)) throw new Error(`status bar problems "${status}", want "3 0"`);
    return `${n} squiggles, status bar "${status}"`;
  });

  await results.step('Problems panel lists each diagnostic with its rule id', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await until('3 marker rows', async () => (await rows.count()) >= 4); // the file row + 3 markers
    const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    for (const [code, msg] of [
      ['invalid-value', "'rfc2833' is not a valid dtmf_mode"],
      ['unknown-option', "'direct_medai' is not an endpoint option"],
      ['unresolved-reference', "No aor named '7002'"],
    ]) {
      if (!texts.some((t) => t.includes(code) && t.includes(msg)))
        throw new Error(`no row with ${code} / ${msg} in ${JSON.stringify(texts)}`);
    }
    await page.keyboard.press('Control+J'); // hide the panel again: more room for the editor
    return JSON.stringify(texts.slice(1));
  });

  await results.step('hover on an option name shows its documentation', async () => {
    await page.mouse.move(5, 5);
    const p = await charPoint('dtmf_mode=rfc2833', 3);
    await page.mouse.move(p.x, p.y);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'endpoint option' }).first();
    await hover.waitFor({ state: 'visible', timeout: patient(10000) });
    const text = (await hover.innerText()).replace(/\s+/g, ' ').trim();
    for (const want of ['dtmf_mode — endpoint option', 'Accepted:', 'rfc4733'])
      if (!text.includes(want)) throw new Error(`hover lacks "${want}": ${text}`);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await hover.waitFor({ state: 'hidden', timeout: patient(5000) }).catch(() => {});
    return JSON.stringify(text.slice(0, 120));
  });

  await results.step('hover on a reference (auth=7001) summarises the auth it points to', async () => {
    const p = await charPoint('auth=7001', 'auth='.length + 2);
    await page.mouse.move(p.x, p.y);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: '— auth' }).first();
    await hover.waitFor({ state: 'visible', timeout: patient(10000) });
    const text = (await hover.innerText()).replace(/\s+/g, ' ').trim();
    for (const want of ['[7001] — auth', 'username', 'pjsip show auth 7001'])
      if (!text.includes(want)) throw new Error(`hover lacks "${want}": ${text}`);
    await shot('hover.png');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    return JSON.stringify(text.slice(0, 120));
  });

  await results.step(
    'completion (Ctrl+Space) after dtmf_mode= lists the enum values; accepting one fixes the error',
    async () => {
      await clickAt('dtmf_mode=rfc2833', 'dtmf_mode='.length + 3);
      await page.keyboard.press('Home');
      for (let i = 0; i < 'dtmf_mode='.length; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Shift+End');
      await page.keyboard.press('Delete');
      await page.keyboard.press('Control+Space');
      const widget = page.locator('.editor-widget.suggest-widget.visible');
      await widget
        .locator('.monaco-list-row', { hasText: 'auto_info' })
        .first()
        .waitFor({ timeout: patient(15000) });
      const labels = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
      const want = ['rfc4733', 'inband', 'info', 'auto', 'auto_info', 'none'];
      if (want.some((w) => !labels.includes(w))) throw new Error(`completion rows ${JSON.stringify(labels)}`);
      await widget.locator('.monaco-list-row', { hasText: 'rfc4733' }).first().click();
      await until(
        'dtmf_mode=rfc4733 in the editor',
        async () => (await lineText('dtmf_mode=')).trim() === 'dtmf_mode=rfc4733',
      );
      await until('2 squiggles left', async () => (await squiggles()) === 2, 15000);
      return JSON.stringify(labels);
    },
  );

  await results.step('completion (Ctrl+Space) of option names on a new line in an endpoint', async () => {
    await clickAt('aors=7002', 'aors=7002'.length - 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    const widget = page.locator('.editor-widget.suggest-widget.visible');
    await widget
      .locator('.monaco-list-row')
      .first()
      .waitFor({ timeout: patient(15000) });
    const first = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
    if (first.includes('max_contacts') || first.includes('server_uri'))
      throw new Error(`non-endpoint options offered: ${JSON.stringify(first)}`);
    if (first.length < 5 || !first.includes('allow'))
      throw new Error(`endpoint options expected among the first rows ${JSON.stringify(first)}`);
    // the details pane with the focused option's documentation (Ctrl+Space again opens it when it is closed)
    const details = page.locator('.suggest-details-container .suggest-details').first();
    if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
    const doc = await until(
      'documentation in the details pane',
      async () => {
        const t = await details.innerText({ timeout: patient(1000) });
        return /endpoint option/.test(t) && t;
      },
      5000,
    );
    await shot('completion.png');
    await page.keyboard.type('direct_');
    await widget
      .locator('.monaco-list-row', { hasText: 'direct_media_method' })
      .first()
      .waitFor({ timeout: patient(15000) });
    const filtered = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
    if (!filtered.includes('direct_media'))
      throw new Error(`completion rows after typing direct_: ${JSON.stringify(filtered)}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+K'); // delete the line typed above
    await until(
      'the typed line removed',
      async () => (await editor().locator('.view-line', { hasText: 'direct_' }).count()) === 1,
    );
    if ((await lineText('dtmf_mode=')).trim() !== 'dtmf_mode=rfc4733')
      throw new Error('removing the typed line changed other text');
    return `first rows ${JSON.stringify(first)}; details "${doc.replace(/\s+/g, ' ').slice(0, 60)}..."; after typing direct_: ${JSON.stringify(filtered)}`;
  });

  await results.step('quick fix (Ctrl+.) on unknown-option changes the text and clears the squiggle', async () => {
    await clickAt('direct_medai=no', 4);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    const item = menu.locator('.monaco-list-row', { hasText: "Change to 'direct_media'" }).first();
    await item.waitFor({ state: 'visible', timeout: patient(15000) });
    const items = (await menu.locator('.monaco-list-row').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    await shot('diagnostics-quickfix.png');
    // the preferred fix is focused; Enter applies it (a mouse click races the menu's animation)
    const focused = (await menu.locator('.monaco-list-row.focused').first().getAttribute('aria-label')) ?? '';
    if (focused !== "Change to 'direct_media'") throw new Error(`focused action "${focused}", want the preferred fix`);
    await page.keyboard.press('Enter');
    await until(
      'direct_media=no in the editor',
      async () => (await editor().locator('.view-line', { hasText: 'direct_media=no' }).count()) === 1,
    );
    await until('1 squiggle left', async () => (await squiggles()) === 1, 15000);
    return `menu ${JSON.stringify(items)}`;
  });

  await results.step('Create auth: a new random password, shown in the title, and no known one in the file', () =>
    createAuth('Create auth [7009]'),
  );

  await results.step(
    'explain a log line: the config at that line, the answer in a read-only view that closes quietly',
    () => explainLine('Asterisk log line explained', 'explain.png'),
  );

  await results.step(
    'status bar shows the Asterisk version in use; picking one makes the checks follow it',
    async () => {
      await openFile('versions/pjsip.conf', 'versions', 'tenantid=acme');
      const item = page.locator('.statusbar-item', { hasText: 'Asterisk 23.4.1?' }).first();
      await item.waitFor({ state: 'visible', timeout: patient(15000) });
      if ((await squiggles()) !== 0) throw new Error('tenantid is known to the newest release: no squiggle expected');
      await item.click();
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      const offered = (await page.locator('.quick-input-list .monaco-list-row').allInnerTexts()).map((t) =>
        t.replace(/\s+/g, ' ').trim(),
      );
      await input.fill('Asterisk 16');
      await page.keyboard.press('Enter');
      await page
        .locator('.statusbar-item', { hasText: 'Asterisk 16.30.1 (newest 16)' })
        .first()
        .waitFor({ state: 'visible', timeout: patient(15000) });
      await until('tenantid underlined for Asterisk 16', async () => (await squiggles()) === 1, 15000);
      const typed = await typeVersion('20.7', 'Asterisk 20.7.x (newest 20.7)');
      return `offered ${JSON.stringify(offered.slice(0, 4))}…; after picking: status "Asterisk 16.30.1 (newest 16)", 1 squiggle; ${typed}`;
    },
  );

  await results.step('go to definition (F12) from pjsip.d/trunk.conf into pjsip_wizard.conf', async () => {
    await openFile('trunk.conf', 'pjsip.d', 'outbound_auth=mytrunk-oauth');
    await until('trunk.conf active', async () => (await activeTab()).startsWith('trunk.conf'));
    await clickAt('outbound_auth=mytrunk-oauth', 'outbound_auth='.length + 3);
    await page.keyboard.press('F12');
    const tab = await until('pjsip_wizard.conf active', async () => {
      const t = await activeTab();
      return t.startsWith('pjsip_wizard.conf') && t;
    });
    await lineLocator('[mytrunk]').waitFor();
    const sel = (await page.locator('#status\\.editor\\.selection').innerText()).trim();
    if (!/^Ln 2, Col 2\b/.test(sel)) throw new Error(`cursor at "${sel}", want Ln 2, Col 2 (the name of [mytrunk])`);
    return `active editor "${tab}", cursor "${sel}"`;
  });
  await ruleLinkOpensRenderedDocs();
  await page.close();
  await cs.stop();
  await chinese(vsix);
}

/**
 * A language pack with no translations of its own, as code-server looks one up: an installed extension that
 * contributes the zh-cn localization, and user-data/languagepacks.json naming its translations file (the cache
 * code-server reads when the page loads). VS Code accepts `--locale zh-cn` only for a language it has a pack for
 * (without one it stays English, our nls files and all). The workbench's own texts stay English; everything the
 * extension ships in Chinese shows. Returns the pack's .vsix.
 */
function stubLanguagePack(run) {
  const dir = join(run, 'zh-cn-stub');
  mkdirSync(join(dir, 'translations'), { recursive: true });
  const id = 'pjsip-tools-test.stub-language-pack-zh-cn';
  const manifest = {
    name: id.split('.')[1],
    displayName: 'Stub zh-cn language pack (UI test)',
    description: 'Lets VS Code take the zh-cn locale; translates nothing.',
    version: '0.0.1',
    publisher: id.split('.')[0],
    license: 'MIT',
    engines: { vscode: '^1.91.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [
        {
          languageId: 'zh-cn',
          languageName: 'Chinese Simplified',
          localizedLanguageName: '中文(简体)',
          translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
        },
      ],
    },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'translations/main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(dir, 'README.md'), '# stub\n');
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  const vsix = join(run, 'stub-language-pack.vsix');
  const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix];
  const r = spawnSync(process.execPath, [vsce, ...args], { cwd: dir, encoding: 'utf8', timeout: patient(60000) });
  if (r.status !== 0) throw new Error(`packaging the stub language pack failed: ${r.stdout}${r.stderr}`);
  const translations = join(run, `extensions/${id}-0.0.1/translations/main.i18n.json`);
  const pack = {
    hash: 'stub',
    extensions: [{ extensionIdentifier: { id }, version: '0.0.1' }],
    translations: { vscode: translations },
    label: '中文(简体)',
  };
  mkdirSync(join(run, 'user-data'), { recursive: true });
  writeFileSync(join(run, 'user-data/languagepacks.json'), JSON.stringify({ 'zh-cn': pack }));
  return vsix;
}

const CJK = /[\u4e00-\u9fff]/;

/** The same extension with VS Code's display language zh-cn (`--locale zh-cn`). */
async function chinese(vsix) {
  const cs = await openWorkbench(vsix, { args: ['--locale', 'zh-cn'], prepare: stubLanguagePack });
  await results.step(
    'zh-cn: code-server runs with the display language zh-cn; the status bar item is Chinese',
    async () => {
      const lang = await page.evaluate(() => globalThis._VSCODE_NLS_LANGUAGE);
      if (lang !== 'zh-cn') throw new Error(`display language "${lang}", want zh-cn`);
      await openFile('broken/pjsip.conf', 'broken', 'direct_medai=no');
      await until('3 squiggles', async () => (await squiggles()) === 3, 30000);
      const item = page.locator('.statusbar-item', { hasText: 'Asterisk 23.4.1？' }).first();
      await item.waitFor({ state: 'visible', timeout: patient(15000) });
      return `language ${lang}; status bar "${(await item.innerText()).trim()}"`;
    },
  );
  await results.step('zh-cn: the version question and the picker in Chinese', () =>
    versionQuestion({ ask: '这份配置运行在哪个版本的 Asterisk 上？', choose: '选择…', typed: '使用 Asterisk 20.7' }),
  );
  await results.step('zh-cn: Chinese hover above the Problems panel (screenshot)', chineseHover);
  await results.step("zh-cn: each diagnostic's rule link opens docs/zh-cn/rules.md at its rule", chineseRuleLinks);
  await results.step('zh-cn: diagnostic messages in the Problems panel in Chinese', chineseDiagnostics);
  await results.step('zh-cn: quick fix titles in Chinese', chineseQuickFix);
  await results.step(
    'zh-cn: snippets are completion items of the server, named in Chinese, each once',
    chineseSnippets,
  );
  await results.step('zh-cn: setting descriptions and command titles from package.nls.zh-cn.json', chineseManifest);
  await results.step('zh-cn: Create auth in Chinese, with a new random password', () => createAuth('新建 auth [7009]'));
  await results.step('zh-cn: explain a log line into a read-only view titled in Chinese', () =>
    explainLine('Asterisk 日志解释', 'explain-zh-cn.png'),
  );
  await results.step('zh-cn: a typed version in the picker; the status bar in Chinese', async () => {
    await openFile('versions/pjsip.conf', 'versions', 'tenantid=acme');
    return typeVersion('20.7', 'Asterisk 20.7.x（20.7 的最新发行版）');
  });
  if (results.failed) await failureShot();
  await page.close();
  await cs.stop();
}

async function chineseHover() {
  await page.keyboard.press('Control+Shift+M');
  await page
    .locator('.markers-panel .monaco-list-row')
    .nth(3)
    .waitFor({ timeout: patient(15000) });
  const t0 = Date.now();
  await until('the Problems panel in Chinese', async () => (await problemRows()).every((t) => CJK.test(t)), 30000);
  const waited = Date.now() - t0;
  await page.mouse.move(5, 5);
  const p = await charPoint('dtmf_mode=rfc2833', 3);
  await page.mouse.move(p.x, p.y);
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'endpoint 选项' }).first();
  await hover.waitFor({ state: 'visible', timeout: patient(10000) });
  const text = (await hover.innerText()).replace(/\s+/g, ' ').trim();
  for (const want of ['dtmf_mode — endpoint 选项', '默认值', 'rfc4733'])
    if (!text.includes(want)) throw new Error(`hover lacks "${want}": ${text}`);
  await shot('hover-zh-cn.png');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await hover.waitFor({ state: 'hidden', timeout: patient(5000) }).catch(() => {});
  return `${JSON.stringify(text.slice(0, 80))}; Problems panel Chinese after ${waited} ms`;
}

/** The Problems panel's diagnostic rows (the file row left out), whitespace collapsed. */
async function problemRows() {
  const texts = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  return texts.slice(1).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Each diagnostic's rule link (the code in the Problems panel) opens the Chinese rule page at its rule. */
/** The doc link a rule link carries: the extension routes it through a command that opens it rendered. */
function docLinkOf(href) {
  const routed = /^command:[^?]+\?(.*)$/.exec(href);
  return routed ? JSON.parse(decodeURIComponent(routed[1]))[0] : href;
}

async function chineseRuleLinks() {
  const links = await page
    .locator('.markers-panel .monaco-list-row a[href*="rules.md"]')
    .evaluateAll((els) => els.map((e) => [e.textContent.trim(), e.getAttribute('href')]))
    .then((l) => l.map(([code, href]) => [code, docLinkOf(href)]));
  const wrong = links.filter(([code, href]) => !href.endsWith(`/docs/zh-cn/rules.md#${code}`));
  if (links.length !== 3 || wrong.length) throw new Error(`rule links ${JSON.stringify(links)}`);
  return links.map(([code, href]) => `${code} -> ${href.replace(/^.*\/docs\//, 'docs/')}`).join(', ');
}

async function chineseDiagnostics() {
  const texts = await problemRows();
  const chinese = texts.filter((t) => CJK.test(t));
  if (!texts.length || chinese.length !== texts.length)
    throw new Error(`rows not in Chinese: ${JSON.stringify(texts)}`);
  await page.keyboard.press('Control+J');
  return `${chinese.length}/${texts.length} rows in Chinese ${JSON.stringify(texts.map((t) => t.slice(0, 50)))}`;
}

async function chineseQuickFix() {
  await clickAt('direct_medai=no', 4);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  const item = menu.locator('.monaco-list-row', { hasText: "改为 'direct_media'" }).first();
  await item.waitFor({ state: 'visible', timeout: patient(15000) });
  const items = (await menu.locator('.monaco-list-row').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  if (!items.some((t) => t === '在此行停用 unknown-option')) throw new Error(`menu ${JSON.stringify(items)}`);
  await shot('quickfix-zh-cn.png');
  await page.keyboard.press('Escape');
  return `menu ${JSON.stringify(items)}`;
}

async function chineseSnippets() {
  await clickAt('max_contacts=1', 'max_contacts=1'.length - 1);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('phon');
  await page.keyboard.press('Control+Space');
  const widget = page.locator('.editor-widget.suggest-widget.visible');
  const rows = widget.locator('.monaco-list-row', { hasText: 'phone' });
  await rows.first().waitFor({ timeout: patient(15000) });
  const labels = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
  if (labels.filter((l) => l === 'phone').length !== 1) throw new Error(`phone listed ${JSON.stringify(labels)}`);
  const text = (await rows.first().innerText()).replace(/\s+/g, ' ').trim();
  if (!text.includes('话机（endpoint + auth + aor）')) throw new Error(`snippet row "${text}"`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+K'); // the typed line goes again
  return JSON.stringify(text);
}

async function chineseManifest() {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>PJSIP');
  const rows = page.locator('.quick-input-list .monaco-list-row');
  await rows
    .filter({ hasText: '选择要检查的 Asterisk 版本' })
    .first()
    .waitFor({ timeout: patient(15000) });
  const commands = (await rows.allInnerTexts()).map((t) => t.split('\n')[0]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+,');
  const search = page.locator('.settings-editor .suggest-input-container textarea, .settings-editor input').first();
  await search.waitFor({ timeout: patient(15000) });
  await page.keyboard.type('pjsip.codeLens');
  const desc = page.locator('.settings-editor .setting-item-description', { hasText: '有多少处引用指向它' }).first();
  await desc.waitFor({ timeout: patient(15000) });
  return `commands ${JSON.stringify(commands)}; codeLens setting "${(await desc.innerText()).trim()}"`;
}

/**
 * The question VS Code asks on the first open when nothing says which Asterisk (no setting, no choice for the
 * folder, no asterisk on the PATH): a notification whose button opens the picker; a typed version is offered as
 * its first item. Cancelled here: the checks stay on the newest release for the steps that follow.
 */
async function versionQuestion({ ask, choose, typed }) {
  const toast = page.locator('.notification-toast', { hasText: ask }).first();
  await toast.waitFor({ state: 'visible', timeout: patient(20000) });
  const message = (await toast.locator('.notification-list-item-message').first().innerText()).trim();
  if (!CJK.test(ask)) await shot('version-question.png');
  await toast.locator('.monaco-button', { hasText: choose }).first().click();
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('20.7');
  const first = page.locator('.quick-input-list .monaco-list-row').first();
  await until(`the typed item "${typed}" first`, async () => (await first.innerText()).includes(typed));
  if (!CJK.test(ask)) await shot('version-picker.png');
  await page.keyboard.press('Escape');
  return `asked "${message}"; typing 20.7 offers "${typed}" first`;
}

/** Type a version into the picker (from the status bar item) and wait for the status bar to show it. */
async function typeVersion(version, status) {
  await page
    .locator('.statusbar-item', { hasText: /^Asterisk / })
    .first()
    .click();
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(version);
  await until('the typed version offered first', async () =>
    (await page.locator('.quick-input-list .monaco-list-row').first().innerText()).includes(version),
  );
  await page.keyboard.press('Enter');
  await page
    .locator('.statusbar-item', { hasText: status })
    .first()
    .waitFor({ timeout: patient(15000) });
  const settings = join(workspaceDir, '.vscode/settings.json');
  if (existsSync(settings))
    throw new Error(`the choice was written into ${settings}: ${readFileSync(settings, 'utf8')}`);
  return `typed ${version}: status "${status}", no .vscode/settings.json in the workspace`;
}

/** auth=7001 becomes auth=7009; the quick fix creates [7009] with a new random password and says it in its title. */
async function createAuth(titleStart) {
  await openFile('broken/pjsip.conf', 'broken', 'auth=7001');
  await clickAt('auth=7001', 'auth=7001'.length - 1);
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('9');
  await lineLocator('auth=7009').waitFor();
  await clickAt('auth=7009', 'auth='.length + 1);
  // the fix is there once the server has checked the edit: ask again until it is
  const menu = page.locator('.action-widget');
  const item = menu.locator('.monaco-list-row', { hasText: titleStart }).first();
  await until(`"${titleStart}…" offered`, async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    return item.waitFor({ state: 'visible', timeout: patient(1500) }).then(() => true);
  });
  const title = ((await item.getAttribute('aria-label')) ?? (await item.innerText())).trim();
  const shown = /'([A-Za-z2-9]{24})'/.exec(title)?.[1];
  if (!shown) throw new Error(`no password in the title "${title}"`);
  // keyboard, not a click: a click races the menu's animation
  await until(`"${titleStart}…" focused`, async () => {
    const focused = (await menu.locator('.monaco-list-row.focused').first().getAttribute('aria-label')) ?? '';
    if (focused.startsWith(titleStart)) return true;
    await page.keyboard.press('ArrowDown');
    return false;
  });
  await page.keyboard.press('Enter');
  await lineLocator('[7009]').waitFor({ timeout: patient(15000) });
  const written = await until('the new auth written', async () => {
    const lines = await editor().locator('.view-line').allInnerTexts();
    const text = lines.map((l) => l.replace(/\u00a0/g, ' ')).join('\n');
    const m = /^password=(.*)$/gm;
    const all = [...text.matchAll(m)].map((x) => x[1].trim());
    return all.includes(shown) && all;
  });
  if (written.some((p) => /change.?me/i.test(p))) throw new Error(`a known password in the file: ${written}`);
  return `title "${title.replace(shown, '<24 random letters and digits>')}"; passwords in the file: ${written.length}, the new one as the title says`;
}

/**
 * The command with a pasted line that names a file and line: the config opens at that line and the answer opens
 * beside it in a webview with a plain title; closing it asks nothing.
 */
async function explainLine(title, screenshot) {
  await openFile('broken/pjsip.conf', 'broken', 'dtmf_mode=');
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>PJSIP');
  const cmd = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ hasText: /Explain|解释/ })
    .first();
  await cmd.waitFor({ timeout: patient(15000) });
  await cmd.click();
  await input.waitFor({ state: 'visible' });
  await input.fill(
    '[Dec  2 01:19:18.675] ERROR[1] config_options.c: Error parsing dtmf_mode=rfc2833 at line 13 of /etc/asterisk/pjsip.conf',
  );
  await page.keyboard.press('Enter');
  const tab = page.locator('.tab', { hasText: title }).first();
  await tab.waitFor({ timeout: patient(20000) });
  const body = page
    .frameLocator(`iframe.webview.ready[title="${title}"], iframe.webview.ready`)
    .last()
    .frameLocator('iframe#active-frame');
  const text = await until(
    'the answer in the view',
    async () => {
      const t = await body.locator('body').innerText({ timeout: patient(2000) });
      return /dtmf_mode/.test(t) && t;
    },
    20000,
  );
  const sel = await until('the cursor on line 13', async () => {
    const s = (await page.locator('#status\\.editor\\.selection').innerText()).trim();
    return /^Ln 13\b/.test(s) && s;
  });
  await shot(screenshot);
  await tab.click();
  await page.keyboard.press('Control+W');
  await until('the view closed', async () => (await page.locator('.tab', { hasText: title }).count()) === 0);
  const dialogs = await page.locator('.monaco-dialog-box').count();
  if (dialogs) throw new Error('closing the view asked something');
  return `view "${title}": ${JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 100))}; editor at "${sel}"; closed without a question`;
}

/** The rule id in the Problems panel is a link: it opens the rule docs rendered, scrolled to that rule. */
async function ruleLinkOpensRenderedDocs() {
  await results.step('rule id link in the Problems panel opens the rule docs rendered at the rule', async () => {
    await openFile('broken/pjsip.conf', 'broken', 'aors=7002');
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'unresolved-reference' }).first();
    await row.waitFor({ timeout: patient(15000) });
    await row.locator('a.monaco-link', { hasText: 'unresolved-reference' }).first().click();
    // the preview is a webview: an iframe holding the rendered document's iframe
    const doc = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const heading = doc.locator('h2', { hasText: /^unresolved-reference$/ }).first();
    const title = doc.locator('h1').first();
    const seen = await until(
      'the rule heading in view in a Markdown preview (the top of the document scrolled away)',
      async () => {
        const [h, t] = [await heading.boundingBox(), await title.boundingBox()];
        return h && t && h.y >= 0 && h.y + h.height <= 800 && t.y + t.height < 0 && { h, t };
      },
      30000,
    );
    const tab = await activeTab();
    if (!/Preview rules\.md/.test(tab)) throw new Error(`active tab "${tab}", want the rules.md preview`);
    await page.keyboard.press('Control+J');
    return `tab "${tab}", heading "unresolved-reference" at y=${Math.round(seen.h.y)}, the document title at y=${Math.round(seen.t.y)}`;
  });
}

try {
  await main();
} catch (e) {
  results.fail(
    'ui run',
    String(e?.stack ?? e)
      .split('\n')
      .slice(0, 8)
      .join('\n'),
  );
}
async function failureShot() {
  const failShot = join(ROOT, 'test-results/ui-failure.png'); // test-results/ is git-ignored
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  await page
    .screenshot({ path: failShot })
    .then(() => console.log(`failure screenshot: ${failShot}`))
    .catch(() => {});
}
if (results.failed && page && !page.isClosed()) await failureShot();
await cleanup();
log('torn down');
results.summary();
process.exit(results.failed || !results.list.length ? 1 : 0);
