/**
 * How many times longer than on an idle machine a wait may last before it fails (PJSIP_TEST_PATIENCE, default 4,
 * as in scripts/e2e-harness.mjs): the extension host runs inside code-server on a CI machine that may be busy.
 */
export const PATIENCE = Number(process.env.PJSIP_TEST_PATIENCE) || 4;

/** An idle machine's deadline, scaled by the patience. */
export function patient(ms: number): number {
  return ms * PATIENCE;
}
