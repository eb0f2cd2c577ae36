/**
 * A new password for a quick fix: drawn from the platform's cryptographically secure random source, never from a
 * list, never logged. Letters and digits only, so that it needs no escaping in a config file.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

export const RANDOM_PASSWORD_LENGTH = 24;

export function randomPassword(length = RANDOM_PASSWORD_LENGTH): string {
  const out: string[] = [];
  const limit = 256 - (256 % ALPHABET.length); // rejection sampling: no character more likely than another
  while (out.length < length) {
    for (const b of crypto.getRandomValues(new Uint8Array(length * 2)))
      if (b < limit && out.length < length) out.push(ALPHABET[b % ALPHABET.length]);
  }
  return out.join('');
}
