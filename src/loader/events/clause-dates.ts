/**
 * Which temporal expression dates a clause's event: the nearest of its own, one per
 * occasion in a list, or its parent clause's when the clause continues it.
 */

import type { Timex } from '../../contract/corpus.ts';
import type { ClauseInput } from './clause-context.ts';
import type { Trigger } from './find-trigger.ts';

/** A clause without a date of its own takes its parent's when it continues it. */
export function inheritedTimex(
  input: ClauseInput,
  trigger: Trigger,
): { timex: Timex; approximate: boolean } | null {
  const { clause, clauses, timexes } = input;
  if (clause.parent === null) return null;
  const parent = clauses[clause.parent];
  if (!parent) return null;
  const parentTimexes = timexes.filter(
    (timex) => timex.start >= parent.start && timex.end <= parent.end + 1,
  );
  const timex = parentTimexes[0];
  if (!timex?.resolved) return null;
  const word = clause.tokens[trigger.index];
  // "after meeting Obama", "to meet him"; not "when talks would resume" (a modal is finite).
  const nonFinite =
    word !== undefined &&
    (word.tags.has('Gerund') ||
      (word.tags.has('Infinitive') && clause.tokens[trigger.index - 1]?.normal === 'to'));
  const coarse = !['day', 'part-of-day', 'hour', 'minute', 'second'].includes(
    timex.resolved.granularity,
  );
  // "arrived Monday and met Lavrov": same day. "after meeting Obama": same occasion.
  if (clause.type === 'coordinate' || (clause.type === 'subordinate' && nonFinite))
    return { timex, approximate: false };
  // "erupted in 2011 after the regime unleashed a crackdown": the same year, loosely.
  if (
    clause.type === 'subordinate' &&
    coarse &&
    ['after', 'as', 'when', 'while'].includes(clause.marker ?? '')
  )
    return { timex, approximate: true };
  return null;
}

/** One event per date when a clause lists occasions: "in China this week and in Geneva on August 26". */
export function distributive(
  input: ClauseInput,
  own: Timex[],
  trigger: Trigger,
): Array<{ timex: Timex; places: string[] }> | null {
  if (own.length < 2) return null;
  const values = new Set(own.map((timex) => timex.resolved?.start));
  if (values.size < 2) return null;
  const places = input.entities.filter(
    (entity) =>
      entity.start >= input.clause.start &&
      entity.end <= input.clause.end &&
      (entity.kind === 'place' || entity.kind === 'country'),
  );
  const groups: Array<{ timex: Timex; places: string[] }> = [];
  let from = trigger.end;
  for (const timex of [...own].sort((a, b) => a.start - b.start)) {
    if (timex.start < trigger.start) return null;
    const here = places
      .filter((place) => place.start >= from && place.end <= timex.start)
      .map((place) => place.canonical);
    if (here.length === 0) return null;
    groups.push({ timex, places: unique(here) });
    from = timex.end;
  }
  return groups;
}

export function nearest(timexes: Timex[], trigger: Trigger): Timex | null {
  let best: Timex | null = null;
  let bestDistance = Infinity;
  for (const timex of timexes) {
    // A date after the trigger governs it more often than one before ("met on Monday").
    const distance =
      timex.start >= trigger.end ? timex.start - trigger.end : (trigger.start - timex.end) * 1.5;
    if (distance < bestDistance) {
      best = timex;
      bestDistance = distance;
    }
  }
  return best;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
