/**
 * MIGRATION.md: the summary, what needs the admin, what our checker says about the output, the problems of the
 * source files, then one row per setting per section. Passwords never appear (rows carry masked values, and a
 * placement never carries a password).
 */
import type { Locale } from '../i18n/locale';
import { renderMessage } from '../i18n/messages';
import { migrateLabel, migrateNote } from '../i18n/ui/migrateTexts';
import type { Problem } from '../model/problems';
import { relativeTo } from '../model/paths';
import { positionAt } from '../syntax';
import type { SourceFile } from '../model/types';
import type { Finding } from './verify';
import type { Note, Placement, Row, Status } from './types';

export interface ReportInput {
  locale: Locale;
  version: string;
  target: string;
  configDir: string;
  source: string;
  rows: Row[];
  notes: { note: Note; manual: boolean }[];
  counts: { peers: number; endpoints: number; registerLines: number; registrations: number };
  files: string[];
  findings: Finding[];
  problems: Problem[];
  sourceFiles: Map<string, SourceFile>;
  exitCode: number;
}

export function renderNote(locale: Locale, n: Note): string {
  const text = migrateNote(locale, n.key, ...([n.params ?? {}] as [Record<string, string>]));
  return n.then ? `${text}${locale === 'zh-cn' ? '；' : '; '}${renderNote(locale, n.then)}` : text;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(s: string): string {
  if (!s) return '';
  const ticks = s.includes('`') ? '``' : '`';
  return cell(`${ticks}${ticks.length > 1 ? ' ' : ''}${s}${ticks.length > 1 ? ' ' : ''}${ticks}`);
}

/** Placements grouped by object: `` endpoint `6001`: `a=1`, `b=2` ``. */
function placementsText(locale: Locale, list: Placement[]): string[] {
  const out: { head: string; items: string[] }[] = [];
  for (const p of list) {
    const head = p.object === '*' ? migrateLabel(locale, 'every', { type: p.type }) : `${p.type} \`${p.object}\``;
    const item = `\`${p.option}${p.value !== undefined ? `=${p.value}` : ''}\``;
    const last = out[out.length - 1];
    if (last?.head === head) last.items.push(item);
    else out.push({ head, items: [item] });
  }
  return out.map((g) => `${g.head}: ${g.items.join(', ')}`);
}

function where(locale: Locale, r: Row): string {
  const to = placementsText(locale, r.outcome.to);
  const zh = locale === 'zh-cn';
  const label = r.template ? migrateLabel(locale, 'fromTemplate', { template: r.template }) : '';
  const from = label ? (zh ? `（${label}）` : ` (${label})`) : '';
  const note = renderNote(locale, r.outcome.note);
  const space = zh && /[，。：；（）]$/.test(note) ? '' : ' ';
  const arrow = to.length ? `${space}→ ${to.join(zh ? '；' : '; ')}` : '';
  return cell(`${note}${arrow}${from}`);
}

const NEEDS: readonly Status[] = ['manual', 'broken'];

export function renderReport(r: ReportInput): string {
  const L = (k: Parameters<typeof migrateLabel>[1], p?: Record<string, string | number>) =>
    migrateLabel(r.locale, k, ...([p ?? {}] as [Record<string, string>]));
  const rel = (p: string) => relativeTo(r.configDir, p);
  const out: string[] = [];
  out.push(`# ${L('title', { source: r.source })}`, '', L('intro', { version: r.version, target: r.target }), '');
  out.push(`## ${L('summary')}`, '');
  out.push(`- ${r.counts.peers} ${L('peers')} → ${r.counts.endpoints} ${L('endpoints')}`);
  out.push(`- ${r.counts.registerLines} ${L('registerLines')} → ${r.counts.registrations} ${L('registrations')}`);
  const [colon, comma] = r.locale === 'zh-cn' ? ['：', '，'] : [': ', ', '];
  out.push(`- ${r.rows.length} ${L('settings')}${colon}${statusCounts(r)}`);
  out.push(`- ${L('written')}${colon}${r.files.map((f) => `\`${f}\``).join(comma)}`);
  out.push(`- ${L('status', { status: L(r.exitCode === 0 ? 'statusClean' : 'statusAdmin') })}`, '');
  out.push(`## ${L('attention')}`, '');
  const attention = r.rows.filter((x) => NEEDS.includes(x.outcome.status));
  const manualNotes = r.notes.filter((n) => n.manual);
  if (!attention.length && !manualNotes.length && !r.findings.some((f) => f.diagnostic.severity === 'error'))
    out.push(L('attentionNone'));
  for (const n of manualNotes) out.push(`- ${renderNote(r.locale, n.note)}`);
  for (const x of attention)
    out.push(`- \`${rel(x.path)}:${x.line + 1}\` [${x.section}] \`${x.key}\`: ${where(r.locale, x)}`);
  out.push('');
  const infoNotes = r.notes.filter((n) => !n.manual);
  if (infoNotes.length) {
    out.push(`## ${L('notes')}`, '');
    for (const n of infoNotes) out.push(`- ${renderNote(r.locale, n.note)}`);
    out.push('');
  }
  out.push(...checkerSection(r, L), ...sourceSection(r, L, rel), ...settingsSection(r, L, rel));
  return `${out.join('\n').trimEnd()}\n`;
}

