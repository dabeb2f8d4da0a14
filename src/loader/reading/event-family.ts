/**
 * The word family of an event's trigger: a noun and the verb it comes from are one family
 * ("delivery" and "deliver", "sale" and "sell", "flight" and "fly"), from WordNet's
 * derivational links (see scripts/build-lexicons.ts).
 */
import data from '../lexicon/noun-verbs.json' with { type: 'json' };

const VERB_OF_NOUN: Readonly<Record<string, string>> = data;

export function eventFamily(lemma: string): string {
  return VERB_OF_NOUN[lemma] ?? lemma;
}
