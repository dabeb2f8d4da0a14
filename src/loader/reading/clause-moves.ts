/**
 * Dating layer, a happening told by the rise or fall in its clause: "Chrysler was hardest
 * hit with a plunge of 55%", after "sales fell 35% in January", was hit in January, the
 * plunge's period, not on the day the article was written. Only a past verb the text
 * gives no date of its own, and not a report ("reported a 49% decline" was told today).
 * Pure.
 */
import type { Dated } from './date-event.ts';
import { isArticleDate } from './event-dates.ts';
import type { ReadSentence, SentenceEvent } from './read-sentence.ts';

/** The sentence's dates, with a past verb dated only by the article given its clause's move's. */
export function datedByClauseMove(
  read: ReadSentence,
  dates: ReadonlyMap<SentenceEvent, Dated>,
): Map<SentenceEvent, Dated> {
  const out = new Map(dates);
  for (const verb of read.events) {
    const own = dates.get(verb);
    if (
      verb.pos !== 'verb' ||
      verb.tense !== 'past' ||
      verb.modality !== 'actual' ||
      verb.eventClass === 'REPORTING' ||
      verb.kind === 'market-move' ||
      !own?.date ||
      !isArticleDate(own.basis)
    )
      continue;
    const move = read.events.find((other) => {
      const dated = dates.get(other);
      return (
        other.pos === 'noun' &&
        other.kind === 'market-move' &&
        other.segment === verb.segment &&
        other.modality === 'actual' &&
        dated?.date !== null &&
        dated?.date !== undefined &&
        !isArticleDate(dated.basis)
      );
    });
    const moved = move ? dates.get(move) : undefined;
    if (moved?.date) out.set(verb, { date: moved.date, basis: moved.basis, timex: null });
  }
  return out;
}
