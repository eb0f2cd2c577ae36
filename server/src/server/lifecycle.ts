/** initialize (capabilities), initialized (settings, file watchers) and configuration changes. */
import { VERSION } from '../version';
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type DidChangeConfigurationParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { uriToPath } from './conversions';
import { COMMANDS } from './handlers/commands';
import type { Session } from './session';
import type { Settings } from './settings';
import { logSettings, logStart } from './log';
import type { VersionChoiceParams } from '../protocol';
import { announceTarget } from './targetVersion';

export function initialize(s: Session, params: InitializeParams): InitializeResult {
  s.settings.pull = !!params.capabilities.workspace?.configuration;
  s.client.vscodeLike = /code/i.test(params.clientInfo?.name ?? '');
  s.client.roots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri));
  if (!s.client.roots.length && params.rootUri) s.client.roots = [uriToPath(params.rootUri)];
  const options = params.initializationOptions as { settings?: Partial<Settings>; versionChoice?: unknown } | undefined;
  if (options?.settings) s.settings.set(options.settings);
  if (typeof options?.versionChoice === 'string') s.version.choice = options.versionChoice.trim();
  s.client.capabilities = params.capabilities;
  logStart(s.conn, params);
  s.client.locale = params.locale;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      completionProvider: { triggerCharacters: ['=', ',', '/', '(', '!', '#', ' ', '|'] },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: false },
      documentLinkProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      executeCommandProvider: { commands: COMMANDS },
    },
    serverInfo: { name: 'pjsip-language-server', version: VERSION },
  };
}

export function initialized(s: Session): void {
  void s.watch.register(s.conn, s.client.capabilities);
  void refreshSettings(s);
}

export function configurationChanged(s: Session, p: DidChangeConfigurationParams): void {
  const pushed = (p.settings as { pjsip?: Partial<Settings> } | undefined)?.pjsip;
  if (pushed && !s.settings.pull) s.settings.set(pushed);
  void refreshSettings(s);
}

/**
 * New settings change everything: config folders, analyses, severities. The same settings again (the first answer
 * is often what the first analysis already used) change nothing: they are logged and announced once, and the
 * analyses are kept (an edit can then update the last one in place).
 */
async function refreshSettings(s: Session): Promise<void> {
  // compared with the settings last applied, not those of a moment ago: a pushed change is set before this runs
  if (!applied.has(s)) applied.set(s, inEffect(s));
  await s.settings.refresh(s.conn, () => s.version.settle());
  const now = inEffect(s);
  const changed = now !== applied.get(s);
  if (!changed && announced.has(s)) return;
  applied.set(s, now);
  announced.add(s);
  logSettings(s.conn, s.settings.current);
  announceTarget(s);
  if (!changed) return;
  s.log.reset();
  s.analyses.clear();
  s.sets.clear();
  s.diagnostics.schedule(s.docs.paths().map((p) => s.sets.dirOf(p)));
}

/** What the analyses depend on: the settings, and the Asterisk version in use (which may not come from them). */
function inEffect(s: Session): string {
  return JSON.stringify([s.settings.current, s.version.effective().value]);
}

/** The admin chose a version for the folder (the client remembers it): analyse again for it. */
export function versionChosen(s: Session, p: VersionChoiceParams): void {
  if (typeof p?.version !== 'string') return;
  s.version.choice = p.version.trim();
  s.version.asked = true;
  void refreshSettings(s);
}

/** The sessions whose settings were logged and announced, and the settings each last applied. */
const announced = new WeakSet<Session>();
const applied = new WeakMap<Session, string>();
