/**
 * The incremental model. An edit confined to the body lines of one header block is applied to the previous model
 * in place:
 * - the block's changed lines are read again, and its lines replaced in the variables of every category that holds
 *   them (its own category, the target of a `(+)` block, and the sections that inherit from either);
 * - those categories are built again (objects, wizard expansions, template checks), in load order with one sink,
 *   as a full build would meet them, and their findings replace their old ones;
 * - every other section, line entry, include and problem of the file keeps its objects and only moves (line numbers
 *   and offsets after the edit shift);
 * - the value references of the block are taken out and put back, and the passes across objects (duplicates,
 *   singletons, transports) run again from the state building left.
 * Anything else returns the reason, and the caller analyses the set in full: a header, `type=`, a directive or `+=`
 * line, a block comment, a file read twice, an edit that changes which objects exist, or a finding that a section
 * outside the rebuilt ones shares. ARCHITECTURE.md says what invalidates what; test/incrementalModel.test.ts proves
 * the result equals a fresh analysis.
 */
import { lineIndexAt, type Line } from '../syntax';
import { renderMessage } from '../i18n/messages';
import { targetFor } from '../schema/versioned';
import { newBuildContext, type BuildContext } from './context';
import { MAX_LINE, missingEquals, missingName } from './load';
import { assembleModel, settleObjects, type BuildRecord, type Model } from './model';
import { buildSection, recorded } from './objects';
import { inheritingSections } from './ranges';
import { FindingSink, type Problem } from './problems';
import { addValueReferences, forEachValueReference, type ValueReferences } from './references';
import { checkTemplate } from './templates';
import { OptionEntry, type Config, type PjsipObject, type Section, type SourceFile, type Variable } from './types';
import { sameName } from './variables';

export type ModelUpdate = { model: Model; changes: ModelChanges } | { fallback: string };

/** What an update changed, for those that derive from the model and keep what it left alone (the rules). */
export interface ModelChanges {
  /** The objects built again, each in the place of the old one (same type, name and section). */
  rebuilt: { old: PjsipObject; now: PjsipObject }[];
  /** The objects not built again whose load state (`loads`, `failure`) the passes across objects changed. */
  settled: PjsipObject[];
  /** The names the edited block's values wrote (by target type), before and after the edit. */
  referenced: { type: string; name: string }[];
  /** Whether one of them names nothing (the set's dangling references changed). */
  dangling: boolean;
  /**
   * Where positions moved in the edited file: offsets from `oldStop` on by `delta`, line numbers from `oldEnd` on
   * by `lineDelta`; `[start, oldStop)` and lines `[first, oldEnd)` were replaced.
   */
  edit: {
    path: string;
    start: number;
    oldStop: number;
    delta: number;
    first: number;
    oldEnd: number;
    lineDelta: number;
  };
}

/** What changed in one file: lines `[first, oldEnd)` of the old tree became `[first, newEnd)` of the new one. */
interface Edit {
  old: SourceFile;
  /** The file with the edit (from `moveFile` on: the model's own file object, holding the new parse). */
  now: SourceFile;
  first: number;
  oldEnd: number;
  newEnd: number;
  /** The old lines `[first, oldEnd)`. */
  removed: readonly Line[];
  /** Offsets `[start, oldStop)` of the old text were replaced; everything from `oldStop` on moves by `delta`. */
  start: number;
  oldStop: number;
  delta: number;
  lineDelta: number;
}

/** The block an edit is confined to, and what holds its lines. */
interface Target {
  edit: Edit;
  config: Config;
  /** The header block whose body holds every changed line (a `(+)` block, a template, any section). */
  block: Section;
  /** The categories whose variables hold the block's lines, in load order (built again). */
  rebuilt: Section[];
  /** The header blocks whose lines the rebuilt categories may report on: theirs and their `(+)` blocks. */
  home: Set<Section>;
  /** The block's entries above and below the changed lines, and all of them before the edit. */
  before: OptionEntry[];
  after: OptionEntry[];
  oldOwn: OptionEntry[];
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
  const stays = oldFindingsStay(model, target);
  if (stays !== true) return { fallback: stays };
  const values = model.valueReferences;
  const referenced = namesWritten(model, target.block);
  addValueReferences(values, model.configs, model.index, [target.block], -1);
  moveFile(model, target);
  const load = updateLoadProblems(model.build.load, edit);
  for (const [s, list] of model.build.bySection) if (!isRebuilt(target, s)) for (const f of list) moveFinding(f, edit);
  const reread = rereadBlock(target);
  if (reread !== true) return { fallback: reread };
  const rebuilt = rebuild(model, target);
  if (typeof rebuilt === 'string') return { fallback: rebuilt };
  for (const d of values.dangling) if (d.entry.file === edit.now) moveRange(d, edit);
  addValueReferences(values, model.configs, model.index, [target.block]);
  const written = namesWritten(model, target.block);
  const settled = resettle(model, load, values, rebuilt);
  const { start, oldStop, delta, first, oldEnd, lineDelta } = edit;
  const changes: ModelChanges = {
    rebuilt,
    settled: settled.changed,
    referenced: [...referenced.names, ...written.names],
    dangling: referenced.dangling || written.dangling,
    edit: { path: edit.now.path, start, oldStop, delta, first, oldEnd, lineDelta },
  };
  return { model: settled.model, changes };
}

