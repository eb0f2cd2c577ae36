/**
 * Checking again only what an edit concerns. A check of single objects (`ObjectCheck`) says what it reads besides
 * the object it checks (`Reads`); after an in-place update of the model (model/update.ts) it runs again for the
 * objects built again, those whose load state changed, and those its reads tie to a changed object, and the
 * findings of every other object are kept (moved with their file). A check that says nothing, and every check of
 * the whole set, runs in full every time. incremental == full is proven by test/incrementalModel.test.ts.
 */
import { rendered, type FindingInput } from '../model/problems';
import type { Model } from '../model/model';
import type { ModelChanges } from '../model/update';
import { lastVar } from '../model/objects';
import { valuesOf } from '../model/optionValues';
import { sameName } from '../model/variables';
import { inheritingSections } from '../model/ranges';
import type { PjsipObject, Section, SourceFile } from '../model/types';
import type { Finding, RuleSink } from './diagnostic';

/**
 * What a check of one object reads besides that object (its variables and load state) and what no in-place update
 * changes (the options of the set, acl.conf, extensions.conf). Every object one of these ties to a changed object
 * is checked again.
 */
export interface Reads {
  /**
   * Objects the checked one names in an option (`aors` names aors): a change to one of them checks again the objects
   * that name it.
   */
  names?: readonly { option: string; type: string }[];
  /**
   * Objects that name the checked one in an option (an identify's `endpoint`): a change to one checks it again. With
   * `only`, the check reads of such an object just its name, whether it loads, the option and these options: one
   * built again with all of them as before checks nothing again.
   */
  namedBy?: readonly { type: string; option: string; only?: readonly string[] }[];
  /** Every object of these types (a change to any checks every object again). */
  every?: readonly string[];
  /**
   * For these options, the other objects built from the checked one's templates: where a finding on a template
   * line sits depends on whether they all keep the line (`placeByUsers`). A change to one that loads otherwise or
   * takes one of these options from another line checks the others again.
   */
  templateUsers?: readonly string[];
  /** Whether a value of the set names the checked object (`model.valueReferences.named`). */
  referenced?: boolean;
  /**
   * The values that name nothing (`model.valueReferences.dangling`): when the edit wrote or removed one, the objects
   * the check reported are checked again.
   */
  dangling?: boolean;
  /** For what an object the check reported says: the objects of these types with its name. */
  sameName?: readonly string[];
  /**
   * Options whose value ties objects of the check's types together (auths that share a `password`): the objects
   * with the value of an object checked again, or of a changed one before the change, are checked again too.
   */
  sameValue?: readonly string[];
}

/** A check of single objects, run for every object of its types (loaded or not: the check decides). */
export interface ObjectCheck {
  types: readonly string[];
  /**
   * What it reads besides the object (or, as a function, what it reads in this model); without it the check runs
   * for every object after every edit.
   */
  reads?: Reads | ((model: Model) => Reads);
  /**
   * When several objects report the same place (code and range), only the first in load order keeps it (the
   * others would repeat it with their own name).
   */
  oncePerPlace?: boolean;
  /** The check for one pass over the model: what it shares across objects is made here, once. */
  prepare(model: Model, sink: RuleSink): (o: PjsipObject) => void;
}

/** A check of the whole set: runs in full after every edit. */
export type SetCheck = (model: Model, sink: RuleSink) => void;

/**
 * A check of the whole set that says which options of which types it reads (`all` for every option): after an
 * in-place update that changed none of them (nor which of those objects load, nor the lines of a finding), its
 * findings are kept, moved with the edit, and it does not run.
 */
export interface ReadingSetCheck {
  check: SetCheck;
  reads: Readonly<Record<string, readonly string[] | 'all'>>;
  /**
   * For one pass: whether a changed object of a type it reads bears on the check at all (an endpoint no identify
   * names, for the checks of identifies); without it, every one does.
   */
  concerns?: (model: Model) => (o: PjsipObject) => boolean;
  /**
   * For a check that reads lines of text, not only objects: whether lines `[first, end)` of the edited file, as the
   * edit wrote them, bear on it (then it runs again). A finding on a line the edit replaced runs it again anyway.
   */
  readsLines?: (file: SourceFile, first: number, end: number) => boolean;
}

