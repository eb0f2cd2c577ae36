/**
 * One object as sorcery creates it: its options are applied in order, then its type's apply handler runs; an
 * object in a file Asterisk does not read (or stops reading above it) never loads.
 */
import type { BuildContext } from './context';
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
  checkOptions(ctx, obj, 'object');
  checkObject(ctx, obj);
  if (s.config.rejected) {
    obj.loads = false;
    obj.failure ??= 'the file it is in is rejected';
  }
  if (s.config.standalone) {
    obj.loads = false;
    obj.failure ??= 'Asterisk does not read its file';
  }
  if (s.dead) {
    obj.loads = false;
    obj.failure ??= 'Asterisk stopped reading its file above it';
  }
  return obj;
}
