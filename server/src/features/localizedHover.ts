/**
 * The hovers of pjsip_notify.conf and of dialplan contexts in the session's language. `hover()` (hover.ts) still
 * calls `notifyHover` and `contextHover` without its locale, so in a session that is not English the server asks
 * here first and falls back to `hover()`; the precedence is hover()'s (a name that refers to a section or object
 * is answered by hover(), not as a context). Once hover() passes its locale on, this file can go.
 */
import type { Analysis } from '../analysis/analyze';
import type { Locale } from '../i18n/locale';
import type { SourceFile } from '../model/types';
import { cursorAt } from './cursor';
import { contextHover } from './dialplan';
import { isNotifyFile, notifyHover } from './notify';
import type { HoverResult } from './types';

/** The notify or context hover in `locale`, or undefined where `hover()` answers (always, in English). */
export function localizedHover(
  a: Analysis,
  file: SourceFile,
  offset: number,
  locale: Locale | undefined,
): HoverResult | undefined {
  if (!locale || locale === 'en') return undefined;
  if (isNotifyFile(file.path)) return notifyHover(file, offset, locale);
  const c = cursorAt(a, file, offset);
  if (c.reference && c.slot.kind !== 'key') return undefined;
  return contextHover(a, c, locale);
}
