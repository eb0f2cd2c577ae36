/**
 * sip.conf (chan_sip's config, removed in Asterisk 21) opened next to pjsip.conf: it is highlighted like any
 * Asterisk config, never checked as PJSIP, and a hover on a section or a setting says what it is and how to
 * convert it (the "PJSIP: Convert sip.conf" command, or pjsip-migrate).
 */
import { lineIndexAt } from '../syntax';
import { basename } from '../model/paths';
import type { SourceFile } from '../model/types';
import type { Locale } from '../i18n/locale';
import { sipConfHoverText } from '../i18n/ui/migrateTexts';
import type { HoverResult } from './types';

export function isSipConf(path: string): boolean {
  return basename(path).toLowerCase() === 'sip.conf';
}

/** The note, on the section name or the key under the cursor. */
export function sipConfHover(file: SourceFile, offset: number, locale?: Locale): HoverResult | undefined {
  const i = lineIndexAt(file.tree.lineStarts, offset);
  const line = file.tree.lines[i];
  const base = file.tree.lineStarts[i];
  const h = line.section;
  if (h) return { markdown: sipConfHoverText(locale), start: base + h.nameStart, end: base + h.nameEnd };
  const a = line.assignment;
  if (a && offset <= base + a.keyEnd)
    return { markdown: sipConfHoverText(locale), start: base + a.keyStart, end: base + a.keyEnd };
  return undefined;
}
