/** initialize (capabilities), initialized (settings, file watchers) and configuration changes. */
import { VERSION } from '../version';
import {
  CodeActionKind,
  MessageType,
  ShowMessageNotification,
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
import { TargetVersionNotification, type TargetVersionParams } from '../protocol';
import { parseAsteriskVersion, versionChoices, versionProblemText } from '../schema/versions';
import { statusText } from '../i18n/ui/statusTexts';

export function initialize(s: Session, params: InitializeParams): InitializeResult {
  s.settings.pull = !!params.capabilities.workspace?.configuration;
  s.client.vscodeLike = /code/i.test(params.clientInfo?.name ?? '');
  s.client.roots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri));
  if (!s.client.roots.length && params.rootUri) s.client.roots = [uriToPath(params.rootUri)];
  const init = (params.initializationOptions as { settings?: Partial<Settings> } | undefined)?.settings;
  if (init) s.settings.set(init);
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
  if (!applied.has(s)) applied.set(s, JSON.stringify(s.settings.current));
  await s.settings.refresh(s.conn);
  const now = JSON.stringify(s.settings.current);
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

/** The sessions whose settings were logged and announced, and the settings each last applied. */
const announced = new WeakSet<Session>();
const applied = new WeakMap<Session, string>();

/** The version message last shown, per session (shown again only when it changes). */
const shownVersionError = new WeakMap<Session, string>();

/** Tell the client which Asterisk the answers are for (status bar), and say once when the setting is not valid. */
function announceTarget(s: Session): void {
  const setting = s.settings.current.asteriskVersion;
  const { target, error, problem } = parseAsteriskVersion(setting);
  const locale = s.locale();
  if (error && problem && error !== shownVersionError.get(s))
    void s.conn.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `PJSIP: ${versionProblemText(locale, problem)}`,
    });
  shownVersionError.set(s, error ?? '');
  const { label } = target;
  const params: TargetVersionParams = {
    text: target.explicit ? `Asterisk ${label}` : statusText(locale, 'noVersion'),
    tooltip: statusText(locale, target.explicit ? 'tooltipVersion' : 'tooltipNoVersion', { label }),
    settingSection: 'pjsip',
    settingName: 'asteriskVersion',
    current: error ? '' : setting,
    choices: [
      ...versionChoices().map(({ value, label, release }) => ({
        value,
        label,
        description:
          value === 'master'
            ? statusText(locale, 'choiceMaster', { commit: release })
            : statusText(locale, 'choiceNewest', { release }),
      })),
      {
        value: '',
        label: statusText(locale, 'choiceNoVersion'),
        description: statusText(locale, 'choiceNoVersionDescription', { label: parseAsteriskVersion('').target.label }),
      },
    ],
  };
  void s.conn.sendNotification(TargetVersionNotification, params);
}
