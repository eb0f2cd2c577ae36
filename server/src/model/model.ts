/**
 * The model of a config set: what Asterisk reads (configs, files, sections) and builds (objects, which load and
 * why not), with the problems it meets on the way. Built in two steps so that a caller can add root files after
 * seeing what the first ones include, without building objects twice.
 */
import { settleDuplicates } from './duplicates';
import { readDialplan, type Dialplan } from './dialplan';
import { readForeignConfig, type ForeignConfig } from './foreignConfigs';
import { loadConfig } from './load';
import { indexObjects, type ObjectIndex } from './objectIndex';
import { buildObjects } from './objects';
import { targetFor } from '../schema/versioned';
import { FindingSink, type Problem, type ProblemSink } from './problems';
import { collectReferences, valueReferences, type ValueReferences } from './references';
import { settleRegistrationTransports, settleTransports } from './transports';
import type { Config, ConfigSetOptions, FileProvider, PjsipObject, Reference, Section, SourceFile } from './types';

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
  dialplan: Dialplan | undefined;
  /** Every file they read. */
  files: string[];
}

/** acl.conf and extensions.conf of the set's config folder, with their includes. */
export function foreignConfigsOf(set: LoadedSet): ForeignConfigs {
  if (set.foreign) return set.foreign;
  const acls = readForeignConfig('acl.conf', set.provider, set.options);
  const dialplan = readDialplan(set.provider, set.options);
  const files = [...(acls?.files ?? []), ...(dialplan?.config.files ?? [])].map((f) => f.path);
  return (set.foreign = { acls, dialplan, files });
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
  /** acl.conf of the config folder (named ACLs), when there is one. */
  acls: ForeignConfig | undefined;
  /** extensions.conf of the config folder (contexts, endpoints dialled by name), when there is one. */
  dialplan: Dialplan | undefined;
  /** Files of other modules' configs that were read (acl.conf, ...): a change to them changes the analysis. */
  foreignFiles: string[];
  /** Every reference written in the set, resolved (computed on first use). */
  readonly references: Reference[];
  /** The names values refer to and the dangling ones, from one pass shared by the rules (computed on first use). */
  readonly valueReferences: ValueReferences;
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

/** Builds the objects of a loaded set and settles what Asterisk refuses across objects. */
export function buildModel(set: LoadedSet): Model {
  const { configs, sink } = set;
  const objects = buildObjects(configs, sink, targetFor(set.options.asteriskVersion));
  const index = indexObjects(objects);
  settleDuplicates(index, sink);
  const provides = settleTransports(objects, sink);
  settleRegistrationTransports(objects, provides, sink);
  const { acls, dialplan, files: foreignFiles } = foreignConfigsOf(set);
  let references: Reference[] | undefined;
  let values: ValueReferences | undefined;
  return {
    options: set.options,
    configs,
    files: set.files,
    sectionsByFile: sectionsByFile(set.blocksOfFile),
    objects,
    index,
    problems: sink.list,
    acls,
    dialplan,
    foreignFiles,
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
