/**
 * What a quick fix writes when it creates a section (a missing auth, aor, endpoint, ...): it follows the sections of
 * the same type around it. When most of them inherit from the same templates (`[6001](phone-auth)`), the new one does
 * too and leaves out what those set; an auth's username follows how the neighbours derive theirs from their section
 * names (`[auth1005]` gets `1005` when `[auth1001]` has `1001`); a password is always a new random one.
 */
import type { Analysis } from '../analysis/analyze';
import type { PjsipObject, Section, SourceFile } from '../model/types';
import { targetFor } from '../schema/versioned';
import { hasEnumValue } from '../schema/versions';
import { newPassword } from './secrets';

export interface SectionStub {
  /** Templates the header names (`[x](a,b)`), empty for none. */
  parents: string[];
  /** Option lines, in order. */
  lines: [string, string][];
  /** An auth's username and new password, for the fix's title (the password is shown once, there). */
  username?: string;
  password?: string;
}

/** The loaded sections of `type` (not templates, not wizard-made) in `file`, else anywhere in the set. */
function neighbours(a: Analysis, file: SourceFile, type: string): PjsipObject[] {
  const all = a.objects.filter((o) => o.type === type && !o.wizardPrefix && !o.section.isTemplate);
  const here = all.filter((o) => o.section.file === file);
  return here.length ? here : all;
}

/** The template list most neighbours inherit from, when more than half of them use the very same one. */
function siblingTemplates(objs: readonly PjsipObject[]): string[] {
  const counts = new Map<string, number>();
  for (const o of objs) {
    const key = o.section.parents.map((p) => p.name).join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = '',
    n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best && n * 2 > objs.length ? best.split(',') : [];
}

/** The options (lower-cased) the named templates of the file's config set, with their own templates. */
function setByTemplates(a: Analysis, file: SourceFile, names: readonly string[]): Set<string> {
  const config = a.configs.find((c) => c.files.includes(file));
  const out = new Set<string>();
  for (const name of names) {
    const t = config?.categories.find((s: Section) => s.isTemplate && s.name === name);
    for (const v of t?.vars ?? []) out.add(v.name.toLowerCase());
  }
  return out;
}

/**
 * How the neighbours' usernames come from their section names: the prefix and suffix around the username
 * (`auth` and '' for `[auth1001]` with `username=1001`), when more than half of them agree.
 */
function usernameAffixes(objs: readonly PjsipObject[]): { prefix: string; suffix: string } | undefined {
  const counts = new Map<string, number>();
  for (const o of objs) {
    const user = o.vars
      .filter((v) => v.name.toLowerCase() === 'username')
      .pop()
      ?.value.trim();
    const at = user ? o.id.indexOf(user) : -1;
    if (!user || at < 0) continue;
    const key = `${o.id.slice(0, at)}\u0000${o.id.slice(at + user.length)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | undefined,
    n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  if (best === undefined || n * 2 <= objs.length) return undefined;
  const [prefix, suffix] = best.split('\u0000');
  return { prefix, suffix };
}

/** The username for a new auth named `name`, the neighbours' way. */
function usernameFor(name: string, objs: readonly PjsipObject[]): string {
  const c = usernameAffixes(objs);
  if (!c || (!c.prefix && !c.suffix)) return name;
  const { prefix, suffix } = c;
  if (name.length > prefix.length + suffix.length && name.startsWith(prefix) && name.endsWith(suffix))
    return name.slice(prefix.length, name.length - suffix.length);
  return name;
}

/** The stub of a new section `[name]` of `type` in `file`. */
export function sectionStub(a: Analysis, file: SourceFile, name: string, type: string): SectionStub {
  const near = neighbours(a, file, type);
  const parents = siblingTemplates(near);
  const inherited = setByTemplates(a, file, parents);
  const lines: [string, string][] = [];
  const add = (option: string, value: string) => {
    if (!inherited.has(option)) lines.push([option, value]);
  };
  add('type', type);
  switch (type) {
    case 'auth': {
      // auth_type=digest only where the target has it, and only when the admin said which Asterisk (else: the default)
      const target = targetFor(a.options.asteriskVersion);
      if (target.explicit && hasEnumValue(target, 'auth', 'auth_type', 'digest')) add('auth_type', 'digest');
      const username = usernameFor(name, near);
      const password = newPassword();
      add('username', username);
      add('password', password);
      return { parents, lines, username, password };
    }
    case 'aor':
      add('max_contacts', '1');
      break;
    case 'endpoint':
      add('context', 'default');
      // the codec lines go together: `disallow=all` under a template's `allow` would leave no codec at all
      if (!inherited.has('allow') && !inherited.has('disallow')) lines.push(['disallow', 'all'], ['allow', 'ulaw']);
      break;
  }
  return { parents, lines };
}
