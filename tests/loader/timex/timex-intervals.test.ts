import { describe, expect, it } from 'vitest';
import { intervalOf } from '../../../src/loader/timex/timex-intervals.ts';

describe('intervalOf', () => {
  it.each([
    ['2016-09-08', undefined, '2016-09-08', '2016-09-09', 'day'],
    ['2016-09-09TMO', undefined, '2016-09-09T06:00', '2016-09-09T12:00', 'part-of-day'],
    ['2016-09-08TNI', undefined, '2016-09-08T21:00', '2016-09-09T00:00', 'part-of-day'],
    ['2016-08-25T22:00', undefined, '2016-08-25T22:00', '2016-08-25T22:01', 'minute'],
    ['2016-W36', undefined, '2016-09-05', '2016-09-12', 'week'],
    ['2016-W36-WE', undefined, '2016-09-10', '2016-09-12', 'week'],
    ['2016-07', 'MID', '2016-07-11', '2016-07-22', 'month'],
    ['2015', 'END', '2015-09-01', '2016-01-01', 'year'],
    ['2017-Q3', undefined, '2017-07-01', '2017-10-01', 'quarter'],
    ['2015-H1', undefined, '2015-01-01', '2015-07-01', 'half'],
    ['2020-WI', undefined, '2020-12-01', '2021-03-01', 'season'],
    ['199', undefined, '1990-01-01', '2000-01-01', 'decade'],
    ['18', undefined, '1800-01-01', '1900-01-01', 'century'],
  ])('places %s (mod %s) on [%s, %s)', (value, mod, start, end, granularity) => {
    expect(intervalOf(value, mod)).toMatchObject({ start, end, granularity });
  });

  it('marks vague mods as approximate', () => {
    expect(intervalOf('2016-07', 'MID')?.approximate).toBe(true);
    expect(intervalOf('2016-07')?.approximate).toBe(false);
  });

  it('has no interval for durations, references, impossible or underspecified dates', () => {
    for (const value of ['P4M', 'PRESENT_REF', '2016-02-30', 'XXXX-WXX-5', '2016-W54', '99999']) {
      expect(intervalOf(value)).toBeNull();
    }
  });
});
