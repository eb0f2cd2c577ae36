/** Options whose values are secrets: never shown in clear in hovers, symbols or completions (screens get shared). */
export const SECRET_OPTION = /(^|\/)(password|md5_cred|password_digest|oauth_secret|refresh_token)$/i;

/** The value as it may be shown: masked when the option holds a secret. */
export function shownValue(key: string, value: string): string {
  return SECRET_OPTION.test(key) && value ? '•••' : value;
}

/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/l/I), and that no config reader treats specially. */
const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/**
 * A new password from the platform's cryptographic random source: 24 characters of a 57-letter alphabet (about
 * 140 bits). Every fix and snippet that writes a secret writes one of these, never a fixed text anyone could guess.
 */
export function newPassword(length = 24): string {
  const n = PASSWORD_ALPHABET.length;
  const limit = 256 - (256 % n); // bytes at or above it would favour the first letters
  const out: string[] = [];
  const bytes = new Uint8Array(length * 2);
  while (out.length < length) {
    globalThis.crypto.getRandomValues(bytes);
    for (const b of bytes) if (b < limit && out.length < length) out.push(PASSWORD_ALPHABET[b % n]);
  }
  return out.join('');
}
