/**
 * Dating layer, vague counts of days: "on September 19, days after the collapse of Lehman"
 * dates the collapse some days off the 19th, not on it (`count-from-events.ts` counts the
 * spans a number gives). Pure.
 */
import type { Timex } from '../../contract/corpus.ts';
import type { Word } from '../language/word.ts';
import { formatDay, parseDay, shiftMonths } from '../timex/calendar.ts';
import type { EventDate } from './event-dates.ts';
import type { SentenceEvent } from './read-sentence.ts';

/** Words before a vague count of days: "days after", "a few days after", "just days before". */
const VAGUE_COUNT_OPENERS = new Set(['a', 'few', 'several', 'some', 'just', 'only', 'mere']);

/**
 * "announced the plan on September 19, days after the collapse of Lehman": an event after
 * a vague count of days ("days", "a few days") and "after" or "before" is not of the day
 * the sentence names before the count, but some days off it: within that day's month,
 * approximately, or of no known date when the days may leave the month. Null when the
 * event is no such case.
 */
export function vaguelyCountedFrom(
  words: readonly Word[],
  event: SentenceEvent,
  timexes: readonly Timex[],
): { date: EventDate | null } | null {
  const link = linkBefore(words, event.trigger);
  if (link === null) return null;
  // (Not a number: "two days after" is a span count-from-events.ts counts. Its words are a
  // date's, "X" to the reading, as "a few" of "a few days" are.)
  const unit = words[link - 1];
  const previous = words[link - 2];
  const counts =
    previous !== undefined &&
    !VAGUE_COUNT_OPENERS.has(previous.lower) &&
    (previous.pos === 'NUM' || previous.pos === 'X');
  if (unit?.lower !== 'days' || counts) return null;
  let first = link - 1;
  while (first > 0 && VAGUE_COUNT_OPENERS.has((words[first - 1] as Word).lower)) first--;
  const counted = words[first] as Word;
  const day = timexes.findLast((timex) => timex.end <= counted.start);
  if (!day?.resolved || day.resolved.granularity !== 'day') return null;
  const start = parseDay(day.resolved.start.slice(0, 10));
  if (!start) return null;
  // (Some days are up to about a week: "days after" the 5th may be of the month before.)
  const after = (words[link] as Word).lower === 'after';
  if (after ? start.day <= 7 : start.day >= 22) return { date: null };
  const month = `${String(start.year).padStart(4, '0')}-${String(start.month).padStart(2, '0')}`;
  const next = shiftMonths({ ...start, day: 1 }, 1);
  return {
    date: { start: `${month}-01`, end: formatDay(next), granularity: 'month', approximate: true },
  };
}

/**
 * The "after" or "before" right before the noun phrase or clause of the word at `trigger`
 * ("after the collapse of", "before its launch", "after Lehman collapsed"); null when none.
 */
function linkBefore(words: readonly Word[], trigger: number): number | null {
  let at = trigger - 1;
  while (at >= 0 && /^(?:DET|ADJ|NOUN|PROPN|PRON|PART|NUM|AUX|ADV)$/.test((words[at] as Word).pos))
    at--;
  const word = words[at];
  return word && (word.lower === 'after' || word.lower === 'before') ? at : null;
}
