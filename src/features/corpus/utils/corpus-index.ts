/**
 * Lookups every pane needs, computed once per corpus: events placed in time,
 * articles by id, the events each article reports, and what could not be placed.
 */
import type { Article, Corpus, Mention, TimelineEvent } from '../../../contract/corpus.ts';
import { isCoarserThanDay, parseWallClock } from '../../../lib/dates.ts';
import { carriedSentence } from './period-parts.ts';

/** An event with its dates read, ready to draw. */
export interface PlacedEvent {
  event: TimelineEvent;
  start: Date;
  /** Only for ranges: events whose date spans more than a day. */
  end: Date | null;
}

/** An event the timeline cannot show, with the reason in words. */
export interface UnplacedEvent {
  event: TimelineEvent;
  reason: string;
}

export interface CorpusIndex {
  corpus: Corpus;
  /** Dated events in time order (ties broken by id so the order is stable). */
  placed: PlacedEvent[];
  unplaced: UnplacedEvent[];
  articleById: Map<string, Article>;
  /** Dated and undated events by id. */
  eventById: Map<string, TimelineEvent>;
  /** Events (dated first, in time order, then undated) reported by each article. */
  eventsByArticle: Map<string, TimelineEvent[]>;
  articlesWithoutEvents: Article[];
}

/**
 * The sentence a mention points at; offsets are UTF-16 indices into `article.text`.
 * A split corpus carries the sentence with the mention, before the text is fetched.
 */
export function mentionSentence(article: Article, mention: Mention): string {
  return carriedSentence(mention) ?? article.text.slice(mention.start, mention.end);
}

function placeEvent(event: TimelineEvent): PlacedEvent | UnplacedEvent {
  const start = parseWallClock(event.start);
  if (!start) {
    return {
      event,
      reason:
        event.start === null ? 'no dated event found' : `date "${event.start}" cannot be read`,
    };
  }
  const end = parseWallClock(event.end);
  const isRange = end !== null && end > start && isCoarserThanDay(event.granularity);
  return { event, start, end: isRange ? end : null };
}

/** Builds the lookups for a validated corpus. */
export function buildCorpusIndex(corpus: Corpus): CorpusIndex {
  const placed: PlacedEvent[] = [];
  const unplaced: UnplacedEvent[] = [];
  for (const event of corpus.events) {
    const placement = placeEvent(event);
    if ('reason' in placement) unplaced.push(placement);
    else placed.push(placement);
  }
  for (const event of corpus.undated) {
    unplaced.push({ event, reason: 'no dated event found' });
  }
  placed.sort(
    (a, b) =>
      a.start.getTime() - b.start.getTime() ||
      (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  );

  const articleById = new Map(corpus.articles.map((article) => [article.id, article]));
  const eventById = new Map<string, TimelineEvent>();
  const eventsByArticle = new Map<string, TimelineEvent[]>();
  for (const { event } of [...placed, ...unplaced]) {
    eventById.set(event.id, event);
    for (const articleId of new Set(event.mentions.map((mention) => mention.article))) {
      const list = eventsByArticle.get(articleId) ?? [];
      list.push(event);
      eventsByArticle.set(articleId, list);
    }
  }
  const articlesWithoutEvents = corpus.articles.filter(
    (article) => !eventsByArticle.has(article.id),
  );
  return {
    corpus,
    placed,
    unplaced,
    articleById,
    eventById,
    eventsByArticle,
    articlesWithoutEvents,
  };
}
