/**
 * Within one article: gives an undated event the date of another report of the same
 * event ("arrived in Geneva" in the lead, "arrived … on Thursday" later), falls back to
 * the publication day for a past-tense lead, adds the dateline place as default place,
 * and reads "will meet" on a date after publication as scheduled.
 */
import type { ArticleDraft, EventDraft } from '../article-draft.ts';
import { writeTitle, type TitleParts } from './event-title.ts';

/** An event draft with what the linking needs to know about the text it came from. */
export interface FoundEvent {
  draft: EventDraft;
  /** The people taking part (a government's statement has no default place). */
  persons: string[];
  lemma: string;
  pos: 'verb' | 'noun';
  /** What the title was written from, to rewrite it when a place is learnt later. */
  titleParts: TitleParts;
  pastTense: boolean;
  sentenceIndex: number;
  /** In the article's first body sentence. */
  lead: boolean;
  heading: boolean;
  datelinePlace: string | null;
}

const DAY = 24 * 60 * 60 * 1000;

/** Links, dates and cleans the events of one article. */
export function carryDates(
  found: readonly FoundEvent[],
  article: Pick<ArticleDraft, 'published' | 'publishedBasis'>,
): FoundEvent[] {
  const published = article.published ? article.published.slice(0, 10) : null;
  const dated = found.filter((event) => event.draft.start !== null);
  const out: FoundEvent[] = [];
  for (const event of found) {
    let current = event;
    if (current.draft.start === null) current = carryFrom(current, dated) ?? current;
    if (current.draft.start === null) current = carryNarrative(current, dated) ?? current;
    if (
      current.draft.start === null &&
      current.lead &&
      current.pastTense &&
      published &&
      current.draft.modality === 'actual'
    ) {
      // A lead in the past tense reports the news of the day it is published, loosely.
      current = withDate(
        current,
        { start: published, end: null, granularity: 'day', approximate: true },
        'publication-date',
      );
    }
    // Undated clauses without actors are mostly background; but one the text did date, on a
    // day that cannot be placed (no publication date), is an event: it goes to the undated list.
    if (
      current.draft.start === null &&
      current.draft.mention.timex === null &&
      (current.draft.participants.length === 0 ||
        current.draft.modality !== 'actual' ||
        current.pos === 'noun')
    )
      continue;
    if (
      published &&
      current.draft.start !== null &&
      current.draft.modality === 'actual' &&
      current.draft.start.slice(0, 10) > published
    ) {
      current = {
        ...current,
        draft: {
          ...current.draft,
          modality: 'scheduled',
          mention: { ...current.draft.mention, modality: 'scheduled' },
        },
      };
    }
    out.push(current);
  }
  return out.map((event) => withDefaultPlace(event, out, published));
}

function carryFrom(event: FoundEvent, dated: readonly FoundEvent[]): FoundEvent | null {
  let best: FoundEvent | null = null;
  let bestScore = 0;
  for (const candidate of dated) {
    if (candidate.draft.kind !== event.draft.kind) continue;
    const shared = candidate.draft.participants.filter((name) =>
      event.draft.participants.includes(name),
    ).length;
    if (shared === 0) continue;
    // Sharing only a country is weak ("Syria" acts in many events); a person or the same
    // trigger word makes it the same occurrence.
    const samePerson = candidate.persons.some((name) => event.persons.includes(name));
    if (!samePerson && candidate.lemma !== event.lemma) continue;
    const distance = Math.abs(candidate.sentenceIndex - event.sentenceIndex);
    const score = shared * 10 - distance * 0.1;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (!best) return null;
  const source = best.draft;
  return withDate(
    event,
    {
      start: source.start,
      end: source.end,
      granularity: source.granularity,
      approximate: source.approximate,
    },
    'carried-from-coreferent',
    source.places,
  );
}

/**
 * "Biden visited Mobile on Friday. Biden met the governor and promised aid.": an undated
 * past-tense report right after a dated one by the same person continues the same day.
 */
function carryNarrative(event: FoundEvent, dated: readonly FoundEvent[]): FoundEvent | null {
  if (!event.pastTense || event.draft.modality !== 'actual' || event.persons.length === 0)
    return null;
  const previous = dated.filter(
    (candidate) =>
      candidate.sentenceIndex >= event.sentenceIndex - 1 &&
      candidate.sentenceIndex <= event.sentenceIndex &&
      candidate.draft.granularity === 'day' &&
      candidate.persons.some((name) => event.persons.includes(name)),
  );
  const source = previous[previous.length - 1];
  if (!source) return null;
  return withDate(
    event,
    {
      start: source.draft.start,
      end: source.draft.end,
      granularity: source.draft.granularity,
      approximate: true,
    },
    'carried-from-previous-sentence',
  );
}

function withDate(
  event: FoundEvent,
  date: Pick<EventDraft, 'start' | 'end' | 'granularity' | 'approximate'>,
  basis: string,
  places: string[] = [],
): FoundEvent {
  return {
    ...event,
    draft: {
      ...event.draft,
      ...date,
      places: [...new Set([...event.draft.places, ...places])],
      mention: { ...event.draft.mention, timex: null, dateBasis: basis },
    },
  };
}

/** The dateline's place for an event of the days around publication that names none. */
function withDefaultPlace(
  event: FoundEvent,
  all: readonly FoundEvent[],
  published: string | null,
): FoundEvent {
  const { draft } = event;
  if (draft.places.length > 0 || !draft.start) return event;
  // Another report of the same event in the article may say where it happens.
  const twin = all.find(
    (other) =>
      other.draft.kind === draft.kind &&
      other.draft.start?.slice(0, 10) === draft.start?.slice(0, 10) &&
      other.draft.places.length > 0 &&
      other.draft.participants.some((name) => draft.participants.includes(name)),
  );
  if (twin) return withPlaces(event, twin.draft.places);
  if (!event.datelinePlace || !published || event.persons.length === 0) return event;
  // A phone call joins two places; the dateline is only where the reporter sat.
  if (draft.kind === 'phone-call') return event;
  const distance = Math.abs(Date.parse(draft.start.slice(0, 10)) - Date.parse(published));
  if (!(distance <= 2 * DAY)) return event;
  return withPlaces(event, [event.datelinePlace]);
}

function withPlaces(event: FoundEvent, places: string[]): FoundEvent {
  const title = writeTitle({ ...event.titleParts, places });
  return { ...event, draft: { ...event.draft, places, title } };
}
