/**
 * From the model to diagnostics: the model's problems get the severity of their rule (or of its documented
 * variant), the checks of this layer add theirs, and suppression comments are applied. Reads the model, never
 * writes to it.
 */
import type { Model } from '../model/model';
import type { ModelChanges } from '../model/update';
import type { Diagnostic, Finding } from './diagnostic';
import { namedAcls } from './acls';
import { unknownContexts } from './contexts';
import { objectChecks } from './objectRules';
import { runChecks, type Check, type FindingsByCheck } from './recheck';
import { checkReferences } from './references';
import { checkRefusedReferences } from './refusedReferences';
import { securityChecks } from './security';
import { severityOf } from './registry';
import { applySuppressions, noSuppressionsRead, type SuppressionCache } from './suppress';
import { unusedSections } from './unusedSections';
import { quotedSemicolons } from './quotedSemicolons';

/**
 * The checks of this layer. A function checks the whole set and runs in full after every edit; an `ObjectCheck`
 * checks one object at a time and says what it reads, so that after an in-place update only the objects the
 * update concerns are checked again; a `ReadingSetCheck` checks the whole set and runs again only when an option it
 * reads changed (recheck.ts). A new check that is unsure what it reads is a function.
 */
const CHECKS: readonly Check[] = [
  checkReferences,
  checkRefusedReferences,
  ...objectChecks(),
  namedAcls,
  unknownContexts,
  unusedSections,
  ...securityChecks,
  quotedSemicolons,
];

/** What a pass of the rules leaves for the next one (after an in-place update): see `diagnosis`. */
export interface RuleState {
  found: FindingsByCheck;
  suppressions: SuppressionCache;
  /** How many objects the object checks looked at in this pass (one per check and object). */
  checked: number;
}

/** Diagnostics, and what the next pass after an in-place update needs. */
export interface Diagnosis {
  diagnostics: Diagnostic[];
  rules: RuleState;
}

export function diagnose(model: Model): Diagnostic[] {
  return diagnosis(model).diagnostics;
}

/**
 * Every check run (or, `after` an in-place update, what it concerns; `previous` is taken over and must not be
 * used again), and the model's problems with them.
 */
export function diagnosis(model: Model, after?: { previous: RuleState; changes: ModelChanges }): Diagnosis {
  const { findings, found, checked } = runChecks(
    model,
    CHECKS,
    after && { previous: after.previous.found, changes: after.changes },
  );
  const all: Diagnostic[] = [];
  for (const f of model.problems) all.push(toDiagnostic(f));
  for (const f of findings) all.push(toDiagnostic(f));
  const suppressions = after?.previous.suppressions ?? noSuppressionsRead();
  const diagnostics = applySuppressions(all, model.files, suppressions, after?.changes.edit).sort(byPlace);
  return { diagnostics, rules: { found, suppressions, checked } };
}

/**
 * One order, whatever order the checks ran in (an incremental update reaches the same findings in another order):
 * by file, position, rule and text.
 */
function byPlace(a: Diagnostic, b: Diagnostic): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

function toDiagnostic(f: Finding): Diagnostic {
  // Built field by field: a rest pattern (`{ variant, ...rest }`) takes V8's slow copy path, 100,000 times over.
  const d = { code: f.code, path: f.path, start: f.start, end: f.end, msg: f.msg, message: f.message } as Diagnostic;
  if (f.related !== undefined) d.related = f.related;
  if (f.data !== undefined) (d as { data?: unknown }).data = f.data;
  d.severity = severityOf(f.code, f.variant);
  return d;
}
