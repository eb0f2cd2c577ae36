export * from './nodes';
export { parse, lineIndexAt, MAX_BLOCK_NESTING } from './parser';
export { applyEdit, textAt } from './incremental';
export type { TextEdit } from './incremental';
export { lineTokens, allTokens, lineText } from './tokens';
export { positionAt, offsetAt, lineContentEnd, lineContentLength, lineBreakOf } from './positions';
