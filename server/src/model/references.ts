/**
 * References between objects: every name written in an option value (or a header) that names another object or
 * a template, resolved against the objects Asterisk builds.
 */
import { findOption, getType, splitWizardKey } from '../schema/schema';
import type { ObjectIndex } from './objectIndex';
import type { Config, OptionEntry, PjsipObject, Reference, Section, SourceFile } from './types';

export interface ReferenceTarget {
  type: string;
  list: boolean;
  option: string;
}
type Target = ReferenceTarget;
/** By section type: option name -> target, or null for a type none of whose options name an object. */
type TargetCache = Map<string | undefined, Map<string, Target | null> | null>;

/** Whether some option of the type can name another object (a wizard's can: its keys name other types' options). */
function mayRefer(type: string): boolean {
  return type === 'wizard' || !!getType(type)?.options.some((o) => o.target);
}

function computeTarget(type: string | undefined, key: string): Target | undefined {
  let t = type;
  let name = key;
  const split = t === 'wizard' ? splitWizardKey(key) : undefined;
  if (split) {
    t = split.prefix.targetType;
    name = split.option;
  }
  if (!t) return undefined;
  const opt = findOption(t, name);
  if (!opt?.target) return undefined;
  // list_item may also name dialplan hints or mailboxes: never report it as unresolved.
  return { type: opt.target, list: !!opt.list || opt.kind === 'reference-list', option: `${t}.${opt.name}` };
}

/** Neither end of `value` is a character trim() could remove (printable ASCII at both ends). */
function plainEnds(value: string): boolean {
  const n = value.length;
  if (!n) return false;
  const a = value.charCodeAt(0),
    b = value.charCodeAt(n - 1);
  return a > 32 && a < 127 && b > 32 && b < 127;
}

const WIZARD_OVERRIDES = new Set(['endpoint/aors', 'identify/endpoint']);

export type RefVisitor = (
  e: OptionEntry,
  cat: Section,
  target: Target,
  name: string,
  start: number,
  end: number,
  objs: PjsipObject[] | undefined,
) => void;

/**
 * Calls `visit` for each comma-separated item (trimmed, non-empty) of the list value of `e`, without building a
 * list. A function of its own rather than a closure in the loop of `forEachValueReference`: a closure there makes
 * V8 allocate a context for the variables it captures on every line of the set, whether it runs or not.
 */
function visitItems(
  e: OptionEntry,
  cat: Section,
  target: Target,
  exact: boolean,
  byId: Map<string, PjsipObject[]> | undefined,
  visit: RefVisitor,
): void {
  const value = e.value;
  const vs = e.valueStart;
  let s = 0;
  for (let i = 0; i <= value.length; i++) {
    if (i === value.length || value.charCodeAt(i) === 44) {
      let a = s,
        b = i;
      while (a < b && value.charCodeAt(a) <= 32) a++;
      while (b > a && value.charCodeAt(b - 1) <= 32) b--;
      if (b > a) {
        const name = value.slice(a, b);
        visit(e, cat, target, name, exact ? vs + a : vs, exact ? vs + b : e.valueEnd, byId?.get(name));
      }
      s = i + 1;
    }
  }
}

