/** Nouns whose most frequent sense is a person, from WordNet (see scripts/build-lexicons.ts). */
import data from './person-nouns.json' with { type: 'json' };

const PERSON_NOUNS: ReadonlySet<string> = new Set(data);

/** Whether a noun lemma ("investor", "politician", "executive") names a kind of person. */
export function isPersonNoun(lemma: string): boolean {
  return PERSON_NOUNS.has(lemma);
}
