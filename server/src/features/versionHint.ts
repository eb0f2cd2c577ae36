/**
 * The Asterisk version a config's own header names (`; Asterisk 20 PBX`, `; pjsip.conf for Asterisk 18.9`): a hint
 * for the question "which Asterisk runs this?", never taken as the answer by itself.
 */
import { parseAsteriskVersion } from '../schema/versions';

/** How many lines of the header are read, at most. */
const HEADER_LINES = 40;

/** The version the comment lines above the first code line name, when one does and this checker knows it. */
export function versionHint(text: string): string | undefined {
  const lines = text.split('\n', HEADER_LINES);
  for (const raw of lines) {
    const line = raw.trim();
    if (line && !line.startsWith(';')) return undefined; // the header is over
    const m = /\bAsterisk\s+v?(\d{2}(?:\.\d+){0,2}|master)\b/i.exec(line);
    if (m && !parseAsteriskVersion(m[1]).problem) return m[1].toLowerCase();
  }
  return undefined;
}
