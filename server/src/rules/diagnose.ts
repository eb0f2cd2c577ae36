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
import { severityOf } from './registry';
import { applySuppressions } from './suppress';
import { checkUnusedSections } from './unusedSections';

export function diagnose(model: Model): Diagnostic[] {
  const sink = new FindingSink<Finding>();
  checkReferences(model.configs, model.index, sink);
  checkObjects(model, sink);
  checkNamedAcls(model, sink);
  checkContexts(model, sink);
  checkUnusedSections(model, sink);
  const all: Diagnostic[] = [];
  for (const f of model.problems) all.push(toDiagnostic(f));
  for (const f of sink.list) all.push(toDiagnostic(f));
  return applySuppressions(all, model.files);
}

function toDiagnostic(f: Finding): Diagnostic {
  const { variant, ...rest } = f;
  return { ...rest, severity: severityOf(f.code, variant) };
}
