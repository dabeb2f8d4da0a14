/**
 * Full-text search and facet filters over events and articles. Facet counts are
 * computed with every other facet applied, so a count says what choosing it would show.
 */
import type { Article, EventKind, Modality, TimelineEvent } from '../../../contract/corpus.ts';
import { mentionSentence } from '../../corpus/index.ts';
import { EVENT_KIND_LABEL, MODALITY_LABEL } from '../../events/index.ts';

export type Facet = 'happened' | 'kind' | 'participant' | 'place' | 'source';

export const FACETS: Facet[] = ['happened', 'kind', 'participant', 'place', 'source'];

export const FACET_LABEL: Record<Facet, string> = {
  happened: 'Did it happen?',
  kind: 'Kind',
  participant: 'Participant',
  place: 'Place',
  source: 'Source',
};

/** Stands for articles without a named source, so they can still be filtered. */
export const UNKNOWN_SOURCE = '(unknown source)';

export interface EventFilters {
  query: string;
  /** Chosen values per facet; an empty list means "any". */
  chosen: Record<Facet, string[]>;
}

export const NO_FILTERS: EventFilters = {
  query: '',
  chosen: { happened: [], kind: [], participant: [], place: [], source: [] },
};

/** True when any search text or facet value is set. */
export function isFiltering(filters: EventFilters): boolean {
  return filters.query.trim() !== '' || FACETS.some((facet) => filters.chosen[facet].length > 0);
}

function words(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

function matchesWords(haystack: string, needles: string[]): boolean {
  const text = haystack.toLocaleLowerCase();
  return needles.every((needle) => text.includes(needle));
}

/** The values an event has for a facet. */
export function facetValues(
  event: TimelineEvent,
  facet: Facet,
  articleById: Map<string, Article>,
): string[] {
  switch (facet) {
    case 'happened':
      return [event.modality];
    case 'kind':
      return [event.kind];
    case 'participant':
      return event.participants;
    case 'place':
      return event.places;
    case 'source':
      return [
        ...new Set(
          event.mentions.map(
            (mention) => articleById.get(mention.article)?.source ?? UNKNOWN_SOURCE,
          ),
        ),
      ];
  }
}

/** Display label for a facet value (kinds get their readable name). */
export function facetValueLabel(facet: Facet, value: string): string {
  if (facet === 'happened') return MODALITY_LABEL[value as Modality] ?? value;
  return facet === 'kind' ? (EVENT_KIND_LABEL[value as EventKind] ?? value) : value;
}

/** Text an event is found by: title, kind, names, places, its sentences and article titles. */
function eventHaystack(event: TimelineEvent, articleById: Map<string, Article>): string {
  const parts = [event.title, EVENT_KIND_LABEL[event.kind], ...event.participants, ...event.places];
  for (const mention of event.mentions) {
    const article = articleById.get(mention.article);
    if (!article) continue;
    parts.push(article.title, mentionSentence(article, mention));
  }
  return parts.join('\n');
}

function passes(
  event: TimelineEvent,
  filters: EventFilters,
  articleById: Map<string, Article>,
  skipFacet: Facet | null,
): boolean {
  const needles = words(filters.query);
  if (needles.length > 0 && !matchesWords(eventHaystack(event, articleById), needles)) return false;
  return FACETS.every((facet) => {
    const chosen = filters.chosen[facet];
    if (facet === skipFacet || chosen.length === 0) return true;
    return facetValues(event, facet, articleById).some((value) => chosen.includes(value));
  });
}

/** The events matching the search and every chosen facet. */
export function filterEvents<T extends { event: TimelineEvent }>(
  events: T[],
  filters: EventFilters,
  articleById: Map<string, Article>,
): T[] {
  if (!isFiltering(filters)) return events;
  return events.filter(({ event }) => passes(event, filters, articleById, null));
}

/** Every value of `facet` among `events` with how many events it would show, most frequent first. */
export function facetCounts(
  events: TimelineEvent[],
  facet: Facet,
  filters: EventFilters,
  articleById: Map<string, Article>,
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const values = facetValues(event, facet, articleById);
    const included = passes(event, filters, articleById, facet);
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + (included ? 1 : 0));
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** True when an article matches the search text (title, source or body) and the source facet. */
export function articleMatches(article: Article, filters: EventFilters): boolean {
  const sources = filters.chosen.source;
  if (sources.length > 0 && !sources.includes(article.source ?? UNKNOWN_SOURCE)) return false;
  const needles = words(filters.query);
  if (needles.length === 0) return true;
  return matchesWords(`${article.title}\n${article.source ?? ''}\n${article.text}`, needles);
}

/**
 * The articles to list: those reporting a shown event, plus, when no event-only facet
 * (kind, participant, place) is chosen, those whose own text matches.
 */
export function filterArticles(
  articles: Article[],
  filters: EventFilters,
  shownEvents: TimelineEvent[],
): Article[] {
  if (!isFiltering(filters)) return articles;
  const reporting = new Set(shownEvents.flatMap((event) => event.mentions.map((m) => m.article)));
  const eventOnly = (['kind', 'participant', 'place'] as const).some(
    (facet) => filters.chosen[facet].length > 0,
  );
  return articles.filter(
    (article) => reporting.has(article.id) || (!eventOnly && articleMatches(article, filters)),
  );
}
