/** The system object: SIP timers that Asterisk corrects at load time. */
import { msg, part } from '../i18n/messages';
import { findOption } from '../schema/schema';
import { parseCInt } from '../schema/values';
import type { Effective } from '../model/objects';
import { entryRange, nameRange } from '../model/ranges';
import type { PjsipObject } from '../model/types';
import type { ObjectRuleContext } from './objectRules';

/** Timer B (INVITE transaction timeout) must be at least 64 × T1; Asterisk raises a lower value. */
export function timerBRaised(o: PjsipObject, eff: Effective, ctx: ObjectRuleContext): void {
  const t1v = eff.get('timer_t1');
  const bv = eff.get('timer_b');
  const t1 = millis(t1v?.value, 'timer_t1');
  const b = millis(bv?.value, 'timer_b');
  if (t1 === undefined || b === undefined || b >= 64 * t1) return;
  const at = bv ?? t1v;
  const raised = 64 * t1;
  ctx.sink.add({
    ...(at && !at.synthetic ? entryRange(at.entry, 'value') : nameRange(o.section)),
    code: 'timer-b-raised',
    msg: msg('timer-b-raised', { b, isDefault: bv ? undefined : part('note/timer-default'), t1, raised }),
    data: { addOptions: [{ name: 'timer_b', value: String(raised) }], replace: true },
  });
}

function millis(value: string | undefined, option: string): number | undefined {
  const text = value ?? findOption('system', option)?.default;
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return undefined;
  return parseCInt(text);
}