/** The names the block's values write (by target type), and whether one names nothing. */
function namesWritten(model: Model, block: Section): { names: ModelChanges['referenced']; dangling: boolean } {
  const names: ModelChanges['referenced'] = [];
  let dangling = false;
  forEachValueReference(
    model.configs,
    model.index,
    (_e, _cat, target, name, _start, _end, objs) => {
      names.push({ type: target.type, name });
      if (!objs?.length) dangling = true;
    },
    [block],
  );
  return { names, dangling };
}

// ---- what changed ------------------------------------------------------------------------------------------

function editOf(old: SourceFile, now: SourceFile): Edit | string {
  const b = now.tree.lines;
  // The parser shares the lines an edit left alone, and the lines it read again to the same text (syntax/
  // incremental.ts): the texts are not compared here (reading a text edited in place copies it whole). It also
  // says which lines it read again since the old parse, with the old ones, when it knows: then only those are
  // compared, and the old parse is not read at all (its arrays went on to the new one: reading it rebuilds them).
  const known = now.tree.changes?.find((c) => c.from === old.tree.id && old.tree.id !== undefined);
  const a = known ? known.removed : old.tree.lines; // old lines from `from` on
  const from = known ? known.first : 0;
  let first = from;
  let oldEnd = known ? known.oldEnd : a.length;
  let newEnd = known ? known.newEnd : b.length;
  const n = Math.min(oldEnd, newEnd);
  while (first < n && a[first - from] === b[first]) first++;
  while (oldEnd > first && newEnd > first && a[oldEnd - 1 - from] === b[newEnd - 1]) {
    oldEnd--;
    newEnd--;
  }
  if (first === oldEnd && first === newEnd) return 'no line changed';
  // what precedes the changed lines did not move; what follows moved by the change of length
  const delta = now.text.length - old.text.length;
  const stop = lineStart(now, newEnd);
  return {
    old,
    now,
    first,
    oldEnd,
    newEnd,
    removed: a.slice(first - from, oldEnd - from),
    start: lineStart(now, first),
    oldStop: stop - delta,
    delta,
    lineDelta: newEnd - oldEnd,
  };
}

/** Offset of line `i`'s start (the end of the text past the last line). */
function lineStart(f: SourceFile, i: number): number {
  return i < f.tree.lines.length ? f.tree.lineStarts[i] : f.text.length;
}

/** The one header block whose body holds every changed line, with what its lines feed. */
function targetOf(model: Model, edit: Edit): Target | string {
  const readers = model.configs.filter((c) => c.files.includes(edit.old));
  if (readers.length !== 1 || timesRead(readers[0], edit.old) !== 1) return 'the file is read more than once';
  const config = readers[0];
  const was = changedLinesProblem(edit.removed, 0, edit.removed.length);
  const is = changedLinesProblem(edit.now.tree.lines, edit.first, edit.newEnd);
  const lines = was && was !== TYPE_LINE ? was : (is ?? was);
  if (lines && lines !== TYPE_LINE) return lines;
  const block = sectionAbove(model.sectionsByFile.get(edit.old.path) ?? [], edit.first);
  if (!block || block.file !== edit.old) return 'the edit is above the first header';
  if (edit.oldEnd > block.lastLine + 1) return 'the edit spans more than one section';
  const why = blockProblem(block, edit);
  if (why) return why;
  const category = block.appendTarget ?? block;
  const rebuilt = [category, ...inheritingSections(category, true)];
  const home = new Set<Section>([block]);
  for (const c of rebuilt) {
    if (c.dead || c.config !== config) return 'a section it feeds is in another config or not read';
    // Whether a copy is a duplicate depends on whether the copies before it load (apply.ts): build them all again.
    if (hasNamesake(model, c)) return 'a section it feeds has a namesake of its type';
    home.add(c);
    for (const a of c.appendedBy) home.add(a);
  }
  // A section's own type= decides what it makes (compared when it is built again); a template's or a parent's
  // decides the types of others and the references of their lines.
  if (lines === TYPE_LINE && (rebuilt.length > 1 || block.isTemplate || block.isAppend || block.appendedBy.length))
    return 'the type= line of a template or a section others use changed';
  const plain = rebuilt.find((c) => c.vars.some((v) => v.entry !== v || v.entry.assignment.op === '+='));
  if (plain) return 'a section it feeds uses +=';
  const oldOwn = block.own;
  const before = oldOwn.filter((e) => e.line < edit.first);
  const after = oldOwn.filter((e) => e.line >= edit.oldEnd);
  return { edit, config, block, rebuilt: inLoadOrder(rebuilt), home, before, after, oldOwn };
}

