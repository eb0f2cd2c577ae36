/**
 * From the model to diagnostics: the model's problems get the severity of their rule (or of its documented
 * variant), the checks of this layer add theirs, and suppression comments are applied. Reads the model, never
 * writes to it.
 */
import type { Model } from '../model/model';
import { FindingSink } from '../model/problems';
import type { Diagnostic, Finding } from './diagnostic';
import { checkNamedAcls } from './acls';
import { checkContexts } from './contexts';
import { checkObjects } from './objectRules';
import { checkReferences } from './references';
import { checkRefusedReferences } from './refusedReferences';
import { checkSecurity } from './security';
import { severityOf } from './registry';
import { applySuppressions } from './suppress';
import { checkUnusedSections } from './unusedSections';
import { checkQuotedSemicolons } from './quotedSemicolons';

export function diagnose(model: Model): Diagnostic[] {
  const sink = new FindingSink<Finding>();
  checkReferences(model, sink);
  checkRefusedReferences(model, sink);
  checkObjects(model, sink);
  checkNamedAcls(model, sink);
  checkContexts(model, sink);
  checkUnusedSections(model, sink);
  checkSecurity(model, sink);
  checkQuotedSemicolons(model, sink);
  const all: Diagnostic[] = [];
  for (const f of model.problems) all.push(toDiagnostic(f));
  for (const f of sink.list) all.push(toDiagnostic(f));
  return applySuppressions(all, model.files).sort(byPlace);
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
