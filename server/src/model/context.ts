/** What building the objects of a config set shares: where problems go, the objects so far, and checks done once. */
import { DEFAULT_TARGET, type AsteriskTarget } from '../schema/versions';
import type { ProblemSink } from './problems';
import { renderFailure, type Failure } from '../i18n/messages';
import type { PjsipObject, Variable } from './types';

export interface BuildContext {
  sink: ProblemSink;
  /** The Asterisk release the checks are for. */
  target: AsteriskTarget;
  objects: PjsipObject[];
  /** Variables already checked for a type (template lines are shared by every section using them): why they fail, or ''. */
  checked: Map<string, WeakMap<Variable, Failure | ''>>;
}

export function newBuildContext(sink: ProblemSink, target: AsteriskTarget = DEFAULT_TARGET): BuildContext {
  return { sink, target, objects: [], checked: new Map() };
}

/** Mark `obj` as not loading; the first reason is the one kept. */
export function fail(obj: PjsipObject, why: Failure): void {
  if (obj.loads) {
    obj.loads = false;
    setFailure(obj, why);
  }
}

/** Record why `obj` does not load (with its English text); `keepEarlier`: not when a reason is already recorded. */
export function setFailure(obj: PjsipObject, why: Failure, keepEarlier = false): void {
  if (keepEarlier && obj.failureReason) return;
  obj.failureReason = why;
  obj.failure = renderFailure('en', why);
}
