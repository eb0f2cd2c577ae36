/**
 * Hostile files on a real disk: includes that name a folder, a FIFO, /dev/zero, a symlink loop, an unreadable
 * file or one over the size cap each get a diagnostic saying which (nothing hangs, nothing is read without
 * bound); and `#exec` is never run, by the CLI or by the language server.
 */
import { test, suite, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeFolder } from '../server/src/analysis/analyze';
import { diskProvider, MAX_FILE_BYTES } from '../server/src/node/fsProvider';
import { LspClient, uri } from './helpers/lsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let dir = '';
before(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-hostile-')));
  fs.mkdirSync(path.join(dir, 'afolder.conf'));
  spawnSync('mkfifo', [path.join(dir, 'fifo.conf')]);
  fs.symlinkSync(path.join(dir, 'loop2.conf'), path.join(dir, 'loop1.conf'));
  fs.symlinkSync(path.join(dir, 'loop1.conf'), path.join(dir, 'loop2.conf'));
  fs.writeFileSync(path.join(dir, 'locked.conf'), '[x]\ntype=aor\n', { mode: 0o000 });
  fs.writeFileSync(path.join(dir, 'huge.conf'), '');
  fs.truncateSync(path.join(dir, 'huge.conf'), MAX_FILE_BYTES + 1); // sparse: costs no disk
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The include-not-found message for `#include <arg>` as the only line of pjsip.conf. */
function messageFor(arg: string): string | undefined {
  fs.writeFileSync(path.join(dir, 'pjsip.conf'), `#include ${arg}\n[a]\ntype=aor\n`);
  const a = analyzeFolder(dir, diskProvider());
  return a.diagnostics.find((d) => d.code === 'include-not-found')?.message;
}

suite('includes of things that are not readable files', () => {
  const cases: [string, RegExp][] = [
    ['afolder.conf', /is a folder, not a file/],
    ['fifo.conf', /is not a regular file/],
    ['/dev/zero', /is not a regular file/],
    ['loop1.conf', /symbolic link that loops/],
    ['huge.conf', /is larger than 64 MB/],
    ['missing.conf', /does not exist/],
  ];
  for (const [arg, expected] of cases) {
    test(`#include ${arg}`, () => {
      const m = messageFor(arg);
      assert.match(m ?? '(no diagnostic)', expected);
      if (arg !== 'missing.conf') assert.doesNotMatch(m!, /does not exist/);
    });
  }
  test(
    '#include of an unreadable file says so (not "does not exist")',
    { skip: process.getuid?.() === 0 ? 'root reads every file' : false },
    () => {
      assert.match(messageFor('locked.conf') ?? '', /cannot be read/);
    },
  );
  test('#tryinclude of them is quiet', () => {
    fs.writeFileSync(
      path.join(dir, 'pjsip.conf'),
      '#tryinclude afolder.conf\n#tryinclude fifo.conf\n#tryinclude /dev/zero\n[a]\ntype=aor\n',
    );
    assert.deepEqual(
      analyzeFolder(dir, diskProvider()).diagnostics.filter((d) => d.code === 'include-not-found'),
      [],
    );
  });
});

suite('#exec is never run', () => {
  test('neither the CLI nor the language server runs the command', async () => {
    const marker = path.join(dir, 'exec-ran');
    const text = `#exec /bin/sh -c "touch ${marker}"\n#exec touch ${marker}\n[a]\ntype=aor\n`;
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), text);
    const cli = spawnSync(process.execPath, [path.resolve(__dirname, '../../server/out/cli.js'), dir], {
      encoding: 'utf8',
    });
    assert.match(cli.stdout + cli.stderr, /exec-not-checked/);
    const lsp = new LspClient();
    await lsp.initialize(dir);
    const u = uri(path.join(dir, 'pjsip.conf'));
    const diags = lsp.waitForDiagnostics(u);
    lsp.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'pjsip', version: 1, text } });
    assert.ok((await diags).some((d: Json) => d.code === 'exec-not-checked'));
    await lsp.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 2 } });
    await lsp.stop();
    assert.equal(fs.existsSync(marker), false, 'no process ran the #exec command');
  });
});

suite('include limits', () => {
  test('a glob over a folder of more than 2,000 files stops at the cap and says so', () => {
    const d = path.join(dir, 'many');
    fs.mkdirSync(d, { recursive: true });
    for (let i = 0; i < 2100; i++)
      fs.writeFileSync(path.join(d, `f${String(i).padStart(4, '0')}.conf`), `[s${i}]\ntype=aor\n`);
    fs.writeFileSync(path.join(dir, 'pjsip.conf'), '#include many/*.conf\n');
    const a = analyzeFolder(dir, diskProvider());
    const capped = a.diagnostics.filter((x) => /already reads 2000 included files/.test(x.message));
    assert.equal(capped.length, 1);
    assert.ok(a.files.size <= 2002, `${a.files.size} files read`);
  });
});