/** Another section of the same config makes an object of this section's type and name. */
function hasNamesake(model: Model, c: Section): boolean {
  if (c.isTemplate || !c.type || c.config.kind === 'wizard') return false;
  return !!model.index
    .get(c.type)
    ?.get(c.name)
    ?.some((o) => o.section !== c && !o.wizardPrefix && o.section.config === c.config);
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

/**
 * Why the lines `[from, to)` cannot change in place: only option lines, comments, blanks and text lines can
 * (`TYPE_LINE`: they can, when a `type=` line among them concerns the section alone).
 */
function changedLinesProblem(lines: readonly Line[], from: number, to: number): string | undefined {
  let typeLine = false;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    const kind = line.kind;
    if (kind === 'section' || kind === 'directive') return `a ${kind} line changed`;
    if (line.depthIn !== 0 || line.depthOut !== 0 || line.nestingOverflow || line.comments.some((c) => c.block))
      return 'a block comment changed';
    if (line.loneCr || line.badEscape || line.length - line.eol > MAX_LINE)
      return 'a line Asterisk reads specially changed';
    const a = line.assignment;
    if (a?.op === '+=') return 'a += line changed';
    if (a && sameName(a.key, 'type')) typeLine = true;
  }
  return typeLine ? TYPE_LINE : undefined;
}

/** A changed `type=` line: the section alone may take it (see targetOf). */
const TYPE_LINE = 'a type= line changed';

/**
 * Why the block's lines cannot be read again on their own. Lines after an `#include` go to the last section the
 * included file opened, and lines after a fatal one (a bad escape, or a header without `]` that opened no block)
 * are not read: so none of them may come before the edit.
 */
function blockProblem(b: Section, edit: Edit): string | undefined {
  if (b.dead) return 'Asterisk does not read the section';
  for (const e of b.own) if (e.file !== b.file || e.dead) return 'the section continues an included file';
  const lines = edit.now.tree.lines; // the same as the old ones above the edit
  for (let i = b.line + 1; i < edit.first; i++) {
    if (lines[i].kind === 'directive') return 'a directive comes before the edit';
    if (lines[i].badEscape || lines[i].kind === 'section') return 'a line Asterisk stops at comes before the edit';
  }
  return undefined;
}

function inLoadOrder(sections: Section[]): Section[] {
  return sections.sort((a, b) => a.order - b.order);
}

function isRebuilt(t: Target, s: Section): boolean {
  return t.rebuilt.includes(s);
}

/**
 * The header block a finding sits in (by the file's current tree and blocks; with `before`, a finding placed
 * before that edit, in the edited file: its line is found in the new parse, the old one is not read).
 */
function blockOf(model: Model, f: { path: string; start: number }, before?: Edit): Section | undefined {
  const file = model.files.get(f.path);
  const blocks = model.sectionsByFile.get(f.path);
  if (!file || !blocks) return undefined;
  const line = before?.now.path === f.path ? oldLineAt(before, f.start) : lineIndexAt(file.tree.lineStarts, f.start);
  const b = sectionAbove(blocks, line + 1);
  return b && b.line <= line && line <= b.lastLine ? b : undefined;
}

/** The line of the old parse holding offset `at` of the old text (a changed line: the first one). */
function oldLineAt(edit: Edit, at: number): number {
  const starts = edit.now.tree.lineStarts;
  if (at < edit.start) return lineIndexAt(starts, at);
  if (at >= edit.oldStop) return lineIndexAt(starts, at + edit.delta) - edit.lineDelta;
  return edit.first;
}

