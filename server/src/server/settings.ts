/** The `pjsip.*` settings: their shape, defaults, and how they are read from the client. */
import type { Connection } from 'vscode-languageserver';
import type { SeverityOverrides } from '../rules/severity';
import { isLanguageSetting, type LanguageSetting } from '../i18n/locale';

export interface Settings {
  severity: SeverityOverrides;
  configDir: string;
  pathMap: Record<string, string>;
  format: { style: 'auto' | 'spaced' | 'compact'; blankLineBetweenSections: boolean };
  codeLens: boolean;
  /** The Asterisk version to answer for ('' = none set: the newest release). */
  asteriskVersion: string;
  /** The language of hovers and completions: `auto` follows the client's locale. */
  language: LanguageSetting;
}

export const defaultSettings: Settings = {
  severity: {},
  configDir: '',
  pathMap: {},
  format: { style: 'auto', blankLineBetweenSections: true },
  codeLens: true,
  asteriskVersion: '',
  language: 'auto',
};

export function mergeSettings(s: Partial<Settings>): Settings {
  return {
    severity: { ...(s.severity ?? {}) },
    configDir: typeof s.configDir === 'string' ? s.configDir : '',
    pathMap: s.pathMap && typeof s.pathMap === 'object' ? { ...s.pathMap } : {},
    format: { ...defaultSettings.format, ...(s.format ?? {}) },
    codeLens: s.codeLens !== false,
    asteriskVersion: typeof s.asteriskVersion === 'string' ? s.asteriskVersion.trim() : '',
    language: isLanguageSetting(s.language) ? s.language : 'auto',
  };
}

/** The current settings. Diagnostics wait on `ready` (the first settings), so they never flash with default severities. */
export class SettingsStore {
  current: Settings = defaultSettings;
  /** Whether the client answers `workspace/configuration`. */
  pull = false;
  readonly ready: Promise<void>;
  private loaded: () => void = () => {};

  constructor() {
    this.ready = new Promise<void>((resolve) => {
      this.loaded = resolve;
    });
  }

  set(s: Partial<Settings>): void {
    this.current = mergeSettings(s);
  }

  /**
   * Ask the client for the settings (when it answers such requests); keep the previous ones on failure. `settle` runs
   * before the first settings count as ready (reading which Asterisk runs here, say).
   */
  async refresh(conn: Connection, settle?: () => Promise<void>): Promise<void> {
    if (this.pull) {
      try {
        const s: unknown = await conn.workspace.getConfiguration('pjsip');
        if (s && typeof s === 'object') this.set(s);
      } catch {
        /* keep the previous settings */
      }
    }
    await settle?.();
    this.loaded();
  }
}
