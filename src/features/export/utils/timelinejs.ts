/**
 * The events in view as a TimelineJS3 timeline (Knight Lab's JSON format, read in
 * @knight-lab/timelinejs src/js/core/TimelineConfig.js), so a newsroom can publish them.
 *
 * TimelineJS renders `headline` and `text` as HTML (through DOMPurify): every piece of
 * article-derived text is escaped here, and source links are only http(s) addresses.
 * No `media`: TimelineJS would show a news page's address as a broken image.
 */
import type { Article, TimelineEvent } from '../../../contract/corpus.ts';
import {
  EVENT_KIND_LABEL,
  eventDateLabel,
  eventSources,
  safeArticleUrl,
} from '../../events/index.ts';
import { escapeHtml } from '../../../lib/escape-html.ts';
import { dateParts, type DateParts } from './date-parts.ts';

export interface TimelineJsSlide {
  start_date?: DateParts;
  display_date?: string;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
}

export interface TimelineJsTimeline {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
}

function sourceHtml(article: Article): string {
  const name = escapeHtml(article.source ? `${article.source}: ${article.title}` : article.title);
  const url = safeArticleUrl(article);
  return url ? `<a href="${escapeHtml(url)}">${name}</a>` : name;
}

function slideText(event: TimelineEvent, articleById: Map<string, Article>): string {
  const lines: string[] = [];
  if (event.participants.length > 0) {
    lines.push(`<p>Participants: ${escapeHtml(event.participants.join(', '))}</p>`);
  }
  if (event.places.length > 0) lines.push(`<p>Places: ${escapeHtml(event.places.join(', '))}</p>`);
  const sources = eventSources(event)
    .map(({ articleId }) => articleById.get(articleId))
    .filter((article): article is Article => article !== undefined);
  if (sources.length > 0) {
    lines.push(`<p>Sources: ${sources.map(sourceHtml).join('; ')}</p>`);
  }
  return lines.join('');
}

/** A TimelineJS3 timeline of the dated `events`; an undated one has no place in it. */
export function timelineJs(
  title: string,
  events: TimelineEvent[],
  articleById: Map<string, Article>,
): TimelineJsTimeline {
  return {
    title: { text: { headline: escapeHtml(title), text: '' } },
    events: events.flatMap((event) => {
      const start = dateParts(event.start, event.granularity);
      if (!start) return [];
      return [
        {
          start_date: start,
          // TimelineJS strips markup from display_date itself.
          ...(event.approximate ? { display_date: eventDateLabel(event) } : {}),
          text: { headline: escapeHtml(event.title), text: slideText(event, articleById) },
          group: EVENT_KIND_LABEL[event.kind],
          unique_id: event.id,
        },
      ];
    }),
  };
}
