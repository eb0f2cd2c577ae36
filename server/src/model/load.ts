/**
 * Reads one Asterisk config (pjsip.conf or pjsip_wizard.conf with everything it includes) the way Asterisk's
 * config reader does: includes are expanded where they appear, templates are copied into the sections that
 * inherit them when the header is read, `(+)` blocks add to an earlier section, `+=` extends a value.
 *
 * Where Asterisk would stop (a fatal line), the reader records it and carries on, so that every problem can be
 * reported at once; what Asterisk would not have read is marked `dead` and the config `rejected`.
 */
import { MAX_BLOCK_NESTING } from '../syntax';
import type { Line, SectionItem } from '../syntax';
import { expandGlob, isAbsolute, join, normalize } from './paths';
import { NO_ITEMS, OptionEntry, Section, type Config, type ConfigKind, type ConfigSetOptions, type FileProvider, type IncludeInfo, type SourceFile, type Variable } from './types';
import type { ProblemSink } from './problems';

/** Asterisk's MAX_INCLUDE_LEVEL. */
const MAX_INCLUDE_LEVEL = 10;
/** fgets buffer of 8192: longer lines are skipped. */
const MAX_LINE = 8190;

interface LoadState {
  config: Config;
  provider: FileProvider;
  options: ConfigSetOptions;
  sink: ProblemSink;
  /** Categories by lower-cased name, in order (Asterisk looks them up case-insensitively, first match). */
  byName: Map<string, Section[]>;
  /** cfg->current: where an included file's leading lines go. */
  current: Section | null;
  stack: string[];
  seen: Set<string>;
  blocksOfFile: Map<SourceFile, Section[]>;
}

export function loadConfig(kind: ConfigKind, root: SourceFile, provider: FileProvider, options: ConfigSetOptions, sink: ProblemSink,
  blocksOfFile: Map<SourceFile, Section[]>, standalone = false): Config {
  const config: Config = { kind, root, categories: [], blocks: [], files: [], includes: [], rejected: false, standalone };
  if (standalone) {
    const end = root.tree.lines.length ? root.tree.lines[0].length - root.tree.lines[0].eol : 0;
    sink.add({ path: root.path, start: 0, end, code: 'file-not-included',
      message: `No config file includes ${root.path.slice(root.path.lastIndexOf('/') + 1)}, so Asterisk never reads it. It is checked here on its own; add '#include ${root.path.slice(root.path.lastIndexOf('/') + 1)}' to pjsip.conf if it should load.` });
  }
  const st: LoadState = { config, provider, options, sink, byName: new Map(), current: null, stack: [], seen: new Set(), blocksOfFile };
  readFile(st, root, 1);
  return config;
}

/** Map an include argument onto a path pattern of this machine. */
export function resolveIncludePath(arg: string, options: ConfigSetOptions): string {
  if (isAbsolute(arg)) {
    const maps = options.pathMap ?? [{ from: '/etc/asterisk', to: options.configDir }];
    for (const m of maps) {
      const from = m.from.replace(/\/+$/, '');
      if (arg === from || arg.startsWith(`${from}/`)) return normalize(m.to + arg.slice(from.length));
    }
    return normalize(arg);
  }
  return join(options.configDir, arg);
}

