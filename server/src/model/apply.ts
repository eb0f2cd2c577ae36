/**
 * One object as sorcery creates it: its options are applied in order, then its type's apply handler runs; an
 * object in a file Asterisk does not read (or stops reading above it) never loads. Before it applies a section,
 * Asterisk looks for an object of that type and id it already created from the same config: a later copy of one
 * is a duplicate, and is never applied (duplicates.ts refuses the type).
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
  const first = wizardPrefix || s.dead ? undefined : createdBefore(ctx, obj);
  if (first) {
    obj.copyOf = first;
    obj.loads = false;
    setFailure(obj, part('failure/duplicate-copy', { type }));
    return obj;
  }
  checkNewObject(ctx, obj);
  if (obj.loads && !wizardPrefix) remember(ctx, obj);
  return obj;
}

/** The object of this type and id that Asterisk already created from the config `obj` is in. */
function createdBefore(ctx: BuildContext, obj: PjsipObject): PjsipObject | undefined {
  return ctx.created.get(obj.section.config)?.get(obj.type)?.get(obj.id);
}

function remember(ctx: BuildContext, obj: PjsipObject): void {
  const config = obj.section.config;
  let byType = ctx.created.get(config);
  if (!byType) ctx.created.set(config, (byType = new Map<string, Map<string, PjsipObject>>()));
  let byId = byType.get(obj.type);
  if (!byId) byType.set(obj.type, (byId = new Map<string, PjsipObject>()));
  if (!byId.has(obj.id)) byId.set(obj.id, obj);
}

/**
 * The checks Asterisk makes while it creates `obj` (loading: true, no failure yet) from its variables. In a config
 * Asterisk rejects (a fatal line anywhere in its root file) nothing is created, so nothing is checked either: Asterisk
 * logs no option or value error for it, and neither do we.
 */
export function checkNewObject(ctx: BuildContext, obj: PjsipObject): void {
  const s = obj.section;
  if (s.config.rejected) {
    obj.loads = false;
    setFailure(obj, part('failure/file-rejected'), true);
    return;
  }
  checkOptions(ctx, obj, 'object');
  checkObject(ctx, obj);
  if (s.config.standalone) {
    obj.loads = false;
    setFailure(obj, part('failure/file-not-read'), true);
  }
  if (s.dead) {
    obj.loads = false;
    setFailure(obj, part('failure/stopped-above'));
  }
}
