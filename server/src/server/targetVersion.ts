/**
 * Which Asterisk the answers are for, and what the client shows and asks about it. In order: the
 * `pjsip.asteriskVersion` setting; the version the admin chose for the folder (kept by the client, relayed with
 * `pjsip/versionChoice`, never written into the folder); what `asterisk -V` says on this machine; else nothing (the
 * newest release), and on the first document of a set the client is asked to ask the admin, once.
 */
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { TargetVersionNotification, type TargetVersionParams } from '../protocol';
import { parseAsteriskVersion, targetText, versionChoices, versionProblemText } from '../schema/versions';
import { statusText } from '../i18n/ui/statusTexts';
import { versionHint } from '../features/versionHint';
import type { DetectedVersion } from '../node/asteriskVersion';
import type { Session } from './session';

export type VersionSource = TargetVersionParams['source'];

export class TargetVersion {
  /** The version chosen for the folder ('' when none), as the client relayed it. */
  choice = '';
  detected: DetectedVersion | undefined;
  /** The admin was asked in this session (or answered before). */
  asked = false;
  private detection: Promise<void> | undefined;

  constructor(
    private setting: () => string,
    private detect: () => Promise<DetectedVersion | undefined>,
  ) {}

  /** The version in use and where it comes from. */
  effective(): { value: string; source: VersionSource } {
    const s = this.setting();
    if (s) return { value: s, source: 'setting' };
    if (this.choice) return { value: this.choice, source: 'remembered' };
    if (this.detected) return { value: this.detected.setting, source: 'asterisk' };
    return { value: '', source: 'none' };
  }

  /** Read `asterisk -V` (once a session) when neither the setting nor a choice says which Asterisk; wait for it. */
  settle(): Promise<void> {
    if (this.setting() || this.choice) return this.detection ?? Promise.resolve();
    return (this.detection ??= this.detect().then((d) => {
      this.detected = d;
    }));
  }
}

/** The version message last shown, per session (shown again only when it changes). */
const shownVersionError = new WeakMap<Session, string>();

/** Tell the client which Asterisk the answers are for (status bar), and say once when the value is not valid. */
export function announceTarget(s: Session, ask?: TargetVersionParams['ask']): void {
  const { value, source } = s.version.effective();
  const { target, error, problem } = parseAsteriskVersion(value);
  const locale = s.locale();
  if (error && problem && error !== shownVersionError.get(s))
    void s.conn.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `PJSIP: ${versionProblemText(locale, problem)}`,
    });
  shownVersionError.set(s, error ?? '');
  const label = targetText(target, locale);
  const newest = parseAsteriskVersion('').target.label;
  const known = target.explicit;
  const params: TargetVersionParams = {
    text: !known
      ? statusText(locale, 'noVersion', { label })
      : statusText(locale, source === 'asterisk' ? 'statusDetected' : 'statusVersion', { label }),
    tooltip: !known
      ? statusText(locale, 'tooltipNoVersion', { label })
      : source === 'asterisk'
        ? statusText(locale, 'tooltipDetected', { label, banner: s.version.detected?.banner ?? '' })
        : statusText(locale, source === 'remembered' ? 'tooltipRemembered' : 'tooltipVersion', { label }),
    settingSection: 'pjsip',
    settingName: 'asteriskVersion',
    current: error ? '' : value,
    source: known ? source : 'none',
    choices: [
      ...versionChoices().map(({ value: v, label: l, release }) => ({
        value: v,
        label: l,
        description:
          v === 'master'
            ? statusText(locale, 'choiceMaster', { commit: release })
            : statusText(locale, 'choiceNewest', { release }),
      })),
      {
        value: '',
        label: statusText(locale, 'choiceNoVersion'),
        description: statusText(locale, 'choiceNoVersionDescription', { label: newest }),
      },
    ],
    picker: {
      placeholder: statusText(locale, 'pickerPlaceholder'),
      typed: statusText(locale, 'pickerTyped', { version: '{0}' }),
      saveInWorkspace: statusText(locale, 'pickerSaveInWorkspace'),
    },
    ...(ask ? { ask } : {}),
  };
  void s.conn.sendNotification(TargetVersionNotification, params);
}

/**
 * On the first document of a set: when nothing says which Asterisk it is for (after `asterisk -V` was tried), ask
 * the client to ask the admin, once a session, with the version the config's header names as a hint.
 */
export async function askForVersion(s: Session, texts: string[]): Promise<void> {
  if (s.version.asked) return;
  await s.settings.ready;
  if (s.version.asked || s.version.effective().source !== 'none') return;
  s.version.asked = true;
  const locale = s.locale();
  const hint = texts.map(versionHint).find(Boolean);
  const label = parseAsteriskVersion('').target.label;
  announceTarget(s, {
    message: statusText(locale, hint ? 'askVersionHint' : 'askVersion', { label, hint: hint ?? '' }),
    choose: statusText(locale, 'askChoose'),
    ...(hint ? { hint: { label: statusText(locale, 'askUseHint', { hint }), value: hint } } : {}),
  });
}
