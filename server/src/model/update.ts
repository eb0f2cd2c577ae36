/**
 * The incremental model. An edit confined to the body lines of one section is applied to the previous model in
 * place: that section's lines, variables and object are read and checked again; every other section, line entry,
 * include and problem of the file keeps its objects and only moves (line numbers and offsets after the edit shift);
 * the passes across objects (duplicates, transports) run again from the state building left. Any other edit (a
 * header, `type=`, a directive, `+=`, a block comment, a template, a section others inherit from or add to, a
 * wizard, a file read twice) returns the reason, and the caller analyses the set in full. ARCHITECTURE.md says what
 * invalidates what; test/incrementalModel.test.ts proves the result equals a fresh analysis.
 */
import type { Line } from '../syntax';
import { renderMessage } from '../i18n/messages';
import { targetFor } from '../schema/versioned';
import { checkNewObject } from './apply';
import { newBuildContext } from './context';
import { MAX_LINE, missingEquals, missingName } from './load';
import { assembleModel, settleObjects, type BuildRecord, type Model } from './model';
import { FindingSink, type Problem } from './problems';
import { addValueReferences, type ValueReferences } from './references';
import { OptionEntry, type Config, type PjsipObject, type Section, type SourceFile, type Variable } from './types';
import { sameName, typeVar } from './variables';

export type ModelUpdate = { model: Model } | { fallback: string };

/** What changed in one file: lines `[first, oldEnd)` of the old tree became `[first, newEnd)` of the new one. */
interface Edit {
  old: SourceFile;
  now: SourceFile;
  first: number;
  oldEnd: number;
  newEnd: number;
  /** Offsets `[start, oldStop)` of the old text were replaced; everything from `oldStop` on moves by `delta`. */
  start: number;
  oldStop: number;
  delta: number;
  lineDelta: number;
}

/** The section an edit is confined to, with its object and the config that reads the file. */
interface Target {
  edit: Edit;
  config: Config;
  section: Section;
  object: PjsipObject;
  /** Offsets of the section in the old text: from its header line to the end of its last line. */
  from: number;
  to: number;
  /** The variables the section inherits (before its own lines), and its entries above and below the edit. */
  inherited: Variable[];
  before: OptionEntry[];
  after: OptionEntry[];
}

/**
 * The model after `now` replaced the file of the same path. `model` is updated in place (or left half updated
 * when the answer is a fallback): it must not be used afterwards either way.
 */
export function updateModel(model: Model, now: SourceFile): ModelUpdate {
  const old = model.files.get(now.path);
  if (!old) return { fallback: 'the file is not part of the set' };
  if (model.foreignFiles.includes(now.path)) return { fallback: 'the file belongs to another module' };
  const edit = editOf(old, now);
  if (typeof edit === 'string') return { fallback: edit };
  const target = targetOf(model, edit);
  if (typeof target === 'string') return { fallback: target };
  const findingsOk = checkFindings(model.build, target);
  if (findingsOk !== true) return { fallback: findingsOk };
  const values = model.valueReferences;
  addValueReferences(values, model.configs, model.index, [target.section], -1);
  moveFile(model, target);
  const newLoad = updateLoadProblems(model.build.load, target);
  const built = rebuildObject(model, target);
  if (typeof built === 'string') return { fallback: built };
  for (const d of values.dangling) if (d.entry.file === now) moveRange(d, edit);
  addValueReferences(values, model.configs, model.index, [target.section]);
  return { model: resettle(model, newLoad, values) };
}

// ---- what changed ------------------------------------------------------------------------------------------

function editOf(old: SourceFile, now: SourceFile): Edit | string {
  const a = old.tree.lines;
  const b = now.tree.lines;
  let first = 0;
  const n = Math.min(a.length, b.length);
  while (first < n && a[first] === b[first]) first++;
  let oldEnd = a.length;
  let newEnd = b.length;
  while (oldEnd > first && newEnd > first && a[oldEnd - 1] === b[newEnd - 1]) {
    oldEnd--;
    newEnd--;
  }
  if (first === oldEnd && first === newEnd) return 'no line changed';
  const startOf = (f: SourceFile, i: number) => (i < f.tree.lines.length ? f.tree.lineStarts[i] : f.text.length);
  const oldStop = startOf(old, oldEnd);
  return {
    old,
    now,
    first,
    oldEnd,
    newEnd,
    start: startOf(old, first),
    oldStop,
    delta: startOf(now, newEnd) - oldStop,
    lineDelta: newEnd - oldEnd,
  };
}

