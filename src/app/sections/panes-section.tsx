import { useMemo } from 'react';
import type { Article, TimelineEvent } from '../../contract/corpus.ts';
import { ArticlePane } from '../../features/articles/index.ts';
import { EventDetail } from '../../features/events/index.ts';

const NO_EVENTS: TimelineEvent[] = [];

export interface PanesSectionProps {
  selectedEvent: TimelineEvent | null;
  openArticle: Article | null;
  /** An article is chosen whose text has not arrived yet. */
  articleLoading: boolean;
  articleEvents: TimelineEvent[] | undefined;
  articleById: Map<string, Article>;
  mentionIndex: number | null;
  onOpenSource: (mentionIndex: number) => void;
  onCloseEvent: () => void;
  onSelectEvent: (eventId: string) => void;
  onCloseArticle: () => void;
}

/** The chosen event's detail and the open article, beside or below the timeline. */
export function PanesSection({
  selectedEvent,
  openArticle,
  articleLoading,
  articleEvents,
  articleById,
  mentionIndex,
  onOpenSource,
  onCloseEvent,
  onSelectEvent,
  onCloseArticle,
}: PanesSectionProps) {
  // The article marks the selected event's sentence when it reports it.
  const focusEventId = openArticle ? (selectedEvent?.id ?? null) : null;
  const focus = useMemo(
    () => (focusEventId ? { eventId: focusEventId, mentionIndex } : null),
    [focusEventId, mentionIndex],
  );
  return (
    <div className="panes">
      {selectedEvent ? (
        <EventDetail
          event={selectedEvent}
          articleById={articleById}
          openMentionIndex={openArticle ? mentionIndex : null}
          onOpenSource={onOpenSource}
          onClose={onCloseEvent}
        />
      ) : (
        <p className="pane pane-hint">
          Choose an event on the timeline or in the list to see what happened and who reported it.
        </p>
      )}
      {openArticle ? (
        <ArticlePane
          article={openArticle}
          articleEvents={articleEvents ?? NO_EVENTS}
          focus={focus}
          onSelectEvent={onSelectEvent}
          onClose={onCloseArticle}
        />
      ) : articleLoading ? (
        <p className="pane pane-hint" role="status">
          Loading the article…
        </p>
      ) : null}
    </div>
  );
}
