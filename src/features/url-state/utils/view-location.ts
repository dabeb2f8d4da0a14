/**
 * What the URL holds: the selected event or article, the open source and the
 * visible window, so a link reopens the same view (`?event=ID&from=…&to=…`).
 */
import { formatUrlTime, parseUrlTime } from '../../../lib/dates.ts';
import type { TimeWindow } from '../../../lib/timeline.ts';
import { FACETS, NO_FILTERS, type EventFilters } from '../../search/index.ts';
import { LANE_MODES, type LaneMode } from '../../timeline/index.ts';

export interface ViewLocation {
  eventId: string | null;
  /** The article open in the article pane. */
  articleId: string | null;
  /** Which of the event's mentions is marked in the open article. */
  mentionIndex: number | null;
  window: TimeWindow | null;
  lanes: LaneMode;
  /** Search text and chosen facet values (`?q=…&kind=meeting&kind=arrival`). */
  filters: EventFilters;
}

export const EMPTY_LOCATION: ViewLocation = {
  eventId: null,
  articleId: null,
  mentionIndex: null,
  window: null,
  lanes: 'none',
  filters: NO_FILTERS,
};

function parseFilters(params: URLSearchParams): EventFilters {
  const chosen = { ...NO_FILTERS.chosen };
  for (const facet of FACETS) chosen[facet] = [...new Set(params.getAll(facet).filter(Boolean))];
  return { query: params.get('q') ?? '', chosen };
}

/** Reads a query string; unreadable parts are ignored rather than fatal. */
export function parseViewLocation(search: string): ViewLocation {
  const params = new URLSearchParams(search);
  const from = parseUrlTime(params.get('from'));
  const to = parseUrlTime(params.get('to'));
  const mention = Number.parseInt(params.get('mention') ?? '', 10);
  const lanes = params.get('lanes');
  return {
    eventId: params.get('event') || null,
    articleId: params.get('article') || null,
    mentionIndex: Number.isInteger(mention) && mention >= 0 ? mention : null,
    window: from && to && from < to ? { start: from, end: to } : null,
    lanes: LANE_MODES.find((mode) => mode === lanes) ?? 'none',
    filters: parseFilters(params),
  };
}

/** Writes a location as a query string (with the leading `?`, or empty). */
export function viewLocationSearch(location: ViewLocation): string {
  const params = new URLSearchParams();
  if (location.eventId) params.set('event', location.eventId);
  if (location.articleId) params.set('article', location.articleId);
  if (location.mentionIndex !== null && location.articleId) {
    params.set('mention', String(location.mentionIndex));
  }
  if (location.window) {
    params.set('from', formatUrlTime(location.window.start));
    params.set('to', formatUrlTime(location.window.end));
  }
  if (location.lanes !== 'none') params.set('lanes', location.lanes);
  if (location.filters.query !== '') params.set('q', location.filters.query);
  for (const facet of FACETS) {
    for (const value of location.filters.chosen[facet]) params.append(facet, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}
