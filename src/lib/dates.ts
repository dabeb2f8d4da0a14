/**
 * Date parsing and formatting for the whole app, all through date-fns.
 *
 * Corpus dates are placed by their wall-clock reading: "10 pm (local time)" in Geneva
 * shows at 22:00 whatever the reader's time zone, because the article's own clock is
 * the evidence the reader checks against.
 */
import {
  addMilliseconds,
  differenceInMilliseconds,
  getQuarter,
  isValid,
  lightFormat,
  parseISO,
  subMilliseconds,
} from 'date-fns';
import type { Granularity } from '../contract/corpus.ts';
import { coarserThan } from '../contract/granularity.ts';

/** English month names, January first (also used by the benchmark's article generator). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** English weekday names, Sunday first as `Date.getDay` counts. */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** The English name of `date`'s month or weekday for a `MMMM`, `MMM`, `EEEE` or `EEE` token. */
function nameFor(token: string, date: Date): string {
  const name =
    (token[0] === 'M' ? MONTH_NAMES[date.getMonth()] : WEEKDAY_NAMES[date.getDay()]) ?? '';
  return token.length === 3 ? name.slice(0, 3) : name;
}

/**
 * date-fns `format` for the patterns this module uses. Month and weekday names are written
 * here, the numbers by `lightFormat`: `format` would bring date-fns's whole locale machinery
 * into the bundle (≈ 4 KB gzipped) for twelve month and seven day names.
 */
function format(date: Date, pattern: string): string {
  return lightFormat(
    date,
    pattern.replace(/EEEE|EEE|MMMM|MMM/g, (token) => `'${nameFor(token, date)}'`),
  );
}

const OFFSET_SUFFIX = /(Z|[+-]\d{2}:\d{2})$/;

/** Parses a corpus ISO date or date-time as wall-clock time, ignoring any UTC offset; null if unreadable. */
export function parseWallClock(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const day = DAY.exec(iso);
  if (day) return localDay(Number(day[1]), Number(day[2]), Number(day[3]));
  const date = parseISO(iso.replace(OFFSET_SUFFIX, ''));
  return isValid(date) ? date : null;
}

/** A plain day, the corpus's commonest date: read directly, ten times faster than `parseISO`. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of that day, as `parseISO` gives it; null for a day the month lacks. */
function localDay(year: number, month: number, day: number): Date | null {
  const date = new Date(2000, month - 1, day);
  // Set apart: `new Date` reads years below 100 as 19xx.
  date.setFullYear(year, month - 1, day);
  return month >= 1 && month <= 12 && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : null;
}

/** Granularities that span days. */
const COARSER_THAN_DAY: ReadonlySet<Granularity> = new Set(coarserThan('day'));

/** True when a date of this granularity spans more than a day and is drawn as a range. */
export function isCoarserThanDay(granularity: Granularity | null): boolean {
  return granularity !== null && COARSER_THAN_DAY.has(granularity);
}

const WITH_TIME: ReadonlySet<Granularity> = new Set(['part-of-day', 'hour', 'minute', 'second']);

/** Formats a resolved date at the precision the text gave it ("July 2016", "Thursday 25 August 2016, 22:00"). */
export function formatResolvedDate(
  startIso: string | null,
  endIso: string | null,
  granularity: Granularity | null,
): string {
  const start = parseWallClock(startIso);
  if (!start) return 'date unknown';
  // Corpus ends are exclusive: the last day inside the interval is the one before.
  const end = parseWallClock(endIso);
  const lastInside = end ? subMilliseconds(end, 1) : null;
  switch (granularity) {
    case 'century':
    case 'decade':
      return lastInside
        ? `${format(start, 'yyyy')}–${format(lastInside, 'yyyy')}`
        : format(start, 'yyyy');
    case 'year':
      return format(start, 'yyyy');
    case 'half':
      return `${start.getMonth() < 6 ? 'first' : 'second'} half of ${format(start, 'yyyy')}`;
    case 'quarter':
      return `Q${getQuarter(start)} ${format(start, 'yyyy')}`;
    case 'season':
      return lastInside
        ? `${format(start, 'MMMM')}–${format(lastInside, 'MMMM yyyy')}`
        : format(start, 'MMMM yyyy');
    case 'month':
      return format(start, 'MMMM yyyy');
    case 'week':
      return `week of ${format(start, 'd MMMM yyyy')}`;
    case 'day':
    case null:
      return format(start, 'EEEE d MMMM yyyy');
    case 'part-of-day':
      // "Friday morning" names a part of the day, not the clock time it is drawn at.
      return `${format(start, 'EEEE d MMMM yyyy')}, ${partOfDayName(start.getHours())}`;
    default:
      return WITH_TIME.has(granularity)
        ? format(start, 'EEEE d MMMM yyyy, HH:mm')
        : format(start, 'EEEE d MMMM yyyy');
  }
}

/** TimeML's parts of the day (MO, AF, EV, NI) by the hour their interval starts at. */
function partOfDayName(hour: number): string {
  if (hour < 5) return 'night';
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  if (hour < 21) return 'evening';
  return 'night';
}

/** Formats a day briefly ("25 Aug 2016"). */
export function formatDay(date: Date): string {
  return format(date, 'd MMM yyyy');
}

/** Formats a publication date ("25 Aug 2016"); null when unknown. */
export function formatPublished(iso: string | null): string | null {
  const date = parseWallClock(iso);
  return date ? formatDay(date) : null;
}

/** Formats the time under the scrubbing cursor. */
export function formatCursorTime(date: Date): string {
  return format(date, 'EEE d MMM yyyy, HH:mm');
}

/** Short, readable, round-trippable form for URLs (`2016-08-25T14:30`). */
export function formatUrlTime(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm");
}

/** Reads a URL time written by `formatUrlTime` (or any ISO date); null if unreadable. */
export function parseUrlTime(text: string | null): Date | null {
  if (!text) return null;
  const date = parseISO(text);
  return isValid(date) ? date : null;
}

/** Milliseconds between two dates (end - start). */
export function spanMilliseconds(start: Date, end: Date): number {
  return differenceInMilliseconds(end, start);
}

/** `date` moved by `milliseconds` (may be negative). */
export function shiftDate(date: Date, milliseconds: number): Date {
  return addMilliseconds(date, milliseconds);
}
