/**
 * Who answers a request: the steps Asterisk takes with one inbound request, from effective values for the target
 * release, each with the line that decides it. identify.ts picks the endpoint, acl.ts and authentication.ts decide
 * whether it gets in, endpoints.ts gives the context and lookup.ts whether the dialled extension is there. Every
 * step is checked on a real Asterisk (master and 20.7.0) by test/oracle-who.test.ts. Pure: model and request in.
 */
import { targetFor } from '../../schema/versioned';
import type { Model } from '../model';
import type { PjsipObject, Variable } from '../types';
import { accessLists, checkAcls, type AclVerdict } from './acl';
import { challengeOf, type Challenge } from './authentication';
import { allowsOverlap, contextOf } from './endpoints';
import { identify, identifyContext, type Identification, type IdentifyContext } from './identify';
import { lookupExtension, type ExtensionLookup } from './lookup';
import type { InboundRequest } from './request';

/** What the caller finally gets, by the credentials it sends when challenged. */
export interface Outcome {
  /** The final SIP answer before the dialplan runs (401, 403, 404, 484, 500), or `passes` when it gets through to the dialplan (or, for other methods, to the module that handles them). */
  withoutCredentials: number | 'passes';
  withRightPassword: number | 'passes';
  withWrongPassword: number | 'passes';
  /** The NOTICE Asterisk logs for it (its fixed part), when it logs one. */
  log?: 'No matching endpoint found' | 'Not match Endpoint ACL' | 'Error to authenticate' | 'extension not found';
}

export interface InboundPath {
  request: InboundRequest;
  identification: Identification;
  endpoint?: PjsipObject;
  acl?: AclVerdict;
  challenge?: Challenge;
  context?: { name: string; from?: Variable };
  /** Undefined when there is no extensions.conf to look in. */
  extension?: ExtensionLookup;
  outcome: Outcome;
}

/** The inbound path of one request. `c` may be shared between requests against the same model. */
export function inboundPath(model: Model, r: InboundRequest, c?: IdentifyContext): InboundPath {
  const ctx = c ?? identifyContext(model, targetFor(model.options.asteriskVersion));
  const identification = identify(ctx, r);
  const endpoint = identification.matched?.endpoint;
  if (!endpoint)
    return {
      request: r,
      identification,
      outcome: {
        withoutCredentials: 401,
        withRightPassword: 401,
        withWrongPassword: 401,
        log: 'No matching endpoint found',
      },
    };
  const acl = checkAcls(accessLists(model, endpoint), r.source);
  const challenge = challengeOf(model, endpoint);
  const context = contextOf(endpoint, ctx.target);
  const exten = r.exten ?? 's';
  const extension = model.dialplan ? lookupExtension(model.dialplan, context.name, exten, r.fromUser) : undefined;
  const path: InboundPath = {
    request: r,
    identification,
    endpoint,
    acl,
    challenge,
    context,
    extension,
    outcome: undefined!,
  };
  path.outcome = outcomeOf(path, allowsOverlap(endpoint, ctx.target), r.method);
  return path;
}

function outcomeOf(p: InboundPath, overlap: boolean, method: string): Outcome {
  if (p.acl && !p.acl.allowed)
    return { withoutCredentials: 401, withRightPassword: 401, withWrongPassword: 401, log: 'Not match Endpoint ACL' };
  if (p.challenge?.kind === 'error')
    return { withoutCredentials: 500, withRightPassword: 500, withWrongPassword: 500, log: 'Error to authenticate' };
  const after = afterAuth(p, overlap, method);
  if (p.challenge?.kind === 'challenged')
    return { withoutCredentials: 401, withRightPassword: after.code, withWrongPassword: 401, log: after.log };
  return {
    withoutCredentials: after.code,
    withRightPassword: after.code,
    withWrongPassword: after.code,
    log: after.log,
  };
}

function afterAuth(
  p: InboundPath,
  overlap: boolean,
  method: string,
): { code: number | 'passes'; log?: Outcome['log'] } {
  if (method.toUpperCase() !== 'INVITE' || !p.extension) return { code: 'passes' };
  if (p.extension.found) return { code: 'passes' };
  return { code: p.extension.couldGrow && overlap ? 484 : 404, log: 'extension not found' };
}
