/**
 * The API boundary of the core: a diagnostic is a finding with a stable rule id and a severity. Positions are
 * absolute offsets into the file's text; editors and the CLI convert them.
 */
import type { AddOptions, FindingOf, FixData, ProblemVariants, Suggestions } from '../model/problems';
import type { FindingInput } from '../model/problems';
import type { KeepRetryingPlan } from '../model/registrationFailures';
import type { RuleId, Severity } from './registry';
import type { SecurityFixData } from './security/fixData';

/** Quick-fix data per rule id: the model's, and that of the checks in this layer. */
export interface RuleFixData extends FixData, SecurityFixData {
  'unresolved-reference': { createSection: { name: string; type: string } };
  'endpoint-without-aors': AddOptions;
  'endpoint-without-codecs': AddOptions;
  'aor-rejects-registrations': AddOptions;
  'registration-stops-retrying': { keepRetrying: KeepRetryingPlan };
  'address-with-port': { host: string; port: string; portOption?: string };
  'timer-b-raised': AddOptions;
  'unknown-acl': { name: string; suggestions: string[] };
  /** `at`: where the name is written, when the diagnostic sits elsewhere (on the users of a template line). */
  'unknown-context': { name: string; suggestions: string[]; at?: { path: string; start: number; end: number } };
}

/** Variants of the findings of this layer (see ProblemVariants for the model's). */
export interface RuleVariants extends ProblemVariants {
  'endpoint-without-aors': 'no-calls-expected';
  'endpoint-without-codecs': 'no-calls-expected';
  'unresolved-reference': 'refused';
}

export type { AddOptions, Suggestions };

/** A finding of any rule, before its severity is known. */
export type Finding = FindingOf<RuleId, RuleFixData, RuleVariants>;

export type Diagnostic = {
  [K in RuleId]: Omit<Extract<Finding, { code: K }>, 'variant'> & { severity: Severity };
}[RuleId];

/** Where a check reports (a `FindingSink`, or the rules' recorder: rules/recheck.ts). */
export interface RuleSink {
  add(input: FindingInput<Finding>): void;
}
