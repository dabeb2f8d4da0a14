/** Nouns whose most frequent sense is a group, from WordNet (see scripts/build-lexicons.ts). */
import data from './group-nouns.json' with { type: 'json' };

const GROUP_NOUNS: ReadonlySet<string> = new Set(data);

/**
 * Whether a noun lemma names first a group ("parliament", "government"), which may be a
 * body's name.
 */
export function isGroupNoun(lemma: string): boolean {
  return GROUP_NOUNS.has(lemma);
}
