/**
 * The fuzzer's regressions: every input it ever failed on (test/fixtures/fuzz/*.json, written by
 * `npm run fuzz`) and each pathological shape pass every check of test/helpers/fuzzChecks.ts.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CALL_LIMIT_MS, checkInput, HANG_MS, referenceMs, timingVerdict, type FuzzInput } from './helpers/fuzzChecks';
import { PATHOLOGICAL, probesFor, randomEdits, rng } from './helpers/fuzzInputs';

const DIR = path.resolve(__dirname, '../../test/fixtures/fuzz');

suite('fuzzer regressions', () => {
  for (const name of fs
    .readdirSync(DIR)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    test(name, () => {
      const input = JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as FuzzInput;
      assert.deepEqual(checkInput(input, { limitMs: 5000 }), []);
    });
  }
});

suite('pathological inputs', () => {
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    test(name, () => {
      const r = rng(7);
      const files = make(r);
      const first = Object.values(files)[0];
      // a loaded test machine is slower than the fuzzer's budget; this asserts no exception and no runaway
      const input: FuzzInput = { files, edits: randomEdits(r, first, 5), probes: probesFor(r, first.length, 3) };
      assert.deepEqual(checkInput(input, { limitMs: 10_000, fixes: 2 }), []);
    });
  }
});

suite('the fuzzer judges time as a busy machine allows', () => {
  const never = () => assert.fail('the reference workload is timed only for a call over the floor');
  test('a call under the floor is never slow, and the reference is not even timed', () => {
    assert.equal(timingVerdict(900, 900, CALL_LIMIT_MS, never), undefined);
  });
  test('a call that waited for a core (wall time over the floor, little CPU) is not slow', () => {
    assert.equal(timingVerdict(5000, 200, CALL_LIMIT_MS, never), undefined);
  });
  test('a call over the floor is slow only when it is far outside the reference workload timed now', () => {
    assert.equal(
      timingVerdict(3000, 3000, CALL_LIMIT_MS, () => 40),
      undefined,
    ); // a machine 3x slower: 75x
    assert.equal(timingVerdict(3000, 3000, CALL_LIMIT_MS, () => 20)?.check, 'slow'); // 150x
  });
  test('a call that does not return within the hang bound fails whatever the load', () => {
    assert.equal(timingVerdict(HANG_MS + 1, 100, CALL_LIMIT_MS, never)?.check, 'no return from');
  });
  test('the reference workload takes measurable time', () => {
    assert.ok(referenceMs() > 0);
  });
});
