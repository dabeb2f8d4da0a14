import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Corpus } from '../contract/corpus.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { formatCursorTime } from '../lib/dates.ts';
import type { TimeWindow } from '../lib/timeline.ts';
import { ArticleList } from '../features/articles/components/article-list.tsx';
import { ArticlePane } from '../features/articles/components/article-pane.tsx';
import { buildCorpusIndex } from '../features/corpus/utils/corpus-index.ts';
import { EventDetail } from '../features/events/components/event-detail.tsx';
import { EventList } from '../features/events/components/event-list.tsx';
import { UnplacedList } from '../features/events/components/unplaced-list.tsx';
import { useKeyboardShortcuts } from '../features/keyboard/hooks/use-keyboard-shortcuts.ts';
import { FilterPanel } from '../features/search/components/filter-panel.tsx';
import { SearchBox } from '../features/search/components/search-box.tsx';
import {
  filterArticles,
  filterEvents,
  isFiltering,
  NO_FILTERS,
  type EventFilters,
} from '../features/search/utils/filter-events.ts';
import { OverviewStrip } from '../features/timeline/components/overview-strip.tsx';
import {
  TimelineView,
  type WindowRequest,
} from '../features/timeline/components/timeline-view.tsx';
import {
  fitWindow,
  initialCursorTime,
  nearestEvent,
  neighbourEvent,
} from '../features/timeline/utils/time-window.ts';
import {
  buildLanes,
  buildTimelineItems,
  LANE_MODE_LABEL,
  LANE_MODES,
  type LaneMode,
} from '../features/timeline/utils/timeline-items.ts';
import { useViewLocation } from '../features/url-state/hooks/use-view-location.ts';

