/**
 * The model of a config set: what Asterisk reads (configs, files, sections) and builds (objects, which load and
 * why not), with the problems it meets on the way. Built in two steps so that a caller can add root files after
 * seeing what the first ones include, without building objects twice.
 */
import { settleDuplicates, settleSingletonPairs } from './duplicates';
import { readDialplan, type Dialplan } from './dialplan';
import { readForeignConfig, sectionOptions, type ForeignConfig } from './foreignConfigs';
import { keyFileChecker, type KeyFileCheck } from './keyFiles';
import { loadConfig } from './load';
import { indexObjects, type ObjectIndex } from './objectIndex';
import { buildObjects } from './objects';
import { targetFor } from '../schema/versioned';
import { FindingSink, type Problem, type ProblemSink } from './problems';
import { collectReferences, valueReferences, type ValueReferences } from './references';
import { OptionValues } from './optionValues';
import { settleRegistrationTransports, settleTransports } from './transports';
import {
  NO_ITEMS,
  type Config,
  type ConfigSetOptions,
  type FileProvider,
  type PjsipObject,
  type Reference,
  type Section,
  type SourceFile,
} from './types';

/** Configs read, objects not built yet. */
export interface LoadedSet {
  options: ConfigSetOptions;
  configs: Config[];
  sink: ProblemSink;
  blocksOfFile: Map<SourceFile, Section[]>;
  /** Every file read, by path. */
  files: Map<string, SourceFile>;
  provider: FileProvider;
  /** Other modules' configs (read once, on first use). */
  foreign?: ForeignConfigs;
}

/** Configs of other modules that pjsip.conf names into. */
export interface ForeignConfigs {
  acls: ForeignConfig | undefined;
  /** extconfig.conf maps the `acls` family to a database: named ACLs may come from there (realtime). */
  realtimeAcls: boolean;
  dialplan: Dialplan | undefined;
  /** Every file they read. */
  files: string[];
}

/** acl.conf and extensions.conf of the set's config folder, with their includes. */
export function foreignConfigsOf(set: LoadedSet): ForeignConfigs {
  if (set.foreign) return set.foreign;
  const acls = readForeignConfig('acl.conf', set.provider, set.options);
  const extconfig = readForeignConfig('extconfig.conf', set.provider, set.options);
  const dialplan = readDialplan(set.provider, set.options);
  const files = [
    ...(acls?.files ?? []),
    ...(extconfig?.files ?? []),
    ...(dialplan?.config.files ?? []),
    ...(dialplan?.parking.files ?? []),
  ].map((f) => f.path);
  return (set.foreign = { acls, realtimeAcls: mapsFamily(extconfig, 'acls'), dialplan, files });
}

/** Whether extconfig.conf's `[settings]` maps a realtime family (`acls => odbc,asterisk,acl_table`). */
function mapsFamily(extconfig: ForeignConfig | undefined, family: string): boolean {
  for (const s of extconfig?.sections.get('settings') ?? [])
    if (sectionOptions(s).some((o) => o.key.toLowerCase() === family && o.value.trim())) return true;
  return false;
}

export interface Model {
  options: ConfigSetOptions;
  configs: Config[];
  /** Every file read, by path. */
  files: Map<string, SourceFile>;
  /** Header blocks of each file, in file order (a file read by two configs has both sets). */
  sectionsByFile: Map<string, Section[]>;
  objects: PjsipObject[];
  index: ObjectIndex;
  /** What Asterisk will complain about or drop, in load order. */
  problems: Problem[];
  /** The problems by phase, for an incremental update. */
  build: BuildRecord;
  /** acl.conf of the config folder (named ACLs), when there is one. */
  acls: ForeignConfig | undefined;
  /** Named ACLs may also come from a database (extconfig.conf maps `acls`): acl.conf is not the whole list. */
  realtimeAcls: boolean;
  /** extensions.conf of the config folder (contexts, endpoints dialled by name), when there is one. */
  dialplan: Dialplan | undefined;
  /** Files of other modules' configs that were read (acl.conf, ...): a change to them changes the analysis. */
  foreignFiles: string[];
  /** Every reference written in the set, resolved (computed on first use). */
  readonly references: Reference[];
  /** The names values refer to and the dangling ones, from one pass shared by the rules (computed on first use). */
  readonly valueReferences: ValueReferences;
  /** Objects by the value of an option (each index built on first use, kept up to date by an in-place update). */
  readonly optionValues: OptionValues;
}

export function loadConfigs(options: ConfigSetOptions, provider: FileProvider): LoadedSet {
  const set: LoadedSet = {
    options,
    configs: [],
    sink: new FindingSink<Problem>(),
    blocksOfFile: new Map(),
    files: new Map(),
    provider,
  };
  addRoots(set, options.roots, provider);
  return set;
}

/** Reads more root files into a loaded set (each is its own Asterisk config). */
export function addRoots(set: LoadedSet, roots: ConfigSetOptions['roots'], provider: FileProvider): void {
  if (roots !== set.options.roots) set.options = { ...set.options, roots: [...set.options.roots, ...roots] };
  for (const r of roots) {
    const root = provider.read(r.path);
    if (!root) continue;
    const config = loadConfig(r.kind, root, provider, set.options, set.sink, set.blocksOfFile, !!r.standalone);
    set.configs.push(config);
    for (const f of config.files) set.files.set(f.path, f);
  }
}

