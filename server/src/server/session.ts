/** Everything one server instance holds, built once per connection and passed to every handler. */
import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import { isNamesOnlyConfig, type Analysis } from '../analysis/analyze';
import { diskProvider, type DiskCache } from '../node/fsProvider';
import { AnalysisCache } from './analysisCache';
import { ConfigSets } from './configSets';
import { pathToUri, type FileLookup, type FileProvider } from './conversions';
import { DiagnosticsPublisher } from './diagnostics';
import { AnalysisLog } from './log';
import { Documents } from './documents';
import { SettingsStore } from './settings';
import { WatchedFiles } from './watchedFiles';
import { chooseLocale, type Locale } from '../i18n/locale';
import { readAsteriskVersion } from '../node/asteriskVersion';
import { TargetVersion } from './targetVersion';

export interface ClientState {
  /** VS Code and its forks: commands like `editor.action.triggerSuggest` exist. */
  vscodeLike: boolean;
  /** Workspace folders, as model paths. */
  roots: string[];
  capabilities: ClientCapabilities;
  /** `initialize`'s locale (`zh-cn`, `en-us`, ...), if the client sent one. */
  locale?: string;
}

export interface Session {
  conn: Connection;
  client: ClientState;
  settings: SettingsStore;
  docs: Documents;
  sets: ConfigSets;
  watch: WatchedFiles;
  diskCache: DiskCache;
  provider: FileProvider;
  analyses: AnalysisCache;
  diagnostics: DiagnosticsPublisher;
  log: AnalysisLog;
  /** Which Asterisk the answers are for: the setting, the folder's choice, `asterisk -V`. */
  version: TargetVersion;
  /** Files and URIs by path, as seen from an analysis. */
  files(a: Analysis): FileLookup;
  /** The language the user reads: `pjsip.language` over the client's `initialize` locale. */
  locale(): Locale;
}

export function createSession(conn: Connection): Session {
  const client: ClientState = { vscodeLike: false, roots: [], capabilities: {} };
  const settings = new SettingsStore();
  const docs = new Documents();
  const version = new TargetVersion(
    () => settings.current.asteriskVersion,
    () => readAsteriskVersion(),
  );
  const sets = new ConfigSets(
    docs,
    () => settings.current,
    () => client.roots,
    () => version.effective().value,
  );
  const watch = new WatchedFiles(() => client.roots);
  const diskCache: DiskCache = new Map();
  const provider = diskProvider(
    (p) => docs.atPath(p)?.file,
    diskCache,
    (p) => watch.covers(p),
  );
  const log = new AnalysisLog(conn);
  const analyses = new AnalysisCache(
    docs,
    sets,
    provider,
    (p) => watch.covers(p),
    (dir, a, ms, how, stages) => log.analysed(dir, a, ms, how, stages),
  );
  const uriOf = (path: string) => docs.atPath(path)?.uri ?? pathToUri(path);
  const files = (a: Analysis): FileLookup => ({
    fileOf: (p) => a.files.get(p) ?? docs.atPath(p)?.file ?? provider.read(p),
    uriOf,
  });
  const locale = () => chooseLocale(settings.current.language, client.locale);
  const diagnostics = new DiagnosticsPublisher({
    conn,
    settings,
    files,
    hasOpen: (dir) => sets.openIn(dir).some((p) => !isNamesOnlyConfig(p)),
    analysisFor: (dir) => analyses.forDir(dir),
    versionOf: (p) => docs.atPath(p)?.text.version,
    locale,
    published: (dir, ms) => log.published(dir, ms),
    lastAnalysisMs: (dir) => analyses.lastAnalysisMs(dir),
  });
  return {
    conn,
    client,
    settings,
    docs,
    sets,
    watch,
    diskCache,
    provider,
    analyses,
    diagnostics,
    log,
    version,
    files,
    locale,
  };
}
