/**
 * An event's date as far as the text gave it: "2016" for a year, "2016-09" for a month,
 * "2016-09-08" for a day, the date and time below that. Exports never claim a precision
 * the article did not have.
 */
import type { Granularity, TimelineEvent } from '../../../contract/corpus.ts';

/** Calendar fields of an ISO date or date-time (the wall-clock time as written). */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

const COARSER_THAN_MONTH: ReadonlySet<Granularity> = new Set(['century', 'decade', 'year', 'half']);
const COARSER_THAN_DAY: ReadonlySet<Granularity> = new Set([
  ...COARSER_THAN_MONTH,
  'quarter',
  'season',
  'month',
]);
const FINER_THAN_DAY: ReadonlySet<Granularity> = new Set(['hour', 'minute', 'second']);

/** The fields of `iso` the granularity vouches for; null for an unreadable or missing date. */
export function dateParts(iso: string | null, granularity: Granularity | null): DateParts | null {
  const match = iso?.match(/^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/);
  if (!match) return null;
  const level = granularity ?? 'day';
  const parts: DateParts = { year: Number(match[1]) };
  if (COARSER_THAN_MONTH.has(level)) return parts;
  parts.month = Number(match[2]);
  if (COARSER_THAN_DAY.has(level)) return parts;
  parts.day = Number(match[3]);
  if (FINER_THAN_DAY.has(level) && match[4] !== undefined) {
    parts.hour = Number(match[4]);
    parts.minute = Number(match[5]);
  }
  return parts;
}

const two = (value: number) => String(value).padStart(2, '0');

/** The event's start written to its granularity, or "" for an undated event. */
export function dateAtGranularity(event: TimelineEvent): string {
  const parts = dateParts(event.start, event.granularity);
  if (!parts) return '';
  let text = String(parts.year);
  if (parts.month !== undefined) text += `-${two(parts.month)}`;
  if (parts.day !== undefined) text += `-${two(parts.day)}`;
  if (parts.hour !== undefined) text += `T${two(parts.hour)}:${two(parts.minute ?? 0)}`;
  return text;
}
