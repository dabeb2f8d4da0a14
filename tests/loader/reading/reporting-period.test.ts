import { describe, expect, it } from 'vitest';
import { readSentence } from '../../../src/loader/reading/read-sentence.ts';
import { reportingPeriod } from '../../../src/loader/reading/reporting-period.ts';
import { at, tag } from './tagged.ts';

/** The reporting period of the event written `trigger`, told on `published`. */
function periodOf(text: string, trigger: string, published: string) {
  const words = tag(text);
  const event = readSentence(words).events.find((e) => e.trigger === at(words, trigger));
  if (!event) throw new Error(`no event "${trigger}"`);
  return reportingPeriod(words, event, published);
}

describe('reportingPeriod', () => {
  it('gives an annual result told in the first half of a year the year before', () => {
    const text = 'The mill reported an annual loss.';
    expect(periodOf(text, 'loss', '2006-03-10')).toMatchObject({
      start: '2005-01-01',
      granularity: 'year',
    });
    expect(periodOf(text, 'loss', '2006-08-10')).toBeNull();
  });

  it('gives a rise or fall of sales told in the first days of a month the month before', () => {
    const text = 'Its sales rose 8%.';
    expect(periodOf(text, 'rose', '2011-01-04')).toEqual({
      start: '2010-12-01',
      end: '2011-01-01',
      granularity: 'month',
      approximate: true,
    });
    expect(periodOf(text, 'rose', '2011-01-12')).toBeNull();
    expect(periodOf('Its shares rose 8%.', 'rose', '2011-01-04')).toBeNull();
  });

  it('gives whatever verb has the sales for its subject the month before, not one they only modify', () => {
    expect(
      periodOf('Total sales improved to 14,285 units.', 'improved', '2011-01-04'),
    ).toMatchObject({ start: '2010-12-01', granularity: 'month' });
    expect(
      periodOf('Its sales in Norway were hit by the strike.', 'hit', '2011-01-04'),
    ).toMatchObject({ start: '2010-12-01' });
    expect(periodOf('Its sales chief resigned.', 'resigned', '2011-01-04')).toBeNull();
  });

  it('gives a count of things sold the month before, as it gives the sales', () => {
    expect(
      periodOf(
        'Its sales rose to 9,500 units, against 9,100 units sold by Orvan.',
        'sold',
        '2011-01-04',
      ),
    ).toMatchObject({ start: '2010-12-01', granularity: 'month' });
    expect(periodOf('Orvan sold 9,100 tractors.', 'sold', '2011-01-04')).toMatchObject({
      start: '2010-12-01',
    });
    expect(periodOf('Orvan sold its stake in the mill.', 'sold', '2011-01-04')).toBeNull();
  });
});
