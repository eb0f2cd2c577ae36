/**
 * Why a value is wrong (English), as the value checks of the schema say it: phrases without a final period; the
 * model's invalid-value message adds what happens to the object.
 */
import type { Part, Render } from '../types';

type T = Part | undefined;

/** `'a', 'b', 'c'` */
function quoted(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

export const enValueParts = {
  'value/bool-empty': (p: { option: string }) => `'${p.option}' is empty, which Asterisk silently reads as 'no'`,
  'value/bool-word': (p: { value: string }) => `'${p.value}' is not a yes/no word: Asterisk silently reads it as 'no'`,
  'value/enum-empty': (p: { option: string; values: readonly string[]; effect: T }, t: Render) =>
    `'${p.option}' needs one of ${quoted(p.values)}${t(p.effect)}`,
  'value/enum-invalid': (
    p: { value: string; option: string; caseHint: T; values: readonly string[]; effect: T },
    t: Render,
  ) => `'${p.value}' is not a valid ${p.option}${t(p.caseHint)}; expected one of ${quoted(p.values)}${t(p.effect)}`,
  'value/enum-case': (p: { value: string }) => ` (Asterisk compares this value case-sensitively: write '${p.value}')`,
  'value/effect-ignored-default': () => '; Asterisk silently ignores it and keeps the default',
  'value/effect-no-effect': () => '; the object loads, but the value has no effect',
  'value/effect-unhandled': () => '; the object loads, but nothing handles this value',
  'value/effect-value-ignored': () => '; the value is ignored',
  'value/list-spaces': (p: { option: string; item: string }) =>
    `Asterisk does not trim spaces in '${p.option}': '${p.item}' will not match`,
  'value/what-seconds': () => 'a whole number of seconds',
  'value/what-milliseconds': () => 'a whole number of milliseconds',
  'value/what-integer': () => 'a whole number',
  'value/what-unsigned': () => 'a whole number (0 or more)',
  'value/number-empty': (p: { option: string; what: T; effect: T }, t: Render) =>
    `'${p.option}' is empty; it needs ${t(p.what)}${t(p.effect)}`,
  'value/number-invalid': (p: { value: string; what: T; negative: T; effect: T }, t: Render) =>
    `'${p.value}' is not ${t(p.what)}${t(p.negative)}${t(p.effect)}`,
  'value/negative-refused': () => ' (negative numbers are refused)',
  'value/out-of-range': (p: { value: string; min: number; max: number; option: string }) =>
    `${p.value} is outside the allowed range ${p.min}..${p.max} for '${p.option}'`,
  'value/not-a-number': (p: { value: string }) => `'${p.value}' is not a number`,
  'value/not-seconds': (p: { value: string }) => `'${p.value}' is not a number of seconds`,
  'value/not-whole-seconds': (p: { value: string }) => `'${p.value}' is not a whole number of seconds`,
  'value/packetization': (p: { ms: string; codec: string }) =>
    `'${p.ms}' is not a packetization time in milliseconds for codec '${p.codec}'`,
  'value/empty-codec': (p: { option: string }) =>
    `empty codec name in '${p.option}' (a stray or doubled separator): Asterisk reads it as an unknown codec`,
  'value/unknown-codec': (p: { codec: string }) => `'${p.codec}' is not a codec Asterisk knows`,
  'value/acl-empty-entry': (p: { option: string }) =>
    `empty entry in '${p.option}' (a stray comma): Asterisk reports an invalid IP address`,
  'value/not-ip': (p: { value: string }) => `'${p.value}' is not an IP address`,
  'value/not-ip-hostname': (p: { value: string }) =>
    `'${p.value}' is not an IP address (host names are not accepted here)`,
  'value/bad-netmask': (p: { mask: string; address: string }) => `'${p.mask}' is not a valid netmask for ${p.address}`,
  'value/match-unresolvable': (p: { value: string }) =>
    `'${p.value}' is neither an IP address nor a host name Asterisk can look up`,
  'value/bind-invalid': (p: { value: string }) =>
    `'${p.value}' is not an IP address with an optional port (host names are not accepted for bind)`,
  'value/port-range': (p: { port: number }) => `port ${p.port} is out of range`,
  'value/not-sip-uri': (p: { value: string }) => `'${p.value}' is not a sip: or sips: URI`,
  'value/set-var': (p: { value: string }) => `set_var needs NAME=VALUE; '${p.value}' has no '='`,
  'value/group': (p: { item: string }) =>
    `'${p.item}' is not a group number 0-63 or a range like 1-5; Asterisk ignores it`,
  'value/tos': (p: { value: string; examples: string }) =>
    `'${p.value}' is neither a DSCP class (${p.examples}, ...) nor a number`,
  'value/digest-form': (p: { item: string }) => `'${p.item}' is not <algorithm>:<hex digest>`,
  'value/digest-algorithm': (p: { algorithm: string }) =>
    `'${p.algorithm}' is not a digest algorithm (MD5, SHA-256, SHA-512-256)`,
  'value/digest-length': (p: { algorithm: string; length: number }) =>
    `a ${p.algorithm} digest must be ${p.length} characters long (hex digits)`,
  'value/md5-cred': (p: { length: number }) =>
    `md5_cred must be 32 characters long (the MD5 of username:realm:password in hex), not ${p.length}`,
  'value/codec-pref-form': (p: { item: string }) => `'${p.item}' is not name: value`,
  'value/codec-pref-name': (p: { name: string; names: readonly string[] }) =>
    `'${p.name}' is not one of ${quoted(p.names)}`,
  'value/codec-pref-value': (p: { value: string; name: string; values: readonly string[] }) =>
    `'${p.value}' is not a valid ${p.name}; expected one of ${quoted(p.values)}`,
  'value/from-user': (p: { char: string }) => `'${p.char}' is not allowed in from_user (only URI user characters are)`,
  'value/not-empty': (p: { option: string }) => `'${p.option}' must not be empty`,
  'value/sdp-name': (p: { option: string }) => `Asterisk replaces this ${p.option} with '-' (it must be non-empty)`,
  'value/sdp-owner': (p: { option: string }) =>
    `Asterisk replaces this ${p.option} with '-' (it must be non-empty and without spaces)`,
  'value/security-mechanism': (p: { mechanism: string }) =>
    `'${p.mechanism}' is not a known security mechanism; Asterisk silently drops it`,
  'value/async-operations': () =>
    'async_operations can no longer be changed: Asterisk resets it to 1 and logs a warning',
  'value/match-header-colon': (p: { value: string }) =>
    `match_header needs 'Header-Name: value'; '${p.value}' has no ':'`,
  'value/match-header-name': () => "match_header has no header name before the ':'",
};