export type Check = SetCheck | ObjectCheck | ReadingSetCheck;

/**
 * What each check found (by the check's index): an object check by the object it found it for, a set check in
 * one list.
 */
export type FindingsByCheck = (Map<PjsipObject, Finding[]> | Finding[])[];

/** A finding with what decides which of two that repeat each other is kept: the earliest check, object, line. */
interface Ranked {
  f: Finding;
  check: number;
  subject: PjsipObject | null;
  seq: number;
}

/**
 * The findings of every check, each repeat dropped (as `FindingSink` drops them: the first kept), and what the
 * next pass needs. With `after`, only what the update concerns is checked again.
 */
export function runChecks(
  model: Model,
  checks: readonly Check[],
  after?: { previous: FindingsByCheck; changes: ModelChanges },
): { findings: Finding[]; found: FindingsByCheck; checked: number } {
  const byCheck: FindingsByCheck = [];
  const prepared: Prepared[] = [];
  checks.forEach((check, i) => {
    if (typeof check === 'function') byCheck[i] = recorded(model, check);
    else if ('check' in check) {
      const kept = after?.previous[i];
      byCheck[i] =
        Array.isArray(kept) && unread(model, check, after!.changes, kept)
          ? moved(kept, after!.changes.edit)
          : recorded(model, check.check);
    } else {
      const found = after?.previous[i];
      const p = prepare(
        model,
        check,
        after && { found: found instanceof Map ? found : undefined, changes: after.changes },
      );
      prepared.push(p);
      byCheck[i] = p.found;
    }
  });
  const checked = runPrepared(model, prepared);
  const ranked: Ranked[] = [];
  byCheck.forEach((found, i) => {
    if (Array.isArray(found)) found.forEach((f, seq) => ranked.push({ f, check: i, subject: null, seq }));
    else for (const [subject, list] of found) list.forEach((f, seq) => ranked.push({ f, check: i, subject, seq }));
  });
  return { findings: withoutRepeats(model, checks, ranked), found: byCheck, checked };
}

/** What a set check reports for the whole model. */
function recorded(model: Model, check: SetCheck): Finding[] {
  const recorder = new Recorder();
  check(model, recorder);
  return recorder.list;
}

/**
 * Nothing the check reads changed: no object of a type it reads loads otherwise or takes another value (or the
 * same value from another line) for an option it reads, and the edit touched none of its findings.
 */
function unread(model: Model, check: ReadingSetCheck, changes: ModelChanges, found: readonly Finding[]): boolean {
  let bears: ((o: PjsipObject) => boolean) | undefined;
  const concerns = (o: PjsipObject) =>
    !!check.reads[o.type] && (!check.concerns || (bears ??= check.concerns(model))(o));
  for (const o of changes.settled) if (concerns(o)) return false;
  for (const { old, now } of changes.rebuilt) {
    const options = check.reads[now.type];
    if (!options) continue;
    const read = options === 'all' || old.loads !== now.loads || options.some((n) => !sameSource(old, now, n));
    if (read && (concerns(old) || concerns(now))) return false;
  }
  const { path, start, oldStop, first, oldEnd, lineDelta } = changes.edit;
  const file = check.readsLines && model.files.get(path);
  if (file && check.readsLines!(file, first, oldEnd + lineDelta)) return false;
  const inEdit = (r: { path: string; start: number; end: number }) =>
    r.path === path && r.start <= oldStop && r.end >= start;
  return !found.some((f) => inEdit(f) || f.related?.some(inEdit));
}

/**
 * Every line of the option (a list such as `permit` or `match` is read line by line) has the same value in the
 * object built again, from the same line: a template's line both times, or a line of the object's own section both
 * times (a line moved within the section moves the findings on it too).
 */
