import { describe, expect, it } from 'vitest';
import type { Timex } from '../../../src/contract/corpus.ts';
import { datesOnlyItsNoun, isNounModifier } from '../../../src/loader/events/noun-modifiers.ts';
import { parseParagraph } from '../../../src/loader/events/parse-paragraph.ts';

const timexIn = (text: string, written: string): Timex => {
  const start = text.indexOf(written);
  return {
    id: 't1',
    start,
    end: start + written.length,
    text: written,
    type: 'DATE',
    value: 'X',
    resolved: null,
  };
};

describe('datesOnlyItsNoun', () => {
  it('says "a March 4 trial date" dates no event of the clause', () => {
    const text = 'A judge on Thursday set a March 4 trial date for the banker.';
    expect(datesOnlyItsNoun(timexIn(text, 'March 4'), parseParagraph(text).tokens)).toBe(true);
  });

  it('keeps the date of an event noun: "the November 24 runoff"', () => {
    const text = 'Moreno won the November 24 runoff.';
    expect(datesOnlyItsNoun(timexIn(text, 'November 24'), parseParagraph(text).tokens)).toBe(false);
  });

  it('keeps a date that ends its phrase: "met on Monday"', () => {
    const text = 'Kerry met Lavrov on Monday in Geneva.';
    expect(datesOnlyItsNoun(timexIn(text, 'Monday'), parseParagraph(text).tokens)).toBe(false);
  });
});

describe('isNounModifier', () => {
  it('treats "trial" in "trial date" as a modifier, not an event', () => {
    const tokens = parseParagraph('They agreed on a trial date.').tokens;
    const index = tokens.findIndex((token) => token.normal === 'trial');
    expect(isNounModifier(tokens, index)).toBe(true);
  });

  it('keeps "trial" as an event when a verb follows: "the trial opened"', () => {
    const tokens = parseParagraph('The trial opened on March 4.').tokens;
    const index = tokens.findIndex((token) => token.normal === 'trial');
    expect(isNounModifier(tokens, index)).toBe(false);
  });
});

describe('datesOnlyItsNoun after a preposition', () => {
  it('keeps "on Thursday night" as the date of the clause', () => {
    const text = 'Quist arrived in the city on Thursday night.';
    expect(datesOnlyItsNoun(timexIn(text, 'Thursday'), parseParagraph(text).tokens)).toBe(false);
  });
});
