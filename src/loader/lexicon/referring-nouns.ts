/**
 * Nouns a definite description uses for a company or a product named before ("the company
 * said", "the aircraft flew"), and nouns of waters and landforms, from WordNet (see
 * scripts/build-lexicons.ts).
 */
import data from './referring-nouns.json' with { type: 'json' };

const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(data.organizations);
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(data.products);
const PLACE_NOUNS: ReadonlySet<string> = new Set(data.places);

/** What a noun lemma can stand for when it refers back: "company" → organization. */
export function referentKindOf(lemma: string): 'organization' | 'product' | null {
  if (ORGANIZATION_NOUNS.has(lemma)) return 'organization';
  if (PRODUCT_NOUNS.has(lemma)) return 'product';
  return null;
}

/** Whether a noun names a water or a landform, as heads of places' names do ("Bay", "River"). */
export function isGeographicNoun(lemma: string): boolean {
  return PLACE_NOUNS.has(lemma);
}