function readFile(st: LoadState, file: SourceFile, level: number): void {
  const { config, sink } = st;
  const tree = file.tree;
  const isRoot = level === 1;
  st.stack.push(file.path);
  st.seen.add(file.path);
  if (!config.files.includes(file)) config.files.push(file);
  const blocks: Section[] = []; // header blocks of this reading of the file
  let cat: Section | null = st.current; // ast_config_get_current_category
  let block: Section | null = cat; // header block lines are written under (an included file continues the current one)
  let dead = false;
  const fatal = () => {
    if (isRoot) config.rejected = true;
    else dead = true;
  };
  const lines = tree.lines;
  const starts = tree.lineStarts;
  let crReported = false;
  let depthReported = false;
  for (let i = 0; i < lines.length; i++) {
    const line: Line = lines[i];
    const base = starts[i];
    if (line.loneCr && !crReported) {
      crReported = true;
      sink.add({ path: file.path, start: base + line.length - 1, end: base + line.length, code: 'line-ending-cr',
        message: 'This file uses lone carriage returns as line ends. Asterisk only breaks lines at a line feed, so it reads these lines as a single line: what follows does not exist for it.' });
    }
    if (line.length - line.eol > MAX_LINE) {
      sink.add({ path: file.path, start: base, end: base + line.length - line.eol, code: 'line-too-long',
        message: `This line is ${line.length - line.eol} characters long; Asterisk skips lines longer than ${MAX_LINE} characters.` });
    }
    if (line.nestingOverflow) {
      sink.add({ path: file.path, start: base, end: base + line.length - line.eol, code: 'block-comment-nesting',
        message: `More than ${MAX_BLOCK_NESTING} nested ';--' block comments: Asterisk cannot get past this line.` });
    }
    if (line.depthOut < 0 && line.depthIn >= 0 && !depthReported) {
      depthReported = true;
      const at = findStrayEnd(file.text, base, base + line.length - line.eol);
      sink.add({ path: file.path, start: at, end: at + 3, code: 'block-comment-stray-end',
        message: "This '--;' closes no ';--' block comment. Asterisk's comment counter goes below zero, so every following line of this file is ignored until a ';--' appears." });
    }
    switch (line.kind) {
      case 'section': {
        const h = line.section!;
        const sect = newSection(st, file, i, line, base, dead);
        if (h.close < 0) {
          sink.add({ path: file.path, start: base + line.codeStart, end: base + line.codeEnd, code: 'syntax-unclosed-section',
            message: `Section header without ']': Asterisk stops reading ${fileRole(isRoot, config.kind)} here${isRoot ? ' and loads nothing from it' : ''}.` });
          fatal();
          continue;
        }
        if (h.lparen >= 0 && h.rparen < 0) {
          sink.add({ path: file.path, start: base + h.lparen, end: base + line.codeEnd, code: 'syntax-unclosed-section',
            message: `Template list '(' without ')': Asterisk stops reading ${fileRole(isRoot, config.kind)} here${isRoot ? ' and loads nothing from it' : ''}.` });
          fatal();
          continue;
        }
        if (h.trailingStart >= 0) {
          const t = file.text.slice(base + h.trailingStart, base + h.trailingEnd);
          const looksLikeList = t.startsWith('(');
          sink.add({ path: file.path, start: base + h.trailingStart, end: base + h.trailingEnd, code: 'section-trailing-text',
            message: looksLikeList && h.lparen < 0
              ? `Asterisk ignores '${t}' because of the space before it: [${h.name}] is ${t.includes('!') ? 'not a template but a real section' : 'not inheriting anything'}.`
              : `Asterisk ignores '${t}' after the section header.` });
        }
        let into: Section = sect; // *cat while reading the list
        let created = true;
        let ok = true;
        for (const item of h.items) {
          if (item.kind === 'template') {
            into.isTemplate = true;
          } else if (item.kind === 'append') {
            const filter = item.text.length > 1 ? item.text.slice(1) : null;
            const target = findCategory(st, h.name, filter, 'append');
            sect.isAppend = true;
            sect.appendFilter = filter;
            if (!target) {
              sink.add({ path: file.path, start: base + item.start, end: base + item.end, code: 'unresolved-template',
                message: `[${h.name}](+) adds to an earlier section named '${h.name}', but there is none${hasTemplate(st, h.name) ? ' (a template cannot be extended with (+))' : ''}: Asterisk stops reading ${fileRole(isRoot, config.kind)} here${isRoot ? ' and loads nothing from it' : ''}.` });
              fatal();
              ok = false;
              break;
            }
            sect.appendTarget = target;
            if (target.appendedBy === NO_ITEMS) target.appendedBy = [];
            target.appendedBy.push(sect);
            if (created) {
              target.isTemplate ||= sect.isTemplate;
              for (const v of sect.vars) target.vars.push(v);
              sect.vars = [];
              created = false;
            }
            into = target;
          } else {
            const base2 = findCategory(st, item.text, null, 'inherit');
            const ref = { name: item.text, start: base + item.start, end: base + item.end, target: base2 };
            if (sect.parents === NO_ITEMS) sect.parents = [];
            sect.parents.push(ref);
            if (!base2) {
              sink.add({ path: file.path, start: ref.start, end: Math.max(ref.end, ref.start + 1), code: 'unresolved-template',
                message: `${item.text === '' ? 'Empty template name' : `No section named '${item.text}' is defined above this line`}${/^\s|\s$/.test(item.text) ? ' (Asterisk does not trim spaces inside the parentheses)' : ''}: Asterisk stops reading ${fileRole(isRoot, config.kind)} here${isRoot ? ' and loads nothing from it' : ''}.` });
              fatal();
              ok = false;
              break;
            }
            if (base2.children === NO_ITEMS) base2.children = [];
            base2.children.push(into);
            for (const v of base2.vars) into.vars.push(v);
          }
        }
        if (!ok) {
          // Asterisk stops here; keep the lines under this header attached to it (it never becomes an object).
          cat = sect; block = sect; sect.dead = true; blocks.push(sect); config.blocks.push(sect);
          continue;
        }
        if (created) {
          config.categories.push(sect);
          const key = sect.name.toLowerCase();
          const list = st.byName.get(key);
          if (list) list.push(sect); else st.byName.set(key, [sect]);
        }
        cat = into;
        st.current = into;
        block = sect;
        blocks.push(sect);
        config.blocks.push(sect);
        break;
      }
      case 'directive': {
        const d = line.directive!;
        const name = d.name.toLowerCase();
        const range = { path: file.path, start: base + line.codeStart, end: base + line.codeEnd };
        if (name === 'include' || name === 'tryinclude') {
          if (d.arg === '') {
            sink.add({ ...range, code: 'directive-missing-argument', message: `#${d.name} needs a file name; Asterisk skips this line.` });
            break;
          }
          const inc: IncludeInfo = { file, line: i, directive: d, argStart: base + d.argStart, argEnd: base + d.argEnd, try: name === 'tryinclude', targets: [] };
          config.includes.push(inc);
          const pattern = resolveIncludePath(d.arg, st.options);
          const candidates = expandGlob(pattern, (dir) => st.provider.listDir(dir));
          let count = 0;
          for (const path of candidates) {
            const nested = st.provider.read(path);
            if (!nested) continue;
            count++;
            inc.targets.push(path);
            const argRange = { path: file.path, start: inc.argStart, end: inc.argEnd };
            if (st.stack.includes(path)) {
              sink.add({ ...argRange, code: 'include-cycle',
                message: `${path === file.path ? 'This file includes itself' : `'${d.arg}' is already being read (it includes this file)`}: Asterisk has no loop check and reads it again until its include limit of ${MAX_INCLUDE_LEVEL}, so each section in it is defined several times and those object types fail to load as duplicates.` });
              continue;
            }
            if (st.seen.has(path)) {
              sink.add({ ...argRange, code: 'include-duplicate',
                message: `'${d.arg}' was already included: Asterisk reads it a second time, so every object in it is defined twice and each of those types refuses to load.` });
              continue;
            }
            if (level > MAX_INCLUDE_LEVEL) {
              sink.add({ ...argRange, code: 'include-not-found',
                message: `Includes are nested more than ${MAX_INCLUDE_LEVEL} levels deep: Asterisk refuses to read '${d.arg}' and stops reading this file.` });
              fatal();
              continue;
            }
            readFile(st, nested, level + 1);
          }
          if (count === 0 && !inc.try) {
            sink.add({ path: file.path, start: inc.argStart, end: inc.argEnd, code: 'include-not-found',
              message: `${/[*?[{]/.test(d.arg) ? `No file matches '${d.arg}'` : `'${d.arg}' does not exist`} (looked for ${pattern}): Asterisk reports "listed as a #include but it does not exist" and stops reading ${fileRole(isRoot, config.kind)}${isRoot ? ', so nothing in it loads' : ''}. Use #tryinclude for an optional file.` });
            fatal();
          }
        } else if (name === 'exec') {
          if (d.arg === '') sink.add({ ...range, code: 'directive-missing-argument', message: '#exec needs a command; Asterisk skips this line.' });
          else sink.add({ ...range, code: 'exec-not-checked',
            message: '#exec is never run here, so whatever it generates is not checked. Asterisk itself runs it only with execincludes=yes in asterisk.conf.' });
        } else {
          sink.add({ ...range, code: 'unknown-directive',
            message: `Unknown directive '#${d.name}': Asterisk skips this line. Comments start with ';'.` });
        }
        break;
      }
      case 'assignment': {
        const a = line.assignment!;
        if (!cat) {
          sink.add({ path: file.path, start: base + line.codeStart, end: base + line.codeEnd, code: 'syntax-no-section',
            message: `This line is not inside any section: Asterisk reports "No category context" and stops reading ${fileRole(isRoot, config.kind)}${isRoot ? ', so nothing in it loads' : ''}.` });
          fatal();
          break;
        }
        if (a.key === '') {
          sink.add({ path: file.path, start: base + line.codeStart, end: base + line.codeEnd, code: 'syntax-missing-name',
            message: 'Nothing before the \'=\': Asterisk skips this line ("No variable name").' });
          break;
        }
        const entry = new OptionEntry(file, i, a, block!, dead, base);
        block!.own.push(entry);
        if (a.op === '+=') {
          let k = -1;
          for (let j = cat.vars.length - 1; j >= 0; j--) if (cat.vars[j].name === a.key) { k = j; break; }
          if (k >= 0) {
            const old = cat.vars[k];
            const v: Variable = { name: old.name, value: (old.value + a.value).trimEnd().trimStart(), entry: old.entry, extendedBy: [...(old.extendedBy ?? []), entry] };
            cat.vars[k] = v;
            break;
          }
          cat.vars.push({ name: a.key, value: a.value.trim(), entry });
          break;
        }
        cat.vars.push(entry);
        break;
      }
      case 'text': {
        const range = { path: file.path, start: base + line.codeStart, end: base + line.codeEnd };
        if (!cat) {
          sink.add({ ...range, code: 'syntax-no-section',
            message: `This line is not inside any section: Asterisk reports "No category context" and stops reading ${fileRole(isRoot, config.kind)}${isRoot ? ', so nothing in it loads' : ''}.` });
          fatal();
        } else if (line.badEscape) {
          sink.add({ ...range, code: 'syntax-invalid-escape',
            message: `A '\\' at the start of a line must escape a visible character: Asterisk reports "Invalid escape" and stops reading ${fileRole(isRoot, config.kind)}.` });
          fatal();
        } else {
          sink.add({ ...range, code: 'syntax-missing-equals',
            message: 'This line has no \'=\': Asterisk skips it ("No \'=\' (equal sign)"). Write key = value, or comment it out with \';\'.' });
        }
        break;
      }
      default:
        break;
    }
  }
  // Section blocks end where the next header (or the file) starts.
  for (let k = 0; k < blocks.length; k++) blocks[k].lastLine = k + 1 < blocks.length ? blocks[k + 1].line - 1 : lines.length - 1;
  const known = st.blocksOfFile.get(file);
  if (known) known.push(...blocks); else st.blocksOfFile.set(file, blocks);
  const lastLine = lines[lines.length - 1];
  if (lastLine && lastLine.depthOut > 0) {
    const open = findUnclosedOpener(file);
    if (open >= 0) sink.add({ path: file.path, start: open, end: open + 3, code: 'block-comment-unterminated',
      message: "This ';--' block comment is never closed: everything after it, to the end of the file, is a comment for Asterisk." });
  }
  st.stack.pop();
}

