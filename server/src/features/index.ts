/** The language features, one function each. All take an Analysis and plain offsets; none knows about LSP. */
export { complete, type CompletionOptions } from './completion';
export { hover } from './hover';
export { definition } from './definition';
export { references, highlights } from './references';
export { prepareRename, rename } from './rename';
export { documentSymbols, workspaceSymbols, foldingRanges, codeLenses, documentLinks } from './symbols';
export { codeActions } from './codeActions';
export { format, applyEdits, detectStyle, type FormatOptions, type FormatStyle } from './format';
export { cursorAt } from './cursor';
export { expandSnippet } from './snippets';
export type * from './types';
export { explainInGeneral, explainLogLine, type Explanation } from './explainLog';
