/**
 * The lines Asterisk logs while it loads a config: an unknown option, a value it cannot parse, an object it did not
 * create, a missing `#include`. A line that names its file and line ("at line 12 of /etc/asterisk/pjsip.conf"; the
 * real Asterisk often leaves the file name empty) goes to that line, the file mapped like an include path (the path
 * map, else /etc/asterisk onto the config folder); without a file, to the line of that number that sets the option.
 */
import { lineContentEnd, lineIndexAt } from '../syntax';
import { nameRange } from '../model/ranges';
import { relativeTo } from '../model/paths';
import { resolveIncludePath } from '../model/includes';
import type { PjsipObject, SourceFile } from '../model/types';
import type { Diagnostic } from '../rules/diagnostic';
import type { Analysis } from '../analysis/analyze';
import { blockAt } from './cursor';
import { localizedRules } from './ruleDocs';
import { renderFailure, renderMessage, type Failure } from '../i18n/messages';
import type { Locale } from '../i18n/locale';
import { explainText } from '../i18n/ui/explainTexts';
import { targetFor } from '../schema/versioned';
import { logExplainer, type Explanation, type LogExplainer } from './logExplainer';

/** "at line N of FILE": where Asterisk says the line is. */
interface Place {
  line?: number;
  file?: string;
}

const UNKNOWN_OPTION =
  /^Could not find option suitable for category '([^']*)' named '([^']*)'(?: at line (\d+) of\s*(\S*))?/;
const PARSE_ERROR = /^Error parsing ([^=\s]+)=(.*?) at line (\d+) of\s*(\S*)/;
const OBJECT_FAILED =
  /^Could not create an object of type '([^']*)' with id '([^']*)' from configuration file '([^']*)'/;
const INCLUDE_MISSING = /^The file '([^']*)' was listed as a #include but it does not exist/;

const place = (line: string | undefined, file: string | undefined): Place => ({
  line: line ? +line : undefined,
  file: file || undefined,
});

const unknownOption = logExplainer<{ section: string; option: string } & Place>({
  read(text) {
    const m = UNKNOWN_OPTION.exec(text);
    return m ? { section: m[1], option: m[2], ...place(m[3], m[4]) } : undefined;
  },
  explain(a, p, locale) {
    const said = explainText(locale, 'unknownOption', { option: p.option, section: p.section });
    const at = lineOf(a, p, p.option);
    const d = at
      ? diagnosticOn(a, at, ['unknown-option'])
      : a.diagnostics.find(
          (x) =>
            x.code === 'unknown-option' &&
            sectionOf(a, x) === p.section &&
            textOf(a, x).trim().toLowerCase().startsWith(p.option.toLowerCase()),
        );
    if (d) return fromDiagnostic(d, said, locale);
    return (
      at &&
      atLine(a, at, said, explainText(locale, 'noFindingThere', { target: targetFor(a.options.asteriskVersion).label }))
    );
  },
});

const parseError = logExplainer<{ option: string; value: string } & Place>({
  read(text) {
    const m = PARSE_ERROR.exec(text);
    return m ? { option: m[1], value: m[2], ...place(m[3], m[4]) } : undefined;
  },
  explain(a, p, locale) {
    const said = explainText(locale, 'parseError', { option: p.option, value: p.value });
    const at = lineOf(a, p, p.option);
    const d = at
      ? diagnosticOn(a, at, ['invalid-value', 'address-with-port', 'unknown-option'])
      : (a.diagnostics.find((x) => x.code === 'invalid-value' && textOf(a, x).trim() === p.value.trim()) ??
        a.diagnostics.find((x) => x.code === 'invalid-value' && x.message.includes(p.option)));
    if (d) return fromDiagnostic(d, said, locale);
    return (
      at &&
      atLine(a, at, said, explainText(locale, 'noFindingThere', { target: targetFor(a.options.asteriskVersion).label }))
    );
  },
});

const objectFailed = logExplainer<{ type: string; id: string; file: string }>({
  read(text) {
    const m = OBJECT_FAILED.exec(text);
    return m ? { type: m[1], id: m[2], file: m[3] } : undefined;
  },
  explain: (a, p, locale) => explainObjectFailed(a, p.type, p.id, locale),
});

const includeMissing = logExplainer<{ file: string }>({
  read(text) {
    const m = INCLUDE_MISSING.exec(text);
    return m ? { file: m[1] } : undefined;
  },
  explain: (a, p, locale) => explainInclude(a, p.file, locale),
});

export const loadExplainers: readonly LogExplainer[] = [unknownOption, parseError, objectFailed, includeMissing];

// ---- finding the line ---------------------------------------------------------------------------------------

interface LineAt {
  file: SourceFile;
  /** 0-based. */
  line: number;
}

/**
 * The line the log names, when it sets `option`: in the file it names (mapped like an include path), or, when it
 * names none, in whichever file of the set has that option on that line.
 */
