import { memo } from 'react';
import type { Article } from '../../../contract/corpus.ts';
import type { UnplacedEvent } from '../../corpus/utils/corpus-index.ts';
import { EVENT_KIND_LABEL } from '../utils/event-kinds.ts';

export interface UnplacedListProps {
  unplaced: UnplacedEvent[];
  articlesWithoutEvents: Article[];
  onSelectEvent: (eventId: string) => void;
  onSelectArticle: (articleId: string) => void;
}

/** What the timeline cannot show, and why: nothing the loader found is hidden. */
export const UnplacedList = memo(function UnplacedList({
  unplaced,
  articlesWithoutEvents,
  onSelectEvent,
  onSelectArticle,
}: UnplacedListProps) {
  if (unplaced.length === 0 && articlesWithoutEvents.length === 0) return null;
  return (
    <section className="unplaced-list" aria-labelledby="unplaced-heading">
      <h2 id="unplaced-heading" className="list-heading">
        Not on the timeline
      </h2>
      <ul className="plain-list">
        {unplaced.map(({ event, reason }) => (
          <li key={`event:${event.id}`}>
            <button type="button" className="list-entry" onClick={() => onSelectEvent(event.id)}>
              <span className="entry-title">{event.title}</span>
              <span className="entry-meta">
                {EVENT_KIND_LABEL[event.kind]} · {reason}
              </span>
            </button>
          </li>
        ))}
        {articlesWithoutEvents.map((article) => (
          <li key={`article:${article.id}`}>
            <button
              type="button"
              className="list-entry"
              onClick={() => onSelectArticle(article.id)}
            >
              <span className="entry-title">{article.title}</span>
              <span className="entry-meta">article · no dated event found</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
