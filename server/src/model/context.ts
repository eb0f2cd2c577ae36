/** What building the objects of a config set shares: where problems go, the objects so far, and checks done once. */
import { DEFAULT_TARGET, type AsteriskTarget } from '../schema/versions';
import type { ProblemSink } from './problems';
import type { PjsipObject, Variable } from './types';

export interface BuildContext {
  sink: ProblemSink;
  /** The Asterisk release the checks are for. */
  target: AsteriskTarget;
  objects: PjsipObject[];
  /** Variables already checked for a type (template lines are shared by every section using them): why they fail, or ''. */
  checked: Map<string, WeakMap<Variable, string>>;
}

export function newBuildContext(sink: ProblemSink, target: AsteriskTarget = DEFAULT_TARGET): BuildContext {
  return { sink, target, objects: [], checked: new Map() };
}

/** Mark `obj` as not loading; the first reason is the one kept. */
export function fail(obj: PjsipObject, why: string): void {
  if (obj.loads) {
    obj.loads = false;
    obj.failure = why;
  }
}
