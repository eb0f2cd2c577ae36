/**
 * The semantic model: what Asterisk builds from a config set. Offsets are absolute offsets into the file's
 * text; positions (line/character) exist only at the edges (CLI, LSP).
 */
import type { Assignment, Directive, SectionHeader, SyntaxTree } from '../syntax';
import type { DirEntry } from './paths';
import type { Failure, Part } from '../i18n/messages';
import type { Problem } from './problems';

/** A file with its parse. The provider owns parsing (so editors can re-parse incrementally). */
export interface SourceFile {
  path: string;
  text: string;
  tree: SyntaxTree;
}

/** IO is injected: the core never touches the disk. */
export interface FileProvider {
  /** The file at an absolute path, or undefined when it does not exist (or is not a regular file). */
  read(path: string): SourceFile | undefined;
  /** Entries of a directory, or undefined when it does not exist. */
  listDir(dir: string): DirEntry[] | undefined;
  /**
   * Why a path that `read` gave nothing for cannot be read although something is there; undefined when nothing
   * is there at all (missing). Optional: a provider without it reports every unread path as missing.
   */
  problem?(path: string): FileProblem | undefined;
  /**
   * Whether Asterisk could open what is at the path (a file or a folder) for reading: `readable`, `unreadable`, or
   * undefined when nothing is there. Optional: without it, key and certificate files are not checked.
   */
  access?(path: string): 'readable' | 'unreadable' | undefined;
}

/** Something is at the path, but it is not a file that can be read as a config. */
export type FileProblem = 'folder' | 'not-regular' | 'symlink-loop' | 'unreadable' | 'too-large';

export type ConfigKind = 'pjsip' | 'wizard';

export interface ConfigSetOptions {
  /** The Asterisk config folder: relative includes resolve against it. */
  configDir: string;
  /** Root files, each loaded as its own Asterisk config (pjsip.conf, pjsip_wizard.conf, other standalone files). */
  roots: {
    path: string;
    kind: ConfigKind;
    /** Not read by Asterisk (no config includes it); checked on its own. */ standalone?: boolean;
  }[];
  /**
   * Absolute include prefixes mapped onto folders of this machine (default: /etc/asterisk -> configDir).
   * `implied`: the default mapping, not one the user gave (key files are not looked for through it).
   */
  pathMap?: { from: string; to: string; implied?: boolean }[];
  /**
   * The Asterisk version to answer for (`20`, `20.7`, `20.7.0`, `master`; see schema/versions.ts). Unset or
   * invalid: the newest release.
   */
  asteriskVersion?: string;
}

/**
 * One assignment line as written, under the section block it appears in. It is also the line's entry in
 * Asterisk's variable list (name, value, entry) until a `+=` extends it. Absolute offsets are derived from the
 * line start, so an entry costs one small object per line.
 */
export class OptionEntry implements Variable {
  /** Same as `assignment.key` / `assignment.value`: plain fields, read in every loop over variables. */
  readonly name: string;
  readonly value: string;
  constructor(
    /** The file, line and line start move when an edit elsewhere in the file is applied in place (model/update.ts). */
    public file: SourceFile,
    public line: number,
    readonly assignment: Assignment,
    /** The header block the line is written under (a `(+)` block for appended lines). */
    readonly block: Section,
    /** Asterisk stopped reading this file before this line (a fatal error above it in an included file). */
    readonly dead: boolean,
  ) {
    this.name = assignment.key;
    this.value = assignment.value;
  }
  /**
   * Absolute offset of the line start, read from the file's current parse: a keystroke that keeps the number of
   * lines moves no entry (model/update.ts).
   */
  get base(): number {
    return this.file.tree.lineStart(this.line);
  }
  // The same for every entry: on the prototype, not three more fields in each of 100,000 objects.
  get entry(): OptionEntry {
    return this;
  }
  get extendedBy(): OptionEntry[] | undefined {
    return undefined;
  }
  get synthetic(): boolean {
    return false;
  }
  get keyStart(): number {
    return this.base + this.assignment.keyStart;
  }
  get keyEnd(): number {
    return this.base + this.assignment.keyEnd;
  }
  get valueStart(): number {
    return this.base + this.assignment.valueStart;
  }
  get valueEnd(): number {
    return this.base + this.assignment.valueEnd;
  }
}

/** An entry of Asterisk's variable list for a category. Shared between a template and what inherits it. */
export interface Variable {
  readonly name: string;
  readonly value: string;
  readonly entry: OptionEntry;
  /** `+=` lines that extended the value. */
  readonly extendedBy?: OptionEntry[];
  /** Set on values the wizard adds itself (not written by the admin); `entry` then points at the wizard line responsible. */
  readonly synthetic?: boolean;
}

export interface ParentRef {
  name: string;
  /** Absolute offsets of the name in the header. */
  readonly start: number;
  readonly end: number;
  target: Section | null;
}

/** A template named in a header, at offsets relative to its line (which move with the section). */
export class HeaderParent implements ParentRef {
  constructor(
    private readonly section: Section,
    readonly name: string,
    private readonly from: number,
    private readonly to: number,
    public target: Section | null,
  ) {}
  get start(): number {
    return this.section.base + this.from;
  }
  get end(): number {
    return this.section.base + this.to;
  }
}

