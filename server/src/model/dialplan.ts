/**
 * The dialplan as pjsip.conf sees it: the contexts extensions.conf defines (with its includes), and the PJSIP
 * endpoints its applications name literally (`Dial(PJSIP/6001)`, `PJSIP/${EXTEN}@trunk`). Only extensions.conf is
 * read: extensions.ael and extensions.lua are not.
 *
 * pbx_config makes one context per section except `[general]` and `[globals]` (compared without case); templates
 * `(!)` are no context, `[ctx](+)` adds to one, and a name written twice is one context.
 */
import { readForeignConfig, type ForeignConfig, type ForeignSection } from './foreignConfigs';
import { readParkingContexts, type ParkingContexts } from './parking';
import type { ConfigSetOptions, FileProvider, SourceFile } from './types';

/** A PJSIP endpoint an application argument names literally. */
export interface DialReference {
  /** The endpoint's name. */
  endpoint: string;
  file: SourceFile;
  line: number;
  /** Absolute offsets of the endpoint's name. */
  start: number;
  end: number;
  /** The dial string says nothing after the endpoint (`PJSIP/6001`, `PJSIP/100@trunk`): Asterisk needs its aors. */
  needsAors: boolean;
  /** An aor named after the endpoint (`PJSIP/6001/office`): Asterisk dials that aor's contacts. */
  aor?: string;
  /** A hint (`exten => 6001,hint,PJSIP/6001`): device state, no call. */
  hint: boolean;
}

export interface Dialplan {
  config: ForeignConfig;
  /** Contexts by name, in file order (a context written in several places has several entries). */
  contexts: Map<string, ForeignSection[]>;
  /** Contexts res_parking makes for its parking lots (parking.ts): they exist without a section here. */
  parking: ParkingContexts;
  dials: DialReference[];
}

/** Sections of extensions.conf that pbx_config reads as settings, not as contexts. */
const NOT_CONTEXTS = new Set(['general', 'globals']);

export function readDialplan(provider: FileProvider, options: ConfigSetOptions): Dialplan | undefined {
  const config = readForeignConfig('extensions.conf', provider, options);
  if (!config) return undefined;
  const contexts = new Map([...config.sections].filter(([name]) => !NOT_CONTEXTS.has(name.toLowerCase())));
  return { config, contexts, parking: readParkingContexts(provider, options), dials: config.files.flatMap(dialsOf) };
}

/** Whether the dialplan has a context of this name: a section of extensions.conf, or a parking lot's. */
export function hasContext(dialplan: Dialplan, name: string): boolean {
  return dialplan.contexts.has(name) || dialplan.parking.contexts.has(name);
}

/** `exten =>`, `same =>` or `include =>` under a context header: the context answers calls. */
const EXTENSION_LINE = /^\s*(exten|same|include)\s*=>?/i;

/**
 * Whether calls that land in this context find extensions there: it has `exten`, `same` or `include` lines (in
 * any of its sections), or it is a parking lot's context.
 */
export function contextHasExtensions(dialplan: Dialplan, name: string): boolean {
  if (dialplan.parking.contexts.has(name)) return true;
  return (dialplan.contexts.get(name) ?? []).some((s) => s.firstLines.some((l) => EXTENSION_LINE.test(l)));
}

/** `exten => 6001,hint,PJSIP/6001`: device state, not a call. */
const HINT = /^[^,]*,\s*hint\s*,/i;

/** `PJSIP/` then the dial string, up to the next argument, device (`&`) or closing parenthesis. */
const PJSIP_DEVICE = /PJSIP\/([^,&)\s"'|]+)/gi;

/** Dials by file: a file that did not change (the same SourceFile) is not scanned again on the next analysis. */
const dialsByFile = new WeakMap<SourceFile, DialReference[]>();

function dialsOf(file: SourceFile): DialReference[] {
  const known = dialsByFile.get(file);
  if (known) return known;
  const dials: DialReference[] = [];
  collectDials(file, dials);
  dialsByFile.set(file, dials);
  return dials;
}

function collectDials(file: SourceFile, out: DialReference[]): void {
  const { lines, lineStarts } = file.tree;
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i].assignment;
    if (!a || !a.value) continue;
    const exact = a.valueEnd - a.valueStart === a.value.length;
    const hint = HINT.test(a.value);
    for (const m of a.value.matchAll(PJSIP_DEVICE)) {
      const dial = endpointOf(m[1]);
      if (!dial) continue;
      const at = m.index + 'PJSIP/'.length + dial.offset;
      const start = lineStarts[i] + (exact ? a.valueStart + at : a.valueStart);
      const end = exact ? start + dial.name.length : lineStarts[i] + a.valueEnd;
      out.push({
        endpoint: dial.name,
        file,
        line: i,
        start,
        end,
        needsAors: !dial.rest && !hint,
        aor: aorName(dial.rest),
        hint,
      });
    }
  }
}

/** Characters that make a name depend on the call (`${EXTEN}`, `$[...]`): no literal reference. */
const COMPUTED = /[${}[\]]/;

/**
 * The endpoint of a dial string as chan_pjsip splits it: `endpoint[/aor-or-uri]`, the endpoint part possibly
 * `user@endpoint` (the user goes into the request URI).
 */
function endpointOf(dial: string): { name: string; offset: number; rest: string } | undefined {
  const slash = dial.indexOf('/');
  const head = slash >= 0 ? dial.slice(0, slash) : dial;
  const at = head.lastIndexOf('@');
  const name = at >= 0 ? head.slice(at + 1) : head;
  if (!name || COMPUTED.test(name)) return undefined;
  return { name, offset: at + 1, rest: slash >= 0 ? dial.slice(slash + 1) : '' };
}

/** What follows the endpoint names an aor when it is no URI (`sip:...`) and no variable. */
function aorName(rest: string): string | undefined {
  return rest && !rest.includes(':') && !COMPUTED.test(rest) ? rest : undefined;
}
