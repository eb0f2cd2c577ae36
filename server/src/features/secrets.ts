/** Options whose values are secrets: never shown in clear in hovers, symbols or completions (screens get shared). */
export const SECRET_OPTION = /(^|\/)(password|md5_cred|password_digest|oauth_secret|refresh_token)$/i;

/** The value as it may be shown: masked when the option holds a secret. */
export function shownValue(key: string, value: string): string {
  return SECRET_OPTION.test(key) && value ? '•••' : value;
}
