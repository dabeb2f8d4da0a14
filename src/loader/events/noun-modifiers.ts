/**
 * Words that modify a noun rather than report an occurrence: in "set a March 4 trial date"
 * neither "March 4" nor "trial" is an event of the clause; the date is the content of what
 * was set. In "won the November 24 runoff" the date is the runoff's own.
 */
import type { Timex } from '../../contract/corpus.ts';
import type { Token } from './parse-paragraph.ts';
import { nounEntry } from './trigger-lexicon.ts';

function isPlainNoun(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.tags.has('Noun') &&
    !token.tags.has('Date') &&
    !token.tags.has('Pronoun') &&
    !token.tags.has('Value')
  );
}

/**
 * A date written before a noun that is not an event ("a March 4 trial date", "a 2025
 * target"): it dates nothing in the clause.
 */
export function datesOnlyItsNoun(timex: Timex, tokens: readonly Token[]): boolean {
  const lastIndex = tokens.findIndex((token) => token.end >= timex.end && token.start < timex.end);
  const last = tokens[lastIndex];
  if (!last || /[,;:.]/.test(last.post)) return false;
  // Only an article or possessive makes it prenominal: "on Thursday night" is a time, "a
  // March 4 trial date" a thing.
  const firstIndex = tokens.findIndex((token) => token.end > timex.start);
  const before = tokens[firstIndex - 1];
  if (!before || !(before.tags.has('Determiner') || before.tags.has('Possessive'))) return false;
  // The words up to the noun it modifies; compromise tags "trial" in "trial date" an adjective.
  const nouns: Token[] = [];
  for (let index = lastIndex + 1; index < tokens.length && index <= lastIndex + 4; index++) {
    const token = tokens[index] as Token;
    if (!isPlainNoun(token) && !token.tags.has('Adjective')) break;
    if (isPlainNoun(token)) nouns.push(token);
    if (/[,;:.]/.test(token.post)) break;
  }
  const head = nouns[nouns.length - 1];
  if (!head) return false;
  // "the November 24 runoff", "Sunday's vote": the event noun carries its own date.
  return nounEntry(head.normal) === null;
}

/**
 * An event noun used to qualify another noun ("trial date", "election campaign"): the
 * phrase names a thing, not the event.
 */
export function isNounModifier(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || /[,;:.]/.test(token.post)) return false;
  const next = tokens[index + 1];
  return (
    isPlainNoun(next) && !next?.tags.has('ProperNoun') && nounEntry(next?.normal ?? '') === null
  );
}
