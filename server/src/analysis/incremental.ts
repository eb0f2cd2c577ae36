/**
 * The edit path: the analysis of a set after one of its files changed, from the previous analysis when the model
 * can take the change in place (model/update.ts), else nothing (the caller analyses the set in full).
 */
import { updateModel } from '../model/update';
import type { SourceFile } from '../model/types';
import { diagnosis } from '../rules/diagnose';
import type { Analysis, Lap } from './analyze';

export type Reanalysis = { analysis: Analysis } | { fallback: string };

/**
 * The analysis of `previous`'s set after its file at `changed.path` became `changed` (parsed incrementally from
 * the previous tree, so that the lines the edit left alone are the same objects). `previous` is updated in place
 * and must not be used afterwards, whatever the answer.
 */
export function reanalyze(previous: Analysis, changed: SourceFile, lap: Lap = noLap): Reanalysis {
  const update = updateModel(previous, changed);
  if ('fallback' in update) return update;
  lap('update');
  const analysis = update.model as Analysis;
  const d = diagnosis(update.model, { previous: previous.rules, changes: update.changes });
  analysis.diagnostics = d.diagnostics;
  analysis.rules = d.rules;
  lap('rules');
  return { analysis };
}

function noLap(): void {}