/**
 * What an incremental update (update.ts) needs of a build: the problems by the phase that found them, and what
 * building left of each object before the passes across objects (duplicates, transports) settled it.
 */
export interface BuildRecord {
  /** Met while reading the files (syntax, includes), in load order. */
  load: Problem[];
  /** What building each section, or checking each template, reported (one that reported nothing has no entry). */
  bySection: FindingsBySection;
  /** The objects that building alone failed, with why (the others loaded when built). */
  failedAtBuild: Map<PjsipObject, Pick<PjsipObject, 'failure' | 'failureReason'>>;
  /** How key files were checked (the same answers for the sections an update builds again). */
  keyFile: KeyFileCheck | undefined;
}

/**
 * The findings of each section, kept on the section itself: a Map keyed by 100,000 sections (one empty section per
 * line, each reported) costs more than building them. Iterates in the order sections were first given findings.
 */
export class FindingsBySection {
  private readonly sections: Section[] = [];

  get(s: Section): Problem[] | undefined {
    return s.built.length ? s.built : undefined;
  }

  set(s: Section, list: Problem[]): void {
    if (s.built === NO_ITEMS) this.sections.push(s); // a section listed once, even after a delete
    s.built = list;
  }

  delete(s: Section): void {
    if (s.built !== NO_ITEMS) s.built = NONE_LEFT;
  }

  *[Symbol.iterator](): IterableIterator<[Section, Problem[]]> {
    for (const s of this.sections) if (s.built.length) yield [s, s.built];
  }

  *values(): IterableIterator<Problem[]> {
    for (const s of this.sections) if (s.built.length) yield s.built;
  }
}

/** The findings of a listed section that has none any more (not `NO_ITEMS`, which means "never listed"). */
const NONE_LEFT: Problem[] = [];

/** Builds the objects of a loaded set and settles what Asterisk refuses across objects. */
export function buildModel(set: LoadedSet): Model {
  const { configs } = set;
  const sink = new FindingSink<Problem>();
  const bySection = new FindingsBySection();
  const keyFile = keyFileChecker(set.options, set.provider);
  const objects = buildObjects(configs, sink, targetFor(set.options.asteriskVersion), bySection, keyFile);
  const index = indexObjects(objects);
  const record: BuildRecord = {
    load: set.sink.list,
    bySection,
    failedAtBuild: failedAtBuild(objects),
    keyFile,
  };
  settleObjects(objects, index, sink);
  const foreign = foreignConfigsOf(set);
  return assembleModel(set.options, configs, set.files, sectionsByFile(set.blocksOfFile), objects, index, foreign, {
    record,
    problems: [...set.sink.list, ...sink.list],
  });
}

/** The objects building failed, with why: the state `settleObjects` starts from. */
export function failedAtBuild(objects: readonly PjsipObject[]): BuildRecord['failedAtBuild'] {
  const out: BuildRecord['failedAtBuild'] = new Map();
  for (const o of objects) if (!o.loads) out.set(o, { failure: o.failure, failureReason: o.failureReason });
  return out;
}

/**
 * What Asterisk refuses across objects: duplicate names, extra global and system sections, two transports on one
 * address, registrations with no transport. Starts from what building left (an incremental update resets the
 * objects to it first), so everything decided here is decided again after each update.
 */
export function settleObjects(objects: readonly PjsipObject[], index: ObjectIndex, sink: ProblemSink): void {
  settleDuplicates(objects, index, sink);
  settleSingletonPairs(index, sink);
  const provides = settleTransports(objects, sink);
  settleRegistrationTransports(objects, provides, sink);
}

/** The model of its parts; `references` and `valueReferences` are computed on first use. */
export function assembleModel(
  options: ConfigSetOptions,
  configs: Config[],
  files: Map<string, SourceFile>,
  sectionsOf: Map<string, Section[]>,
  objects: PjsipObject[],
  index: ObjectIndex,
  foreign: ForeignConfigs,
  found: { record: BuildRecord; problems: Problem[]; values?: ValueReferences; optionValues?: OptionValues },
): Model {
  let references: Reference[] | undefined;
  let values = found.values;
  return {
    options,
    configs,
    files,
    sectionsByFile: sectionsOf,
    objects,
    index,
    problems: found.problems,
    build: found.record,
    acls: foreign.acls,
    realtimeAcls: foreign.realtimeAcls,
    dialplan: foreign.dialplan,
    foreignFiles: foreign.files,
    optionValues: found.optionValues ?? new OptionValues(objects),
    get references() {
      return (references ??= collectReferences(configs, index));
    },
    get valueReferences() {
      return (values ??= valueReferences(configs, index));
    },
  };
}

function sectionsByFile(blocksOfFile: Map<SourceFile, Section[]>): Map<string, Section[]> {
  const out = new Map<string, Section[]>();
  for (const [f, blocks] of blocksOfFile) {
    let sorted = true;
    for (let i = 1; i < blocks.length && sorted; i++) if (blocks[i].line < blocks[i - 1].line) sorted = false;
    out.set(f.path, sorted ? blocks : [...blocks].sort((a, b) => a.line - b.line));
  }
  return out;
}