function sameSource(old: PjsipObject, now: PjsipObject, option: string): boolean {
  const a = old.vars;
  const b = now.vars;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !sameName(a[i].name, option)) i++;
    while (j < b.length && !sameName(b[j].name, option)) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    const x = a[i++];
    const y = b[j++];
    if (x.value !== y.value || x.synthetic !== y.synthetic || x.extendedBy || y.extendedBy) return false;
    if (x.entry !== y.entry && !(x.entry.block === old.section && y.entry.block === now.section)) return false;
  }
}

/** The kept findings of a set check, moved with the edit. */
function moved(found: Finding[], edit: ModelChanges['edit']): Finding[] {
  for (const f of found) moveFinding(f, edit);
  return found;
}
/** Renders what checks report and keeps it, in order, without dropping repeats; `into` receives it when set. */
class Recorder implements RuleSink {
  readonly list: Finding[] = [];
  into: Finding[] | undefined;

  add(input: FindingInput<Finding>): void {
    const f = rendered(input);
    if (this.into) this.into.push(f);
    else this.list.push(f);
  }
}

/** An object check ready for a pass: its function for one object, the findings it keeps, what to check. */
interface Prepared {
  check: ObjectCheck;
  run: (o: PjsipObject) => void;
  recorder: Recorder;
  found: Map<PjsipObject, Finding[]>;
  /** The objects to check: every object of the check's types, or those the changes concern. */
  again: Set<PjsipObject> | 'all';
}

/**
 * An object check for this pass: every object of its types to be checked, or (`after`) the objects the changes
 * concern, the findings of the others kept (and moved with their file).
 */
function prepare(
  model: Model,
  check: ObjectCheck,
  after: { found: Map<PjsipObject, Finding[]> | undefined; changes: ModelChanges } | undefined,
): Prepared {
  const recorder = new Recorder();
  const types = new Set(check.types);
  const found = after?.found ?? new Map<PjsipObject, Finding[]>();
  if (after?.found) for (const { old } of after.changes.rebuilt) found.delete(old);
  const again = after?.found ? toCheckAgain(model, check, types, after.changes, found) : 'all';
  const run = check.prepare(model, recorder);
  if (again === 'all') found.clear();
  else
    for (const [o, list] of found) {
      if (again.has(o)) found.delete(o);
      else for (const f of list) moveFinding(f, after!.changes.edit);
    }
  return { check, run, recorder, found, again };
}

/**
 * Runs the prepared checks; those that check every object in one pass over the objects (in load order, every
 * check of an object after the other). Returns how many objects were checked (once per check).
 */
function runPrepared(model: Model, prepared: readonly Prepared[]): number {
  let checked = 0;
  const scratch: Finding[] = [];
  const record = (p: Prepared, o: PjsipObject) => {
    checked++;
    p.recorder.into = scratch;
    p.run(o);
    if (scratch.length) {
      p.found.set(o, scratch.slice());
      scratch.length = 0;
    }
  };
  const byType = new Map<string, Prepared[]>();
  for (const p of prepared)
    if (p.again === 'all')
      for (const t of p.check.types) {
        const list = byType.get(t);
        if (list) list.push(p);
        else byType.set(t, [p]);
      }
  if (byType.size)
    for (const o of model.objects) {
      const list = byType.get(o.type);
      if (list) for (const p of list) record(p, o);
    }
  for (const p of prepared) if (p.again !== 'all') for (const o of p.again) record(p, o);
  return checked;
}

/**
 * The objects of the check's types that the changes concern: built again, settled otherwise, tied to a changed
 * object by what the check reads, or holding a finding in the edited lines; `all` when the check reads anything.
 */
