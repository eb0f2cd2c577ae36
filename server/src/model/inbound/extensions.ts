/**
 * The extensions of extensions.conf's contexts, as pbx_config reads them: `exten => name[/callerid],priority,App(args)`,
 * `same => priority,App(args)` (the previous line's extension), priorities as numbers, `n` (the previous one plus
 * one), `s` (the same) or `hint`, an optional `(label)`, and `include => context` lines (an include with a time
 * condition counts as an include). Parsed once per file and kept while the file is unchanged (the same SourceFile).
 */
import type { Dialplan } from '../dialplan';
import type { SourceFile } from '../types';
import { parseExtensionName, type ExtensionName } from './patterns';

export interface DialplanLine {
  file: SourceFile;
  line: number;
  /** Absolute offsets of the value (after `=>`). */
  start: number;
  end: number;
}

export interface ExtensionLine extends DialplanLine {
  name: ExtensionName;
  /** Only calls with this caller ID take it (`100/1234`). */
  callerId?: string;
  priority: number | 'hint' | undefined;
  /** The application and its argument text (`Dial`, `PJSIP/${EXTEN},30`). */
  app: string;
  args: string;
  /** Absolute offset of the argument text. */
  argsStart: number;
}

export interface IncludeLine extends DialplanLine {
  context: string;
  /** A time condition after the name: the include holds only at those times. */
  conditional: boolean;
}

export interface DialplanContext {
  name: string;
  extensions: ExtensionLine[];
  includes: IncludeLine[];
}

/** The lines of each context block of one file, by the header's line. */
type FileBlocks = Map<number, { extensions: ExtensionLine[]; includes: IncludeLine[] }>;

const byFile = new WeakMap<SourceFile, FileBlocks>();

/** One context as Asterisk builds it: every block of that name, in the order they were read. */
export function dialplanContext(dialplan: Dialplan, name: string): DialplanContext | undefined {
  const sections = dialplan.contexts.get(name);
  if (!sections?.length) return undefined;
  const out: DialplanContext = { name, extensions: [], includes: [] };
  for (const s of sections) {
    const b = blocksOf(s.file).get(s.line);
    if (!b) continue;
    out.extensions.push(...b.extensions);
    out.includes.push(...b.includes);
  }
  return out;
}

function blocksOf(file: SourceFile): FileBlocks {
  let blocks = byFile.get(file);
  if (!blocks) byFile.set(file, (blocks = readBlocks(file)));
  return blocks;
}

function readBlocks(file: SourceFile): FileBlocks {
  const blocks: FileBlocks = new Map();
  const { lines, lineStarts } = file.tree;
  let current: { extensions: ExtensionLine[]; includes: IncludeLine[] } | undefined;
  let last: { name: string; priority: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.section) {
      current = { extensions: [], includes: [] };
      blocks.set(i, current);
      last = undefined;
      continue;
    }
    const a = l.assignment;
    if (!current || !a) continue;
    const key = a.key.toLowerCase();
    const at = { file, line: i, start: lineStarts[i] + a.valueStart, end: lineStarts[i] + a.valueEnd };
    const exact = a.valueEnd - a.valueStart === a.value.length;
    if (key === 'include') {
      const [context, ...rest] = a.value.split(',');
      if (context.trim())
        current.includes.push({
          ...at,
          context: context.trim(),
          conditional: rest.some((r) => r.trim() && r.trim() !== '*'),
        });
      continue;
    }
    if (key !== 'exten' && key !== 'same') continue;
    const value = a.value;
    let rest = value;
    let nameText: string;
    if (key === 'exten') {
      const comma = value.indexOf(',');
      if (comma < 0) continue;
      nameText = value.slice(0, comma).trim();
      rest = value.slice(comma + 1);
    } else {
      if (!last) continue;
      nameText = last.name;
    }
    const comma = rest.indexOf(',');
    const prioText = (comma < 0 ? rest : rest.slice(0, comma)).trim().replace(/\(.*\)$/, '');
    const appText = comma < 0 ? '' : rest.slice(comma + 1);
    const sameName = last?.name === nameText;
    const priority = priorityOf(prioText, sameName ? last!.priority : 0);
    const slash = nameText.indexOf('/');
    const name = parseExtensionName(slash >= 0 ? nameText.slice(0, slash) : nameText);
    const paren = appText.search(/[(,]/);
    const app = (paren < 0 ? appText : appText.slice(0, paren)).trim();
    let args = paren < 0 ? '' : appText.slice(paren + 1);
    if (paren >= 0 && appText[paren] === '(' && args.trimEnd().endsWith(')')) args = args.trimEnd().slice(0, -1);
    const argsOffset = value.length - (comma < 0 ? 0 : appText.length) + (paren < 0 ? appText.length : paren + 1);
    current.extensions.push({
      ...at,
      name,
      callerId: slash >= 0 ? nameText.slice(slash + 1) : undefined,
      priority,
      app,
      args,
      argsStart: exact ? at.start + argsOffset : at.start,
    });
    if (typeof priority === 'number') last = { name: nameText, priority };
    else if (priority === 'hint') last = { name: nameText, priority: 0 };
  }
  return blocks;
}

function priorityOf(text: string, previous: number): number | 'hint' | undefined {
  const t = text.toLowerCase();
  if (t === 'hint') return 'hint';
  if (/^\d+$/.test(t)) return Number(t);
  if (t === 'n') return previous + 1;
  if (t === 's') return previous;
  const plus = /^n\+(\d+)$/.exec(t);
  if (plus) return previous + Number(plus[1]);
  return undefined;
}
