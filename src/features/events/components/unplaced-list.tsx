import { memo, type ReactNode } from 'react';
import { WINDOWED_FROM, WindowedList } from '../../../components/windowed-list.tsx';
import type { Article } from '../../../contract/corpus.ts';
import type { UnplacedEvent } from '../../corpus/index.ts';
import { EVENT_KIND_LABEL } from '../utils/event-kinds.ts';
import { MODALITY_LABEL } from '../utils/modality.ts';

export interface UnplacedListProps {
  unplaced: UnplacedEvent[];
  articlesWithoutEvents: Article[];
  onSelectEvent: (eventId: string) => void;
  onSelectArticle: (articleId: string) => void;
}

/** Why an event has no place in time, in words ("planned, no date given"). */
function undatedReason({ event, reason }: UnplacedEvent): string {
  if (event.start !== null) return reason;
  const modality = event.modality === 'actual' ? '' : `${MODALITY_LABEL[event.modality]}, `;
  return `${modality}no date given in the text`;
}

/** A short list in full, a long one a screenful at a time. */
function Rows<T>(props: {
  items: T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
}) {
  const { items, keyOf, render } = props;
  if (items.length >= WINDOWED_FROM) {
    return <WindowedList items={items} keyOf={keyOf} renderItem={render} selectedIndex={-1} />;
  }
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={keyOf(item)}>{render(item)}</li>
      ))}
    </ul>
  );
}

/**
 * What the timeline cannot show, and why: nothing the loader found is hidden. Undated
 * events and articles without a dated event are counted apart, so the count of undated
 * events is the header's.
 */
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
      {unplaced.length > 0 ? (
        <>
          <h3 className="list-subheading" data-testid="undated-heading">
            Undated events <span className="count">({unplaced.length})</span>
          </h3>
          <Rows
            items={unplaced}
            keyOf={(row) => row.event.id}
            render={(row) => (
              <button
                type="button"
                className="list-entry"
                onClick={() => onSelectEvent(row.event.id)}
              >
                <span className="entry-title">{row.event.title}</span>
                <span className="entry-meta">
                  {EVENT_KIND_LABEL[row.event.kind]} · {undatedReason(row)}
                </span>
              </button>
            )}
          />
        </>
      ) : null}
      {articlesWithoutEvents.length > 0 ? (
        <>
          <h3 className="list-subheading">
            Articles with no dated event{' '}
            <span className="count">({articlesWithoutEvents.length})</span>
          </h3>
          <Rows
            items={articlesWithoutEvents}
            keyOf={(article) => article.id}
            render={(article) => (
              <button
                type="button"
                className="list-entry"
                onClick={() => onSelectArticle(article.id)}
              >
                <span className="entry-title">{article.title}</span>
                <span className="entry-meta">article · no dated event found</span>
              </button>
            )}
          />
        </>
      ) : null}
    </section>
  );
});
