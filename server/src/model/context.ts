/** What building the objects of a config set shares: where problems go, the objects so far, and checks done once. */
import { DEFAULT_TARGET, type AsteriskTarget } from '../schema/versions';
import { findOptionAt, type VersionedOption } from '../schema/versioned';
import type { KeyFileCheck } from './keyFiles';
import type { ProblemSink } from './problems';
import { renderFailure, type Failure } from '../i18n/messages';
import type { Config, PjsipObject, Variable } from './types';

export interface BuildContext {
  sink: ProblemSink;
  /** The Asterisk release the checks are for. */
  target: AsteriskTarget;
  objects: PjsipObject[];
  /** Variables already checked for a type (template lines are shared by every section using them): why they fail, or ''. */
  checked: Map<string, WeakMap<Variable, Failure | ''>>;
  /** `findOptionAt` answers by type and name as written, for this build only (so it cannot grow without end). */
  options: Map<string, Map<string, VersionedOption | null>>;
  /**
   * The objects Asterisk created so far from each config, by type and id (the first of each: a later copy is a
   * duplicate). Only objects of pjsip.conf sections: the wizard creates its objects another way.
   */
  created: Map<Config, Map<string, Map<string, PjsipObject>>>;
  /** Where key and certificate files can be checked on this machine (keyFiles.ts); undefined: nowhere. */
  keyFile: KeyFileCheck | undefined;
}

export function newBuildContext(
  sink: ProblemSink,
  target: AsteriskTarget = DEFAULT_TARGET,
  keyFile?: KeyFileCheck,
): BuildContext {
  return { sink, target, objects: [], checked: new Map(), options: new Map(), created: new Map(), keyFile };
}

/**
 * `findOptionAt(ctx.target, type, name)`, remembered: every line is looked up twice (its checks, then repeats),
 * and each lookup is half a dozen hash lookups in the schema and version tables.
 */
export function optionFor(ctx: BuildContext, type: string, name: string): VersionedOption | undefined {
  let byName = ctx.options.get(type);
  if (!byName) ctx.options.set(type, (byName = new Map<string, VersionedOption | null>()));
  let o = byName.get(name);
  if (o === undefined) byName.set(name, (o = findOptionAt(ctx.target, type, name) ?? null));
  return o ?? undefined;
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