function toCheckAgain(
  model: Model,
  check: ObjectCheck,
  types: ReadonlySet<string>,
  changes: ModelChanges,
  found: Map<PjsipObject, Finding[]>,
): Set<PjsipObject> | 'all' {
  const reads = typeof check.reads === 'function' ? check.reads(model) : check.reads;
  if (!reads) return 'all';
  const changed: PjsipObject[] = [...changes.settled];
  for (const r of changes.rebuilt) changed.push(r.old, r.now);
  if (reads.every?.some((t) => changed.some((o) => o.type === t))) return 'all';
  const out = new Set<PjsipObject>();
  const add = (o: PjsipObject) => {
    if (types.has(o.type)) out.add(o);
  };
  for (const r of changes.rebuilt) add(r.now);
  for (const o of changes.settled) add(o);
  for (const { type, option, only } of reads.namedBy ?? []) {
    const naming = only ? namingChanged(changes, type, [option, ...only]) : changed;
    for (const o of naming)
      if (o.type === type)
        for (const name of valuesOf(o, option, true))
          for (const t of types) model.index.get(t)?.get(name)?.forEach(add);
  }
  for (const { option, type } of reads.names ?? []) {
    const ids = new Set(changed.filter((o) => o.type === type).map((o) => o.id));
    for (const id of ids) for (const t of types) model.optionValues.get(t, option, true, id).forEach(add);
  }
  if (reads.referenced)
    for (const { type, name } of changes.referenced)
      if (types.has(type)) model.index.get(type)?.get(name)?.forEach(add);
  for (const type of reads.sameName ?? []) {
    // few objects have findings: for each, whether an object of its name changed
    const ids = found.size ? idsOf(changed, type) : undefined;
    if (ids) for (const s of found.keys()) if (ids.has(s.id)) add(s);
  }
  if (reads.dangling && changes.dangling) for (const o of found.keys()) add(o);
  if (reads.templateUsers) {
    // where a finding on a template line sits depends on the objects of the same type built from the template
    const moved = placementChanged(changes, types, reads.templateUsers);
    const sections = moved.length ? usersOfTemplates(moved) : undefined;
    if (sections?.size) for (const o of model.objects) if (sections.has(o.section)) add(o);
  }
  const { path, start, oldStop } = changes.edit;
  const inEdit = (r: { path: string; start: number; end: number }) =>
    r.path === path && r.start < oldStop && r.end > start;
  for (const [o, list] of found) if (list.some((f) => inEdit(f) || f.related?.some(inEdit))) add(o);
  if (reads.sameValue) withSameValues(model, reads.sameValue, types, out, changes);
  return out;
}

/** Adds to `out` the objects of the types that share a value of the options with one in it, or with a changed one. */
function withSameValues(
  model: Model,
  options: readonly string[],
  types: ReadonlySet<string>,
  out: Set<PjsipObject>,
  changes: ModelChanges,
): void {
  const tied = [...out];
  for (const { old } of changes.rebuilt) if (types.has(old.type)) tied.push(old);
  for (const option of options) {
    const values = new Set<string>();
    for (const o of tied) for (const v of valuesOf(o, option, false)) values.add(v);
    for (const v of values)
      for (const t of types) model.optionValues.get(t, option, false, v).forEach((o) => out.add(o));
  }
}
/**
 * The changed objects of the type, except the pairs built again with the same name, load state and values of the
 * options as before.
 */
function namingChanged(changes: ModelChanges, type: string, options: readonly string[]): PjsipObject[] {
  const out = changes.settled.filter((o) => o.type === type);
  const value = (o: PjsipObject, n: string) => lastVar(o.vars, n)?.value;
  for (const { old, now } of changes.rebuilt) {
    if (now.type !== type) continue;
    if (old.id !== now.id || options.some((n) => value(old, n) !== value(now, n))) out.push(old, now);
    else if (old.loads !== now.loads) out.push(now); // names the same objects as before
  }
  return out;
}

/** The names of the objects of a type (undefined when there are none). */
function idsOf(objects: readonly PjsipObject[], type: string): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const o of objects) if (o.type === type) (out ??= new Set()).add(o.id);
  return out;
}

/** The changed objects of the types that load otherwise, or take one of `options` from another line, than before. */
function placementChanged(
  changes: ModelChanges,
  types: ReadonlySet<string>,
  options: readonly string[],
): PjsipObject[] {
  const out = changes.settled.filter((o) => types.has(o.type));
  for (const { old, now } of changes.rebuilt)
    if (
      types.has(now.type) &&
      (old.loads !== now.loads || options.some((n) => lastVar(old.vars, n)?.entry !== lastVar(now.vars, n)?.entry))
    )
      out.push(now);
  return out;
}

