/**
 * Dating layer: the date of one event as a careful reader would give it, and the basis:
 *
 * 1. `own-timex`: a date or time in the event's own clause ("filed … on Monday");
 * 2. `governing-timex`: else the date of the clause that governs it ("defeated Boeing on
 *    Friday to win …" dates the win), unless it looks forward or back from there; first of
 *    all, the day a deferring verb puts it off to ("delayed the tour until May");
 *    `event-relative`: a span counted from another event ("a day before the announcement",
 *    count-from-events);
 * 3. `narrative-thread`: else, for a past event, the date of the last dated event of the
 *    same actors a sentence or two before (the story goes on about that day);
 * 4. `reporting-period`: else, a year's result told early the next year ("annual loss"):
 *    the year before; monthly sales told in a month's first days: the month before
 *    (reporting-period);
 *    `story-day`: else, for a headline or a past, present-perfect or present report, the
 *    day the lead says the story happened ("announced on Wednesday", published Thursday);
 * 5. `publication-date`: else, for those reports, the day the article was published (news
 *    reports what just happened);
 * 6. undated: the future without a date, the hypothetical, the generic.
 *
 * News uses the past for what happened before publication and the future for what comes
 * after: a date the resolver placed on the wrong side moves a week or a year across.
 */
import type { Granularity, ResolvedInterval, Timex } from '../../contract/corpus.ts';
import { granularityRank } from '../../contract/granularity.ts';
import type { EventDraft } from '../article-draft.ts';
import { beforePublication } from '../events/past-tense-dates.ts';
import { dayNumber, formatDay, parseDay, shiftDays, shiftMonths } from '../timex/calendar.ts';
import { DEICTIC_ANCHOR } from '../timex/resolve-value.ts';
import { isPastWord } from '../timex/tense-cues.ts';
import type { Tense } from './verb-groups.ts';

export type DateBasis =
  | 'own-timex'
  | 'governing-timex'
  | 'event-relative'
  | 'narrative-thread'
  | 'reporting-period'
  | 'story-day'
  | 'publication-date';

/** Whether a date was given by the article as a whole rather than by the event's words. */
export function isArticleDate(basis: string | null | undefined): boolean {
  return basis === 'story-day' || basis === 'publication-date';
}

/**
 * Whether a date was lent by the event's sentence or story, not given by its own words: the
 * article's, its clause's, or the last one its thread told.
 */
export function isBorrowedDate(basis: string | null | undefined): boolean {
  return isArticleDate(basis) || basis === 'governing-timex' || basis === 'narrative-thread';
}

export type EventDate = Pick<EventDraft, 'start' | 'end' | 'granularity' | 'approximate'>;

const POINT_GRANULARITIES: ReadonlySet<Granularity> = new Set([
  'day',
  'part-of-day',
  'hour',
  'minute',
  'second',
]);

/** The event date a resolved timex gives, moved across publication as its tense requires. */
export function dateFromTimex(
  resolved: ResolvedInterval,
  published: string | null,
  tense: Tense | 'nominal',
  actual: boolean,
): EventDate {
  const past = actual && (tense === 'past' || tense === 'perfect' || tense === 'pluperfect');
  const future = tense === 'future' || tense === 'infinitive';
  let interval = beforePublication(resolved, published, past);
  if (past) interval = monthBeforePublication(interval, published);
  if (future) interval = afterPublication(interval, published);
  return {
    start: interval.start,
    end: POINT_GRANULARITIES.has(interval.granularity) ? null : interval.end,
    granularity: interval.granularity,
    approximate: interval.approximate,
  };
}

/** A whole calendar year as an event date, approximate: inferred, not stated. */
export function yearDate(year: number): EventDate {
  return {
    start: `${year}-01-01`,
    end: `${year + 1}-01-01`,
    granularity: 'year',
    approximate: true,
  };
}

/** The publication day as an event date (loosely: "reports what just happened"). */
export function publicationDate(published: string): EventDate {
  return { start: published.slice(0, 10), end: null, granularity: 'day', approximate: true };
}

/**
 * Whether an actual event with no date of its own takes the publication day: what the
 * article reports as done, being done or just done ("filed", "has filed", "is flying",
 * "says", "the deal", "citing"). Plans and what had happened earlier do not.
 */
export function takesPublicationDate(tense: Tense | 'nominal'): boolean {
  return tense !== 'future' && tense !== 'infinitive' && tense !== 'pluperfect';
}

/** Whether an event may take the date of the clause or event that governs it. */
export function inheritsGoverningDate(
  tense: Tense | 'nominal',
  governorTense: Tense | 'nominal' | null,
): boolean {
  // "said it had filed": a pluperfect looks back from its governor; "will" looks ahead.
  if (tense === 'pluperfect' || tense === 'future') return false;
  // "admitted on Thursday that the loss could swell as it pays pensions": a present under a
  // past report is still true when the article is read, not only on the day it was said.
  if (tense === 'present' && governorTense === 'past') return false;
  if (governorTense === 'future' && tense !== 'infinitive') return false;
  return true;
}

/** Whether a timex dates an event (a date or time, not a duration or a set). */
export function isEventDate(timex: Timex): boolean {
  // A relative date that cannot be placed (no publication date) still dates its clause:
  // the event goes to the undated list with it. Vague references ("recently") date nothing.
  return (
    (timex.type === 'DATE' || timex.type === 'TIME') &&
    (timex.resolved !== null || !timex.value.endsWith('_REF'))
  );
}

