/**
 * What the security rules share in one run: the target release, the identifiers and identifies as Asterisk orders
 * them, and, computed on first use and kept for this run only (never across edits), each endpoint's ways in and
 * each context's reachable Dial()s.
 */
import type { Model } from '../../model/model';
import type { PjsipObject } from '../../model/types';
import type { AsteriskTarget } from '../../schema/versions';
import { targetFor } from '../../schema/versioned';
import { identifyContext, type IdentifyContext } from '../../model/inbound/identify';
import { identifiesByEndpoint, reachability, type Reachability } from '../../model/inbound/reachability';
import { dialsReachedFrom, type DialLine } from '../../model/inbound/dials';
import { loadedEndpoints } from '../../model/inbound/endpoints';
import type { IdentifyRule } from '../../model/inbound/identifies';
import type { RuleSink } from '../diagnostic';

export class SecurityContext {
  readonly target: AsteriskTarget;
  readonly identify: IdentifyContext;
  readonly byEndpoint: Map<string, IdentifyRule[]>;
  /** Every endpoint Asterisk loads. */
  readonly endpoints: PjsipObject[];
  private readonly reached = new Map<PjsipObject, Reachability>();
  private readonly dialsOf = new Map<string, DialLine[]>();

  constructor(
    readonly model: Model,
    readonly sink: RuleSink,
  ) {
    this.target = targetFor(model.options.asteriskVersion);
    this.identify = identifyContext(model, this.target);
    this.byEndpoint = identifiesByEndpoint(this.identify.rules);
    this.endpoints = loadedEndpoints(model);
  }

  reach(o: PjsipObject): Reachability {
    let r = this.reached.get(o);
    if (!r) this.reached.set(o, (r = reachability(this.model, this.target, o, this.byEndpoint.get(o.id) ?? [])));
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
