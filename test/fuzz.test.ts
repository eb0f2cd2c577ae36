/**
 * The fuzzer's regressions: every input it ever failed on (test/fixtures/fuzz/*.json, written by
 * `npm run fuzz`) and each pathological shape pass every check of test/helpers/fuzzChecks.ts.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkInput, type FuzzInput } from './helpers/fuzzChecks';
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