/** The one section whose body holds every changed line, when nothing else can depend on those lines. */
function targetOf(model: Model, edit: Edit): Target | string {
  const readers = model.configs.filter((c) => c.files.includes(edit.old));
  if (readers.length !== 1 || timesRead(readers[0], edit.old) !== 1) return 'the file is read more than once';
  const config = readers[0];
  const section = sectionAbove(model.sectionsByFile.get(edit.old.path) ?? [], edit.first);
  if (!section || section.file !== edit.old) return 'the edit is above the first header';
  if (edit.oldEnd > section.lastLine + 1) return 'the edit spans more than one section';
  const why =
    changedLinesProblem(edit.old.tree.lines, edit.first, edit.oldEnd) ??
    changedLinesProblem(edit.now.tree.lines, edit.first, edit.newEnd) ??
    sectionProblem(section, config);
  if (why) return why;
  const objects =
    model.index
      .get(section.type!)
      ?.get(section.name)
      ?.filter((o) => o.section === section) ?? [];
  if (objects.length !== 1 || objects[0].wizardPrefix) return 'the section is not one object';
  const to = endOfSection(section, edit.old);
  const inherited = section.vars.slice(0, section.vars.length - section.own.length);
  return {
    edit,
    config,
    section,
    object: objects[0],
    from: section.base,
    to,
    inherited,
    ...keptEntries(section, edit),
  };
}

/** Offset of the end of the section's last line. */
function endOfSection(s: Section, file: SourceFile): number {
  const next = s.lastLine + 1;
  return next < file.tree.lines.length ? file.tree.lineStarts[next] : file.text.length;
}

function timesRead(config: Config, file: SourceFile): number {
  let n = config.root === file ? 1 : 0;
  for (const inc of config.includes) for (const t of inc.targets) if (t === file.path) n++;
  return n;
}

