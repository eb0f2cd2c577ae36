/**
 * docs/migration.md (and docs/zh-cn/migration.md): the migration table as a page, one row per sip.conf key, in the
 * table's order. Written by scripts/generate-migration-docs.mjs; test/migrateDocs.test.ts keeps the files in step.
 */
import type { Locale } from '../i18n/locale';
import {
  enMigrateDoc,
  enMigrateGroups,
  migrateLabel,
  migrateNote,
  zhMigrateDoc,
  zhMigrateGroups,
} from '../i18n/ui/migrateTexts';
import { SIP_KEYS, type Handler, type KeyRule } from './table';

type DocWords = { readonly [K in keyof typeof enMigrateDoc]: string };

function words(locale: Locale): DocWords {
  return locale === 'zh-cn' ? zhMigrateDoc : enMigrateDoc;
}

function handlerText(locale: Locale, h: Handler, w: DocWords): string {
  switch (h.kind) {
    case 'copy': {
      const target = h.type === 'transport' ? w.everyTransport : `\`${h.type}\``;
      const zh = locale === 'zh-cn';
      const list = Object.entries(h.values ?? {})
        .map(([a, b]) => (a === b ? `\`${a}\`` : `\`${a}\`→\`${b}\``))
        .join(zh ? '、' : ', ');
      const map = h.values ? (zh ? `（${w.values}：${list}）` : ` (${w.values}: ${list})`) : '';
      return `→ ${target} \`${h.option}\`${map}`;
    }
    case 'bool':
      return `→ \`${h.type}\` \`${h.option}\`${locale === 'zh-cn' ? `（${w.yesNo}）` : ` (${w.yesNo})`}`;
    case 'group':
      return (locale === 'zh-cn' ? zhMigrateGroups : enMigrateGroups)[h.group];
    default:
      return `${migrateLabel(locale, h.kind === 'same' ? 'status.default' : h.kind === 'ignored' ? 'status.ignored' : 'status.manual')}${locale === 'zh-cn' ? '：' : ': '}${migrateNote(locale, h.note, ...([{}] as [Record<string, string>]))}`;
  }
}

function whereText(r: KeyRule, w: DocWords): string {
  const where = r.scope === 'both' ? w.both : r.scope === 'peer' ? w.peer : w.general;
  return `${where}${r.peerDefault ? w.peerDefault : ''}`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

function row(locale: Locale, key: string, r: KeyRule, w: DocWords): string {
  const zh = locale === 'zh-cn';
  let what = handlerText(locale, r.handler, w);
  if (r.general) what += `${zh ? '；[general]：' : '; [general]: '}${handlerText(locale, r.general, w)}`;
  if (r.list) what += zh ? `（${w.list}）` : ` (${w.list})`;
  return `| \`${key}\` | ${whereText(r, w)} | ${cell(what)} |`;
}

export function migrationDoc(locale: Locale): string {
  const w = words(locale);
  const lines = [
    `# ${w.title}`,
    '',
    `<!-- ${w.generated} -->`,
    '',
    w.intro,
    '',
    `## ${w.defaults}`,
    '',
    w.defaultsText,
    '',
    `## ${w.keys}`,
    '',
    `| ${w.colKey} | ${w.colWhere} | ${w.colWhat} |`,
    '|---|---|---|',
  ];
  for (const [key, r] of Object.entries(SIP_KEYS)) lines.push(row(locale, key, r, w));
  return `${lines.join('\n')}\n`;
}