function fileRole(isRoot: boolean, kind: ConfigKind): string {
  return isRoot ? (kind === 'wizard' ? 'this wizard file' : 'this file') : 'this included file';
}

function newSection(st: LoadState, file: SourceFile, i: number, line: Line, base: number, dead: boolean): Section {
  return new Section(st.config, file, i, line.section!, base, dead);
}

function hasTemplate(st: LoadState, name: string): boolean {
  return (st.byName.get(name.toLowerCase()) ?? []).some((s) => s.isTemplate);
}

/**
 * Asterisk's category lookup: case-insensitive name, first match in load order. For `(+)` only non-templates
 * match unless the filter says `TEMPLATES=include`; a filter is `name=value` regexes joined by `&`.
 */
function findCategory(st: LoadState, name: string, filter: string | null, mode: 'append' | 'inherit'): Section | null {
  const list = st.byName.get(name.toLowerCase());
  if (!list) return null;
  if (mode === 'inherit') return list[0];
  let templates: 0 | 1 | 2 = 0;
  const exprs: { n: RegExp; v: RegExp }[] = [];
  if (filter) {
    for (const part of filter.split('&')) {
      const eq = part.indexOf('=');
      const n = (eq >= 0 ? part.slice(0, eq) : part).trim();
      const v = eq >= 0 ? part.slice(eq + 1).trim() : '';
      if (n === 'TEMPLATES') { templates = v.toLowerCase() === 'include' ? 1 : v.toLowerCase() === 'restrict' ? 2 : 0; continue; }
      // Filters are regexes written by the admin; refuse the ones that could take exponential time on a value.
      if (n.length + v.length > 200 || /\([^)]*[+*][^)]*\)\s*[+*{]/.test(n + v)) return null;
      try { exprs.push({ n: new RegExp(n), v: new RegExp(v) }); } catch { return null; }
    }
  }
  for (const s of list) {
    if (s.isTemplate ? templates === 0 : templates === 2) continue;
    if (exprs.every((e) => s.vars.some((v) => e.n.test(v.name) && e.v.test(v.value)))) return s;
  }
  return null;
}

/** Absolute offset of the first `--;` on the line that sent the comment counter negative. */
function findStrayEnd(text: string, start: number, end: number): number {
  const i = text.indexOf('--;', start);
  return i >= 0 && i < end ? i : start;
}

/** Offset of the outermost `;--` that is still open at the end of the file. */
function findUnclosedOpener(file: SourceFile): number {
  const { lines, lineStarts } = file.tree;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.depthIn <= 0 && l.depthOut > 0) {
      const base = lineStarts[i];
      for (const c of l.comments) if (c.block && file.text.startsWith(';--', base + c.start)) return base + c.start;
      return base;
    }
  }
  return -1;
}

export type { SectionItem };