/** The whole viewer for one validated corpus: timeline, lists, event and article panes. */
export function Viewer({ corpus }: { corpus: Corpus }) {
  const index = useMemo(() => buildCorpusIndex(corpus), [corpus]);
  const [location, navigate] = useViewLocation();
  const [filters, setFilters] = useState<EventFilters>(NO_FILTERS);
  const searchRef = useRef<HTMLInputElement>(null);

  const firstWindow = useMemo(() => fitWindow(index.placed), [index.placed]);
  const [mountWindow] = useState(() => location.window ?? firstWindow);
  const [mountCursor] = useState(() => initialCursorTime(mountWindow));
  const [visibleWindow, setVisibleWindow] = useState<TimeWindow>(mountWindow);
  const [windowRequest, setWindowRequest] = useState<WindowRequest | null>(null);
  const [cursorTime, setCursorTime] = useState<Date>(mountCursor);

  const shownPlaced = useMemo(
    () => filterEvents(index.placed, filters, index.articleById),
    [index, filters],
  );
  const shownEvents = useMemo(() => shownPlaced.map(({ event }) => event), [shownPlaced]);
  const shownArticles = useMemo(
    () => filterArticles(corpus.articles, filters, shownEvents),
    [corpus.articles, filters, shownEvents],
  );
  const eventCountByArticle = useMemo(
    () => new Map([...index.eventsByArticle].map(([id, events]) => [id, events.length])),
    [index],
  );

  const selectedEvent = location.eventId ? (index.eventById.get(location.eventId) ?? null) : null;
  const openArticle = location.articleId
    ? (index.articleById.get(location.articleId) ?? null)
    : null;
  const highlighted = useMemo(
    () =>
      new Set(
        (location.articleId ? (index.eventsByArticle.get(location.articleId) ?? []) : []).map(
          (event) => event.id,
        ),
      ),
    [index, location.articleId],
  );
  const items = useMemo(
    () => buildTimelineItems(shownPlaced, location.lanes, highlighted),
    [shownPlaced, location.lanes, highlighted],
  );
  const lanes = useMemo(
    () => buildLanes(shownPlaced, location.lanes, index.articleById),
    [shownPlaced, location.lanes, index],
  );

  // Back/forward (or a pasted link) may carry another window: follow it.
  const lastWindowRef = useRef<TimeWindow>(mountWindow);
  useEffect(() => {
    const wanted = location.window;
    if (!wanted) return;
    const last = lastWindowRef.current;
    if (
      Math.abs(wanted.start.getTime() - last.start.getTime()) > 60_000 ||
      Math.abs(wanted.end.getTime() - last.end.getTime()) > 60_000
    ) {
      lastWindowRef.current = wanted;
      setWindowRequest({ window: wanted });
    }
  }, [location.window]);

  const locationRef = useRef(location);
  useEffect(() => {
    locationRef.current = location;
  });

  /** Selects an event; keeps the open article when it reports that event too. */
  const selectEvent = useCallback(
    (eventId: string | null, options: { replace?: boolean } = {}) => {
      const current = locationRef.current;
      if (eventId === current.eventId) return;
      const event = eventId ? index.eventById.get(eventId) : undefined;
      const mentionInOpenArticle = event
        ? event.mentions.findIndex((mention) => mention.article === current.articleId)
        : -1;
      navigate(
        {
          ...current,
          eventId,
          articleId: mentionInOpenArticle >= 0 ? current.articleId : null,
          mentionIndex: mentionInOpenArticle >= 0 ? mentionInOpenArticle : null,
        },
        options,
      );
    },
    [index, navigate],
  );

  const openSource = useCallback(
    (mentionIndex: number) => {
      const current = locationRef.current;
      const event = current.eventId ? index.eventById.get(current.eventId) : undefined;
      const mention = event?.mentions[mentionIndex];
      if (!mention) return;
      navigate({ ...current, articleId: mention.article, mentionIndex });
    },
    [index, navigate],
  );

  const selectArticle = useCallback(
    (articleId: string) => {
      navigate({ ...locationRef.current, eventId: null, articleId, mentionIndex: null });
    },
    [navigate],
  );

  const closeTopPane = useCallback(() => {
    const current = locationRef.current;
    if (current.articleId && current.eventId) {
      navigate({ ...current, articleId: null, mentionIndex: null });
    } else if (current.articleId || current.eventId) {
      navigate({ ...current, eventId: null, articleId: null, mentionIndex: null });
    }
  }, [navigate]);

  const onWindowChange = useCallback(
    (window: TimeWindow, settled: boolean) => {
      setVisibleWindow(window);
      if (settled) {
        lastWindowRef.current = window;
        navigate({ ...locationRef.current, window }, { replace: true });
      }
    },
    [navigate],
  );

  const onCursorMove = useCallback(
    (time: Date) => {
      setCursorTime(time);
      // While scrubbing the detail pane follows the nearest event without piling up history.
      const nearest = nearestEvent(shownPlaced, time);
      if (nearest) selectEvent(nearest.event.id, { replace: true });
    },
    [shownPlaced, selectEvent],
  );

  const step = useCallback(
    (direction: 'previous' | 'next') => {
      const target = neighbourEvent(shownPlaced, locationRef.current.eventId, direction);
      if (!target) return;
      selectEvent(target.event.id);
      // Keep keyboard focus on the list entry of the selected event, if focus was in the list.
      const active = document.activeElement;
      if (active instanceof HTMLElement && active.closest('.event-list')) {
        requestAnimationFrame(() => {
          document
            .querySelector<HTMLElement>(
              `.event-list [data-event-id="${CSS.escape(target.event.id)}"]`,
            )
            ?.focus();
        });
      }
    },
    [shownPlaced, selectEvent],
  );

  useKeyboardShortcuts({
    onPrevious: () => step('previous'),
    onNext: () => step('next'),
    onOpen: () => {
      if (locationRef.current.eventId) openSource(0);
    },
    onClose: closeTopPane,
    onFocusSearch: () => searchRef.current?.focus(),
  });

  // The selected entry of the event list stays in view as the selection moves.
  useEffect(() => {
    if (!location.eventId) return;
    document
      .querySelector<HTMLElement>(`.event-list [data-event-id="${CSS.escape(location.eventId)}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [location.eventId]);

  const setLanes = (lanes: LaneMode) => navigate({ ...location, lanes }, { replace: true });
  const moveWindow = useCallback((window: TimeWindow) => setWindowRequest({ window }), []);

  const overviewExtent = useMemo(() => fitWindow(index.placed), [index.placed]);
  const missingEvent = location.eventId !== null && selectedEvent === null;
  const missingArticle = location.articleId !== null && openArticle === null;
  const articleFocus =
    openArticle && location.eventId
      ? { eventId: location.eventId, mentionIndex: location.mentionIndex }
      : null;

  return (
    <div className="app-shell">
      <header className="app-header">
        <h1 className="app-title">News timeline</h1>
        <p className="corpus-summary">
          {corpus.articles.length} articles · {index.placed.length} dated events
          {index.unplaced.length > 0 ? ` · ${index.unplaced.length} undated` : ''}
        </p>
        <SearchBox
          query={filters.query}
          onQueryChange={(query) => setFilters({ ...filters, query })}
          inputRef={searchRef}
        />
        <label className="lane-switch">
          Lanes{' '}
          <select
            value={location.lanes}
            onChange={(event) => setLanes(event.target.value as LaneMode)}
          >
            {LANE_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {LANE_MODE_LABEL[mode]}
              </option>
            ))}
          </select>
        </label>
      </header>

      {missingEvent || missingArticle ? (
        <div className="problem notice" role="alert">
          {missingEvent ? (
            <p>
              The link names an event that is not in this corpus: <code>{location.eventId}</code>.
            </p>
          ) : null}
          {missingArticle ? (
            <p>
              The link names an article that is not in this corpus:{' '}
              <code>{location.articleId}</code>.
            </p>
          ) : null}
        </div>
      ) : null}

      <main className="app-main">
        <section className="timeline-section" aria-label="Timeline">
          {corpus.articles.length === 0 ? (
            <p className="empty-state big">
              This corpus has no articles yet. Add article text files to the seeds folder and
              rebuild the corpus.
            </p>
          ) : index.placed.length === 0 ? (
            <p className="empty-state big">
              No dated events were found in {corpus.articles.length}{' '}
              {corpus.articles.length === 1 ? 'article' : 'articles'}. They are listed below with
              why.
            </p>
          ) : (
            <ErrorBoundary what="The timeline">
              <TimelineView
                items={items}
                lanes={lanes}
                selectedEventId={location.eventId}
                initialWindow={mountWindow}
                initialCursor={mountCursor}
                windowRequest={windowRequest}
                cursorRequest={null}
                onSelectEvent={(eventId) => {
                  if (eventId) selectEvent(eventId);
                }}
                onWindowChange={onWindowChange}
                onCursorMove={onCursorMove}
              />
              <p className="cursor-readout">
                Cursor (drag the blue bar):{' '}
                <time data-testid="cursor-time" dateTime={cursorTime.toISOString()}>
                  {formatCursorTime(cursorTime)}
                </time>
              </p>
              <OverviewStrip
                events={index.placed}
                extent={overviewExtent}
                visibleWindow={visibleWindow}
                onMoveWindow={moveWindow}
              />
              {isFiltering(filters) && shownPlaced.length === 0 ? (
                <p className="empty-state">No event matches the search and filters.</p>
              ) : null}
            </ErrorBoundary>
          )}
        </section>

        <div className="panes">
          {selectedEvent ? (
            <EventDetail
              event={selectedEvent}
              articleById={index.articleById}
              openMentionIndex={openArticle ? location.mentionIndex : null}
              onOpenSource={openSource}
              onClose={() => navigate({ ...location, eventId: null, mentionIndex: null })}
            />
          ) : (
            <p className="pane pane-hint">
              Choose an event on the timeline or in the list to see what happened and who reported
              it.
            </p>
          )}
          {openArticle ? (
            <ArticlePane
              article={openArticle}
              articleEvents={index.eventsByArticle.get(openArticle.id) ?? []}
              focus={articleFocus}
              onSelectEvent={(eventId) => selectEvent(eventId)}
              onClose={() => navigate({ ...location, articleId: null, mentionIndex: null })}
            />
          ) : null}
        </div>

        <aside className="sidebar" aria-label="Lists and filters">
          {corpus.events.length > 0 ? (
            <FilterPanel
              events={index.placed.map(({ event }) => event)}
              articleById={index.articleById}
              filters={filters}
              onFiltersChange={setFilters}
              shownCount={shownPlaced.length}
            />
          ) : null}
          <EventList
            events={shownPlaced}
            selectedEventId={location.eventId}
            onSelectEvent={(eventId) => selectEvent(eventId)}
          />
          <ArticleList
            articles={shownArticles}
            eventCountByArticle={eventCountByArticle}
            selectedArticleId={location.articleId}
            onSelectArticle={selectArticle}
            emptyMessage={
              corpus.articles.length === 0
                ? 'No articles in this corpus.'
                : 'No article matches the search and filters.'
            }
          />
          <UnplacedList
            unplaced={index.unplaced}
            articlesWithoutEvents={index.articlesWithoutEvents}
            onSelectEvent={(eventId) => selectEvent(eventId)}
            onSelectArticle={selectArticle}
          />
        </aside>
      </main>
    </div>
  );
}
