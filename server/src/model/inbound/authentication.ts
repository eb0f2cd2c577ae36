/**
 * Step 3: whether Asterisk challenges the request (measured on master and 20.7.0):
 *
 * - no endpoint found: Asterisk challenges anyway, with an endpoint of its own that no password satisfies (401, and
 *   "No matching endpoint found"; credentials get another 401 and "Failed to authenticate"), so a scanner cannot
 *   tell known addresses from unknown ones;
 * - the endpoint has `auth=`: 401 with a challenge; the right password goes on, a wrong one gets 401 again (not 403)
 *   and "Failed to authenticate". Being identified by address does not spare the challenge;
 * - `auth=` names no auth Asterisk has: 500 and "Error to authenticate";
 * - no `auth=`: no challenge at all.
 */
import type { Model } from '../model';
import type { PjsipObject, Variable } from '../types';
import { inboundAuths } from './endpoints';

export type Challenge =
  | { kind: 'none' }
  | { kind: 'challenged'; auths: PjsipObject[]; from?: Variable }
  | { kind: 'error'; missing: string[]; from?: Variable };

export function challengeOf(model: Model, endpoint: PjsipObject): Challenge {
  const { names, from } = inboundAuths(endpoint);
  if (!names.length) return { kind: 'none' };
  const auths: PjsipObject[] = [];
  const missing: string[] = [];
  for (const n of names) {
    const a = model.index
      .get('auth')
      ?.get(n)
      ?.find((o) => o.loads && !o.section.config.standalone);
    if (a) auths.push(a);
    else missing.push(n);
  }
  return auths.length ? { kind: 'challenged', auths, from } : { kind: 'error', missing, from };
}
