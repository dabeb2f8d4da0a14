/**
 * Dating layer, a sentence set at an occasion told before: "Schiller gave the keynote at
 * the conference on January 6. At the conference, Apple said it would stop …". A sentence
 * that opens with "At" or "During" and a definite occasion ("the conference", "the
 * summit") that nothing in it dates is at the occasion the article last dated by its
 * words: the occasion and what its main clause tells as done take that day. Pure.
 */
import type { EventDraft } from '../article-draft.ts';
import type { Dated } from './date-event.ts';
import { isArticleDate } from './event-dates.ts';
import { DEFINITE, type Word } from '../language/word.ts';
import { ANY_HAPPENING_NOUNS } from './participants.ts';
import type { ReadSentence, SentenceEvent } from './read-sentence.ts';

/** Prepositions that set a sentence at an occasion. */
const SETTING = new Set(['at', 'during']);

/** Kinds of happening a sentence can be set at: a meeting or conference, a launch. */
const GATHERINGS: ReadonlySet<EventDraft['kind']> = new Set(['meeting', 'launch']);

/** How far the opening phrase runs before its comma ("At the annual shareholders' meeting,"). */
const MAX_OPENING_WORDS = 6;

/**
 * The sentence's dates with those of a fronted occasion told before, and of its main
 * clause, moved to that occasion's day (the same map when the sentence has none: most do
 * not). `earlier`: the article's reports before the sentence, in order.
 */
export function datedByFrontedOccasion(
  read: ReadSentence,
  dates: ReadonlyMap<SentenceEvent, Dated>,
  earlier: readonly EventDraft[],
): ReadonlyMap<SentenceEvent, Dated> {
  const occasion = frontedOccasion(read);
  if (!occasion) return dates;
  const own = dates.get(occasion);
  if (own?.date && !isArticleDate(own.basis)) return dates;
  // ("At that event," after "introduced the iPhone 3G at its conference on June 9": a noun
  // of any happening is the last gathering or launch the article dated.)
  const anyHappening = ANY_HAPPENING_NOUNS.has(occasion.lemma);
  const told = earlier.findLast(
    (report) =>
      (anyHappening ? GATHERINGS.has(report.kind) : report.lemma === occasion.lemma) &&
      report.modality === 'actual' &&
      report.start !== null &&
      report.mention.dateBasis === 'own-timex',
  );
  if (!told) return dates;
  const out = new Map(dates);
  const date = {
    start: told.start,
    end: told.end,
    granularity: told.granularity,
    approximate: told.approximate,
  };
  out.set(occasion, { date, basis: 'governing-timex', timex: null });
  for (const event of read.events) {
    const dated = dates.get(event);
    if (
      event === occasion ||
      event.pos !== 'verb' ||
      !inMainClause(read, event.segment) ||
      event.modality !== 'actual' ||
      event.tense !== 'past' ||
      (dated?.date && !isArticleDate(dated.basis) && dated.basis !== 'narrative-thread')
    )
      continue;
    out.set(event, { date, basis: 'governing-timex', timex: null });
  }
  return out;
}

/** Whether a segment is the main clause or one joined to it ("…, and Apple said"). */
function inMainClause(read: ReadSentence, segment: number): boolean {
  const own = read.segments[segment];
  if (own?.parent === null) return true;
  return own?.type === 'coordinate' && read.segments[own.parent]?.parent === null;
}

/** The definite occasion noun of an opening "At the conference," (none otherwise). */
function frontedOccasion(read: ReadSentence): SentenceEvent | undefined {
  const { words } = read;
  if (!SETTING.has(words[0]?.lower ?? '') || !DEFINITE.has(words[1]?.lower ?? '')) return;
  const comma = words.findIndex((word: Word) => word.text === ',');
  if (comma < 3 || comma > MAX_OPENING_WORDS) return;
  return read.events.find(
    (event) => event.pos === 'noun' && event.trigger === comma - 1 && !event.light,
  );
}
