/**
 * Syntax nodes for Asterisk's config-file format.
 *
 * The format is line oriented, so the tree is a flat list of lines. A `Line` is position independent: every
 * offset inside it is relative to the start of the line, and the tree keeps each line's absolute start in
 * `lineStarts`. That lets an incremental re-parse share unchanged `Line` objects between the old and the new
 * tree and only shift one array of numbers.
 *
 * Architecture invariant: this module imports nothing; the tree is a value and carries no semantic data.
 */

export type LineKind =
  | 'blank' // nothing but whitespace
  | 'comment' // only comment text (line comment or block comment pieces)
  | 'section' // `[name]`, `[name](!,tpl)`, `[name](+)`, or a broken header (`[name` with no `]`)
  | 'assignment' // `key = value`, `key => value`, `key += value`
  | 'directive' // `#include`, `#tryinclude`, `#exec` or any other `#word`
  | 'text'; // code that is none of the above: a line without `=` (Asterisk warns and skips it)

export type SectionItemKind = 'template' | 'append' | 'parent';

/** One entry of the `(...)` list after a section name. Offsets are relative to the line start. */
export interface SectionItem {
  kind: SectionItemKind;
  /** The entry exactly as Asterisk sees it (not trimmed): `!`, `+`, `+filter` or a parent name. */
  text: string;
  start: number;
  end: number;
}

export interface SectionHeader {
  /** Section name between `[` and the first `]` (not trimmed, as Asterisk keeps it). */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Relative offset of `]`, or -1 when the header has no closing bracket. */
  close: number;
  /** Relative offsets of `(` and `)`; -1 when absent. `lparen >= 0 && rparen < 0` is an unclosed list. */
  lparen: number;
  rparen: number;
  items: SectionItem[];
  /** Code after `]` (when no `(` follows immediately) or after `)`: Asterisk ignores it. -1 when none. */
  trailingStart: number;
  trailingEnd: number;
}

export type AssignOp = '=' | '=>' | '+=';

export interface Assignment {
  /** Option name, trimmed, as written (Asterisk matches option names case-insensitively). Empty when missing. */
  key: string;
  keyStart: number;
  keyEnd: number;
  op: AssignOp;
  opStart: number;
  /** Effective value: trimmed, comments removed, `\;` unescaped. */
  value: string;
  /** Source range of the value (covers escapes and any block comment inside it). Empty range when no value. */
  valueStart: number;
  valueEnd: number;
  /** The line started with a `\` escape (Asterisk's escaped first character). */
  escaped: boolean;
}

export interface Directive {
  /** Directive word without `#`, as written (`include`, `tryinclude`, `exec`, or anything else). */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Argument with quotes (`"..."` or `<...>`) removed; empty when missing. */
  arg: string;
  argStart: number;
  argEnd: number;
  /** The argument was written in `"..."` or `<...>`; the quotes sit just outside [argStart, argEnd). */
  quoted: boolean;
}

/** A block-comment piece or line comment inside one line; offsets relative to the line start. */
export interface CommentPiece {
  start: number;
  end: number;
  block: boolean;
}

const LINE_KINDS: readonly LineKind[] = ['blank', 'comment', 'section', 'assignment', 'directive', 'text'];
/** The index of each kind in LINE_KINDS (set once per line: no search). */
const KIND_INDEX: Readonly<Record<LineKind, number>> = {
  blank: 0,
  comment: 1,
  section: 2,
  assignment: 3,
  directive: 4,
  text: 5,
};
const KIND_BITS = 7,
  EOL_SHIFT = 3,
  LONE_CR = 1 << 5,
  NESTING_OVERFLOW = 1 << 6,
  BAD_ESCAPE = 1 << 7;

/**
 * One line. A file has one per line and keeps them all, so the small facts (kind, end-of-line length, flags)
 * share one number and the line's header, assignment or directive one field; the accessors read them back.
 */
export class Line {
  private bits: number;
  /** Length of the line including its end-of-line characters. */
  length: number;
  /** Block-comment nesting depth before and after this line (Asterisk's counter; it can go negative). */
  depthIn: number;
  depthOut: number;
  /** Start and end of the effective code (trimmed), relative; both -1 when the line has no code. */
  codeStart = -1;
  codeEnd = -1;
  /** Comment pieces in source order. */
  comments: CommentPiece[];
  private node: SectionHeader | Assignment | Directive | null = null;

