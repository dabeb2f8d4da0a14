/**
 * Names layer, truecasing by the article's own usage: a sentence's first word is written
 * with a capital whatever it is, so "World's largest airliner makes first flight" or
 * "Engine troubles delay tour" say nothing of whether "World" or "Engine" is a name. The
 * article does: a word it writes in lower case elsewhere and never with a capital inside
 * a sentence is a common word. Only a word standing alone (the next word is not
 * capitalized: "Ford Motor" stays a name, so does "Bank of America"), and never one the
 * article writes capitalized inside a sentence ("Ford's sales rose … cars from Ford").
 * So is a noun of something happening, in common English use, that opens sentences only as
 * their subject, right before the verb ("Revenue grew 32%", "Inflation rose"), in an
 * article that never writes it capitalized otherwise ("Apple Computer reported … Apple
 * said" keeps Apple a name), unless the lexicon knows it as a name ("Fiat") or it names a
 * group first, as a body's name may ("Parliament reconvenes").
 */
import type { Span } from '../../contract/corpus.ts';
import type { Word } from '../language/word.ts';
import { isCommonWord } from '../lexicon/common-words.ts';
import { isEventNoun } from '../lexicon/event-nouns.ts';
import { isGroupNoun } from '../lexicon/group-nouns.ts';
import { FIRST_NAMES, LAST_NAMES, ORGANIZATIONS, PLACES } from '../lexicon/names.ts';

const capitalized = (word: Word) => /^\p{Lu}/u.test(word.text);

/** Names the lexicon knows, whatever English also makes of the word ("France", "Ford"). */
const KNOWN_NAMES = [PLACES, ORGANIZATIONS, FIRST_NAMES, LAST_NAMES];

/** Marks that may open a sentence before its first word: quotes and brackets. */
const OPENING_MARKS = /^[“"‘'([]$/;

/** The start offsets of sentence-opening words that the article uses as common words. */
export function commonOpeners(words: readonly Word[], sentences: readonly Span[]): Set<number> {
  const openers = new Set<number>();
  let sentence = 0;
  let previousSentence = -1;
  const lowerCase = new Set<string>();
  const capitalizedInside = new Set<string>();
  let afterOpeningMark = false;
  for (const word of words) {
    while (sentence < sentences.length && (sentences[sentence] as Span).end <= word.start)
      sentence++;
    // "“Bankruptcy is not something we are considering,” he said": the word after a quote
    // or bracket that opens the sentence opens it as well.
    const opens: boolean = sentence !== previousSentence || afterOpeningMark;
    afterOpeningMark = opens && OPENING_MARKS.test(word.text);
    previousSentence = sentence;
    if (opens) openers.add(word.start);
    else if (capitalized(word)) capitalizedInside.add(word.lower);
    if (/^[a-z]/.test(word.text)) {
      lowerCase.add(word.lower);
      lowerCase.add(word.lemma);
    }
  }
  // Words that open a sentence as a name's first word ("Apple Computer reported").
  const openingNames = new Set<string>();
  words.forEach((word, index) => {
    const next = words[index + 1];
    if (openers.has(word.start) && next && capitalized(next) && !openers.has(next.start))
      openingNames.add(word.lower);
  });
  const common = new Set<number>();
  words.forEach((word, index) => {
    // An acronym is no common word written with a capital: "US" is not "us".
    if (!openers.has(word.start) || !/^\p{Lu}\p{Ll}/u.test(word.text)) return;
    const next = words[index + 1];
    if (next && capitalized(next) && !openers.has(next.start)) return;
    // "Bank of America said … The bank": a word before "of" and a capitalised word opens
    // a name of that shape.
    const named = words[index + 2];
    if (next?.lower === 'of' && named && capitalized(named) && !openers.has(named.start)) return;
    if (capitalizedInside.has(word.lower)) return;
    if (lowerCase.has(word.lower) || lowerCase.has(word.lemma)) common.add(word.start);
    else if (
      /^(?:VERB|AUX)$/.test(next?.pos ?? '') &&
      isCommonWord(word.lower) &&
      isEventNoun(word.lower) &&
      !isGroupNoun(word.lower) &&
      !openingNames.has(word.lower) &&
      !KNOWN_NAMES.some((names) => names.has(word.lower))
    )
      common.add(word.start);
  });
  return common;
}