function statusCounts(r: ReportInput): string {
  const order: Status[] = ['carried', 'default', 'ignored', 'manual', 'broken'];
  return order
    .map((s) => [s, r.rows.filter((x) => x.outcome.status === s).length] as const)
    .filter(([, n]) => n)
    .map(([s, n]) => `${n} ${migrateLabel(r.locale, `status.${s}`)}`)
    .join(r.locale === 'zh-cn' ? '，' : ', ');
}

type Labeler = (k: Parameters<typeof migrateLabel>[1], p?: Record<string, string | number>) => string;

function checkerSection(r: ReportInput, L: Labeler): string[] {
  const out = [`## ${L('checker')}`, ''];
  const count = (s: string) => r.findings.filter((f) => f.diagnostic.severity === s).length;
  if (!r.findings.length) out.push(L('checkerClean'));
  else {
    const infos = r.findings.length - count('error') - count('warning');
    out.push(L('checkerCounts', { errors: count('error'), warnings: count('warning'), infos }), '');
    for (const f of r.findings) {
      const d = f.diagnostic;
      const text = r.locale === 'en' ? d.message : renderMessage(r.locale, d.msg);
      out.push(`- \`${f.file}:${f.line}\` ${d.severity} \`${d.code}\`: ${cell(text)}`);
    }
  }
  out.push('');
  return out;
}

function sourceSection(r: ReportInput, L: Labeler, rel: (p: string) => string): string[] {
  const out = [`## ${L('sourceProblems')}`, ''];
  if (!r.problems.length) out.push(L('sourceProblemsNone'));
  for (const p of r.problems) {
    const f = r.sourceFiles.get(p.path);
    const line = f ? positionAt(f.tree, p.start).line + 1 : 0;
    const text = r.locale === 'en' ? p.message : renderMessage(r.locale, p.msg);
    out.push(`- \`${rel(p.path)}:${line}\` \`${p.code}\`: ${cell(text)}`);
  }
  out.push('');
  return out;
}

function settingsSection(r: ReportInput, L: Labeler, rel: (p: string) => string): string[] {
  const out = [`## ${L('sections')}`];
  let current = '';
  for (const x of r.rows) {
    const head = `${x.sectionPath}\n${x.sectionLine}`;
    if (head !== current) {
      current = head;
      out.push('', `### [${x.section}] (\`${rel(x.sectionPath)}:${x.sectionLine + 1}\`)`, '');
      out.push(`| ${L('colLine')} | ${L('colSetting')} | ${L('colValue')} | ${L('colResult')} | ${L('colWhere')} |`);
      out.push('|---|---|---|---|---|');
    }
    const status = migrateLabel(r.locale, `status.${x.outcome.status}`);
    const line = x.path === x.sectionPath ? `${x.line + 1}` : `${rel(x.path)}:${x.line + 1}`;
    out.push(`| ${line} | ${code(x.key)} | ${code(x.shown)} | ${status} | ${where(r.locale, x)} |`);
  }
  return out;
}
