/**
 * Step 4: whether the dialled extension exists in the context the call lands in (measured on master and 20.7.0).
 * Asterisk looks in the context itself first (the exact name, else the most specific pattern), then in each
 * `include =>` in order, depth first (an included context's own includes before the next include). An extension
 * exists when it has priority 1: a hint alone, or priority 2 alone, is not found. Not found: 404 ("... rejected
 * because extension not found in context ..."), or 484 when a longer number could still match and the endpoint
 * has `allow_overlap=yes` (the default). A context extensions.conf does not define gets 404 as well.
 */
import type { Dialplan } from '../dialplan';
import { dialplanContext, type DialplanContext, type ExtensionLine, type IncludeLine } from './extensions';
import { compareSpecificity, couldGrowInto, matchesExtension } from './patterns';

export interface ExtensionFound {
  found: true;
  /** The priority-1 line that runs first. */
  line: ExtensionLine;
  /** The context holding it, and the includes followed to get there. */
  context: string;
  via: IncludeLine[];
}

export interface ExtensionMissing {
  found: false;
  /** A longer number could still match (484 with allow_overlap). */
  couldGrow: boolean;
  /** The context is not defined at all. */
  noContext: boolean;
  /** Includes with a time condition were followed (the answer may depend on the time). */
  conditional: boolean;
}

export type ExtensionLookup = ExtensionFound | ExtensionMissing;

export function lookupExtension(
  dialplan: Dialplan,
  context: string,
  exten: string,
  callerId?: string,
): ExtensionLookup {
  const root = dialplanContext(dialplan, context);
  if (!root) return { found: false, couldGrow: false, noContext: true, conditional: false };
  const seen = new Set<string>();
  let couldGrow = false;
  let conditional = false;
  const walk = (ctx: DialplanContext, via: IncludeLine[]): ExtensionFound | undefined => {
    if (seen.has(ctx.name)) return undefined;
    seen.add(ctx.name);
    const hit = bestIn(ctx, exten, callerId);
    if (hit) return { found: true, line: hit, context: ctx.name, via };
    if (ctx.extensions.some((e) => e.priority === 1 && couldGrowInto(e.name, exten))) couldGrow = true;
    for (const inc of ctx.includes) {
      const next = dialplanContext(dialplan, inc.context);
      if (!next) continue;
      if (inc.conditional) conditional = true;
      const r = walk(next, [...via, inc]);
      if (r) return r;
    }
    return undefined;
  };
  return walk(root, []) ?? { found: false, couldGrow, noContext: false, conditional };
}

/** The priority-1 line of the best match in one context (exact name first, then the most specific pattern). */
function bestIn(ctx: DialplanContext, exten: string, callerId?: string): ExtensionLine | undefined {
  let best: ExtensionLine | undefined;
  for (const e of ctx.extensions) {
    if (e.priority !== 1 || !matchesExtension(e.name, exten)) continue;
    if (e.callerId !== undefined && e.callerId !== callerId) continue;
    if (!best || compareSpecificity(e.name, best.name) < 0) best = e;
  }
  return best;
}

/** The contexts a call in `context` can reach through includes (itself first), each once. */
export function reachableContexts(dialplan: Dialplan, context: string): DialplanContext[] {
  const out: DialplanContext[] = [];
  const seen = new Set<string>();
  const walk = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const c = dialplanContext(dialplan, name);
    if (!c) return;
    out.push(c);
    for (const inc of c.includes) walk(inc.context);
  };
  walk(context);
  return out;
}
