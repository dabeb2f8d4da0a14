import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Corpus } from '../contract/corpus.ts';
import { SkipLinks } from '../components/skip-links.tsx';
import { scrollWithin } from '../lib/scroll-within.ts';
import {
  EVENTS_PER_VIEW,
  eventsIn,
  useCorpusView,
  type CorpusParts,
} from '../features/corpus/index.ts';
import { useKeyboardShortcuts } from '../features/keyboard/index.ts';
import {
  filterArticles,
  filterEvents,
  isFiltering,
  type EventFilters,
} from '../features/search/index.ts';
import {
  buildLanes,
  buildPeriodItems,
  buildTimelineItems,
  DENSITY_BINS,
  EdgeCounts,
  eventsOutside,
  eventDensity,
  firstWindow,
  fitWindow,
  isPeriodItem,
  nearestEvent,
  neighbourEvent,
  periodDensity,
  periodIndexOf,
  useTimelineWindow,
  windowTowards,
  type LaneMode,
} from '../features/timeline/index.ts';
import { useViewLocation } from '../features/url-state/index.ts';
import { useSelection } from './hooks/use-selection.ts';
import { LinkProblems } from './sections/link-problems.tsx';
import { PanesSection } from './sections/panes-section.tsx';
import { SidebarSection } from './sections/sidebar-section.tsx';
import { TimelineSection } from './sections/timeline-section.tsx';
import { ViewerHeader } from './sections/viewer-header.tsx';

export interface ViewerProps {
  corpus: Corpus;
  /** For a split corpus: what has been fetched, and how to fetch more. */
  parts?: CorpusParts | null;
}

