/** English nouns and adjectives in common use, from WordNet (see scripts/build-lexicons.ts). */
import data from './common-words.json' with { type: 'json' };

const COMMON_WORDS: ReadonlySet<string> = new Set(data);

/** Whether a lower-case word is an English noun or adjective in common use ("actual", "general"). */
export function isCommonWord(lower: string): boolean {
  return COMMON_WORDS.has(lower);
}

/**
 * Whether a capitalized word is the plural of a common noun or adjective, and so names a
 * group of people ("Republicans", "Democrats", "Israelis", "Rebels"), not one body. Not
 * "Barclays" or "Siemens", whose singulars are no words.
 */
export function isGroupPlural(word: string): boolean {
  return /^\p{Lu}\p{Ll}+[^s]s$/u.test(word) && COMMON_WORDS.has(word.slice(0, -1).toLowerCase());
}
