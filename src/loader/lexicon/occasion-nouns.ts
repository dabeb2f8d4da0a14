/**
 * Nouns that are no event nouns but name a happening among their first senses, from
 * WordNet (see scripts/build-lexicons.ts): "leave", "surgery", "transplant", "delay".
 */
import data from './occasion-nouns.json' with { type: 'json' };

const OCCASION_NOUNS: ReadonlySet<string> = new Set(data);

/** Whether a noun lemma names a happening where its words make it one ("after a medical leave"). */
export function isOccasionNoun(lemma: string): boolean {
  return OCCASION_NOUNS.has(lemma);
}
