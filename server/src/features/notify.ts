/**
 * pjsip_notify.conf: NOTIFY templates for `pjsip send notify`. Not a pjsip.conf file: res_pjsip_notify reads it
 * itself, each section is a message (`Event=>`, `Content-Type=>`, `Content=>` and any other SIP header), and no
 * section has a `type=`. Hover and completion know that shape; nothing else is checked.
 */
import { lineIndexAt, lineText } from '../syntax';
import { basename } from '../model/paths';
import type { SourceFile } from '../model/types';
import type { Locale } from '../i18n/locale';
import { navigationText as tr, zhNotifyMeanings } from '../i18n/ui/navigationTexts';
import type { Completion, HoverResult } from './types';

export function isNotifyFile(path: string): boolean {
  return basename(path).toLowerCase() === 'pjsip_notify.conf';
}

/** Event packages phones act on (facts: the names vendors use), with what they ask the phone to do. */
const EVENTS = [
  {
    name: 'check-sync',
    meaning:
      'ask the phone to check its provisioning and reload its configuration (Polycom, Yealink, Grandstream, Cisco SPA and others)',
  },
  { name: 'check-sync;reboot=true', meaning: 'as check-sync, and ask the phone to reboot' },
  { name: 'check-sync;reboot=false', meaning: 'as check-sync, without a reboot' },
  { name: 'resync', meaning: 'ask a Linksys/Sipura phone to fetch its configuration again' },
  { name: 'reboot', meaning: 'ask the phone to reboot (phones that accept a bare reboot event)' },
  { name: 'aastra-check-cfg', meaning: 'ask an Aastra/Mitel phone to check its configuration' },
  { name: 'aastra-xml', meaning: 'ask an Aastra/Mitel phone to fetch an XML script' },
  { name: 'digium-check-cfg', meaning: 'ask a Digium phone to check its configuration' },
  { name: 'linksys-cold-restart', meaning: 'ask a Linksys phone for a cold restart' },
  { name: 'linksys-warm-restart', meaning: 'ask a Linksys phone for a warm restart' },
  { name: 'message-summary', meaning: 'a voicemail (MWI) summary; put the counts in Content lines' },
] as const;

const KEYS = [
  { name: 'Event', meaning: 'the Event header: which event package the phone is told about' },
  { name: 'Content-Type', meaning: 'the type of the body given in the Content lines' },
  { name: 'Content', meaning: 'one line of the message body; repeat it for more lines' },
] as const;

/** The Chinese meanings, by name: compiles only while every event and key has one. */
const ZH_MEANINGS: Readonly<Record<(typeof EVENTS | typeof KEYS)[number]['name'], string>> = zhNotifyMeanings;

/** The English meanings by name (the Chinese table's keys must be exactly these: test/i18nUi.test.ts). */
export const enNotifyMeanings: Readonly<Record<string, string>> = Object.fromEntries(
  [...EVENTS, ...KEYS].map((e) => [e.name, e.meaning]),
);

/** An event's or key's meaning in the session's language. */
function meaning(e: (typeof EVENTS | typeof KEYS)[number], locale: Locale | undefined): string {
  return locale === 'zh-cn' ? ZH_MEANINGS[e.name] : e.meaning;
}

/** Section name on the header line at `offset`, with its range. */
function headerAt(file: SourceFile, offset: number): { name: string; start: number; end: number } | undefined {
  const i = lineIndexAt(file.tree.lineStarts, offset);
  const h = file.tree.lines[i].section;
  if (!h) return undefined;
  const base = file.tree.lineStarts[i];
  return { name: h.name, start: base + h.nameStart, end: base + h.nameEnd };
}

export function notifyHover(file: SourceFile, offset: number, locale?: Locale): HoverResult | undefined {
  const h = headerAt(file, offset);
  if (h) {
    const md = [
      tr(locale, 'notifyTemplate', { name: h.name }),
      '',
      tr(locale, 'notifyFromCli'),
      '```',
      `pjsip send notify ${h.name} endpoint 6001`,
      `pjsip send notify ${h.name} uri sip:6001@192.0.2.10`,
      '```',
      tr(locale, 'notifyFromAmi'),
      '```',
      `Action: PJSIPNotify\nEndpoint: 6001\nOption: ${h.name}`,
      '```',
    ];
    return { markdown: md.join('\n'), start: h.start, end: h.end };
  }
  const i = lineIndexAt(file.tree.lineStarts, offset);
  const as = file.tree.lines[i].assignment;
  if (!as) return undefined;
  const base = file.tree.lineStarts[i];
  if (offset <= base + as.keyEnd) {
    const key = KEYS.find((k) => k.name.toLowerCase() === as.key.toLowerCase());
    return {
      markdown: key
        ? tr(locale, 'notifyMeaning', { name: key.name, meaning: meaning(key, locale) })
        : tr(locale, 'notifyHeader', { name: as.key }),
      start: base + as.keyStart,
      end: base + as.keyEnd,
    };
  }
  const ev = as.key.toLowerCase() === 'event' ? EVENTS.find((e) => e.name === as.value) : undefined;
  return ev
    ? {
        markdown: tr(locale, 'notifyMeaning', { name: ev.name, meaning: meaning(ev, locale) }),
        start: base + as.valueStart,
        end: base + as.valueEnd,
      }
    : undefined;
}

export function notifyCompletion(file: SourceFile, offset: number, locale?: Locale): Completion[] {
  const i = lineIndexAt(file.tree.lineStarts, offset);
  const base = file.tree.lineStarts[i];
  const text = lineText(file.tree, i).slice(0, offset - base);
  const value = /^\s*event\s*=>?\s*(.*)$/i.exec(text);
  if (value) {
    const start = offset - value[1].length;
    return EVENTS.map((e) => ({
      label: e.name,
      kind: 'value' as const,
      detail: meaning(e, locale),
      start,
      end: Math.max(offset, base + lineText(file.tree, i).trimEnd().length),
    }));
  }
  const key = /^\s*([\w-]*)$/.exec(text);
  if (!key || !file.tree.lines.slice(0, i + 1).some((l) => l.section)) return [];
  return KEYS.map((k) => ({
    label: k.name,
    kind: 'option' as const,
    detail: meaning(k, locale),
    insertText: `${k.name}=>`,
    start: offset - key[1].length,
    end: offset,
  }));
}
