/**
 * Nouns of things held, said or thought, and verbs whose "to" names who receives, from
 * WordNet (see scripts/build-lexicons.ts): "won a contract", "received loans", "cut its
 * rating", "sold Opel to Magna".
 */
import data from './transfers.json' with { type: 'json' };

const THEME_NOUNS: ReadonlySet<string> = new Set(data.nouns);
const RECIPIENT_VERBS: ReadonlySet<string> = new Set(data.recipients);
/**
 * Verbs whose "to" names who is addressed ("spoke to Piñera", "apologized to the victims"):
 * WordNet's frames have no "Somebody ----s to somebody", so they are listed here.
 */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set([
  'speak',
  'talk',
  'chat',
  'reply',
  'respond',
  'apologize',
  'apologise',
  'complain',
  'appeal',
  'explain',
  'listen',
]);

/**
 * Whether a noun lemma names first a thing held, given, said or thought ("a loan", "a
 * contract", "a rating").
 */
export function isThemeNoun(lemma: string): boolean {
  return THEME_NOUNS.has(lemma);
}

/**
 * Whether a verb's "to" phrase names who receives or is addressed ("delivered the jet to
 * SIA", "sold", "spoke to").
 */
export function takesRecipient(lemma: string): boolean {
  return RECIPIENT_VERBS.has(lemma) || ADDRESSEE_VERBS.has(lemma);
}
