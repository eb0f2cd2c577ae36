/**
 * What a call that lands in a context can dial: every `Dial()` of the context and of what it reaches (its includes,
 * and the contexts a literal `Goto(context,exten,priority)` or `Gosub(...)` jumps to), whatever number was dialled.
 * A device that puts the dialled number into the dial string (`PJSIP/${EXTEN}`, `PJSIP/${EXTEN}@trunk`) lets the
 * caller choose where the call goes; one that goes through a trunk (`PJSIP/number@trunk`, `PJSIP/trunk/sip:...`,
 * or an endpoint that has `outbound_auth`) leaves the PBX. Without `FILTER()` the caller can even add devices:
 * dialling `500&PJSIP/itsp/sip:14165551212@...` into `_X.` with `Dial(PJSIP/${EXTEN})` makes Asterisk call out
 * through the trunk `itsp` (measured on master, test/oracle-who.test.ts).
 */
import type { Dialplan } from '../dialplan';
import type { Model } from '../model';
import { lastVar } from '../variables';
import { dialplanContext, type DialplanContext, type ExtensionLine } from './extensions';
import { loadedEndpoint } from './endpoints';

export interface DialDevice {
  text: string;
  tech: string;
  /** The PJSIP endpoint the device names, when it names one literally. */
  endpoint?: string;
  /** It leaves the PBX through a trunk. */
  trunk: boolean;
  /** The dialled number goes into it: unfiltered (`${EXTEN}`), through `FILTER()`, or not at all. */
  exten: 'unfiltered' | 'filtered' | 'none';
}

export interface DialLine {
  line: ExtensionLine;
  context: string;
  devices: DialDevice[];
}

/** Splits at `sep` outside `${...}`, `$[...]` and parentheses. */
export function splitTop(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0,
    from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '{' || c === '[') depth++;
    else if ((c === ')' || c === '}' || c === ']') && depth > 0) depth--;
    else if (c === sep && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

const EXTEN = /\$\{EXTEN[}:]/;

export function dialDevices(model: Model, args: string): DialDevice[] {
  const first = splitTop(args, ',')[0] ?? '';
  return splitTop(first, '&')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((text) => deviceOf(model, text));
}

function deviceOf(model: Model, text: string): DialDevice {
  const slash = text.indexOf('/');
  const tech = slash < 0 ? text : text.slice(0, slash);
  const resource = slash < 0 ? '' : text.slice(slash + 1);
  const exten: DialDevice['exten'] = !EXTEN.test(text) ? 'none' : /FILTER\(/i.test(text) ? 'filtered' : 'unfiltered';
  if (tech.toUpperCase() !== 'PJSIP') return { text, tech, trunk: false, exten };
  const head = resource.split('/')[0];
  const at = head.lastIndexOf('@');
  const endpoint = at >= 0 ? head.slice(at + 1) : head;
  const uri = /^[^/]*\/sips?:/i.test(resource);
  const literal = endpoint && !/[${}[\]]/.test(endpoint) ? endpoint : undefined;
  const ep = literal ? loadedEndpoint(model, literal) : undefined;
  const outbound = !!ep && !!(lastVar(ep.vars, 'outbound_auth')?.value ?? '').trim();
  return { text, tech, endpoint: literal, trunk: (at >= 0 && !!literal) || uri || outbound, exten };
}

/** Literal jumps to another context: `Goto(ctx,exten,prio)`, `Gosub(ctx,exten,prio(...))`. */
function jumpTarget(e: ExtensionLine): string | undefined {
  if (!/^(goto|gosub)$/i.test(e.app)) return undefined;
  const parts = splitTop(e.args, ',');
  if (parts.length < 3) return undefined;
  const ctx = parts[0].trim();
  return ctx && !/[${}[\]]/.test(ctx) ? ctx : undefined;
}

/** The contexts a call landing in `context` can get to: includes and literal jumps (itself first). */
export function contextsReachedFrom(dialplan: Dialplan, context: string): DialplanContext[] {
  const out: DialplanContext[] = [];
  const seen = new Set<string>();
  const todo = [context];
  while (todo.length) {
    const name = todo.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const c = dialplanContext(dialplan, name);
    if (!c) continue;
    out.push(c);
    for (const inc of c.includes) todo.push(inc.context);
    for (const e of c.extensions) {
      const j = jumpTarget(e);
      if (j) todo.push(j);
    }
  }
  return out;
}

/** Every Dial() a call landing in `context` can reach, with its devices. */
export function dialsReachedFrom(model: Model, dialplan: Dialplan, context: string): DialLine[] {
  const out: DialLine[] = [];
  for (const c of contextsReachedFrom(dialplan, context))
    for (const e of c.extensions)
      if (/^dial$/i.test(e.app)) out.push({ line: e, context: c.name, devices: dialDevices(model, e.args) });
  return out;
}
