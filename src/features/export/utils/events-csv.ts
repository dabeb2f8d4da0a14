/**
 * The events in view as CSV (RFC 4180): a header row, CRLF line ends, every field that
 * holds a comma, quote or line break quoted, quotes doubled.
 */
import type { Article, TimelineEvent } from '../../../contract/corpus.ts';
import { EVENT_KIND_LABEL, eventSources, safeArticleUrl } from '../../events/index.ts';
import { dateAtGranularity } from './date-parts.ts';

const HEADER = ['date', 'title', 'kind', 'participants', 'places', 'sources', 'source_urls'];

/** Several values in one field. */
const LIST_SEPARATOR = '; ';

/**
 * One field, quoted when needed. A field a spreadsheet would run as a formula (=, +, @, or
 * - before a non-digit) gets a leading apostrophe: article text is data, never a formula.
 */
export function csvField(value: string): string {
  const safe = /^([=+@\t\r]|-(?!\d))/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The CSV text of `events`, in the order given. */
export function eventsCsv(events: TimelineEvent[], articleById: Map<string, Article>): string {
  const rows = events.map((event) => {
    const articles = eventSources(event).map(({ articleId }) => articleById.get(articleId));
    const known = articles.filter((article): article is Article => article !== undefined);
    return [
      dateAtGranularity(event),
      event.title,
      EVENT_KIND_LABEL[event.kind],
      event.participants.join(LIST_SEPARATOR),
      event.places.join(LIST_SEPARATOR),
      known
        .map((article) => (article.source ? `${article.source}: ${article.title}` : article.title))
        .join(LIST_SEPARATOR),
      known
        .map(safeArticleUrl)
        .filter((url): url is string => url !== null)
        .join(LIST_SEPARATOR),
    ];
  });
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
