/** pjsip_notify.conf is not part of the pjsip config set, and has support of its own (hover, completion). */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { complete } from '../server/src/features/completion';
import { hover } from '../server/src/features/hover';
import { fixture } from './helpers/fixture';

const CLI = path.resolve(__dirname, '../../server/out/cli.js');
const NOTIFY = `;- /etc/asterisk/pjsip.conf\n[t]\ntype=transport\nbind=0.0.0.0\n;- /etc/asterisk/pjsip_notify.conf\n`;

suite('pjsip_notify.conf', () => {
  test('a folder with a stock-shaped pjsip_notify.conf checks clean, and the file is not advised for #include', () => {
    const r = spawnSync(process.execPath, [CLI, path.resolve(__dirname, '../../test/fixtures/with-notify')], {
      encoding: 'utf8',
    });
    assert.doesNotMatch(r.stdout, /pjsip_notify|error|warning/);
    assert.equal(r.status, 0);
  });

  test('its sections are not pjsip objects: no missing type, no file-not-included', () => {
    const f = fixture(`${NOTIFY}[reload]\nEvent=>check-sync\n`);
    assert.deepEqual(
      f.analysis.diagnostics.map((d) => d.code),
      [],
    );
    assert.ok(!f.analysis.files.has('/etc/asterisk/pjsip_notify.conf'));
  });

  test('hover on a section shows how to send it', () => {
    const f = fixture(`${NOTIFY}[rel|oad]\nEvent=>check-sync\n`);
    const h = hover(f.analysis, f.file, f.offset)!;
    assert.equal(f.file.text.slice(h.start, h.end), 'reload');
    assert.match(h.markdown, /pjsip send notify reload endpoint/);
    assert.match(h.markdown, /Action: PJSIPNotify/);
  });

  test('hover on an Event value says what the phone is asked to do', () => {
    const f = fixture(`${NOTIFY}[reload]\nEvent=>check-s|ync\n`);
    assert.match(
      hover(f.analysis, f.file, f.offset)!.markdown,
      /\*\*check-sync\*\* — ask the phone to check its provisioning/,
    );
  });

  test('Event values complete, and keys complete as Key=>', () => {
    const v = fixture(`${NOTIFY}[reload]\nEvent=>ch|\n`);
    const values = complete(v.analysis, v.file, v.offset);
    assert.ok(values.some((c) => c.label === 'check-sync' && v.file.text.slice(c.start, c.end) === 'ch'));
    const k = fixture(`${NOTIFY}[reload]\nCont|\n`);
    const keys = complete(k.analysis, k.file, k.offset);
    assert.deepEqual(
      keys.map((c) => c.insertText),
      ['Event=>', 'Content-Type=>', 'Content=>'],
    );
  });
});
