/**
 * Nouns of things held or said, and verbs whose "to" names who receives, from WordNet (see
 * scripts/build-lexicons.ts): "won a contract", "received loans", "sold Opel to Magna".
 */
import data from './transfers.json' with { type: 'json' };

const THEME_NOUNS: ReadonlySet<string> = new Set(data.nouns);
const RECIPIENT_VERBS: ReadonlySet<string> = new Set(data.recipients);

/** Whether a noun lemma names first a thing held, given or said ("a loan", "a contract"). */
export function isThemeNoun(lemma: string): boolean {
  return THEME_NOUNS.has(lemma);
}

/** Whether a verb's "to" phrase names who receives ("delivered the jet to SIA", "sold"). */
export function takesRecipient(lemma: string): boolean {
  return RECIPIENT_VERBS.has(lemma);
}