/**
 * Whether the findings that stay can stay: none spans the edited lines or points into them (except the changed
 * lines' own, read again), none of another section sits in them, and every finding of a rebuilt section sits in a
 * block of its own (a finding on a template line that other sections share is kept by the first one to report it).
 */
function oldFindingsStay(model: Model, t: Target): true | string {
  const { path } = t.edit.old;
  const { start, oldStop } = t.edit;
  for (const s of t.rebuilt)
    for (const f of model.build.bySection.get(s) ?? [])
      if (!t.home.has(blockOf(model, f, t.edit)!)) return 'a rebuilt section reports a line outside it';
  const overlaps = (r: { path: string; start: number; end: number }) =>
    r.path === path && r.start < oldStop && r.end > start;
  for (const f of model.build.load) {
    if (overlaps(f) && (f.start < start || f.end > oldStop)) return 'a finding spans the edited lines';
    if (f.related?.some(overlaps)) return 'a finding points into the edited lines';
  }
  for (const [s, list] of model.build.bySection) {
    if (isRebuilt(t, s)) continue;
    for (const f of list)
      if (overlaps(f) || f.related?.some(overlaps)) return 'a finding of another section is in the edited lines';
  }
  return true;
}

// ---- moving what did not change ----------------------------------------------------------------------------

/**
 * The edited file as the model keeps it from now on, and what follows the edit moved. The model keeps a file object
 * of its own (made at the first update of the file, when every section, entry and include is pointed at it): later
 * updates give it the new text and parse in place, so that only what follows the edit changes. (The provider's
 * objects may be shared with other analyses, so they are never changed.)
 */
function moveFile(model: Model, t: Target): void {
  const { edit, block } = t;
  block.own = [...t.before, ...t.after]; // the changed lines' entries are read again
  const own = ownFiles.has(edit.old);
  const file = own ? edit.old : { path: edit.now.path, text: edit.now.text, tree: edit.now.tree };
  if (own) {
    file.text = edit.now.text;
    file.tree = edit.now.tree;
    moveAfterEdit(model, t, file);
  } else {
    pointAt(model, t, file);
    ownFiles.add(file);
  }
  edit.now = file;
}

/** The file objects updates made for their models (changed in place by later updates). */
const ownFiles = new WeakSet<SourceFile>();

/**
 * What follows the edit in the file moves (the file object already holds the new parse). Offsets derive from line
 * numbers and the parse's line starts, so only line numbers move: a keystroke that keeps the number of lines moves
 * nothing after it.
 */
function moveAfterEdit(model: Model, t: Target, file: SourceFile): void {
  const { edit, block } = t;
  const { oldEnd, lineDelta } = edit;
  moveIncludes(t.config, file, edit);
  if (lineDelta === 0) return;
  const moveEntries = (b: Section) => {
    for (const e of b.own) if (e.file === file && e.line >= oldEnd) e.line += lineDelta;
  };
  block.lastLine += lineDelta;
  moveEntries(block);
  const blocks = model.sectionsByFile.get(file.path) ?? [];
  for (let i = firstBlockFrom(blocks, oldEnd); i < blocks.length; i++) {
    const b = blocks[i];
    if (b.file !== file || b === block) continue;
    b.line += lineDelta;
    b.lastLine += lineDelta;
    moveEntries(b);
  }
}

