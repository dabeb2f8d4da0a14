/**
 * The word family of an event's trigger: a noun and the verb it comes from are one family
 * ("delivery" and "deliver", "sale" and "sell", "loss" and "lose"), from WordNet's
 * derivational links and the irregular ones it lacks (see scripts/build-lexicons.ts).
 * ("Flight" stays apart from "fly": a flight is an occasion, and "has flown for thirty
 * hours" is not the maiden flight another article dates.)
 */
import data from '../lexicon/noun-verbs.json' with { type: 'json' };
import sameActs from '../lexicon/same-act-words.json' with { type: 'json' };

const VERB_OF_NOUN: Readonly<Record<string, string>> = data;

/**
 * Words of one act under different roots, each by the one it is filed under: "Google buys
 * YouTube", "the purchase of YouTube", "its acquisition of YouTube", "the takeover" tell one
 * event (WordNet: "buy" and "purchase" are one sense, whose hypernym is "acquire"; a
 * purchase and a buyout are kinds of acquisition, a takeover a kind of buyout). So do
 * "Jobs unveiled the iPhone" and "Jobs introduced the iPhone": a thing shown for the first
 * time (not "showed", said of anything shown, nor "launched", often months later). And
 * "married" and "the wedding" (WordNet: "marry" and "wed" are one sense); "Apple passed
 * Microsoft" and "Apple overtook Microsoft" (one sense, "travel past"; "surpass" its kin).
 */
const FAMILY_OF_SYNONYM: ReadonlyMap<string, string> = new Map(
  Object.entries(sameActs).flatMap(([family, words]) => words.map((word) => [word, family])),
);

export function eventFamily(lemma: string): string {
  const family = VERB_OF_NOUN[lemma] ?? lemma;
  return FAMILY_OF_SYNONYM.get(family) ?? family;
}
