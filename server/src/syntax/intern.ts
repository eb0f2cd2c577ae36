/**
 * Words that repeat on thousands of lines (option names, `type` values, template names): one string per distinct
 * word keeps them once in memory, and the maps that look them up hash each string once. Bounded, so that odd files
 * cannot grow it without limit.
 */
const WORDS = new Map<string, string>();
const MAX_WORDS = 4096;

/** `code.slice(start, end)`, as the one string kept for that text when it is short and the table has room. */
export function intern(code: string, start: number, end: number): string {
  const word = code.slice(start, end);
  const known = WORDS.get(word);
  if (known !== undefined) return known;
  if (WORDS.size < MAX_WORDS && word.length <= 64) WORDS.set(word, word);
  return word;
}
