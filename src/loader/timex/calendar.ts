/**
 * Calendar arithmetic on plain days, independent of the machine's time zone.
 * Every `Date` made here is local noon, which exists in every zone on every day,
 * so date-fns (which works in local time) never slips a day across DST or offsets.
 */
import {
  addDays,
  addMonths,
  getISODay,
  getISOWeek,
  getISOWeekYear,
  isValid,
  setISOWeek,
  setISOWeekYear,
  startOfISOWeek,
} from 'date-fns';

/** A calendar day; `month` is 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The latest year a timex may name; later years are typos or not dates. */
export const MAX_YEAR = 2999;

function noon(day: CalendarDay): Date {
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(day.year, day.month - 1, day.day);
  return date;
}

function fromDate(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** True when the day exists (rejects February 30). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > MAX_YEAR) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = noon({ year, month, day });
  return isValid(date) && date.getMonth() === month - 1 && date.getDate() === day;
}

/** Reads `YYYY-MM-DD` (a longer ISO string is cut to its day); null when not a real day. */
export function parseDay(text: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

export function shiftDays(day: CalendarDay, days: number): CalendarDay {
  return fromDate(addDays(noon(day), days));
}

export function shiftMonths(day: CalendarDay, months: number): CalendarDay {
  return fromDate(addMonths(noon(day), months));
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function isoWeekday(day: CalendarDay): number {
  return getISODay(noon(day));
}

/** ISO week-numbering year and week of a day. */
export function isoWeekOf(day: CalendarDay): { year: number; week: number } {
  const date = noon(day);
  return { year: getISOWeekYear(date), week: getISOWeek(date) };
}

/** The Monday of an ISO week, or null when the week does not exist. */
export function mondayOfIsoWeek(year: number, week: number): CalendarDay | null {
  if (week < 1 || week > 53 || year < 1 || year > MAX_YEAR) return null;
  const date = startOfISOWeek(
    setISOWeek(setISOWeekYear(noon({ year, month: 6, day: 1 }), year), week),
  );
  const monday = fromDate(date);
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

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

/** Compares two days: negative, zero or positive. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
