/**
 * Extension names as pbx_config matches them (measured on master and 20.7.0): a name is compared byte for byte
 * (case-sensitive) with the `-` characters left out (`5-5-5` is `555`); a name starting with `_` is a pattern where
 * `X` is a digit, `Z` 1-9, `N` 2-9, `[a-c7]` one of a set, `.` one or more characters of any kind and `!` zero or
 * more; any other character stands for itself (`_+X.` wants a literal `+`), and `-` outside brackets is left out.
 * Of several matches the exact name wins, then the most specific pattern (compared class by class: `_1XX` before
 * `_X.`, `_NXXNXXXXXX` before `_X.`).
 */

/** One position of a pattern: the set of characters it takes (undefined: any), or `.`/`!`. */
type Step = { set?: Set<string>; size: number } | { wild: 'one-or-more' | 'zero-or-more' };

export interface ExtensionName {
  /** As written, without the `/callerid` part. */
  text: string;
  pattern: boolean;
  /** The literal name without `-` (for names), or the steps (for patterns). */
  literal?: string;
  steps?: Step[];
  /** The pattern can take any number of characters at its end (`.` or `!`). */
  open?: boolean;
}

const DIGITS = '0123456789';
const CLASSES: Record<string, string> = { X: DIGITS, Z: DIGITS.slice(1), N: DIGITS.slice(2) };

export function parseExtensionName(text: string): ExtensionName {
  if (!text.startsWith('_')) return { text, pattern: false, literal: text.replace(/-/g, '') };
  const steps: Step[] = [];
  const s = text.slice(1);
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const cls = CLASSES[c.toUpperCase()];
    if (cls) steps.push({ set: new Set(cls), size: cls.length });
    else if (c === '.') steps.push({ wild: 'one-or-more' });
    else if (c === '!') steps.push({ wild: 'zero-or-more' });
    else if (c === '-') continue;
    else if (c === '[') {
      const close = s.indexOf(']', i + 1);
      const body = close < 0 ? s.slice(i + 1) : s.slice(i + 1, close);
      const set = new Set<string>();
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === '-' && j + 2 < body.length) {
          for (let k = body.charCodeAt(j); k <= body.charCodeAt(j + 2); k++) set.add(String.fromCharCode(k));
          j += 2;
        } else set.add(body[j]);
      }
      steps.push({ set, size: Math.max(set.size, 1) });
      i = close < 0 ? s.length : close;
    } else steps.push({ set: new Set([c]), size: 1 });
  }
  const open = steps.some((st) => 'wild' in st);
  return { text, pattern: true, steps, open };
}

/** Whether the name takes the dialled string. */
export function matchesExtension(n: ExtensionName, dialled: string): boolean {
  if (!n.pattern) return n.literal === dialled.replace(/-/g, '');
  return stepMatch(n.steps!, 0, dialled, 0, false);
}

/** Whether the name could take the dialled string followed by more characters (pbx's "can match"). */
export function couldGrowInto(n: ExtensionName, dialled: string): boolean {
  if (!n.pattern) return n.literal!.length > dialled.length && n.literal!.startsWith(dialled);
  return stepMatch(n.steps!, 0, dialled, 0, true);
}

/** Steps from `si` against `s` from `ci`; `prefix`: `s` need only be a proper start of what the steps take. */
function stepMatch(steps: Step[], si: number, s: string, ci: number, prefix: boolean): boolean {
  if (ci === s.length) {
    if (!prefix)
      return si === steps.length || steps.slice(si).every((st) => 'wild' in st && st.wild === 'zero-or-more');
    return si < steps.length;
  }
  if (si === steps.length) return false;
  const st = steps[si];
  if ('wild' in st) {
    // `.` needs at least one character; then either may take any number more
    for (let k = st.wild === 'one-or-more' ? ci + 1 : ci; k <= s.length; k++) {
      if (k === s.length && prefix) return true;
      if (stepMatch(steps, si + 1, s, k, prefix)) return true;
    }
    return false;
  }
  return !!st.set?.has(s[ci]) && stepMatch(steps, si + 1, s, ci + 1, prefix);
}

/** How specific a name is, as a sort key: exact names first, then patterns class by class (smaller sets first). */
export function specificity(n: ExtensionName): number[] {
  if (!n.pattern) return [0];
  return [1, ...n.steps!.map((st) => ('wild' in st ? (st.wild === 'one-or-more' ? 1e6 : 1e6 + 1) : st.size))];
}

export function compareSpecificity(a: ExtensionName, b: ExtensionName): number {
  const x = specificity(a),
    y = specificity(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** A pattern whose `.` or `!` lets the caller add anything (`_X.`, `_9!`): the classic dial-string injection. */
export function acceptsAnything(n: ExtensionName): boolean {
  return !!n.open;
}