/** The last header block above line `line` (blocks are in line order). */
function sectionAbove(blocks: readonly Section[], line: number): Section | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  let found: Section | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].line < line) {
      found = blocks[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Why the lines `[from, to)` cannot change in place: only plain option lines, comments and blanks can. */
function changedLinesProblem(lines: readonly Line[], from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    const kind = line.kind;
    if (kind === 'section' || kind === 'directive') return `a ${kind} line changed`;
    if (line.depthIn !== 0 || line.depthOut !== 0 || line.nestingOverflow || line.comments.some((c) => c.block))
      return 'a block comment changed';
    if (line.loneCr || line.badEscape || line.length - line.eol > MAX_LINE)
      return 'a line Asterisk reads specially changed';
    const a = line.assignment;
    if (a && (a.op === '+=' || sameName(a.key, 'type'))) return 'a type= or += line changed';
  }
  return undefined;
}

/** Why the section's lines matter beyond its own object. */
function sectionProblem(s: Section, config: Config): string | undefined {
  if (config.kind !== 'pjsip') return 'a wizard changed';
  if (s.isTemplate || s.children.length) return 'a template or a section others inherit from changed';
  if (s.isAppend || s.appendedBy.length) return 'a section with (+) blocks changed';
  if (s.dead || !s.type || !typeVar(s.vars)) return 'the section is no typed object';
  const own = s.own;
  if (s.vars.length < own.length) return 'the section shares its lines';
  for (let i = 0; i < own.length; i++) {
    const e = own[i];
    if (e.file !== s.file || e.dead || e.assignment.op === '+=') return 'the section has += or included lines';
    if (s.vars[s.vars.length - own.length + i] !== e) return 'the section shares its lines';
  }
  const lines = s.file.tree.lines;
  for (let i = s.line + 1; i <= s.lastLine; i++)
    if (lines[i].kind === 'directive' || lines[i].badEscape) return 'the section holds a directive';
  return undefined;
}

/**
 * The findings this edit cannot move: one that spans the edited lines, or one of the section's own that sits
 * outside it (a template line: other sections report it only when this one did not first).
 */
function checkFindings(record: BuildRecord, t: Target): true | string {
  const path = t.edit.old.path;
  for (const f of record.bySection.get(t.section) ?? [])
    if (f.path !== path || f.start < t.from || f.end > t.to) return 'the section reports a line outside it';
  const { start, oldStop } = t.edit;
  const crosses = (s: number, e: number) => s < oldStop && e > start && !(s >= start && e <= oldStop);
  const check = (list: readonly Problem[], own: boolean): string | undefined => {
    for (const f of list) {
      if (f.related?.some((r) => r.path === path && r.start < oldStop && r.end > start))
        return 'a finding points into the edited lines';
      if (f.path !== path) continue;
      if (crosses(f.start, f.end)) return 'a finding spans the edited lines';
      if (!own && f.start >= start && f.start < oldStop) return 'a finding of another section sits in the edit';
    }
    return undefined;
  };
  const why =
    check(record.load, true) ??
    check(record.templates, false) ??
    [...record.bySection].map(([s, list]) => (s === t.section ? undefined : check(list, false))).find(Boolean);
  return why ?? true;
}

// ---- moving what did not change ----------------------------------------------------------------------------

/** The file's sections, entries and includes point at the new file; what follows the edit moves. */
function moveFile(model: Model, t: Target): void {
  const { edit, config, section } = t;
  const { old, now, oldEnd, lineDelta } = edit;
  section.own = [...t.before, ...t.after];
  const starts = now.tree.lineStarts;
  for (const b of config.blocks) {
    if (b.file === old) {
      b.file = now;
      if (b.line >= oldEnd) {
        b.line += lineDelta;
        b.lastLine += lineDelta;
        for (const p of b.parents) moveRange(p, edit);
      } else if (b === section) b.lastLine += lineDelta;
      b.base = starts[b.line];
    }
    for (const e of b.own) {
      if (e.file !== old) continue;
      e.file = now;
      if (e.line >= oldEnd) e.line += lineDelta;
      e.base = starts[e.line];
    }
  }
  rereadSection(t);
  config.files[config.files.indexOf(old)] = now;
  if (config.root === old) config.root = now;
  for (const inc of config.includes) {
    if (inc.file !== old) continue;
    inc.file = now;
    if (inc.line >= oldEnd) inc.line += lineDelta;
    if (inc.argStart >= edit.oldStop) {
      inc.argStart += edit.delta;
      inc.argEnd += edit.delta;
    }
  }
  model.files.set(now.path, now);
}

function moveRange(r: { start: number; end: number }, edit: Edit): void {
  if (r.start >= edit.oldStop) {
    r.start += edit.delta;
    r.end += edit.delta;
  }
}

/** The section's entries above and below the changed lines (those of the changed lines are read again). */
function keptEntries(s: Section, edit: Edit): { before: OptionEntry[]; after: OptionEntry[] } {
  const before: OptionEntry[] = [];
  const after: OptionEntry[] = [];
  for (const e of s.own) {
    if (e.line < edit.first) before.push(e);
    else if (e.line >= edit.oldEnd) after.push(e);
  }
  return { before, after };
}

/** The section's lines and variables with the changed lines read again, as load.ts reads them. */
function rereadSection(t: Target): void {
  const { section: s, edit } = t;
  const fresh: OptionEntry[] = [];
  const { lines, lineStarts } = edit.now.tree;
  for (let i = edit.first; i < edit.newEnd; i++) {
    const a = lines[i].assignment;
    if (a && a.key !== '') fresh.push(new OptionEntry(edit.now, i, a, s, false, lineStarts[i]));
  }
  s.own = [...t.before, ...fresh, ...t.after];
  s.vars = t.inherited.length ? [...t.inherited, ...s.own] : s.own;
}

/** The load problems with those of the changed lines read again and those after the edit moved. */
function updateLoadProblems(load: readonly Problem[], t: Target): Problem[] {
  const { edit } = t;
  const path = edit.now.path;
  const fresh = new FindingSink<Problem>();
  const { lines, lineStarts } = edit.now.tree;
  for (let i = edit.first; i < edit.newEnd; i++) {
    const line = lines[i];
    if (line.kind === 'text') fresh.add(missingEquals(path, line, lineStarts[i]));
    else if (line.assignment?.key === '') fresh.add(missingName(path, line, lineStarts[i]));
  }
  const out: Problem[] = [];
  let placed = false;
  for (const f of load) {
    const inFile = f.path === path;
    if (inFile && f.start >= edit.start && f.start < edit.oldStop) continue; // a changed line's: read again
    if (!placed && inFile && f.start >= edit.oldStop) {
      out.push(...fresh.list);
      placed = true;
    }
    moveFinding(f, edit);
    out.push(f);
  }
  if (!placed) out.push(...fresh.list);
  return out;
}

/**
 * The model's messages that name a line of the set. Their `line` param reads the entry's line when rendered, so
 * when lines move only the English text kept with the finding needs rendering again.
 */
const LINE_MESSAGES: ReadonlySet<string> = new Set(['duplicate-option/set-again']);

function moveFinding(f: Problem, edit: Edit): void {
  const path = edit.now.path;
  if (f.path === path) moveRange(f, edit);
  if (f.related) for (const r of f.related) if (r.path === path) moveRange(r, edit);
  if (edit.lineDelta && LINE_MESSAGES.has(f.msg.key)) f.message = renderMessage('en', f.msg);
}

// ---- checking again --------------------------------------------------------------------------------------

/** The section's object built again from its new variables; its findings replace the old ones. */
function rebuildObject(model: Model, t: Target): true | string {
  const { object, section, edit } = t;
  const record = model.build;
  for (const [s, list] of record.bySection) if (s !== section) for (const f of list) moveFinding(f, edit);
  for (const f of record.templates) moveFinding(f, edit);
  object.vars = section.vars;
  object.loads = true;
  object.failure = undefined;
  object.failureReason = undefined;
  const sink = new FindingSink<Problem>();
  checkNewObject(newBuildContext(sink, targetFor(model.options.asteriskVersion)), object);
  const to = endOfSection(section, edit.now);
  const own = sink.list.filter((f) => f.path === edit.now.path && f.start >= section.base && f.end <= to);
  const repeats =
    own.length === sink.list.length || sink.list.every((f) => own.includes(f) || reportedElsewhere(record, section, f));
  if (!repeats) return 'the section now reports a line outside it';
  if (own.length) record.bySection.set(section, own);
  else record.bySection.delete(section);
  if (object.loads) record.failedAtBuild.delete(object);
  else record.failedAtBuild.set(object, { failure: object.failure, failureReason: object.failureReason });
  return true;
}

/** An identical finding is already reported by another section (a template line both use): a repeat. */
function reportedElsewhere(record: BuildRecord, section: Section, f: Problem): boolean {
  const same = (g: Problem) =>
    g.start === f.start && g.end === f.end && g.code === f.code && g.path === f.path && g.message === f.message;
  for (const [s, list] of record.bySection) if (s !== section && list.some(same)) return true;
  return record.templates.some(same);
}

/** Every object back to what building left, the passes across objects again, and the model of the result. */
function resettle(model: Model, load: Problem[], values: ValueReferences): Model {
  const record = model.build;
  for (const o of model.objects) {
    const failed = record.failedAtBuild.get(o);
    if (failed) {
      o.loads = false;
      o.failure = failed.failure;
      o.failureReason = failed.failureReason;
    } else if (!o.loads) {
      o.loads = true;
      o.failure = undefined;
      o.failureReason = undefined;
    }
  }
  const sink = new FindingSink<Problem>();
  settleObjects(model.objects, model.index, sink);
  const built: Problem[] = [];
  for (const list of record.bySection.values()) for (const f of list) built.push(f);
  const next: BuildRecord = { ...record, load };
  return assembleModel(
    model.options,
    model.configs,
    model.files,
    model.sectionsByFile,
    model.objects,
    model.index,
    { acls: model.acls, dialplan: model.dialplan, files: model.foreignFiles },
    { record: next, problems: [...load, ...built, ...record.templates, ...sink.list], values },
  );
}
