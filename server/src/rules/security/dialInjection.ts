/**
 * `Dial()` of the dialled number without FILTER() under a pattern that takes anything (`_X.`, `_9!`), in a
 * context an endpoint's calls reach: the caller can append `&PJSIP/trunk/...` to the number and Asterisk calls that
 * too (measured). Reported on the endpoint's `context=` (extensions.conf is not a document we report in), with the
 * Dial() line as related information; the fix wraps `${EXTEN}` in FILTER() there.
 */
import { msg, part } from '../../i18n/messages';
import { relativeTo } from '../../model/paths';
import { entryRange, nameRange, placeByUsers } from '../../model/ranges';
import type { PjsipObject, RelatedInput } from '../../model/types';
import { contextOf } from '../../model/inbound/endpoints';
import type { DialLine } from '../../model/inbound/dials';
import type { SecurityContext } from './context';
import type { TextChange } from './fixData';

const EXTEN_TOKEN = /\$\{EXTEN(?::[^}]*)?\}/g;

/** The allowed characters the fix keeps: digits and the keys and prefix a number may need. */
export const FILTER_CHARS = '0-9*#+';

/**
 * One endpoint Asterisk loads. A `context=` line of a template that every endpoint built from it keeps is reported
 * there (once: the same finding for each), else on the endpoint's name (`placeByUsers`).
 */
export function checkDialInjection(ctx: SecurityContext, o: PjsipObject): void {
  if (!ctx.model.dialplan) return;
  const c = contextOf(o, ctx.target);
  if (!unfilteredDials(ctx, c.name).length) return;
  if (!c.from) {
    report(ctx, c.name, [{ ...nameRange(o.section) }]);
    return;
  }
  const entry = c.from.entry;
  const places = placeByUsers(ctx.model.objects, [o], entry, 'context', entryRange(entry, 'value'));
  report(
    ctx,
    c.name,
    places.map((p) => ({ path: p.path, start: p.start, end: p.end, related: p.related })),
  );
}

function unfilteredDials(ctx: SecurityContext, context: string): DialLine[] {
  return ctx.dials(context).filter((d) => d.line.name.open && d.devices.some((x) => x.exten === 'unfiltered'));
}

type Place = { path: string; start: number; end: number; related?: RelatedInput[] };

function report(ctx: SecurityContext, context: string, places: Place[]): void {
  for (const d of unfilteredDials(ctx, context)) {
    const line = d.line;
    for (const place of places)
      ctx.sink.add({
        ...place,
        code: 'dial-unfiltered-exten',
        msg: msg('dial-unfiltered-exten', {
          context: d.context,
          pattern: line.name.text,
          file: relativeTo(ctx.model.options.configDir, line.file.path),
          line: line.line + 1,
        }),
        related: [
          ...(place.related ?? []),
          { path: line.file.path, start: line.start, end: line.end, msg: part('related/dial') },
        ],
        data: { filter: filterEdits(d) },
      });
  }
}

/** Each unfiltered `${EXTEN...}` of the line's devices, wrapped in FILTER() (none when the text is not as written). */
export function filterEdits(d: DialLine): TextChange[] {
  const line = d.line;
  const text = line.file.text.slice(line.argsStart, line.argsStart + line.args.length);
  if (text !== line.args) return [];
  const out: TextChange[] = [];
  let searchFrom = 0;
  for (const device of d.devices) {
    const at = line.args.indexOf(device.text, searchFrom);
    if (at < 0) return [];
    searchFrom = at + device.text.length;
    if (device.exten !== 'unfiltered') continue;
    for (const m of device.text.matchAll(EXTEN_TOKEN)) {
      const start = line.argsStart + at + m.index;
      out.push({
        path: line.file.path,
        start,
        end: start + m[0].length,
        newText: `\${FILTER(${FILTER_CHARS},${m[0]})}`,
      });
    }
  }
  return out;
}