function lineOf(a: Analysis, p: Place, option: string): LineAt | undefined {
  if (p.line === undefined || p.line < 1) return undefined;
  const sets = (f: SourceFile) => f.tree.lines[p.line! - 1]?.assignment?.key.toLowerCase() === option.toLowerCase();
  if (p.file) {
    const f = a.files.get(resolveIncludePath(p.file, a.options));
    return f && p.line <= f.tree.lines.length ? { file: f, line: p.line - 1 } : undefined;
  }
  for (const f of a.files.values()) if (sets(f)) return { file: f, line: p.line - 1 };
  return undefined;
}

/** A diagnostic of one of `codes` on that line. */
function diagnosticOn(a: Analysis, at: LineAt, codes: readonly string[]): Diagnostic | undefined {
  const start = at.file.tree.lineStarts[at.line];
  const end = lineContentEnd(at.file.tree, at.line);
  return a.diagnostics.find(
    (d) => d.path === at.file.path && codes.includes(d.code) && d.start >= start && d.start <= end,
  );
}

/** The line itself, where we found nothing to say: what Asterisk said, and that our checks see no problem there. */
function atLine(a: Analysis, at: LineAt, said: string, note: string): Explanation {
  const start = at.file.tree.lineStarts[at.line];
  const l = at.file.tree.lines[at.line];
  const where = `${relativeTo(a.options.configDir, at.file.path)}:${at.line + 1}`;
  return {
    path: at.file.path,
    start: start + Math.max(0, l.codeStart),
    end: lineContentEnd(at.file.tree, at.line),
    markdown: [`**${where}**`, said, note].join('\n\n'),
  };
}

// ---- shared with the other load-time lines ------------------------------------------------------------------

function textOf(a: Analysis, d: Diagnostic): string {
  return a.files.get(d.path)?.text.slice(d.start, d.end) ?? '';
}

function sectionOf(a: Analysis, d: Diagnostic): string | undefined {
  const f = a.files.get(d.path);
  if (!f) return undefined;
  const b = blockAt(a, d.path, lineIndexAt(f.tree.lineStarts, d.start));
  return (b?.appendTarget ?? b)?.name;
}

/** A diagnostic's text in the reader's language. */
function messageOf(d: Diagnostic, locale: Locale): string {
  return locale === 'en' ? d.message : renderMessage(locale, d.msg);
}

function fromDiagnostic(d: Diagnostic, said: string, locale: Locale): Explanation {
  const rule = localizedRules(locale).find((r) => r.id === d.code);
  const md = [
    said,
    `**${d.code}** — ${messageOf(d, locale)}`,
    rule ? explainText(locale, 'fix', { fix: rule.fix }) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return { path: d.path, start: d.start, end: d.end, markdown: md, rule: d.code };
}

/** Why an object does not load, in a non-English language, without its own closing stop (the sentence adds one). */
function whyText(locale: Locale, f: Failure): string {
  return renderFailure(locale, f).replace(/[。.]+$/, '');
}

function where(a: Analysis, o: PjsipObject): string {
  return `${relativeTo(a.options.configDir, o.section.file.path)}:${o.section.line + 1}`;
}

function explainObjectFailed(a: Analysis, type: string, id: string, locale: Locale): Explanation | undefined {
  const o =
    a.objects.find((x) => x.type === type && x.id === id && !x.loads) ??
    a.objects.find((x) => x.type === type && x.id === id);
  if (!o) return undefined;
  const s = o.section;
  const inside = a.diagnostics.filter(
    (d) => d.severity === 'error' && d.path === s.file.path && sectionOf(a, d) === s.name,
  );
  const parts = [
    o.wizardPrefix
      ? explainText(locale, 'notCreatedOfWizard', { type, id, wizard: s.name, where: where(a, o) })
      : explainText(locale, 'notCreated', { type, id, where: where(a, o) }),
    o.loads
      ? explainText(locale, 'expectedToLoad')
      : explainText(locale, 'why', {
          why: locale === 'en' || !o.failureReason ? (o.failure ?? '') : whyText(locale, o.failureReason),
        }),
  ];
  if (inside.length)
    parts.push(
      `${explainText(locale, 'whatToFix')}\n${inside
        .slice(0, 6)
        .map((d) => `- **${d.code}** — ${messageOf(d, locale)}`)
        .join('\n')}`,
    );
  return { ...nameRange(s), markdown: parts.join('\n\n'), rule: inside[0]?.code };
}

function explainInclude(a: Analysis, file: string, locale: Locale): Explanation | undefined {
  const inc = a.configs
    .flatMap((c) => c.includes)
    .find((i) => !i.targets.length && i.file.text.slice(i.argStart, i.argEnd).trim().replace(/^"|"$/g, '') === file);
  if (!inc) return undefined;
  const d = a.diagnostics.find(
    (x) => x.code === 'include-not-found' && x.path === inc.file.path && x.start === inc.argStart,
  );
  const root = inc.file === a.configs.find((c) => c.files.includes(inc.file))?.root;
  const including = relativeTo(a.options.configDir, inc.file.path);
  const said = explainText(locale, root ? 'includeMissingRoot' : 'includeMissing', { file, including });
  if (d) return fromDiagnostic(d, said, locale);
  return { path: inc.file.path, start: inc.argStart, end: inc.argEnd, markdown: said, rule: 'include-not-found' };
}
