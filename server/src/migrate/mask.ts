/**
 * Values as MIGRATION.md, the CLI and the editor may show them: every password replaced by `********` (the secret
 * part of a `register =>` line and of `auth=user:secret@realm` too). Nothing else is hidden.
 */
export const MASK = '********';

export function maskValue(name: string, value: string): string {
  const n = name.toLowerCase();
  if (/secret|pass/.test(n)) return value ? MASK : '';
  if (n === 'register') return maskRegister(value);
  if (n === 'auth') return value.replace(/^([^:#@]*[:#])[^@]*(@.*)$/, `$1${MASK}$2`);
  return value;
}

/** `user:secret:authuser@host` -> `user:********:authuser@host` (the part before the last `@`). */
function maskRegister(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 0) return value;
  const left = value.slice(0, at);
  const scheme = /^(?:[^:@/?]+\?)?(?:(?:udp|tcp|tls):\/\/)?/i.exec(left)![0];
  const parts = left.slice(scheme.length).split(':');
  if (parts.length > 1 && parts[1]) parts[1] = MASK;
  return `${scheme}${parts.join(':')}${value.slice(at)}`;
}
