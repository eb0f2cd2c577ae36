/**
 * After a fatal line Asterisk reads nothing more of the file (nor what it includes below that line): no finding
 * about those lines or the objects they would make, and they do not change the sections above. Each case was
 * measured on Asterisk 20.7.0 and master (test/oracle.test.ts boots them).
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Analysis } from '../server/src/analysis/analyze';
import { effective } from '../server/src/model/objects';
import { diagStrings, fixture } from './helpers/fixture';

function loaded(a: Analysis, type: string): string[] {
  return a.objects
    .filter((o) => o.type === type && o.loads)
    .map((o) => o.id)
    .sort();
}

suite('after a fatal line, only what Asterisk says', () => {
  test('a header without ] in pjsip.conf: nothing after it is reported, nothing loads', () => {
    const f = fixture(`
      [t1]
      type=transport
      bind=127.0.0.1:5060
      [e0]
      type=endpoint
      allow=ulaw
      [801
      type=endpoint
      context=a
      context=b
      bogus=1
      contxt=z
      [802]
      type=endpoint
      dtmf_mode=nonsense
      #include nowhere.conf
    `);
    assert.deepEqual(diagStrings(f, { all: true, noSecurity: true }), ['syntax-unclosed-section@[801']);
    assert.deepEqual(loaded(f.analysis, 'endpoint'), []);
    assert.deepEqual(loaded(f.analysis, 'transport'), []);
  });

  test('a header without ] in an included file: the rest of that file is lost, and leaves the section above alone', () => {
    const f = fixture(`
      [e0]
      type=endpoint
      allow=ulaw
      #include bad.conf
      [e3]
      type=endpoint
      allow=ulaw
      ;- /etc/asterisk/bad.conf
      [e1]
      type=endpoint
      allow=ulaw
      context=a
      [801
      type=endpoint
      context=b
      context=c
      bogus=1
      [e2]
      type=endpoint
      allow=ulaw
    `);
    assert.deepEqual(
      diagStrings(f, { path: '/etc/asterisk/bad.conf', noSecurity: true }).filter(
        (d) => !d.startsWith('endpoint-without'),
      ),
      ['syntax-unclosed-section@[801'],
    );
    assert.deepEqual(loaded(f.analysis, 'endpoint'), ['e0', 'e1', 'e3']);
    const e1 = f.analysis.objects.find((o) => o.id === 'e1')!;
    assert.equal(effective(e1).get('context')?.value, 'a', 'the lines Asterisk never reads do not count');
  });

  test('a missing #include in pjsip.conf: what is included before it never loads, and is not "never used"', () => {
    const f = fixture(`
      #include a.conf
      #include missing.conf
      [e0]
      type=endpoint
      ;- /etc/asterisk/a.conf
      [a1]
      type=aor
      max_contacts=1
      [e5]
      type=endpoint
      aors=a1
    `);
    assert.deepEqual(diagStrings(f, { all: true, noSecurity: true }), ['include-not-found@missing.conf']);
    assert.deepEqual(loaded(f.analysis, 'aor'), []);
  });

  test('a missing #include in pjsip.conf: the objects above it are never created, so their options are not checked', () => {
    // measured on master: Asterisk logs "No '=' (equal sign)" for line 5 (its parser read it), never 'contxt'
    const f = fixture(`
      [6001]
      type=endpoint
      contxt=default
      aors=6001
      allow ulaw
      [6001]
      type=aor
      max_contacts=1
      #include missing.conf
    `);
    assert.deepEqual(diagStrings(f, { all: true, noSecurity: true }), [
      'syntax-missing-equals@allow ulaw',
      'include-not-found@missing.conf',
    ]);
    assert.deepEqual(loaded(f.analysis, 'endpoint'), []);
  });

  test('a file included only below a fatal line is never read: nothing in it is reported', () => {
    const f = fixture(`
      #include missing.conf
      #include later.conf
      ;- /etc/asterisk/later.conf
      [a1]
      type=aor
      max_contactz=1
      [e5]
      type=endpoint
      aors=nowhere
      [x
    `);
    assert.deepEqual(diagStrings(f, { all: true, noSecurity: true }), ['include-not-found@missing.conf']);
  });

  test('a missing #include in an included file cuts that file short; the other files load', () => {
    const f = fixture(`
      #include a.conf
      #include b.conf
      [e0]
      type=endpoint
      allow=ulaw
      ;- /etc/asterisk/a.conf
      [a1]
      type=aor
      max_contacts=1
      ;- /etc/asterisk/b.conf
      [e1]
      type=endpoint
      allow=ulaw
      #include missing.conf
      [e2]
      type=endpoint
      bogus=1
    `);
    assert.deepEqual(
      diagStrings(f, { all: true, noSecurity: true }).filter((d) => !d.startsWith('endpoint-without')),
      ['unused-section@a1', 'include-not-found@missing.conf'],
    );
    assert.deepEqual(loaded(f.analysis, 'endpoint'), ['e0', 'e1']);
    assert.deepEqual(loaded(f.analysis, 'aor'), ['a1']);
  });
});
