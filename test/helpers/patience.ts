/**
 * How many times longer than on an idle machine a test may take before its time bound fails it
 * (PJSIP_TEST_PATIENCE, default 4; the real-client launchers and scripts/run-tests.mjs read the same variable). A
 * time bound in a test is a hang bound, never a speed judgement: CI may run on a machine several times slower.
 */
export const PATIENCE = Number(process.env.PJSIP_TEST_PATIENCE) || 4;

/** An idle machine's bound, scaled by the patience. */
export function patient(ms: number): number {
  return ms * PATIENCE;
}
