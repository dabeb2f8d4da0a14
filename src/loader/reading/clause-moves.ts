/**
 * Dating layer, a happening told by the rise or fall in its clause: "Chrysler was hardest
 * hit with a plunge of 55%", after "sales fell 35% in January", was hit in January, the
 * plunge's period, not on the day the article was written. Only a past verb the text
 * gives no date of its own, and not a report ("reported a 49% decline" was told today),
 * nor one that acts on the move ("reversed much of Friday's fall"). Pure.
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
        // (Not a move the verb acts on: "The rally reversed much of Friday's fall".)
        !actsOn(read, verb, other) &&
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

/** Prepositions that bring in a move by which a verb happened: "hit with a plunge", "by the plunge". */
const MOVE_MEANS: ReadonlySet<string> = new Set(['with', 'by']);

/**
 * Whether `verb` acts on the move `move` told after it, its object ("reversed much of
 * Friday's fall", "erased the losses"), or ranges over it ("swung between gains
 * and losses"), rather than telling how or by what it happened ("was hit with a plunge",
 * "hit by the plunge").
 */
function actsOn(read: ReadSentence, verb: SentenceEvent, move: SentenceEvent): boolean {
  if (move.trigger < verb.trigger) return false;
  for (let at = move.trigger - 1; at > verb.trigger; at--)
    if (read.words[at]?.pos === 'ADP' && read.words[at]?.lower !== 'of')
      return !MOVE_MEANS.has(read.words[at]?.lower ?? '');
  return true;
}
