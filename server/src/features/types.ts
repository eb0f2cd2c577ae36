/** Plain result types of the features: offsets into files, no LSP types. The server maps them to LSP. */

export interface Span {
  path: string;
  start: number;
  end: number;
}

export interface TextEditSpan extends Span {
  newText: string;
}

export type CompletionKind =
  | 'option'
  | 'value'
  | 'enum'
  | 'boolean'
  | 'type'
  | 'section'
  | 'template'
  | 'file'
  | 'folder'
  | 'directive'
  | 'codec'
  | 'prefix'
  | 'snippet';

export interface Completion {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Text that replaces [start, end); defaults to the label. */
  insertText?: string;
  start: number;
  end: number;
  sortText?: string;
  filterText?: string;
  deprecated?: boolean;
  /** `insertText` is in snippet syntax (`${1:6001}`): plain text for editors without snippets is `expandSnippet`'s. */
  snippet?: true;
  /** Ask the editor for completions again after inserting (a key followed by `=`). */
  retrigger?: boolean;
}

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

export interface DefinitionTarget {
  path: string;
  /** The whole target (a section header line or a file). */
  start: number;
  end: number;
  /** The part to select (the section name). */
  selStart: number;
  selEnd: number;
  /** The span at the origin that was followed. */
  originStart: number;
  originEnd: number;
}

export type SymbolKindName =
  'object' | 'class' | 'module' | 'property' | 'namespace' | 'interface' | 'struct' | 'event' | 'key' | 'file';

export interface DocSymbol {
  name: string;
  detail: string;
  kind: SymbolKindName;
  start: number;
  end: number;
  selStart: number;
  selEnd: number;
  children: DocSymbol[];
}

export interface WorkspaceSymbol {
  name: string;
  detail: string;
  kind: SymbolKindName;
  path: string;
  start: number;
  end: number;
}

export interface FoldRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
}

export interface CodeActionResult {
  title: string;
  /** Rule id of the diagnostic it fixes (undefined for refactors). */
  code?: string;
  edits: TextEditSpan[];
  isPreferred?: boolean;
  kind: 'quickfix' | 'refactor';
}

export interface LensResult {
  path: string;
  start: number;
  end: number;
  title: string;
  /** Reference locations to show when clicked. */
  locations: Span[];
}
