import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  dayOfNumber,
  isRealDay,
  isoWeekOf,
  isoWeekday,
  mondayOfIsoWeek,
  shiftDays,
  shiftMonths,
} from '../../../src/loader/timex/calendar.ts';

describe('calendar arithmetic', () => {
  it('counts days from 1970-01-01 and back, as UTC dates do', () => {
    for (let count = -800_000; count < 400_000; count += 997) {
      const day = dayOfNumber(count);
      const utc = new Date(count * 86_400_000);
      expect(day).toEqual({
        year: utc.getUTCFullYear(),
        month: utc.getUTCMonth() + 1,
        day: utc.getUTCDate(),
      });
      expect(dayNumber(day)).toBe(count);
    }
  });

  it('knows leap years and month lengths', () => {
    expect(isRealDay(2016, 2, 29)).toBe(true);
    expect(isRealDay(2015, 2, 29)).toBe(false);
    expect(isRealDay(1900, 2, 29)).toBe(false);
    expect(isRealDay(2000, 2, 29)).toBe(true);
    expect(isRealDay(2016, 4, 31)).toBe(false);
    expect(isRealDay(99999, 1, 1)).toBe(false);
  });

  it('reads ISO weekdays and weeks, across year ends', () => {
    expect(isoWeekday({ year: 2016, month: 9, day: 8 })).toBe(4);
    expect(isoWeekOf({ year: 2016, month: 1, day: 1 })).toEqual({ year: 2015, week: 53 });
    expect(isoWeekOf({ year: 2008, month: 12, day: 29 })).toEqual({ year: 2009, week: 1 });
    expect(mondayOfIsoWeek(2016, 36)).toEqual({ year: 2016, month: 9, day: 5 });
    expect(mondayOfIsoWeek(2016, 53)).toBeNull();
  });

  it('shifts by days and months, keeping the last day of a shorter month', () => {
    expect(shiftDays({ year: 2016, month: 2, day: 28 }, 2)).toEqual({
      year: 2016,
      month: 3,
      day: 1,
    });
    expect(shiftMonths({ year: 2016, month: 1, day: 31 }, 1)).toEqual({
      year: 2016,
      month: 2,
      day: 29,
    });
    expect(shiftMonths({ year: 2016, month: 3, day: 15 }, -15)).toEqual({
      year: 2014,
      month: 12,
      day: 15,
    });
  });
});
