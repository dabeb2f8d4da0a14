/** Helpers for the reading-layer tests: one sentence tagged for real, phrases as text. */
import { tagParagraph, type Word } from '../../../src/loader/language/tag-words.ts';
import type { Timex } from '../../../src/contract/corpus.ts';
import type { Phrase } from '../../../src/loader/reading/noun-phrases.ts';

/** The tagged words of `text`, offsets into `text`. */
export function tag(text: string): Word[] {
  return tagParagraph(text, { start: 0, end: text.length }).words;
}

/** The text a phrase of word indexes covers, or null. */
export function phraseOf(
  words: readonly Word[],
  text: string,
  phrase: Phrase | null,
): string | null {
  if (!phrase) return null;
  return text.slice((words[phrase.first] as Word).start, (words[phrase.last] as Word).end);
}

/** Index of the word written `form` (the n-th such word when `occurrence` is given). */
export function at(words: readonly Word[], form: string, occurrence = 0): number {
  let seen = 0;
  for (let index = 0; index < words.length; index++) {
    if ((words[index] as Word).text !== form) continue;
    if (seen === occurrence) return index;
    seen++;
  }
  throw new Error(`no word "${form}"`);
}

/** A reading rule asked of the word written `form` in `text`, tagged for real. */
export function askedAt<T>(rule: (words: readonly Word[], index: number) => T) {
  return (text: string, form: string): T => {
    const words = tag(text);
    return rule(words, at(words, form));
  };
}

/** The timex written `text` in `sentence`, unresolved: the reading rules read only its words. */
export function timexIn(sentence: string, text: string, type = 'DATE', value = 'X'): Timex {
  const start = sentence.indexOf(text);
  return { start, end: start + text.length, text, type, value, resolved: null } as Timex;
}
