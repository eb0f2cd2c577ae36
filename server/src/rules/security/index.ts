/**
 * The security rules, computed from the inbound model (model/inbound/): who can reach an endpoint without a
 * password and what its context can dial, Dial() string injection, weak and shared passwords, address rules that
 * keep nobody out, and identifies that do not do what they seem to. The rules of one endpoint or one auth are checked
 * per object, so that typing in one section checks again only what it touches (rules/recheck.ts); those of the
 * identifies, which compare them with each other, check the whole set when an identify or an endpoint one names
 * changes. Nothing is kept across edits but the findings.
 */
import type { Model } from '../../model/model';
import { lastVar } from '../../model/variables';
import type { RuleSink } from '../diagnostic';
import type { Check, ObjectCheck, ReadingSetCheck } from '../recheck';
import { isLoadedEndpoint, SecurityContext } from './context';
import { checkDialInjection } from './dialInjection';
import { checkIdentifies } from './identifies';
import { checkOpenAcls, checkOpenIdentifies } from './openAccess';
import { checkPassword } from './passwords';
import { checkUnauthenticated } from './unauthenticated';

/**
 * An endpoint anyone reaches without a password, and its access lists that let everyone in. Reads the endpoint
 * (its `auth`, `identify_by`, `context`, access lists), the identifies that name it (the ways in they open, in
 * Asterisk's order: by name, or on 20.7.0 by a hash table sized by how many identify sections there are, which no
 * in-place update changes), acl.conf and extensions.conf.
 */
const unauthenticatedEndpoints: ObjectCheck = {
  types: ['endpoint'],
  reads: { namedBy: [{ type: 'identify', option: 'endpoint' }] },
  prepare: (model, sink) => {
    const ctx = new SecurityContext(model, sink);
    return (o) => {
      if (!isLoadedEndpoint(o)) return;
      checkUnauthenticated(ctx, o);
      checkOpenAcls(ctx, o);
    };
  },
};

/** Dial() of the dialled number unfiltered where an endpoint's calls land: reads its `context` and extensions.conf. */
const dialInjection: ObjectCheck = {
  types: ['endpoint'],
  // where a finding on a template's context= line sits depends on the endpoints built from the template
  reads: (model) => (model.dialplan ? { templateUsers: ['context'] } : {}),
  prepare: (model, sink) => {
    const ctx = new SecurityContext(model, sink);
    return (o) => {
      if (isLoadedEndpoint(o)) checkDialInjection(ctx, o);
    };
  },
};

/**
 * Weak and shared passwords, per auth: reads the endpoints that challenge with it (`auth=`, and whether they load)
 * and the auths with the same password.
 */
const passwords: ObjectCheck = {
  types: ['auth'],
  // of an endpoint, only its name, whether it loads and its auth= (an edit of its other lines checks no auth again)
  reads: { namedBy: [{ type: 'endpoint', option: 'auth', only: [] }], sameValue: ['password'] },
  prepare: (model, sink) => {
    const ctx = new SecurityContext(model, sink);
    return (o) => checkPassword(ctx, o);
  },
};

/**
 * Identifies that match everyone, overlap, never apply or name hosts: the whole set of identifies, the global
 * identifier order, and of endpoints only those an identify names (whether they load, are challenged, keep
 * addresses out) and the anonymous one.
 */
const identifies: ReadingSetCheck = {
  check: checkIdentifySet,
  reads: {
    endpoint: ['auth', 'acl', 'permit', 'deny'],
    identify: 'all',
    global: 'all',
  },
  concerns: (model) => {
    const named = endpointsNamedByIdentifies(model);
    return (o) => o.type !== 'endpoint' || o.id === 'anonymous' || named.has(o.id);
  },
};

function checkIdentifySet(model: Model, sink: RuleSink): void {
  const ctx = new SecurityContext(model, sink);
  checkOpenIdentifies(ctx);
  checkIdentifies(ctx);
}

/** The endpoints identifies (loaded or not) name. */
function endpointsNamedByIdentifies(model: Model): Set<string> {
  const out = new Set<string>();
  for (const list of model.index.get('identify')?.values() ?? [])
    for (const o of list) {
      const name = lastVar(o.vars, 'endpoint')?.value.trim();
      if (name) out.add(name);
    }
  return out;
}

/**
 * The security checks, in the order their findings rank (rules/recheck.ts). A rule that reads another option or
 * object must say so in its check's reads, or an edit of it leaves findings stale (test/incrementalModel.test.ts
 * finds such a gap).
 */
export const securityChecks: readonly Check[] = [unauthenticatedEndpoints, dialInjection, passwords, identifies];
