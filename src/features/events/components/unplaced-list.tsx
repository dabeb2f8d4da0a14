import { memo } from 'react';
import { WINDOWED_FROM, WindowedList } from '../../../components/windowed-list.tsx';
import type { Article } from '../../../contract/corpus.ts';
import type { UnplacedEvent } from '../../corpus/index.ts';
import { EVENT_KIND_LABEL } from '../utils/event-kinds.ts';

export interface UnplacedListProps {
  unplaced: UnplacedEvent[];
  articlesWithoutEvents: Article[];
  onSelectEvent: (eventId: string) => void;
  onSelectArticle: (articleId: string) => void;
}

/** One row: an event without a date, or an article in which no dated event was found. */
type Row = { event: UnplacedEvent; article?: never } | { article: Article; event?: never };

const keyOf = (row: Row) =>
  row.event ? `event:${row.event.event.id}` : `article:${row.article.id}`;

/** What the timeline cannot show, and why: nothing the loader found is hidden. */
export const UnplacedList = memo(function UnplacedList({
  unplaced,
  articlesWithoutEvents,
  onSelectEvent,
  onSelectArticle,
}: UnplacedListProps) {
  if (unplaced.length === 0 && articlesWithoutEvents.length === 0) return null;
  const rows: Row[] = [
    ...unplaced.map((event) => ({ event })),
    ...articlesWithoutEvents.map((article) => ({ article })),
  ];
  const renderRow = (row: Row) =>
    row.event ? (
      <button
        type="button"
        className="list-entry"
        onClick={() => onSelectEvent(row.event.event.id)}
      >
        <span className="entry-title">{row.event.event.title}</span>
        <span className="entry-meta">
          {EVENT_KIND_LABEL[row.event.event.kind]} · {row.event.reason}
        </span>
      </button>
    ) : (
      <button type="button" className="list-entry" onClick={() => onSelectArticle(row.article.id)}>
        <span className="entry-title">{row.article.title}</span>
        <span className="entry-meta">article · no dated event found</span>
      </button>
    );
  return (
    <section className="unplaced-list" aria-labelledby="unplaced-heading">
      <h2 id="unplaced-heading" className="list-heading">
        Not on the timeline <span className="count">({rows.length})</span>
      </h2>
      {rows.length >= WINDOWED_FROM ? (
        <WindowedList items={rows} keyOf={keyOf} renderItem={renderRow} selectedIndex={-1} />
      ) : (
        <ul className="plain-list">
          {rows.map((row) => (
            <li key={keyOf(row)}>{renderRow(row)}</li>
          ))}
        </ul>
      )}
    </section>
  );
});
