/**
 * Reading a section's or object's variables the way Asterisk does: the last line setting an option wins, the
 * first `type=` line decides the type, option names compare without ASCII case.
 */
import type { OptionEntry, PjsipObject, Section, Variable } from './types';

/** Lower-cased option name -> the last variable setting it (Asterisk's "last line wins"). */
export function lastValues(vars: readonly Variable[]): Map<string, Variable> {
  const m = new Map<string, Variable>();
  for (const v of vars) m.set(v.name.toLowerCase(), v);
  return m;
}

/** `name` equals the lower-case `lower` ignoring ASCII case (no allocation). */
export function sameName(name: string, lower: string): boolean {
  if (name.length !== lower.length) return false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** The last variable setting `lower` (a lower-case option name), as Asterisk's "last line wins" sees it. */
export function lastVar(vars: readonly Variable[], lower: string): Variable | undefined {
  for (let i = vars.length - 1; i >= 0; i--) if (sameName(vars[i].name, lower)) return vars[i];
  return undefined;
}

/** Effective values of an object: `get(lowerName)` gives the last variable setting it. */
export interface Effective {
  get(lower: string): Variable | undefined;
}

/** A view, not a copy: one small object, and nothing kept on the object (a closure per object added 2 MB at 100k lines). */
class EffectiveVars implements Effective {
  constructor(private readonly vars: readonly Variable[]) {}
  get(lower: string): Variable | undefined {
    return lastVar(this.vars, lower);
  }
}

export function effective(obj: PjsipObject): Effective {
  return new EffectiveVars(obj.vars);
}

/** The first `type` variable (Asterisk's criteria match takes the first one). */
export function typeVar(vars: readonly Variable[]): Variable | undefined {
  for (const v of vars) if (sameName(v.name, 'type')) return v;
  return undefined;
}

/** Whether `e` is written in `s` itself (or one of its `(+)` blocks) rather than inherited from a template. */
export function isOwn(e: OptionEntry, s: Section): boolean {
  return e.block === s || e.block.appendTarget === s;
}
