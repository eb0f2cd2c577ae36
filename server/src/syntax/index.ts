export * from './nodes';
export { parse, applyEdit, lineIndexAt, lineTokens, allTokens, lineText, MAX_BLOCK_NESTING } from './parser';
export type { TextEdit } from './parser';
export { positionAt, offsetAt, lineContentEnd, lineContentLength, lineBreakOf } from './positions';