  constructor(length: number, eol: number, loneCr: boolean, depthIn: number, comments: CommentPiece[]) {
    this.bits = (eol << EOL_SHIFT) | (loneCr ? LONE_CR : 0);
    this.length = length;
    this.depthIn = depthIn;
    this.depthOut = depthIn;
    this.comments = comments;
  }

  get kind(): LineKind {
    return LINE_KINDS[this.bits & KIND_BITS];
  }
  set kind(k: LineKind) {
    this.bits = (this.bits & ~KIND_BITS) | KIND_INDEX[k];
  }
  /** Length of the end-of-line sequence: 0 (last line), 1 (`\n` or lone `\r`) or 2 (`\r\n`). */
  get eol(): number {
    return (this.bits >> EOL_SHIFT) & 3;
  }
  /** True when the line ends with a lone `\r` (Asterisk does not break lines there). */
  get loneCr(): boolean {
    return (this.bits & LONE_CR) !== 0;
  }
  /** Set on a block-comment opener that exceeds Asterisk's nesting limit. */
  get nestingOverflow(): boolean {
    return (this.bits & NESTING_OVERFLOW) !== 0;
  }
  set nestingOverflow(v: boolean) {
    this.bits = v ? this.bits | NESTING_OVERFLOW : this.bits & ~NESTING_OVERFLOW;
  }
  /** Set when a `\` escape is followed by a control character or space (Asterisk rejects the file). */
  get badEscape(): boolean {
    return (this.bits & BAD_ESCAPE) !== 0;
  }
  set badEscape(v: boolean) {
    this.bits = v ? this.bits | BAD_ESCAPE : this.bits & ~BAD_ESCAPE;
  }
  get section(): SectionHeader | null {
    return (this.bits & KIND_BITS) === 2 ? (this.node as SectionHeader) : null;
  }
  set section(h: SectionHeader | null) {
    this.node = h;
  }
  get assignment(): Assignment | null {
    return (this.bits & KIND_BITS) === 3 ? (this.node as Assignment) : null;
  }
  set assignment(a: Assignment | null) {
    this.node = a;
  }
  get directive(): Directive | null {
    return (this.bits & KIND_BITS) === 4 ? (this.node as Directive) : null;
  }
  set directive(d: Directive | null) {
    this.node = d;
  }
}

export interface SyntaxTree {
  readonly text: string;
  readonly lines: readonly Line[];
  /** Absolute offset of each line's first character. */
  readonly lineStarts: Int32Array;
  /** The same for one line (an older parse answers it without rebuilding its arrays). */
  lineStart(i: number): number;
  /** True when the text starts with a UTF-8 byte order mark (U+FEFF). */
  readonly bom: boolean;
  /**
   * The text as the edits since the last whole text left it (`applyEdit`): slices of that text and the texts
   * typed, `text` being them joined. V8 copies a joined string into one piece when it is first read (for a large
   * file, a new copy per edit), so what reads a few lines (`textAt`) reads the pieces instead. Absent: `text` is
   * one piece.
   */
  readonly pieces?: TextPieces;
  /** Set by `parse` and `applyEdit`: tells the parses of one text apart (`LineChange.from`). */
  readonly id?: number;
  /**
   * The lines `applyEdit` changed since recent earlier parses (the last first), so that a reader that kept one of
   * them need not compare every line to find what changed.
   */
  readonly changes?: readonly LineChange[];
}

/** Lines `[first, oldEnd)` of the parse `from` (an `id`) became lines `[first, newEnd)` (a superset of the change). */
export interface LineChange {
  readonly from: number;
  readonly first: number;
  readonly oldEnd: number;
  readonly newEnd: number;
  /** Lines `[first, oldEnd)` of the parse `from` (a reader need not read that parse's lines, maybe rebuilt). */
  readonly removed: readonly Line[];
}

/** A text in pieces: `list[i]` starts at offset `starts[i]`. */
export interface TextPieces {
  readonly list: readonly string[];
  readonly starts: readonly number[];
}

export type TokenKind =
  | 'bom'
  | 'whitespace'
  | 'eol'
  | 'comment'
  | 'block-comment'
  | 'l-bracket'
  | 'section-name'
  | 'r-bracket'
  | 'l-paren'
  | 'r-paren'
  | 'comma'
  | 'template-marker'
  | 'append-marker'
  | 'parent-name'
  | 'key'
  | 'operator'
  | 'value'
  | 'hash'
  | 'directive-name'
  | 'directive-arg'
  | 'escape'
  | 'error';

/** A leaf token with an absolute offset; produced on demand by `lineTokens`. */
export interface Token {
  kind: TokenKind;
  offset: number;
  length: number;
}
