import { useMemo } from 'react';
import type { Article } from '../../contract/corpus.ts';
import { AfterFirstPaint } from '../../components/after-first-paint.tsx';
import { ArticleList } from '../../features/articles/index.ts';
import type { CorpusView, PlacedEvent } from '../../features/corpus/index.ts';
import { EventList, UnplacedList } from '../../features/events/index.ts';
import { ExportEvents } from '../../features/export/index.ts';
import { FilterPanel, type EventFilters } from '../../features/search/index.ts';

export interface SidebarSectionProps {
  view: CorpusView;
  /** The events and articles the search and filters leave. */
  shownEvents: PlacedEvent[];
  shownArticles: Article[];
  articleCount: number;
  selectedEventId: string | null;
  selectedArticleId: string | null;
  filters: EventFilters;
  onFiltersChange: (filters: EventFilters) => void;
  onSelectEvent: (eventId: string) => void;
  onSelectArticle: (articleId: string) => void;
}

/** From this many events on, the sidebar waits for the timeline's first paint. */
const DEFER_SIDEBAR_FROM = 300;

/** The event list, filters, export, article list and what could not be placed. */
export function SidebarSection({
  view,
  shownEvents,
  shownArticles,
  articleCount,
  selectedEventId,
  selectedArticleId,
  filters,
  onFiltersChange,
  onSelectEvent,
  onSelectArticle,
}: SidebarSectionProps) {
  const { index } = view;
  const filterEventsList = useMemo(() => index.placed.map(({ event }) => event), [index.placed]);
  return (
    <aside className="sidebar" aria-label="Lists and filters">
      {/* A large corpus's lists and filters come the frame after the timeline. */}
      <AfterFirstPaint defer={index.corpus.events.length > DEFER_SIDEBAR_FROM}>
        <EventList
          events={shownEvents}
          selectedEventId={selectedEventId}
          onSelectEvent={onSelectEvent}
        />
        {index.corpus.events.length > 0 ? (
          <FilterPanel
            events={filterEventsList}
            articleById={index.articleById}
            filters={filters}
            onFiltersChange={onFiltersChange}
            shownCount={shownEvents.length}
          />
        ) : null}
        <ExportEvents events={shownEvents} articleById={index.articleById} />
        <ArticleList
          articles={shownArticles}
          eventCountByArticle={view.eventCountByArticle}
          selectedArticleId={selectedArticleId}
          onSelectArticle={onSelectArticle}
          emptyMessage={
            articleCount === 0
              ? 'No articles in this corpus.'
              : 'No article matches the search and filters.'
          }
        />
        <UnplacedList
          unplaced={index.unplaced}
          articlesWithoutEvents={view.articlesWithoutEvents}
          onSelectEvent={onSelectEvent}
          onSelectArticle={onSelectArticle}
        />
      </AfterFirstPaint>
    </aside>
  );
}
