/**
 * Names layer, amounts: the numbers an event's object counts or costs ("received $15
 * billion", "ordered five jets", "cut 31,500 jobs"). Two reports of one kind whose amounts
 * differ tell two events ("will receive CA$ 1 billion", "have received US$ 17.4 billion").
 * A nominal counts in its "of" phrase: "losses of $6 billion", "the purchase of 22 jets".
 * Pure.
 */
import type { Word } from '../language/word.ts';
import { unitOf } from '../timex/lexicon.ts';
import { parseAmount } from '../timex/number-words.ts';
import type { Phrase } from './noun-phrases.ts';
import type { SentenceEvent } from './read-sentence.ts';

const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** The amounts written in a phrase, as numbers written out ("17400000000", "5"). */
export function quantitiesOf(words: readonly Word[], phrase: Phrase | null): string[] {
  if (!phrase) return [];
  const found: string[] = [];
  for (let at = phrase.first; at <= phrase.last; at++) {
    const word = words[at] as Word;
    if (word.pos !== 'NUM' || isSpanOfTime(words, at)) continue;
    const amount = parseAmount(word.lower.replace(/,/g, ''));
    if (typeof amount !== 'number') continue;
    const scale = SCALES[words[at + 1]?.lower ?? ''] ?? 1;
    found.push(String(Math.round(amount * scale * 100) / 100));
  }
  return found;
}

/** "the largest one-day fall", "a 10-year low": a number that tells a span of time. */
function isSpanOfTime(words: readonly Word[], at: number): boolean {
  return words[at + 1]?.text === '-' && unitOf(words[at + 2]?.lemma ?? '') !== null;
}

/**
 * Whether two amounts are one, the one written with fewer decimals being the other
 * rounded or cut ("a 777-point fall" and "lost 777.68 points"; "6.98%" and "7%").
 */
export function sameAmount(a: string, b: string): boolean {
  if (a === b) return true;
  const decimals = (amount: string) => amount.split('.')[1]?.length ?? 0;
  const [coarse, fine] = decimals(a) <= decimals(b) ? [a, b] : [b, a];
  const places = 10 ** decimals(coarse);
  const value = Number(fine) * places;
  const written = Number(coarse) * places;
  return Math.round(value) === written || Math.trunc(value) === written;
}

/** The amounts an event's object counts or costs, a nominal's "of" phrase included. */
export function eventQuantities(words: readonly Word[], event: SentenceEvent): string[] {
  const own = quantitiesOf(words, event.patient);
  // "gained as much as 378 points", "fell by nearly 5 percent": a move's amount, however
  // it is brought in.
  if (event.pos === 'verb' && own.length === 0 && event.kind === 'market-move')
    return quantitiesOf(words, amountAfter(words, event.trigger));
  if (event.pos !== 'noun') return own;
  const counted = event.others.filter((phrase) => words[phrase.first - 1]?.lower === 'of');
  return [...own, ...counted.flatMap((phrase) => quantitiesOf(words, phrase))];
}

/** How far after a move's verb its amount may stand: "gained as much as 378". */
const AMOUNT_REACH = 4;

/** The number right after a verb, past a few words that bring it in; null if none. */
function amountAfter(words: readonly Word[], trigger: number): Phrase | null {
  for (let at = trigger + 1; at <= trigger + AMOUNT_REACH && at < words.length; at++) {
    const word = words[at] as Word;
    if (word.pos === 'NUM') return { first: at, last: at + 1 < words.length ? at + 1 : at };
    if (word.pos === 'PUNCT' || word.pos === 'VERB') return null;
  }
  return null;
}
