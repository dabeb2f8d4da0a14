/**
 * Names layer, bare model numbers: "its 777 airliner", "the 787 arrives", "the first 787".
 * A number alone is mostly a count ("the 789 dealerships", "cut 400 jobs"), so it is taken
 * for a product's model only where the words say so: before a vehicle noun in the singular
 * ("a 777 airliner", not "100 cars"), as a variant written with letters ("777-200LR", not
 * the range "200-300"), or as the head of its phrase when the article names a product with
 * that number ("Boeing 787 Dreamliner" … "the 787") or it is a variant ("the 787-8").
 */
import type { Word } from '../language/word.ts';
import { referentKindOf } from '../lexicon/referring-nouns.ts';
import type { NameMention } from './name-mention.ts';

/** Three or four digits, and a variant after a hyphen ("777", "777-200LR"). */
const MODEL_NUMBER = /^(\d{3,4})(-\d{1,4}[A-Z]{0,3})?$/;
/** Words after which a number heads its phrase. */
const HEAD_OPENERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PRON']);

/** The model numbers of products named in an article ("Boeing 787 Dreamliner" → "787"). */
export function modelNumbersOf(products: readonly { name: string }[]): Set<string> {
  const numbers = new Set<string>();
  for (const { name } of products)
    for (const word of name.split(/\s+/)) {
      const number = MODEL_NUMBER.exec(word)?.[1];
      if (number) numbers.add(number);
    }
  return numbers;
}

/**
 * Bare model numbers among one sentence's words. `known`: the article's model numbers;
 * `taken`: words already inside a name or a date.
 */
export function findModelNumbers(
  words: readonly Word[],
  known: ReadonlySet<string>,
  taken: (word: Word) => boolean,
): NameMention[] {
  const out: NameMention[] = [];
  words.forEach((word, index) => {
    const match = MODEL_NUMBER.exec(word.text);
    const number = match?.[1];
    if (!match || !number || taken(word)) return;
    const before = words[index - 1];
    // "777-200LR" comes tagged as "777-200" and "LR".
    const suffix = words[index + 1];
    const lettered = suffix?.start === word.end && /^[A-Z]{1,3}$/.test(suffix.text);
    const last = lettered ? (suffix as Word) : word;
    const after = words[index + (lettered ? 2 : 1)];
    const vehicleAfter =
      after?.pos === 'NOUN' &&
      after.lemma === after.lower &&
      referentKindOf(after.lemma) === 'product';
    // "the 787", and "the 787-8" whatever the article named: a count is followed by its noun.
    const headsPhrase =
      (known.has(number) || match[2] !== undefined) &&
      before !== undefined &&
      // "the 787", "its 787", "the first 787", "long-range 787".
      (HEAD_OPENERS.has(before.pos) || words[index - 2]?.text === '-') &&
      !(after && ['NOUN', 'NUM', 'PROPN', 'SYM'].includes(after.pos)) &&
      after?.text !== '%';
    const variant = match[2] !== undefined && lettered;
    if (!variant && !vehicleAfter && !headsPhrase) return;
    const name = word.text + (lettered ? last.text : '');
    out.push({ start: word.start, end: last.end, text: name, kind: 'product', name, role: null });
  });
  return out;
}
