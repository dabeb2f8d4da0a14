import { isValid, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatResolvedDate, isCoarserThanDay, parseWallClock } from '../../../src/lib/dates.ts';

describe('parseWallClock', () => {
  it('reads a plain day as parseISO does, a day the month lacks as unreadable', () => {
    const day = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(day, (iso) => {
        const expected = parseISO(iso);
        expect(parseWallClock(iso)?.getTime() ?? null).toBe(
          isValid(expected) ? expected.getTime() : null,
        );
      }),
      { numRuns: 2000 },
    );
    expect(parseWallClock('2016-02-29')?.getDate()).toBe(29);
    expect(parseWallClock('2015-02-29')).toBeNull();
  });
});

describe('formatResolvedDate', () => {
  it('writes a day with its weekday', () => {
    expect(formatResolvedDate('2016-08-26', null, 'day')).toBe('Friday 26 August 2016');
  });

  it('names a part of the day instead of the clock time it is drawn at', () => {
    expect(formatResolvedDate('2016-08-26T06:00', null, 'part-of-day')).toBe(
      'Friday 26 August 2016, morning',
    );
    expect(formatResolvedDate('2016-08-26T18:00', null, 'part-of-day')).toBe(
      'Friday 26 August 2016, evening',
    );
  });

  it('keeps a stated clock time, as the article wrote it whatever the offset', () => {
    expect(formatResolvedDate('2016-08-25T22:00', null, 'minute')).toBe(
      'Thursday 25 August 2016, 22:00',
    );
    expect(formatResolvedDate('2016-08-25T22:00+02:00', null, 'minute')).toBe(
      'Thursday 25 August 2016, 22:00',
    );
  });

  it('writes coarse dates at the precision the text gave', () => {
    expect(formatResolvedDate('2016-07-01', '2016-08-01', 'month')).toBe('July 2016');
    expect(formatResolvedDate('2011-01-01', '2012-01-01', 'year')).toBe('2011');
    expect(formatResolvedDate('2016-07-01', '2016-10-01', 'quarter')).toBe('Q3 2016');
    expect(formatResolvedDate('1990-01-01', '2000-01-01', 'decade')).toBe('1990–1999');
  });

  it('says so when there is no date', () => {
    expect(formatResolvedDate(null, null, null)).toBe('date unknown');
  });
});

describe('isCoarserThanDay', () => {
  it('draws months and years as ranges, days and times as instants', () => {
    expect(isCoarserThanDay('month')).toBe(true);
    expect(isCoarserThanDay('day')).toBe(false);
    expect(isCoarserThanDay('part-of-day')).toBe(false);
  });
});