/**
 * "has received loans since December" in an article of April: a past month whose year the
 * resolver inferred lies before publication, in the previous year if need be.
 */
function monthBeforePublication(
  resolved: ResolvedInterval,
  published: string | null,
): ResolvedInterval {
  if (!published || resolved.granularity !== 'month' || !resolved.inferred.includes('year'))
    return resolved;
  if (resolved.stated.includes('year') || resolved.start.slice(0, 7) <= published.slice(0, 7))
    return resolved;
  const shift = (value: string) => `${Number(value.slice(0, 4)) - 1}${value.slice(4)}`;
  return {
    ...resolved,
    start: shift(resolved.start),
    end: shift(resolved.end),
    via: [...resolved.via, 'past-tense-before-publication'],
  };
}

/**
 * "will fly to Sydney on November 16" in an article of 5 November 2005 is 16 November 2005,
 * not 2004: a future report whose inferred year or week put it before publication moves on.
 */
function afterPublication(resolved: ResolvedInterval, published: string | null): ResolvedInterval {
  if (!published || resolved.stated.includes('year') || saysPast(resolved)) return resolved;
  // "to stabilise the market last week": a date counted from publication is where its words
  // put it, whatever the tense.
  if (resolved.via.includes(DEICTIC_ANCHOR)) return resolved;
  const day = resolved.start.slice(0, 10);
  if (day >= published.slice(0, 10)) return resolved;
  // "later this year": a period still running at publication is not a year away.
  if (resolved.end.slice(0, 10) > published.slice(0, 10)) return resolved;
  // "Friday", "Monday night": a weekday, with a part of the day or not, comes a week later.
  const weekdayOnly =
    resolved.stated.includes('weekday') &&
    !resolved.stated.some((part) => part === 'day' || part === 'month' || part === 'year');
  if (!weekdayOnly && !resolved.inferred.includes('year')) return resolved;
  const shift = (value: string): string => {
    const day = parseDay(value.slice(0, 10));
    if (!day) return value;
    const later = weekdayOnly ? shiftDays(day, 7) : shiftMonths(day, 12);
    return formatDay(later) + value.slice(10);
  };
  const start = shift(resolved.start);
  if (start.slice(0, 10) < published.slice(0, 10)) return resolved;
  return {
    ...resolved,
    start,
    end: shift(resolved.end),
    via: [...resolved.via, 'future-after-publication'],
  };
}

/**
 * Whether the words before the date placed it in the past ("attempting to take over the
 * airline since December", "last March"): no plan moves it past publication.
 */
function saysPast(resolved: ResolvedInterval): boolean {
  return resolved.via.some((step) => {
    if (step === 'direction:last') return true;
    const cue = /^tense:past \((.+)\)$/.exec(step)?.[1];
    return cue !== undefined && isPastWord(cue);
  });
}

/**
 * How far before publication a lead's date may lie and still be the story's day: two
 * weeks, for a weekly or a late report ("The GAO on June 18 called for …", published July 2).
 */
const STORY_DAY_WINDOW_DAYS = 14;

/**
 * The day the article's story happened, as its lead tells it: "Boeing has unveiled its
 * 787 … Sunday was chosen because …" in an article published on Monday; "announced on
 * Wednesday" in one published on Thursday. News is often published a day or more after
 * the events it reports, and the lead says when; the reports the article gives no date of
 * their own happened on that day, not on the day of publication. Only a day in the week
 * before publication counts: a later one is a plan, an older one background.
 */
export function storyDay(
  leadTimexes: readonly Timex[],
  published: string | null,
  tellsOfEarlier: (timex: Timex) => boolean,
): { date: EventDate; timex: Timex } | null {
  if (!published) return null;
  const publishedDay = parseDay(published.slice(0, 10));
  if (!publishedDay) return null;
  const earliest = formatDay(shiftDays(publishedDay, -STORY_DAY_WINDOW_DAYS));
  for (const timex of leadTimexes) {
    const resolved = timex.resolved;
    if (!resolved || !POINT_GRANULARITIES.has(resolved.granularity)) continue;
    const day = resolved.start.slice(0, 10);
    // "The court on Tuesday blocked …" published that Tuesday: the story is the day's own
    // (not when only the telling is: "stated on Thursday that it had signed …").
    if (day === published.slice(0, 10) && !tellsOfEarlier(timex)) return null;
    if (day < earliest || day >= published.slice(0, 10)) continue;
    return {
      // Inferred, not stated for the event: approximate, like the publication day.
      date: { start: day, end: null, granularity: 'day', approximate: true },
      timex,
    };
  }
  return null;
}

/** Days before a story's day beyond which a market's move on a day is its backstory. */
const BACKSTORY_DAYS = 7;

/**
 * Whether a date is a day (or finer) more than a week before the day `later` starts: a
 * market's move then is the story's backstory, not its news ("Less than a month ago, on
 * November 20, the Dow closed at 7,552.29").
 */
export function isBackstoryDay(
  date: Pick<EventDate, 'start' | 'granularity'>,
  later: string | null,
): boolean {
  const precise =
    date.granularity !== null && granularityRank(date.granularity) >= granularityRank('day');
  const day = precise ? parseDay((date.start ?? '').slice(0, 10)) : null;
  const to = later ? parseDay(later.slice(0, 10)) : null;
  return day !== null && to !== null && dayNumber(to) - dayNumber(day) > BACKSTORY_DAYS;
}
