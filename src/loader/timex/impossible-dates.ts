/**
 * Written dates that name no day of the calendar: "February 30", "31 April 2001",
 * "32/13/2016", "2016-02-30". The finder drops any expression inside one rather than
 * keep a fragment of it ("April 2001"), and `find-timexes` reports each as a warning.
 */
import { daysInMonth } from './calendar.ts';
import { MONTH_WORD, monthOf } from './lexicon.ts';
import { isCapitalized } from './patterns.ts';
import type { TimexRefiner } from './timex-candidate.ts';

export interface ImpossibleDate {
  start: number;
  end: number;
  text: string;
}

const MONTH_DAY = new RegExp(
  `\\b(?:(?<month>${MONTH_WORD})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month2>${MONTH_WORD})(?:,?\\s+(?<year2>\\d{4}))?)(?![\\w:.,]\\d)`,
  'g',
);
const NUMERIC = /(?<![\w/.-])(?<a>\d{1,2})[/.-](?<b>\d{1,2})[/.-](?<year>\d{4})(?![\w/.-]*\d)/g;
const ISO = /(?<![\w/.-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?![\w-]*\d)/g;

function possible(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a year, February 29 is possible (a leap year is chosen later).
  return day <= daysInMonth(year ?? 2000, month);
}

/** Every written date in the text that cannot exist. */
export function impossibleDatesIn(text: string): ImpossibleDate[] {
  const found: ImpossibleDate[] = [];
  const add = (match: RegExpExecArray) =>
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  for (const match of text.matchAll(MONTH_DAY)) {
    const groups = match.groups ?? {};
    const name = groups.month ?? groups.month2;
    if (!isCapitalized(name)) continue;
    const month = monthOf(name ?? '');
    const day = Number(groups.day ?? groups.day2);
    const yearText = groups.year ?? groups.year2;
    if (month === null || day === 0) continue;
    // "May 45" and "March 99" are more likely a verb or a count than a date.
    if (day > 31 && !yearText) continue;
    if (!possible(yearText ? Number(yearText) : null, month, day)) add(match);
  }
  for (const match of text.matchAll(NUMERIC)) {
    const { a, b, year } = match.groups ?? {};
    const [first, second, y] = [Number(a), Number(b), Number(year)];
    // Either reading (month/day or day/month) will do.
    if (!possible(y, first, second) && !possible(y, second, first)) add(match);
  }
  for (const match of text.matchAll(ISO)) {
    const { year, month, day } = match.groups ?? {};
    if (!possible(Number(year), Number(month), Number(day))) add(match);
  }
  return found;
}

/** Drops candidates that are part of an impossible written date. */
export const refineImpossibleDates: TimexRefiner = {
  name: 'impossible-dates',
  refine(text, candidates) {
    if (!/\d/.test(text)) return candidates;
    const impossible = impossibleDatesIn(text);
    if (impossible.length === 0) return candidates;
    return candidates.filter(
      (candidate) =>
        !impossible.some((date) => candidate.start < date.end && date.start < candidate.end),
    );
  },
};
