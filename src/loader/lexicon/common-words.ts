/** English nouns and adjectives in common use, from WordNet (see scripts/build-lexicons.ts). */
import data from './common-words.json' with { type: 'json' };

const COMMON_WORDS: ReadonlySet<string> = new Set(data);

/** Whether a lower-case word is an English noun or adjective in common use ("actual", "general"). */
export function isCommonWord(lower: string): boolean {
  return COMMON_WORDS.has(lower);
}
