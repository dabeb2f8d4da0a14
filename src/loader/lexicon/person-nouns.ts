/** Nouns whose most frequent sense is a person, from WordNet (see scripts/build-lexicons.ts). */
import data from './person-nouns.json' with { type: 'json' };

const PERSON_NOUNS: ReadonlySet<string> = new Set(data);

/** Whether a noun lemma ("investor", "politician", "executive") names a kind of person. */
export function isPersonNoun(lemma: string): boolean {
  return PERSON_NOUNS.has(lemma);
}

/**
 * People who speak or act for the body they are of: "officials at the Federal Reserve
 * said", "a spokesman for Harwell said" tell what the body said.
 */
const SPEAKING_FOR_NOUNS: ReadonlySet<string> = new Set([
  'official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'executive',
]);

/** Whether a noun lemma names someone speaking or acting for a body ("official", "spokesman"). */
export function speaksForBody(lemma: string): boolean {
  return SPEAKING_FOR_NOUNS.has(lemma);
}