/** The index of the first block (of blocks sorted by line) at or after line `line`. */
function firstBlockFrom(blocks: readonly Section[], line: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every section, entry and include of the edited file points at `file` (the new parse); what follows the edit moves. */
function pointAt(model: Model, t: Target, file: SourceFile): void {
  const { edit, config, block } = t;
  const { old, oldEnd, lineDelta } = edit;
  for (const b of config.blocks) {
    if (b.file === old) {
      b.file = file;
      if (b.line >= oldEnd) {
        b.line += lineDelta;
        b.lastLine += lineDelta;
      } else if (b === block) b.lastLine += lineDelta;
    }
    for (const e of b.own) {
      if (e.file !== old) continue;
      e.file = file;
      if (e.line >= oldEnd) e.line += lineDelta;
    }
  }
  config.files[config.files.indexOf(old)] = file;
  if (config.root === old) config.root = file;
  for (const inc of config.includes) if (inc.file === old) inc.file = file;
  moveIncludes(config, file, edit);
  model.files.set(file.path, file);
}

function moveIncludes(config: Config, file: SourceFile, edit: Edit): void {
  for (const inc of config.includes) {
    if (inc.file !== file) continue;
    if (inc.line >= edit.oldEnd) inc.line += edit.lineDelta;
    if (inc.argStart >= edit.oldStop) {
      inc.argStart += edit.delta;
      inc.argEnd += edit.delta;
    }
  }
}

function moveRange(r: { start: number; end: number }, edit: Edit): void {
  if (r.start >= edit.oldStop) {
    r.start += edit.delta;
    r.end += edit.delta;
  }
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

/** The load problems with those of the changed lines read again and those after the edit moved. */
function updateLoadProblems(load: readonly Problem[], edit: Edit): Problem[] {
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

// ---- reading and building again ----------------------------------------------------------------------------

/** The block's changed lines read again (as load.ts reads them), and its lines replaced wherever they are held. */
function rereadBlock(t: Target): true | string {
  const { block, edit } = t;
  const fresh: OptionEntry[] = [];
  const { lines } = edit.now.tree;
  for (let i = edit.first; i < edit.newEnd; i++) {
    const a = lines[i].assignment;
    if (a && a.key !== '') fresh.push(new OptionEntry(edit.now, i, a, block, false));
  }
  block.own = [...t.before, ...fresh, ...t.after];
  const anchor = runAnchor(block, t.oldOwn);
  const category = block.appendTarget ?? block;
  for (const c of t.rebuilt) {
    const vars = replaceRun(c.vars, t.oldOwn, block.own, anchor, c === block);
    // a section that inherits from the target of a (+) block before that block was read never had its lines
    if (vars) c.vars = vars;
    else if (c === category || !block.isAppend) return 'the place of the lines in a section holding them is not clear';
  }
  return true;
}

/**
 * Where an empty block's lines go in its own category: after the variable before them (`null`: first). Only a
 * category's own lines have such a place; a `(+)` block that had no lines has none that can be told.
 */
function runAnchor(block: Section, oldOwn: readonly OptionEntry[]): Variable | null | undefined {
  if (oldOwn.length || block.isAppend) return undefined;
  const appended = new Set(block.appendedBy);
  const inherited = block.vars.filter((v) => !appended.has(v.entry.block));
  return inherited.length ? inherited[inherited.length - 1] : null;
}

/**
 * `vars` with each run of `oldRun` replaced by `newRun`; an empty old run goes after `anchor` (once). Undefined
 * when the place cannot be told.
 */
function replaceRun(
  vars: Variable[],
  oldRun: readonly OptionEntry[],
  newRun: readonly OptionEntry[],
  anchor: Variable | null | undefined,
  own: boolean,
): Variable[] | undefined {
  if (!oldRun.length) {
    if (anchor === undefined || (anchor === null && !own)) return undefined;
    const at = anchor === null ? 0 : vars.indexOf(anchor) + 1;
    if (anchor !== null && (at === 0 || vars.indexOf(anchor, at) >= 0)) return undefined;
    return [...vars.slice(0, at), ...newRun, ...vars.slice(at)];
  }
  const out: Variable[] = [];
  let found = false;
  for (let i = 0; i < vars.length; i++) {
    if (vars[i] === oldRun[0] && oldRun.every((e, k) => vars[i + k] === e)) {
      out.push(...newRun);
      i += oldRun.length - 1;
      found = true;
    } else out.push(vars[i]);
  }
  return found ? out : undefined;
}

/**
 * The rebuilt categories built again in load order with one sink, as a full build meets them (objects first,
 * then template checks). Their objects replace the old ones, which must be of the same types and names; their
 * findings replace the old ones, and must sit in their own blocks unless another section reports them too.
 */
function rebuild(model: Model, t: Target): ModelChanges['rebuilt'] | string {
  const record = model.build;
  const ctx = newBuildContext(new FindingSink<Problem>(), targetFor(model.options.asteriskVersion), record.keyFile);
  const found = new Map<Section, Problem[]>();
  for (const c of t.rebuilt) if (!c.isTemplate) recorded(ctx, c, found, buildSection);
  for (const c of t.rebuilt) if (c.isTemplate) recorded(ctx, c, found, checkTemplate);
  const swapped = swapObjects(model, t, ctx);
  if (typeof swapped === 'string') return swapped;
  for (const c of t.rebuilt) {
    const own: Problem[] = [];
    for (const f of found.get(c) ?? []) {
      if (t.home.has(blockOf(model, f)!)) own.push(f);
      else if (!reportedElsewhere(record, t, f)) return 'a rebuilt section now reports a line outside it';
    }
    if (own.length) record.bySection.set(c, own);
    else record.bySection.delete(c);
  }
  return swapped;
}

/** The rebuilt sections' new objects in the places of their old ones (model order and index). */
function swapObjects(model: Model, t: Target, ctx: BuildContext): ModelChanges['rebuilt'] | string {
  const places: number[] = [];
  for (const c of t.rebuilt)
    for (let i = firstObjectOf(model, c); i < model.objects.length && model.objects[i].section === c; i++)
      places.push(i);
  const fresh = ctx.objects;
  if (fresh.length !== places.length) return 'the objects the sections make changed';
  for (let k = 0; k < places.length; k++) {
    const o = model.objects[places[k]];
    const n = fresh[k];
    if (o.type !== n.type || o.id !== n.id || o.wizardPrefix !== n.wizardPrefix || o.section !== n.section)
      return 'the objects the sections make changed';
  }
  const swapped: ModelChanges['rebuilt'] = [];
  for (let k = 0; k < places.length; k++) {
    const o = model.objects[places[k]];
    const n = fresh[k];
    swapped.push({ old: o, now: n });
    model.objects[places[k]] = n;
    const list = model.index.get(n.type)!.get(n.id)!;
    list[list.indexOf(o)] = n;
    model.optionValues.swap(o, n);
    if (!o.loads) model.build.failedAtBuild.delete(o); // an object that loads did not fail when built
    if (!n.loads) model.build.failedAtBuild.set(n, { failure: n.failure, failureReason: n.failureReason });
  }
  return swapped;
}

/**
 * Where the objects of section `c` start in the model's objects (its objects are built one after the other, in the
 * load order of their sections; an update swaps objects in place without adding or removing any): a binary
 * search by config and section order. Past the end or at another section when it has none.
 */
function firstObjectOf(model: Model, c: Section): number {
  const key = (s: Section) => model.configs.indexOf(s.config) * 2 ** 32 + s.order;
  const k = key(c);
  let lo = 0;
  let hi = model.objects.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(model.objects[mid].section) < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An identical finding is reported by a section that is not rebuilt (a template line both use): a repeat. */
function reportedElsewhere(record: BuildRecord, t: Target, f: Problem): boolean {
  const same = (g: Problem) =>
    g.start === f.start && g.end === f.end && g.code === f.code && g.path === f.path && g.message === f.message;
  for (const [s, list] of record.bySection) if (!isRebuilt(t, s) && list.some(same)) return true;
  return false;
}

/**
 * Every object back to what building left, the passes across objects again, and the model of the result, with
 * the objects not built again whose load state changed.
 */
function resettle(
  model: Model,
  load: Problem[],
  values: ValueReferences,
  rebuilt: ModelChanges['rebuilt'],
): { model: Model; changed: PjsipObject[] } {
  const record = model.build;
  // what failed before (few objects do): an object whose state changes fails before or after
  const failedBefore = new Map<PjsipObject, string | undefined>();
  for (const o of model.objects) if (!o.loads) failedBefore.set(o, o.failure);
  for (const o of failedBefore.keys())
    if (!record.failedAtBuild.has(o)) {
      o.loads = true;
      o.failure = undefined;
      o.failureReason = undefined;
    }
  for (const [o, failed] of record.failedAtBuild) {
    o.loads = false;
    o.failure = failed.failure;
    o.failureReason = failed.failureReason;
  }
  const sink = new FindingSink<Problem>();
  settleObjects(model.objects, model.index, sink);
  const built: Problem[] = [];
  for (const list of record.bySection.values()) for (const f of list) built.push(f);
  const fresh = new Set<PjsipObject>();
  for (const r of rebuilt) if (!r.now.loads || failedBefore.has(r.now)) fresh.add(r.now); // only these are asked
  const changed: PjsipObject[] = [];
  for (const o of model.objects)
    if (!o.loads && !fresh.has(o) && (!failedBefore.has(o) || failedBefore.get(o) !== o.failure)) changed.push(o);
  for (const o of failedBefore.keys()) if (o.loads && !fresh.has(o)) changed.push(o);
  const updated = assembleModel(
    model.options,
    model.configs,
    model.files,
    model.sectionsByFile,
    model.objects,
    model.index,
    { acls: model.acls, realtimeAcls: model.realtimeAcls, dialplan: model.dialplan, files: model.foreignFiles },
    {
      record: { ...record, load },
      problems: [...load, ...built, ...sink.list],
      values,
      optionValues: model.optionValues,
    },
  );
  return { model: updated, changed };
}
