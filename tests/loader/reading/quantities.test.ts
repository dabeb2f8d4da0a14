import { describe, expect, it } from 'vitest';
import {
  eventQuantities,
  quantitiesOf,
  sameAmount,
} from '../../../src/loader/reading/quantities.ts';
import { readSentence } from '../../../src/loader/reading/read-sentence.ts';
import { at, tag } from './tagged.ts';

describe('quantitiesOf', () => {
  it('writes out the amounts of a phrase, with their scale', () => {
    const text = 'The mill received US$ 17.4 billion and 31,500 tonnes.';
    const words = tag(text);
    const phrase = { first: at(words, 'US$'), last: at(words, 'tonnes') };
    expect(quantitiesOf(words, phrase)).toEqual(['17400000000', '31500']);
  });

  it('reads amounts written in words', () => {
    const text = 'The airline ordered five jets.';
    const words = tag(text);
    expect(quantitiesOf(words, { first: at(words, 'five'), last: at(words, 'jets') })).toEqual([
      '5',
    ]);
  });

  it('takes no amount from a span of time joined to a noun ("the largest one-day fall")', () => {
    const words = tag('It was the largest one-day fall, a 777-point fall.');
    expect(quantitiesOf(words, { first: 0, last: words.length - 1 })).toEqual(['777']);
  });

  it('finds nothing without a phrase or without numbers', () => {
    const words = tag('The airline ordered jets.');
    expect(quantitiesOf(words, null)).toEqual([]);
    expect(quantitiesOf(words, { first: 0, last: words.length - 1 })).toEqual([]);
  });

  it('reads a market move\'s amount however it is brought in ("gained as much as 378 points", "fell by nearly 5 percent")', () => {
    const amount = (text: string, trigger: string) => {
      const words = tag(text);
      const event = readSentence(words).events.find((e) => e.trigger === at(words, trigger));
      return event ? eventQuantities(words, event) : null;
    };
    expect(amount('The Oslo index gained as much as 378 points.', 'gained')).toEqual(['378']);
    expect(amount('The Oslo index fell by nearly 5 percent.', 'fell')).toEqual(['5']);
  });
});

describe('sameAmount', () => {
  it('is one amount written with fewer decimals, rounded or cut ("777" of "777.68", "7" of "6.98")', () => {
    expect(sameAmount('777', '777.68')).toBe(true);
    expect(sameAmount('6.98', '7')).toBe(true);
    expect(sameAmount('777.68', '777.68')).toBe(true);
    expect(sameAmount('10', '12')).toBe(false);
    expect(sameAmount('777.6', '777.68')).toBe(true);
    expect(sameAmount('777.5', '777.68')).toBe(false);
  });
});
