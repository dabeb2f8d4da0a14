/**
 * The word family of an event's trigger: a noun and the verb it comes from are one family
 * ("delivery" and "deliver", "sale" and "sell", "loss" and "lose"), from WordNet's
 * derivational links and the irregular ones it lacks (see scripts/build-lexicons.ts).
 * ("Flight" stays apart from "fly": a flight is an occasion, and "has flown for thirty
 * hours" is not the maiden flight another article dates.)
 */
import data from '../lexicon/noun-verbs.json' with { type: 'json' };

const VERB_OF_NOUN: Readonly<Record<string, string>> = data;

export function eventFamily(lemma: string): string {
  return VERB_OF_NOUN[lemma] ?? lemma;
}
