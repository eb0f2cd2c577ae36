/**
 * The security rules, computed from the inbound model (model/inbound/): who can reach an endpoint without a
 * password and what its context can dial, Dial() string injection, weak and shared passwords, address rules that
 * keep nobody out, and identifies that do not do what they seem to. Everything is computed afresh per run.
 */
import type { Model } from '../../model/model';
import type { RuleSink } from '../diagnostic';
import type { ReadingSetCheck } from '../recheck';
import { SecurityContext } from './context';
import { checkDialInjection } from './dialInjection';
import { checkIdentifies } from './identifies';
import { checkOpenAccess } from './openAccess';
import { checkPasswords } from './passwords';
import { checkUnauthenticated } from './unauthenticated';

/**
 * What the security rules read (model/inbound/ and this folder): of endpoints, these options and whether they load;
 * of auths, identifies and globals, everything. acl.conf and extensions.conf change only with a full analysis.
 * A rule that reads another option must add it here, or an edit of that option leaves its findings stale
 * (test/incrementalModel.test.ts finds such a gap).
 */
export const securityCheck: ReadingSetCheck = {
  check: checkSecurity,
  reads: {
    endpoint: ['auth', 'context', 'identify_by', 'outbound_auth', 'acl', 'permit', 'deny'],
    auth: 'all',
    identify: 'all',
    global: 'all',
  },
};

export function checkSecurity(model: Model, sink: RuleSink): void {
  const ctx = new SecurityContext(model, sink);
  checkUnauthenticated(ctx);
  checkDialInjection(ctx);
  checkPasswords(ctx);
  checkOpenAccess(ctx);
  checkIdentifies(ctx);
}
