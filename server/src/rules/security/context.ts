/**
 * What the security rules share in one pass: the target release and, computed on first use and kept for this pass
 * only (never across edits), the identifiers and identifies as Asterisk orders them, each endpoint's ways in and
 * each context's reachable Dial()s. A pass that checks one endpoint again computes only what that one needs.
 */
import type { Model } from '../../model/model';
import type { PjsipObject } from '../../model/types';
import type { AsteriskTarget } from '../../schema/versions';
import { targetFor } from '../../schema/versioned';
import { identifyContext, type IdentifyContext } from '../../model/inbound/identify';
import { identifiesByEndpoint, reachability, type Reachability } from '../../model/inbound/reachability';
import { dialsReachedFrom, type DialLine } from '../../model/inbound/dials';
import type { IdentifyRule } from '../../model/inbound/identifies';
import type { RuleSink } from '../diagnostic';

export class SecurityContext {
  readonly target: AsteriskTarget;
  private identifyOnce: IdentifyContext | undefined;
  private byEndpointOnce: Map<string, IdentifyRule[]> | undefined;
  private readonly reached = new Map<PjsipObject, Reachability>();
  private readonly dialsOf = new Map<string, DialLine[]>();

  constructor(
    readonly model: Model,
    readonly sink: RuleSink,
  ) {
    this.target = targetFor(model.options.asteriskVersion);
  }

  /** The identifier order and the identifies that load, in the order Asterisk tries them. */
  get identify(): IdentifyContext {
    return (this.identifyOnce ??= identifyContext(this.model, this.target));
  }

  reach(o: PjsipObject): Reachability {
    let r = this.reached.get(o);
    if (!r) {
      this.byEndpointOnce ??= identifiesByEndpoint(this.identify.rules);
      r = reachability(this.model, this.target, o, this.byEndpointOnce.get(o.id) ?? []);
      this.reached.set(o, r);
    }
    return r;
  }

  /** The Dial()s a call landing in the context can reach (none without an extensions.conf). */
  dials(context: string): DialLine[] {
    let d = this.dialsOf.get(context);
    if (!d)
      this.dialsOf.set(
        context,
        (d = this.model.dialplan ? dialsReachedFrom(this.model, this.model.dialplan, context) : []),
      );
    return d;
  }
}

/** An endpoint Asterisk loads (a name refused as a duplicate, or a section of a standalone file, is none). */
export function isLoadedEndpoint(o: PjsipObject): boolean {
  return o.type === 'endpoint' && o.loads && !o.section.config.standalone;
}
