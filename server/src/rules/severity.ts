import type { Diagnostic } from './diagnostic';
import type { Severity } from './registry';
import { categoryOf, currentRuleId, getRule, isRuleCategory } from './registry';

/** User settings: a severity per rule id or category (`security`), or 'off'; a rule's own entry wins. */
export type SeverityOverrides = Record<string, Severity | 'off'>;

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function parseSeverityOverride(text: string): { id: string; severity: Severity | 'off' } | undefined {
  const eq = text.indexOf('=');
  if (eq <= 0) return undefined;
  const id = currentRuleId(text.slice(0, eq).trim());
  const severity = text
    .slice(eq + 1)
    .trim()
    .toLowerCase();
  if ((!getRule(id) && !isRuleCategory(id)) || !LEVELS.has(severity)) return undefined;
  return { id, severity: severity as Severity | 'off' };
}

/** Apply user severities: 'off' drops the rule's diagnostics, a level replaces the default one. */
export function applySeverityOverrides(
  diags: readonly Diagnostic[],
  overrides: SeverityOverrides | undefined,
): Diagnostic[] {
  if (!overrides || !Object.keys(overrides).length) return [...diags];
  // A former id stands for the current one (the current id wins when both are set).
  const byCurrent: SeverityOverrides = {};
  for (const [k, v] of Object.entries(overrides)) if (currentRuleId(k) !== k) byCurrent[currentRuleId(k)] = v;
  overrides = {
    ...byCurrent,
    ...Object.fromEntries(Object.entries(overrides).filter(([k]) => currentRuleId(k) === k)),
  };
  const out: Diagnostic[] = [];
  for (const d of diags) {
    const category = categoryOf(d.code);
    const o = overrides[d.code] ?? (category ? overrides[category] : undefined);
    if (o === 'off') continue;
    out.push(o ? { ...d, severity: o } : d);
  }
  return out;
}