/** Shared empty list for the rarely used lists of a section (replaced on the first push). */
export const NO_ITEMS: never[] = [];

/** One section header and the lines under it, in one config. Positions derive from the line start. */
export class Section {
  /** Index of the last line of this block in its file (before the next header or the end of file). */
  lastLine: number;
  isTemplate = false;
  /** `[x](+)`: the earlier section these lines are added to (null when there is none). */
  isAppend = false;
  appendTarget: Section | null = null;
  appendFilter: string | null = null;
  parents: ParentRef[] = NO_ITEMS;
  /** Asterisk's variable list for this category (meaningless for append blocks: their lines go to the target). */
  vars: Variable[] = [];
  /** Lines written under this header (the shared empty list until the first; an aor from a template has none). */
  own: OptionEntry[] = NO_ITEMS;
  /** `(+)` blocks that added to this section. */
  appendedBy: Section[] = NO_ITEMS;
  /** Sections inheriting from this one. */
  children: Section[] = NO_ITEMS;
  /** The type this section ends up with (own or inherited `type=`), once objects are built. */
  type?: string = undefined;
  /** Index of this block in its config's `blocks` (load order). */
  order = -1;
  /** What building this section (or checking this template) reported; see `FindingsBySection` (model.ts). */
  built: Problem[] = NO_ITEMS;
  readonly name: string;

  constructor(
    readonly config: Config,
    /** The file, line and line start move when an edit elsewhere in the file is applied in place (model/update.ts). */
    public file: SourceFile,
    public line: number,
    readonly header: SectionHeader,
    /** Asterisk stopped reading the file before this header. */
    public dead: boolean,
  ) {
    this.name = header.name;
    this.lastLine = line;
  }
  /** Absolute offset of the header line's start, from the file's current parse. */
  get base(): number {
    return this.file.tree.lineStart(this.line);
  }
  /** Absolute offsets of the name (inside the brackets) and of the whole header code. */
  get nameStart(): number {
    return this.base + this.header.nameStart;
  }
  get nameEnd(): number {
    return this.base + this.header.nameEnd;
  }
  get headerStart(): number {
    return this.base + this.file.tree.lines[this.line].codeStart;
  }
  get headerEnd(): number {
    return this.base + this.file.tree.lines[this.line].codeEnd;
  }
}

export interface IncludeInfo {
  file: SourceFile;
  line: number;
  directive: Directive;
  /** Absolute offsets of the argument. */
  argStart: number;
  argEnd: number;
  try: boolean;
  /** Resolved absolute paths (after mapping and globbing) that exist. */
  targets: string[];
}

export interface Config {
  kind: ConfigKind;
  root: SourceFile;
  /** Categories in Asterisk's order (templates included, `(+)` blocks excluded). */
  categories: Section[];
  /** Every header block in load order, `(+)` blocks included. */
  blocks: Section[];
  files: SourceFile[];
  includes: IncludeInfo[];
  /** A fatal error in the root file: Asterisk rejects the whole config and loads nothing from it. */
  rejected: boolean;
  /** A file no config includes: Asterisk never reads it; it is checked on its own. */
  standalone: boolean;
}

export interface RelatedInfo {
  path: string;
  start: number;
  end: number;
  /** The catalogue phrase, and its English text. */
  msg: Part;
  message: string;
}

/** Related information as a check writes it: the phrase only (the sink renders the text). */
export type RelatedInput = Omit<RelatedInfo, 'message'>;

/** An object Asterisk creates (or tries to): from a pjsip.conf section or generated by a wizard. */
export interface PjsipObject {
  type: string;
  id: string;
  /** The section that defines it (for wizard objects: the wizard section). */
  section: Section;
  /** For wizard-generated objects: the prefix that feeds it (`endpoint/`, ...). */
  wizardPrefix?: string;
  /** Options in the order Asterisk applies them. */
  vars: Variable[];
  /** Predicted load result. */
  loads: boolean;
  /** Why it does not load (first reason), in English: the English text of `failureReason`. */
  failure?: string;
  /** Why it does not load, in every language (`renderFailure(locale, f)`); set with `failure` by `setFailure`. */
  failureReason?: Failure;
  /**
   * A second copy of an object of this type and id that Asterisk had already created from the same config: it
   * is a duplicate and is never applied (its own lines are not read). Set while building, in load order.
   */
  copyOf?: PjsipObject;
}

/** A name in a value (or header) that refers to another object or section. */
export interface Reference {
  file: SourceFile;
  start: number;
  end: number;
  name: string;
  /** Target object type, or 'template' for `[x](tpl)` / `[x](+)` parent names. */
  targetType: string;
  /** The option it is written in (`endpoint.aors`), or `section` for header references. */
  via: string;
  entry?: OptionEntry;
  /** The section whose header or body holds the reference. */
  section: Section;
  /** Definitions it resolves to (sections for templates; objects' sections otherwise). */
  targets: Section[];
  /** For wizard-generated names: the wizard section generating the target. */
  generated?: boolean;
}
