/** Nouns that denote something happening, from WordNet (see scripts/build-lexicons.ts). */
import data from './event-nouns.json' with { type: 'json' };

const EVENT_NOUNS: ReadonlySet<string> = new Set(data);

/** Whether a noun lemma ("purchase", "flight", "bankruptcy") denotes an event. */
export function isEventNoun(lemma: string): boolean {
  return EVENT_NOUNS.has(lemma);
}
