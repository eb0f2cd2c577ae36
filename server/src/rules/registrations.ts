/** Outbound registrations that stop for good after a rejection. */
import { booleanValue } from '../schema/schema';
import type { Effective } from '../model/objects';
import { nameRange } from '../model/ranges';
import type { PjsipObject } from '../model/types';
import type { ObjectRuleContext } from './objectRules';

export function registrationStopsOnAuthFailure(o: PjsipObject, eff: Effective, ctx: ObjectRuleContext): void {
  if (!(eff.get('outbound_auth')?.value ?? '').trim()) return;
  const arp = eff.get('auth_rejection_permanent');
  if (arp && booleanValue(arp.value) === false) return;
  const pre = o.wizardPrefix ?? '';
  ctx.sink.add({
    ...(arp && !arp.synthetic ? { path: arp.entry.file.path, start: arp.entry.valueStart, end: arp.entry.valueEnd } : nameRange(o.section)),
    code: 'registration-stops-on-auth-failure',
    message: `Registration '${o.id}': after one authentication failure (401/403) Asterisk stops registering for good, because auth_rejection_permanent is ${arp ? arp.value : 'yes by default'}. Set ${pre}auth_rejection_permanent=no to keep retrying.`,
    data: { addOptions: [{ name: `${pre}auth_rejection_permanent`, value: 'no' }], replace: true },
  });
}