/** The sections built from a template that one of the objects' sections is built from. */
function usersOfTemplates(objects: readonly PjsipObject[]): Set<Section> {
  const templates = new Set<Section>();
  const up = (s: Section) => {
    for (const p of s.parents)
      if (p.target && !templates.has(p.target)) {
        templates.add(p.target);
        up(p.target);
      }
  };
  for (const o of objects) up(o.section);
  const out = new Set<Section>();
  for (const t of templates) for (const s of inheritingSections(t)) out.add(s);
  return out;
}

/** A kept finding moves with its file: its range, its related ranges, and any `{ path, start, end }` or `{ path, line }` in its data. */
function moveFinding(f: Finding, edit: ModelChanges['edit']): void {
  move(f, edit);
  if (f.related) for (const r of f.related) move(r, edit);
  if (f.data !== undefined) moveData(f.data, edit, 0);
}

function move(r: { path: string; start: number; end: number }, edit: ModelChanges['edit']): void {
  if (r.path === edit.path && r.start >= edit.oldStop) {
    r.start += edit.delta;
    r.end += edit.delta;
  }
}

function moveData(data: unknown, edit: ModelChanges['edit'], depth: number): void {
  if (typeof data !== 'object' || data === null || depth > 4) return;
  if (Array.isArray(data)) {
    for (const x of data) moveData(x, edit, depth + 1);
    return;
  }
  const d = data as Record<string, unknown>;
  if (d.path === edit.path) {
    if (typeof d.start === 'number' && typeof d.end === 'number') move(d as never, edit);
    if (typeof d.line === 'number' && d.line >= edit.oldEnd) d.line += edit.lineDelta;
  }
  for (const k of Object.keys(d)) moveData(d[k], edit, depth + 1);
}

/**
 * The findings without repeats: of those with the same place, code and text (or place and code, for a check that
 * reports a place once), the one met first in a full pass is kept: earliest check, then object in load order,
 * then line of the object's findings.
 */
function withoutRepeats(model: Model, checks: readonly Check[], ranked: Ranked[]): Finding[] {
  const once = (r: Ranked) => {
    const c = checks[r.check];
    return typeof c !== 'function' && !('check' in c) && !!c.oncePerPlace;
  };
  const samePlace = (a: Ranked, b: Ranked) =>
    a.f.start === b.f.start && a.f.end === b.f.end && a.f.code === b.f.code && a.f.path === b.f.path;
  const repeats = (a: Ranked, b: Ranked) =>
    samePlace(a, b) && (a.f.message === b.f.message || (a.check === b.check && once(a)));
  ranked.sort((a, b) => byPlace(a.f, b.f));
  let order: Map<PjsipObject, number> | undefined;
  const rank = (r: Ranked) => {
    if (!r.subject) return r.seq;
    order ??= new Map(model.objects.map((o, i) => [o, i]));
    return order.get(r.subject)!;
  };
  const earlier = (a: Ranked, b: Ranked) =>
    a.check !== b.check ? a.check < b.check : rank(a) !== rank(b) ? rank(a) < rank(b) : a.seq < b.seq;
  const out: Finding[] = [];
  for (let i = 0; i < ranked.length;) {
    let j = i + 1;
    while (j < ranked.length && samePlace(ranked[i], ranked[j])) j++;
    if (j === i + 1) out.push(ranked[i].f);
    else {
      // the group shares a place: in the order a full pass meets them, keep each that repeats none kept
      const kept: Ranked[] = [];
      for (const r of ranked.slice(i, j).sort((a, b) => (earlier(a, b) ? -1 : 1)))
        if (!kept.some((k) => repeats(k, r))) kept.push(r);
      for (const k of kept) out.push(k.f);
    }
    i = j;
  }
  return out;
}

/** By file, position and rule (what `diagnose` sorts by, text aside). */
function byPlace(a: Finding, b: Finding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
