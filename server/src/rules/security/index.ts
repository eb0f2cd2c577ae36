/**
 * The security rules, computed from the inbound model (model/inbound/): who can reach an endpoint without a
 * password and what its context can dial, Dial() string injection, weak and shared passwords, address rules that
 * keep nobody out, and identifies that do not do what they seem to. Everything is computed afresh per run.
 */
import type { Model } from '../../model/model';
import type { RuleSink } from '../diagnostic';
import { SecurityContext } from './context';
import { checkDialInjection } from './dialInjection';
import { checkIdentifies } from './identifies';
import { checkOpenAccess } from './openAccess';
import { checkPasswords } from './passwords';
import { checkUnauthenticated } from './unauthenticated';

export function checkSecurity(model: Model, sink: RuleSink): void {
  const ctx = new SecurityContext(model, sink);
  checkUnauthenticated(ctx);
  checkDialInjection(ctx);
  checkPasswords(ctx);
  checkOpenAccess(ctx);
  checkIdentifies(ctx);
}
