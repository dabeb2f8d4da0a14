/**
 * Two-word nouns that name a thing or a group though one of their words is an event noun
 * ("task force", "trade union", "meeting place"), from WordNet (scripts/build-lexicons.ts).
 */
import data from './thing-compounds.json' with { type: 'json' };

const THING_COMPOUNDS: ReadonlySet<string> = new Set(data);

/** Whether `first second` (lower case, the second as its dictionary form) names a thing. */
export function isThingCompound(first: string, second: string): boolean {
  return THING_COMPOUNDS.has(`${first} ${second}`);
}
