/**
 * Calendar arithmetic on plain days, independent of the machine's time zone: days are
 * counted as integers from 1970-01-01 in the proleptic Gregorian calendar (Howard
 * Hinnant's civil-date algorithms), so no `Date`, local or UTC, is ever involved.
 * Resolving a weekday looks at some thirty candidate days; this keeps that cheap.
 */

/** A calendar day; `month` is 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The latest year a timex may name; later years are typos or not dates. */
export const MAX_YEAR = 2999;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

/** Days from 1970-01-01 to a day. */
export function dayNumber({ year, month, day }: CalendarDay): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day a number of days after 1970-01-01. */
export function dayOfNumber(count: number): CalendarDay {
  const z = count + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True when the day exists (rejects February 30). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > MAX_YEAR) return false;
  if (!Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Reads `YYYY-MM-DD` (a longer ISO string is cut to its day); null when not a real day. */
export function parseDay(text: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

export function shiftDays(day: CalendarDay, days: number): CalendarDay {
  return dayOfNumber(dayNumber(day) + days);
}

/** Adds months; a day past the end of the target month becomes its last day (Jan 31 + 1 → Feb 28/29). */
export function shiftMonths(day: CalendarDay, months: number): CalendarDay {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function isoWeekday(day: CalendarDay): number {
  // 1970-01-01 was a Thursday.
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

/** ISO week-numbering year and week of a day. */
export function isoWeekOf(day: CalendarDay): { year: number; week: number } {
  // The ISO week belongs to the year of its Thursday.
  const thursday = dayNumber(day) - isoWeekday(day) + 4;
  const year = dayOfNumber(thursday).year;
  return { year, week: Math.floor((thursday - dayNumber({ year, month: 1, day: 1 })) / 7) + 1 };
}

/** The Monday of an ISO week, or null when the week does not exist. */
export function mondayOfIsoWeek(year: number, week: number): CalendarDay | null {
  if (!Number.isInteger(week) || week < 1 || week > 53 || year < 1 || year > MAX_YEAR) return null;
  const fourth = { year, month: 1, day: 4 };
  const firstMonday = dayNumber(fourth) - isoWeekday(fourth) + 1;
  const monday = dayOfNumber(firstMonday + (week - 1) * 7);
  return isoWeekOf(monday).year === year ? monday : null;
}

/** Writes `YYYY-MM-DD`. */
export function formatDay(day: CalendarDay): string {
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

/** Writes `YYYY-Www`. */
export function formatWeek(year: number, week: number): string {
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Compares two days: negative, zero or positive. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
