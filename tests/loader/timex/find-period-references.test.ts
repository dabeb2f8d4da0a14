import { describe, expect, it } from 'vitest';
import { onlyTimex, timexesIn } from './timex-test-helpers.ts';

// Wednesday 25 October 1989: an earnings day.
const DCT = '1989-10-25';

describe('period edges', () => {
  it.each([
    ['Rates could fall until the end of the year.', 'the end of the year', '1989', 'END'],
    [
      'The plan starts at the beginning of next month.',
      'the beginning of next month',
      '1989-11',
      'START',
    ],
    ['Talks resume in the middle of this week.', 'the middle of this week', '1989-W43', 'MID'],
  ])('reads %j', (sentence, text, value, mod) => {
    expect(onlyTimex(sentence, DCT)).toEqual({ text, type: 'DATE', value, mod });
  });
});

describe('the quarter under discussion and comparison periods', () => {
  it('gives "the quarter" and "a year earlier" the granularity of the quarter named before', () => {
    const found = timexesIn(
      'Net income rose 12% in the third quarter from a year earlier. Sales for the quarter ' +
        'ended Sept. 30 were $8 million, against $7 million in the year-earlier period.',
      DCT,
    );
    expect(found.map((item) => [item.text, item.value])).toEqual([
      ['the third quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
      ['the quarter', '1989-Q3'],
      ['Sept. 30', '1989-09-30'],
      ['the year-earlier period', '1988-Q3'],
    ]);
  });

  it('compares a half-year with the same period a year ago', () => {
    const found = timexesIn(
      'For the first half of the year, the deficit was $36 billion, up from $30 billion in the same period a year ago.',
      '1992-08-18',
    );
    expect(found.map((item) => item.value)).toEqual(['1992-H1', '1991-H1']);
  });

  it('keeps "a year ago" a year when no quarter is named in its sentence', () => {
    expect(onlyTimex('The index peaked a year ago.', DCT)).toMatchObject({ value: '1988' });
  });

  it('reads "the current quarter" as the publication quarter', () => {
    expect(onlyTimex('It expects a loss in the current quarter.', DCT)).toMatchObject({
      text: 'current quarter',
      value: '1989-Q4',
    });
  });
});

describe('durations and sets of wire and financial news', () => {
  it.each([
    ['Funds lost money for five straight weeks.', 'five straight weeks', 'DURATION', 'P5W'],
    ['It would cut less over the next decade.', 'the next decade', 'DURATION', 'P1DE'],
    ['Exports should help in the months ahead.', 'the months ahead', 'DURATION', 'PXM'],
    ['The board declared a quarterly dividend of 20 cents.', 'quarterly', 'SET', 'P3M'],
    ['The company holds its annual meeting in Boston.', 'annual', 'SET', 'P1Y'],
    ['The show is held every January.', 'every January', 'SET', 'XXXX-01'],
    ['Chairman John Smith, 64 years old, resigned.', '64 years old', 'DURATION', 'P64Y'],
    ['Wang, the 53-year-old chairman, resigned.', '53-year-old', 'DURATION', 'P53Y'],
  ])('reads %j', (sentence, text, type, value) => {
    expect(onlyTimex(sentence, DCT)).toMatchObject({ text, type, value });
  });

  it('leaves a measure over one period unmarked ("quarterly profit", "annual rate")', () => {
    expect(timexesIn('It posted its first quarterly profit at an annual rate of 3%.', DCT)).toEqual(
      [],
    );
  });
});
