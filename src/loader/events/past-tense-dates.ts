/**
 * News uses the past tense for what happened before publication: a past-tense report
 * whose date the resolver placed after publication, on a year or week it only inferred,
 * means the previous occurrence of that date ("agreed on October 14", published in
 * December, is this year's October 14, not next year's).
 */
import type { ResolvedInterval } from '../../contract/corpus.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The resolved date moved before publication when a past-tense report needs it; else as is. */
export function beforePublication(
  resolved: ResolvedInterval,
  published: string | null,
  pastTense: boolean,
): ResolvedInterval {
  if (!pastTense || !published || resolved.granularity !== 'day') return resolved;
  const day = resolved.start.slice(0, 10);
  if (day <= published.slice(0, 10) || resolved.stated.includes('year')) return resolved;
  const weekdayOnly = resolved.stated.length === 1 && resolved.stated[0] === 'weekday';
  const shift = (value: string): string => {
    const date = new Date(`${value.slice(0, 10)}T12:00:00Z`);
    if (Number.isNaN(date.getTime())) return value;
    if (weekdayOnly) date.setTime(date.getTime() - 7 * DAY);
    // (A month and day written with no year: "January 3" told in the past is last year's.
    // A day counted from another, "a day later", is no calendar day to move by a year.)
    else if (resolved.inferred.includes('year') && resolved.stated.includes('month'))
      date.setUTCFullYear(date.getUTCFullYear() - 1);
    else return value;
    return date.toISOString().slice(0, 10) + value.slice(10);
  };
  const start = shift(resolved.start);
  if (start.slice(0, 10) > published.slice(0, 10) || start === resolved.start) return resolved;
  return {
    ...resolved,
    start,
    end: shift(resolved.end),
    via: [...resolved.via, 'past-tense-before-publication'],
  };
}