/** The whole viewer for one validated corpus: timeline, lists, event and article panes. */
export function Viewer({ corpus, parts = null }: ViewerProps) {
  const [location, navigate] = useViewLocation();
  const searchRef = useRef<HTMLInputElement>(null);

  const view = useCorpusView(corpus, parts, {
    articleId: location.articleId,
    eventId: location.eventId,
  });
  const { index, periods } = view;
  const selection = useSelection(location, navigate, index.eventById);
  const { selectEvent } = selection;

  // The whole corpus: its events, or for a split corpus (no events yet) its periods.
  const wholeWindow = useMemo(() => fitWindow(periods), [periods]);
  // Periods of a split corpus are drawn as counts, so all of them fit in the first view.
  const openingWindow = useMemo(
    () => (view.split ? wholeWindow : firstWindow(index.placed)),
    [view.split, wholeWindow, index.placed],
  );
  const timelineWindow = useTimelineWindow({
    requested: location.window,
    opening: openingWindow,
    onSettled: (window) =>
      selection.update((current) => ({ ...current, window }), { replace: true }),
  });
  const { visibleWindow, moveWindow } = timelineWindow;
  // A split corpus fetches the periods near the window as it moves.
  const { loadWindow } = view;
  useEffect(() => loadWindow(visibleWindow), [loadWindow, visibleWindow]);

  // Search and filters live in the address, so a link or a reload keeps them.
  const filters = location.filters;
  const setFilters = (next: EventFilters) =>
    selection.update((current) => ({ ...current, filters: next }), { replace: true });
  const setLanes = (lanes: LaneMode) =>
    selection.update((current) => ({ ...current, lanes }), { replace: true });

  const shownPlaced = useMemo(
    () => filterEvents(index.placed, filters, index.articleById),
    [index, filters],
  );
  const shownEvents = useMemo(() => shownPlaced.map(({ event }) => event), [shownPlaced]);
  const shownArticles = useMemo(
    () => filterArticles(corpus.articles, filters, shownEvents),
    [corpus.articles, filters, shownEvents],
  );

  const selectedEvent = location.eventId ? (index.eventById.get(location.eventId) ?? null) : null;
  // A split corpus lists every article but fetches its text when it is opened.
  const openArticle = location.articleId ? view.fullArticle(location.articleId) : null;
  const highlighted = useMemo(
    () =>
      new Set(
        (location.articleId ? (index.eventsByArticle.get(location.articleId) ?? []) : []).map(
          (event) => event.id,
        ),
      ),
    [index, location.articleId],
  );
  // When the window holds more than a view can draw, each period of a split corpus is one
  // item with its count instead; so is each period not loaded yet.
  const tooWide = view.split && eventsIn(periods, visibleWindow) > EVENTS_PER_VIEW;
  const { loaded } = view;
  const periodItems = useMemo(
    () => buildPeriodItems(periods.filter((period) => tooWide || !loaded.has(period.index))),
    [periods, loaded, tooWide],
  );
  const eventItems = useMemo(
    () => (tooWide ? [] : buildTimelineItems(shownPlaced, location.lanes, highlighted)),
    [tooWide, shownPlaced, location.lanes, highlighted],
  );
  const items = useMemo(
    () => (periodItems.length > 0 ? [...eventItems, ...periodItems] : eventItems),
    [eventItems, periodItems],
  );
  const lanes = useMemo(
    () => buildLanes(shownPlaced, location.lanes, index.articleById),
    [shownPlaced, location.lanes, index],
  );

  const onTimelineSelect = useCallback(
    (recordId: string | null) => {
      if (!recordId) return;
      if (!isPeriodItem(recordId)) return selectEvent(recordId);
      // A period's count: zoom to it, which loads and draws its events.
      const period = periods.find((candidate) => candidate.index === periodIndexOf(recordId));
      if (period) moveWindow(fitWindow([period]));
    },
    [periods, selectEvent, moveWindow],
  );

  const { setCursorTime, placeCursor } = timelineWindow;
  // The event the cursor last chose: while it is the selection, the timeline does not move
  // to show it (the reader is moving the cursor).
  const [cursorChoice, setCursorChoice] = useState<string | null>(null);
  const onCursorMove = useCallback(
    (time: Date) => {
      setCursorTime(time);
      // While scrubbing the detail pane follows the nearest event without piling up history.
      const nearest = nearestEvent(shownPlaced, time);
      if (!nearest) return;
      setCursorChoice(nearest.event.id);
      selectEvent(nearest.event.id, { replace: true });
    },
    [shownPlaced, selectEvent, setCursorTime],
  );

  const step = useCallback(
    (direction: 'previous' | 'next') => {
      const target = neighbourEvent(shownPlaced, selection.current().eventId, direction);
      if (!target) return;
      selectEvent(target.event.id);
      // The cursor follows the keys.
      placeCursor(target.start);
      // Keep keyboard focus on the list entry of the selected event, if focus was in the list.
      const active = document.activeElement;
      if (active instanceof HTMLElement && active.closest('.event-list')) {
        requestAnimationFrame(() => {
          document
            .querySelector<HTMLElement>(
              `.event-list [data-event-id="${CSS.escape(target.event.id)}"]`,
            )
            ?.focus({ preventScroll: true });
        });
      }
    },
    [shownPlaced, selectEvent, selection, placeCursor],
  );

  useKeyboardShortcuts({
    onPrevious: () => step('previous'),
    onNext: () => step('next'),
    onOpen: () => {
      if (selection.current().eventId) selection.openSource(0);
    },
    onClose: selection.closeTopPane,
    onFocusSearch: () => searchRef.current?.focus(),
  });

  // The selected entry of the event list stays in view as the selection moves (a windowed
  // list does this itself), scrolling the list and never the page.
  useEffect(() => {
    if (!location.eventId) return;
    const entry = document.querySelector(
      `.event-list [data-event-id="${CSS.escape(location.eventId)}"]`,
    );
    if (entry) scrollWithin(entry);
  }, [location.eventId]);

  const overviewExtent = wholeWindow;
  const bins = useMemo(
    () =>
      // The strip follows the search and filters; a split corpus's periods count them all.
      view.split && !isFiltering(filters)
        ? periodDensity(periods, overviewExtent, DENSITY_BINS)
        : eventDensity(shownPlaced, overviewExtent, DENSITY_BINS),
    [view.split, periods, filters, shownPlaced, overviewExtent],
  );

  // Events beyond the window's edges (a split corpus knows them all only once loaded).
  const outside = useMemo(
    () => (view.allLoaded ? eventsOutside(shownPlaced, visibleWindow) : null),
    [view.allLoaded, shownPlaced, visibleWindow],
  );

  const missingEvent =
    location.eventId !== null && selectedEvent === null && view.allLoaded ? location.eventId : null;
  const missingArticle =
    location.articleId !== null && !index.articleById.has(location.articleId)
      ? location.articleId
      : null;
  const articleLoading = location.articleId !== null && !missingArticle && openArticle === null;

  return (
    <div className="app-shell">
      <SkipLinks />
      <ViewerHeader
        articleCount={corpus.articles.length}
        datedCount={view.datedCount}
        loadedCount={view.split ? index.placed.length : null}
        undatedCount={index.unplaced.length}
        query={filters.query}
        onQueryChange={(query) => setFilters({ ...filters, query })}
        searchRef={searchRef}
        lanes={location.lanes}
        onLanesChange={setLanes}
      />
      <LinkProblems
        missingEventId={missingEvent}
        missingArticleId={missingArticle}
        problem={view.problem}
      />
      <main className="app-main">
        <TimelineSection
          articleCount={corpus.articles.length}
          hasEvents={view.datedCount > 0}
          timeline={{
            items,
            lanes,
            selectedEventId: location.eventId,
            selectedByCursor: location.eventId !== null && location.eventId === cursorChoice,
            initialWindow: timelineWindow.mountWindow,
            initialCursor: timelineWindow.mountCursor,
            windowRequest: timelineWindow.windowRequest,
            cursorRequest: timelineWindow.cursorRequest,
            onCursorPlaced: setCursorTime,
            onSelectEvent: onTimelineSelect,
            onWindowChange: timelineWindow.onWindowChange,
            onCursorMove,
          }}
          cursorTime={timelineWindow.cursorTime}
          overview={{ bins, extent: overviewExtent, visibleWindow }}
          onMoveWindow={moveWindow}
          edges={
            outside ? (
              <EdgeCounts
                earlier={outside.earlier}
                later={outside.later}
                onShowEarlier={() =>
                  outside.lastEarlier &&
                  moveWindow(windowTowards(visibleWindow, outside.lastEarlier, 'earlier'))
                }
                onShowLater={() =>
                  outside.firstLater &&
                  moveWindow(windowTowards(visibleWindow, outside.firstLater, 'later'))
                }
              />
            ) : null
          }
          notices={
            <>
              {isFiltering(filters) && shownPlaced.length === 0 ? (
                <p className="empty-state">No event matches the search and filters.</p>
              ) : null}
              {view.split && !view.allLoaded ? (
                <p className="parts-notice" data-testid="parts-notice">
                  {tooWide
                    ? 'Too many events to draw at this zoom: each box counts the events of a period. Zoom in to see them.'
                    : null}{' '}
                  Lists, search and filters cover the {index.placed.length} of {view.datedCount}{' '}
                  events loaded so far.{' '}
                  <button type="button" onClick={view.loadAll}>
                    Load all events
                  </button>
                </p>
              ) : null}
            </>
          }
        />
        <PanesSection
          selectedEvent={selectedEvent}
          openArticle={openArticle}
          articleLoading={articleLoading}
          articleEvents={openArticle ? index.eventsByArticle.get(openArticle.id) : undefined}
          articleById={index.articleById}
          mentionIndex={location.mentionIndex}
          onOpenSource={selection.openSource}
          onCloseEvent={selection.closeEvent}
          onSelectEvent={selectEvent}
          onCloseArticle={selection.closeArticle}
        />
        <SidebarSection
          view={view}
          shownEvents={shownPlaced}
          shownArticles={shownArticles}
          articleCount={corpus.articles.length}
          selectedEventId={location.eventId}
          selectedArticleId={location.articleId}
          filters={filters}
          onFiltersChange={setFilters}
          onSelectEvent={selectEvent}
          onSelectArticle={selection.selectArticle}
        />
      </main>
    </div>
  );
}
