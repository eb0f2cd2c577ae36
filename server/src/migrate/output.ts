/**
 * The pjsip objects being written, for one target release: an option goes in only when that release has it (and
 * every value of it), so the converter never writes what the target would refuse; the caller words why not.
 */
import { checkValue } from '../schema/values';
import { findOptionAt } from '../schema/versioned';
import { hasEnumValue } from '../schema/versions';
import type { AsteriskTarget } from '../schema/versions';
import type { Placement, PjsipOut } from './types';

/** Options whose value MIGRATION.md never shows. */
export const SECRET_OPTIONS: ReadonlySet<string> = new Set(['password', 'md5_cred', 'password_digest']);

export class Output {
  readonly objects: PjsipOut[] = [];
  /** Values not written because Asterisk would refuse them. */
  readonly rejected: { type: string; object: string; option: string; value: string }[] = [];
  private readonly byKey = new Map<string, PjsipOut>();
  private readonly names = new Map<string, Set<string>>();

  constructor(readonly target: AsteriskTarget) {}

  /** The object of this type and name, created in `file` when it is new. */
  object(type: string, name: string, file: string, comments: string[] = []): PjsipOut {
    const key = `${type}\n${name}`;
    let o = this.byKey.get(key);
    if (!o) {
      o = { type, name, file, options: [{ name: 'type', value: type }], comments };
      this.byKey.set(key, o);
      this.objects.push(o);
      this.taken(type).add(name.toLowerCase());
    }
    return o;
  }

  find(type: string, name: string): PjsipOut | undefined {
    return this.byKey.get(`${type}\n${name}`);
  }

  /** A name no object of this type has yet: `base`, else `base-2`, `base-3`, ... */
  freeName(type: string, base: string): string {
    const taken = this.taken(type);
    if (!taken.has(base.toLowerCase())) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`.toLowerCase())) return `${base}-${i}`;
  }

  /** Whether the target release has this option (and these values, for an option with a fixed set). */
  has(type: string, option: string, value?: string): boolean {
    const o = findOptionAt(this.target, type, option);
    if (!o) return false;
    if (value === undefined || !o.values?.length) return true;
    const allowed = o.values.map((v) => v.toLowerCase());
    return value.split(',').every((v) => allowed.includes(v.trim().toLowerCase()));
  }

  /** Whether Asterisk would load the object with this value (our checker's value checks for the target). */
  accepts(type: string, option: string, value: string): boolean {
    const o = findOptionAt(this.target, type, option);
    return !!o && !checkValue(o, value).some((p) => p.fails);
  }

  /**
   * Sets an option (replacing an earlier value of a single-valued option; `add` appends another line). Returns
   * where it went, or undefined when the target release lacks the option or the value, or would refuse the value
   * (then nothing is written: a value that drops the object is worse than none).
   */
  put(o: PjsipOut, option: string, value: string, add = false): Placement | undefined {
    if (!this.has(o.type, option, value)) return undefined;
    if (!this.accepts(o.type, option, value)) {
      this.rejected.push({ type: o.type, object: o.name, option, value });
      return undefined;
    }
    const i = add ? -1 : o.options.findIndex((x) => x.name === option);
    if (i >= 0) o.options[i] = { name: option, value };
    else o.options.push({ name: option, value });
    return { type: o.type, object: o.name, option, ...(SECRET_OPTIONS.has(option) ? {} : { value }) };
  }

  /** The value an object has for an option (its last line), if any. */
  get(o: PjsipOut, option: string): string | undefined {
    for (let i = o.options.length - 1; i >= 0; i--) if (o.options[i].name === option) return o.options[i].value;
    return undefined;
  }

  /** `digest` where the target has it (the newer name), else `userpass`. */
  authType(): string {
    return hasEnumValue(this.target, 'auth', 'auth_type', 'digest') ? 'digest' : 'userpass';
  }

  /** Drops the objects of these types that got nothing but their `type` line. */
  dropEmpty(types: readonly string[]): void {
    for (let i = this.objects.length - 1; i >= 0; i--) {
      const o = this.objects[i];
      if (types.includes(o.type) && o.options.length === 1) {
        this.objects.splice(i, 1);
        this.byKey.delete(`${o.type}\n${o.name}`);
      }
    }
  }

  private taken(type: string): Set<string> {
    let s = this.names.get(type);
    if (!s) this.names.set(type, (s = new Set()));
    return s;
  }
}
