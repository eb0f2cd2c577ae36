/** How often real configs write an option (counted in the corpus by scripts/generate-frequencies.mjs). */
import { optionFrequencies } from './frequencies.generated';

/** In how many sections of the corpus `type`'s option `name` is written (0 when never). */
export function usageOf(type: string, name: string): number {
  return optionFrequencies[type]?.[name.toLowerCase()] ?? 0;
}

/**
 * A sort key for a type's option: `type` first, then the most used, then alphabetical; deprecated ones last.
 * Keys compare as strings, so the count is written as a fixed-width complement.
 */
export function optionSortText(type: string, name: string, deprecated = false, uses = usageOf(type, name)): string {
  if (deprecated) return `9${name}`;
  if (name === 'type') return '0';
  return `1${String(99999 - Math.min(uses, 99999)).padStart(5, '0')}${name}`;
}