/** Visit every name written in an option value that refers to another object. */
export function forEachValueReference(
  configs: readonly Config[],
  index: ObjectIndex,
  visit: RefVisitor,
  only?: readonly Section[],
): void {
  const cache: TargetCache = new Map(); // keys repeat a lot; the lookup is pure, so remember it for this pass
  for (const blocks of blockLists(configs, only)) {
    for (const block of blocks) {
      const cat = block.appendTarget ?? block;
      const type = cat.type ?? (cat.isTemplate ? cat.children.map((c) => c.type).find(Boolean) : undefined);
      if (!type) continue;
      let targets = cache.get(type);
      if (targets === undefined) cache.set(type, (targets = mayRefer(type) ? new Map<string, Target | null>() : null));
      // Thousands of auth sections name nothing: skip them without reading their lines.
      if (!targets || !block.own.length) continue;
      for (const e of block.own) {
        // name and value are the assignment's, copied onto the entry: most lines refer to nothing, and reading
        // the entry alone spares a visit to another object per line.
        const key = e.name;
        if (type === 'wizard' && WIZARD_OVERRIDES.has(key)) continue; // the wizard replaces these values
        let target = targets.get(key);
        if (target === undefined) targets.set(key, (target = computeTarget(type, key) ?? null));
        if (!target) continue;
        const value = e.value;
        const vs = e.valueStart;
        const exact = e.valueEnd - vs === value.length;
        const byId = index.get(target.type);
        if (!target.list || value.indexOf(',') < 0) {
          // Values come trimmed from the parser: only a value with blanks at an end needs trim().
          const name = plainEnds(value) ? value : value.trim();
          if (name) {
            const a = name === value ? 0 : value.indexOf(name);
            visit(
              e,
              cat,
              target,
              name,
              exact ? vs + a : vs,
              exact ? vs + a + name.length : e.valueEnd,
              byId?.get(name),
            );
          }
          continue;
        }
        visitItems(e, cat, target, exact, byId, visit);
      }
    }
  }
}

/** A name written in a value that names no object of its target type. */
export interface DanglingReference {
  entry: OptionEntry;
  /** The category the line belongs to (the target of a `(+)` block). */
  section: Section;
  target: ReferenceTarget;
  name: string;
  start: number;
  end: number;
}

/**
 * What the rules need of every value reference, from one pass over the set: the names written for each target
 * type (resolved or not) with how often, and the references that resolve to nothing. Healthy configs have
 * thousands of references and few dangling ones, so only those become objects.
 */
export interface ValueReferences {
  /** By target type: each name written, and how many times (an incremental update takes a section's out again). */
  named: Map<string, Map<string, number>>;
  dangling: DanglingReference[];
}

export function valueReferences(
  configs: readonly Config[],
  index: ObjectIndex,
  only?: readonly Section[],
): ValueReferences {
  const refs: ValueReferences = { named: new Map(), dangling: [] };
  addValueReferences(refs, configs, index, only);
  return refs;
}

/** Adds the value references of `only` (or of the whole set) to `refs`; `by` -1 takes them out again. */
export function addValueReferences(
  refs: ValueReferences,
  configs: readonly Config[],
  index: ObjectIndex,
  only?: readonly Section[],
  by: 1 | -1 = 1,
): void {
  const { named } = refs;
  // a section's dangling names go where a pass over the whole set would have put them (rules take the first)
  const dangling = only && by > 0 ? [] : refs.dangling;
  let lastType = '',
    names: Map<string, number> | undefined;
  forEachValueReference(
    configs,
    index,
    (entry, section, target, name, start, end, objs) => {
      if (entry.dead) return; // a line Asterisk never reads names nothing
      // References of one type come in runs (auth= lines, aors= lines): remember the last map looked up.
      if (target.type !== lastType || !names) {
        lastType = target.type;
        names = named.get(lastType);
        if (!names) named.set(lastType, (names = new Map<string, number>()));
      }
      const n = (names.get(name) ?? 0) + by;
      if (n > 0) names.set(name, n);
      else names.delete(name);
      if (by > 0 && !objs?.length) dangling.push({ entry, section, target, name, start, end });
    },
    only,
  );
  if (by < 0 && only) refs.dangling = dangling.filter((d) => !only.includes(d.entry.block));
  else if (only && dangling.length) {
    const last = loadOrder(configs, only[only.length - 1]);
    const at = refs.dangling.findIndex((d) => loadOrder(configs, d.entry.block) > last);
    refs.dangling.splice(at < 0 ? refs.dangling.length : at, 0, ...dangling);
  }
}

