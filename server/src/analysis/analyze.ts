/**
 * The whole pipeline for one config set: the model reads every config (with includes) and builds the objects,
 * then the rules turn what it found into diagnostics. Pure: all IO goes through the provider.
 */
import { addRoots, buildModel, foreignConfigsOf, loadConfigs, type Model } from '../model/model';
import { basename, join } from '../model/paths';
import type { ConfigKind, ConfigSetOptions, FileProvider } from '../model/types';
import type { Diagnostic } from '../rules/diagnostic';
import { diagnosis, type RuleState } from '../rules/diagnose';

export interface Analysis extends Model {
  /** All diagnostics (suppression comments applied). */
  diagnostics: Diagnostic[];
  /** What the rules found, by what found it: an in-place update checks again only what it concerns. */
  rules: RuleState;
}

/**
 * Told when a stage of an analysis ends (`model`, `update`, `rules`), so that a caller can time them; the core
 * itself keeps no time.
 */
export type Lap = (stage: 'model' | 'update' | 'rules') => void;

export function analyze(options: ConfigSetOptions, provider: FileProvider): Analysis {
  return withDiagnostics(buildModel(loadConfigs(options, provider)));
}

function withDiagnostics(model: Model, lap?: Lap): Analysis {
  lap?.('model');
  const analysis = model as Analysis;
  const d = diagnosis(model);
  analysis.diagnostics = d.diagnostics;
  analysis.rules = d.rules;
  lap?.('rules');
  return analysis;
}

/**
 * Config files of other modules that sit beside pjsip.conf and are never part of its set: pjsip_notify.conf
 * (NOTIFY templates, read by res_pjsip_notify itself), acl.conf and extensions.conf (read for their names only),
 * sip.conf (chan_sip's, which pjsip-migrate converts).
 */
const OTHER_MODULES = new Set(['pjsip_notify.conf', 'acl.conf', 'extensions.conf', 'sip.conf']);

export function isPjsipConfig(path: string): boolean {
  return !OTHER_MODULES.has(basename(path).toLowerCase());
}

/** acl.conf and extensions.conf: read for their names only; an editor may send them (their unsaved text counts). */
export function isNamesOnlyConfig(path: string): boolean {
  const name = basename(path).toLowerCase();
  return name === 'acl.conf' || name === 'extensions.conf';
}

/** Kind of config a root file is, from its name. */
export function kindOf(path: string): ConfigKind {
  return /wizard/i.test(basename(path)) ? 'wizard' : 'pjsip';
}

/**
 * The config set of a folder, as Asterisk would load it: pjsip.conf and pjsip_wizard.conf with their includes,
 * plus any other pjsip*.conf file in the folder (and any `extra` file) that those do not include, each read on
 * its own. Objects are built once, after every root is read.
 */
export function analyzeFolder(
  configDir: string,
  provider: FileProvider,
  extra: string[] = [],
  pathMap?: ConfigSetOptions['pathMap'],
  asteriskVersion?: string,
  lap?: Lap,
): Analysis {
  const roots: ConfigSetOptions['roots'] = [];
  for (const name of [ROOT_FILE, 'pjsip_wizard.conf']) {
    const p = join(configDir, name);
    if (provider.read(p)) roots.push({ path: p, kind: kindOf(p) });
  }
  const set = loadConfigs({ configDir, roots, pathMap, asteriskVersion }, provider);
  const others = (provider.listDir(configDir) ?? [])
    .filter((e) => !e.isDirectory && /^pjsip.*\.conf$/i.test(e.name))
    .map((e) => join(configDir, e.name));
  const foreign = new Set(foreignConfigsOf(set).files); // an included part of extensions.conf is no pjsip config
  const missing = [...others, ...extra].filter(
    (p, i, all) => all.indexOf(p) === i && isPjsipConfig(p) && !set.files.has(p) && !foreign.has(p) && provider.read(p),
  );
  addRoots(
    set,
    missing.sort().map((p) => ({ path: p, kind: kindOf(p), standalone: true })),
    provider,
  );
  return withDiagnostics(buildModel(set), lap);
}

/** The main file of a config set: its folder is the config folder. */
export const ROOT_FILE = 'pjsip.conf';

/**
 * The config folder a file belongs to: `configured` when the file is inside it, else the nearest folder (the
 * file's own, or up to three above it) that holds pjsip.conf, else the file's own folder.
 */
export function configDirOf(path: string, exists: (path: string) => boolean, configured?: string): string {
  if (configured && path.startsWith(`${configured}/`)) return configured;
  let dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) || '/' : '.';
  const start = dir;
  for (let i = 0; i < 4 && dir.length > 1; i++) {
    if (exists(`${dir}/${ROOT_FILE}`)) return dir;
    const up = dir.slice(0, dir.lastIndexOf('/')) || '/';
    if (up === dir) break;
    dir = up;
  }
  return start;
}

/** Whether a change to this file can move config folders around (a pjsip.conf came or went). */
export function isRootFile(path: string): boolean {
  return basename(path) === ROOT_FILE;
}
