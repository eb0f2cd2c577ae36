/**
 * One object as sorcery creates it: its options are applied in order, then its type's apply handler runs; an
 * object in a file Asterisk does not read (or stops reading above it) never loads.
 */
import { part } from '../i18n/messages';
import { setFailure, type BuildContext } from './context';
import { checkObject } from './objectChecks';
import { checkOptions } from './options';
import type { PjsipObject, Section, Variable } from './types';

export function addObject(
  ctx: BuildContext,
  s: Section,
  type: string,
  id: string,
  vars: Variable[],
  wizardPrefix?: string,
): PjsipObject {
  const obj: PjsipObject = { type, id, section: s, wizardPrefix, vars, loads: true };
  ctx.objects.push(obj);
  checkNewObject(ctx, obj);
  return obj;
}

/** The checks Asterisk makes while it creates `obj` (loading: true, no failure yet) from its variables. */
export function checkNewObject(ctx: BuildContext, obj: PjsipObject): void {
  const s = obj.section;
  checkOptions(ctx, obj, 'object');
  checkObject(ctx, obj);
  if (s.config.rejected) {
    obj.loads = false;
    setFailure(obj, part('failure/file-rejected'), true);
  }
  if (s.config.standalone) {
    obj.loads = false;
    setFailure(obj, part('failure/file-not-read'), true);
  }
  if (s.dead) {
    obj.loads = false;
    setFailure(obj, part('failure/stopped-above'), true);
  }
}