/** A number that orders header blocks as the set loads them. */
function loadOrder(configs: readonly Config[], block: Section): number {
  return configs.indexOf(block.config) * 2 ** 32 + block.order;
}

/** Which references to build: the template a header names, or the type and name a value names. */
export interface ReferenceFilter {
  header(target: Section | null): boolean;
  /** `resolves`: some object of the type has the name. */
  value(targetType: string, name: string, resolves: boolean): boolean;
}

/** The header blocks a pass visits: `only` (in load order), or every block of every config. */
function blockLists(configs: readonly Config[], only: readonly Section[] | undefined): (readonly Section[])[] {
  return only ? [only] : configs.map((c) => c.blocks);
}

/** Every reference written in the config set (header template names included), resolved. Built on demand. */
export function collectReferences(
  configs: readonly Config[],
  index: ObjectIndex,
  only?: readonly Section[],
  want?: ReferenceFilter,
): Reference[] {
  const refs: Reference[] = [];
  for (const blocks of blockLists(configs, only)) {
    for (const block of blocks) {
      for (const p of block.parents) {
        if (want && !want.header(p.target)) continue;
        refs.push({
          file: block.file,
          start: p.start,
          end: p.end,
          name: p.name,
          targetType: 'template',
          via: 'section',
          section: block,
          targets: p.target ? [p.target] : [],
        });
      }
      if (block.isAppend && !want && block.header.items.some((i) => i.kind === 'append')) {
        refs.push({
          file: block.file,
          start: block.nameStart,
          end: block.nameEnd,
          name: block.name,
          targetType: 'template',
          via: 'append',
          section: block,
          targets: block.appendTarget ? [block.appendTarget] : [],
        });
      }
    }
  }
  forEachValueReference(
    configs,
    index,
    (e, cat, target, name, start, end, objs) => {
      if (want && !want.value(target.type, name, !!objs?.length)) return;
      refs.push({
        file: e.file,
        start,
        end,
        name,
        targetType: target.type,
        via: target.option,
        entry: e,
        section: cat,
        targets: (objs ?? []).map((o) => o.section),
        generated: !!objs?.some((o) => !!o.wizardPrefix),
      });
    },
    only,
  );
  return refs;
}

/**
 * The first reference (in the order of `collectReferences`) written at `offset` of `file`, looking only at the
 * header blocks of the file that hold line `lineIndex`, so that a request at the cursor does not resolve every
 * reference of the set. Lines above the file's first header continue a section of the including file: for
 * those, `all` (every reference of the set) is searched.
 */
export function referenceAt(
  configs: readonly Config[],
  index: ObjectIndex,
  blocksOfFile: readonly Section[] | undefined,
  file: SourceFile,
  lineIndex: number,
  offset: number,
  all: () => readonly Reference[],
): Reference | undefined {
  const at = (r: Reference) => r.file === file && offset >= r.start && offset <= r.end;
  if (!blocksOfFile?.length || lineIndex < blocksOfFile[0].line) return all().find(at);
  const around = blocksAround(blocksOfFile, lineIndex);
  if (around.length > 1) {
    // the file is read more than once: keep load order
    const order = (b: Section) => configs.indexOf(b.config) * 1e9 + b.config.blocks.indexOf(b);
    around.sort((x, y) => order(x) - order(y));
  }
  return around.length ? collectReferences(configs, index, around).find(at) : undefined;
}

/** The blocks (sorted by line) whose lines include `lineIndex`: the last that starts at or above it, and earlier ones. */
function blocksAround(blocks: readonly Section[], lineIndex: number): Section[] {
  let lo = 0,
    hi = blocks.length - 1,
    last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].line <= lineIndex) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const out: Section[] = [];
  // A file read twice has a block per reading at each header; one cut short has longer blocks: look at all.
  for (let k = last; k >= 0; k--) if (blocks[k].lastLine >= lineIndex) out.push(blocks[k]);
  return out.reverse();
}
