import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import type { Corpus, TimelineEvent } from '../contract/corpus.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { AfterFirstPaint } from '../components/after-first-paint.tsx';
import { SkipLinks } from '../components/skip-links.tsx';
import { formatCursorTime } from '../lib/dates.ts';
import type { TimeWindow } from '../lib/timeline.ts';
import { ArticleList } from '../features/articles/components/article-list.tsx';
import { ArticlePane } from '../features/articles/components/article-pane.tsx';
import type { CorpusParts } from '../features/corpus/hooks/use-corpus.ts';
import { buildCorpusIndex } from '../features/corpus/utils/corpus-index.ts';
import { EVENTS_PER_VIEW, eventsIn } from '../features/corpus/utils/period-parts.ts';
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
  type EventFilters,
} from '../features/search/utils/filter-events.ts';
import { OverviewStrip } from '../features/timeline/components/overview-strip.tsx';
import { DENSITY_BINS, eventDensity, periodDensity } from '../features/timeline/utils/density.ts';
import type { WindowRequest } from '../features/timeline/components/timeline-view.tsx';
import {
  firstWindow,
  fitWindow,
  initialCursorTime,
  nearestEvent,
  neighbourEvent,
} from '../features/timeline/utils/time-window.ts';
import {
  buildLanes,
  buildPeriodItems,
  buildTimelineItems,
  isPeriodItem,
  periodIndexOf,
  LANE_MODE_LABEL,
  LANE_MODES,
  type LaneMode,
} from '../features/timeline/utils/timeline-items.ts';
import { Legend } from '../features/events/index.ts';
import { ExportEvents } from '../features/export/index.ts';
import { useViewLocation } from '../features/url-state/hooks/use-view-location.ts';
// Types only: the module itself is loaded apart (below).
import type { TimelineViewProps } from '../features/timeline/components/timeline-view.tsx';

/**
 * vis-timeline, moment and their helpers are about half of the app's JavaScript: loading
 * them apart lets the lists and panes appear first, and the timeline follows.
 */
// Requested as soon as the app starts, in parallel with the corpus, not when first drawn.
const timelineViewModule = import('../features/timeline/components/timeline-view.tsx');
const LazyTimelineView = lazy(() =>
  timelineViewModule.then((module) => ({ default: module.TimelineView })),
);
type TimelineViewComponent = ComponentType<TimelineViewProps>;
let loadedTimelineView: TimelineViewComponent | null = null;
void timelineViewModule.then((module) => (loadedTimelineView = module.TimelineView));

/**
 * True once the timeline module has arrived (or failed: the lazy component then reports
 * it). The app waits for it with the corpus, so that the viewer need not suspend: React
 * keeps a Suspense fallback up for at least 300 ms once shown, which delayed the first
 * timeline paint by a third of a second.
 */
export function useTimelineViewLoaded(): boolean {
  const [loaded, setLoaded] = useState(loadedTimelineView !== null);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    const done = () => live && setLoaded(true);
    timelineViewModule.then(done, done);
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}

/**
 * The timeline component, chosen once per viewer: the module itself when it has arrived
 * (always, under `App`), else the lazy one (tests that render the viewer alone).
 */
function useTimelineViewComponent(): TimelineViewComponent {
  const [component] = useState<TimelineViewComponent>(() => loadedTimelineView ?? LazyTimelineView);
  return component;
}

export interface ViewerProps {
  corpus: Corpus;
  /** For a split corpus: what has been fetched, and how to fetch more. */
  parts?: CorpusParts | null;
}

const NO_EVENTS: TimelineEvent[] = [];
/** From this many events on, the sidebar waits for the timeline's first paint. */
const DEFER_SIDEBAR_FROM = 300;

/** The whole viewer for one validated corpus: timeline, lists, event and article panes. */
export function Viewer({ corpus, parts = null }: ViewerProps) {
  const TimelineViewComponent = useTimelineViewComponent();
  const index = useMemo(() => buildCorpusIndex(corpus), [corpus]);
  const [location, navigate] = useViewLocation();
  // Search and filters live in the address, so a link or a reload keeps them.
  const filters = location.filters;
  const setFilters = (next: EventFilters) =>
    navigate({ ...locationRef.current, filters: next }, { replace: true });
  const searchRef = useRef<HTMLInputElement>(null);

  // A split corpus has no events yet: its periods give the extent.
  const periods = parts?.periods;
  const extentEvents = useMemo(
    () => (periods ? periods.map(({ start, end }) => ({ start, end })) : index.placed),
    [periods, index.placed],
  );
  const wholeWindow = useMemo(() => fitWindow(extentEvents), [extentEvents]);
  // Periods of a split corpus are drawn as counts, so all of them fit in the first view.
  const openingWindow = useMemo(
    () => (periods ? wholeWindow : firstWindow(index.placed)),
    [periods, wholeWindow, index.placed],
  );
  const [mountWindow] = useState(() => location.window ?? openingWindow);
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
  // A split corpus lists every article but fetches its text when it is opened.
  const openArticle = location.articleId
    ? parts
      ? (parts.fullArticles.get(location.articleId) ?? null)
      : (index.articleById.get(location.articleId) ?? null)
    : null;
  const loadArticle = parts?.loadArticle;
  useEffect(() => {
    if (location.articleId) loadArticle?.(location.articleId);
  }, [loadArticle, location.articleId]);
  const highlighted = useMemo(
    () =>
      new Set(
        (location.articleId ? (index.eventsByArticle.get(location.articleId) ?? []) : []).map(
          (event) => event.id,
        ),
      ),
    [index, location.articleId],
  );
  // A split corpus fetches the periods near the window as it moves. When the window holds
  // more than a view can draw, each period is one item with its count instead.
  const loadWindow = parts?.loadWindow;
  useEffect(() => {
    loadWindow?.(visibleWindow);
  }, [loadWindow, visibleWindow]);
  const tooWide = periods !== undefined && eventsIn(periods, visibleWindow) > EVENTS_PER_VIEW;
  const loadedPeriods = parts?.loaded;
  const periodItems = useMemo(
    () =>
      periods && loadedPeriods
        ? buildPeriodItems(periods.filter((period) => tooWide || !loadedPeriods.has(period.index)))
        : [],
    [periods, loadedPeriods, tooWide],
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

  const closeEvent = useCallback(() => {
    navigate({ ...locationRef.current, eventId: null, mentionIndex: null });
  }, [navigate]);
  const closeArticle = useCallback(() => {
    navigate({ ...locationRef.current, articleId: null, mentionIndex: null });
  }, [navigate]);

  const onTimelineSelect = useCallback(
    (recordId: string | null) => {
      if (!recordId) return;
      if (!isPeriodItem(recordId)) return selectEvent(recordId);
      // A period's count: zoom to it, which loads and draws its events.
      const period = periods?.find((candidate) => candidate.index === periodIndexOf(recordId));
      if (period) setWindowRequest({ window: fitWindow([period]) });
    },
    [periods, selectEvent],
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

  // The selected entry of the event list stays in view as the selection moves (a windowed
  // list does this itself).
  useEffect(() => {
    if (!location.eventId) return;
    document
      .querySelector<HTMLElement>(`.event-list [data-event-id="${CSS.escape(location.eventId)}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [location.eventId]);

  const setLanes = (lanes: LaneMode) => navigate({ ...location, lanes }, { replace: true });
  const moveWindow = useCallback((window: TimeWindow) => setWindowRequest({ window }), []);

  const overviewExtent = wholeWindow;
  const bins = useMemo(
    () =>
      // The strip follows the search and filters; a split corpus's periods count them all.
      periods && !isFiltering(filters)
        ? periodDensity(periods, overviewExtent, DENSITY_BINS)
        : eventDensity(shownPlaced, overviewExtent, DENSITY_BINS),
    [periods, filters, shownPlaced, overviewExtent],
  );
  const filterEventsList = useMemo(() => index.placed.map(({ event }) => event), [index.placed]);
  const eventCountByArticleShown = useMemo(
    () =>
      parts
        ? new Map(parts.manifest.articles.map((article) => [article.id, article.eventCount]))
        : eventCountByArticle,
    [parts?.manifest, eventCountByArticle], // eslint-disable-line react-hooks/exhaustive-deps
  );

  // In a split corpus the events arrive period by period: the manifest says which
  // articles have none at all.
  const isSplit = parts !== null;
  const articlesWithoutEvents = useMemo(
    () =>
      isSplit
        ? corpus.articles.filter((article) => eventCountByArticleShown.get(article.id) === 0)
        : index.articlesWithoutEvents,
    [isSplit, corpus.articles, eventCountByArticleShown, index.articlesWithoutEvents],
  );

  // An event named by a link may sit in a period not fetched yet: fetch them all before
  // saying it is not in the corpus.
  const eventUnresolved = location.eventId !== null && selectedEvent === null;
  const loadAll = parts?.loadAll;
  useEffect(() => {
    if (eventUnresolved) loadAll?.();
  }, [eventUnresolved, loadAll]);
  const missingEvent = eventUnresolved && (!parts || parts.allLoaded);
  const missingArticle = location.articleId !== null && !index.articleById.has(location.articleId);
  const articleLoading = location.articleId !== null && !missingArticle && openArticle === null;
  const focusEventId = openArticle ? location.eventId : null;
  const focusMention = location.mentionIndex;
  const articleFocus = useMemo(
    () => (focusEventId ? { eventId: focusEventId, mentionIndex: focusMention } : null),
    [focusEventId, focusMention],
  );
  const articleEvents = openArticle ? index.eventsByArticle.get(openArticle.id) : undefined;

  return (
    <div className="app-shell">
      <SkipLinks />
      <header className="app-header">
        <h1 className="app-title">News timeline</h1>
        <p className="corpus-summary">
          {corpus.articles.length} articles ·{' '}
          {parts
            ? `${parts.manifest.eventCount} dated events (${index.placed.length} loaded)`
            : `${index.placed.length} dated events`}
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
      {parts?.problem ? (
        <div className="problem notice" role="alert">
          <p>{parts.problem.title}</p>
          {parts.problem.details.map((detail, at) => (
            <p key={at}>
              <code>{detail}</code>
            </p>
          ))}
        </div>
      ) : null}

      <main className="app-main">
        <section id="timeline" tabIndex={-1} className="timeline-section" aria-label="Timeline">
          {corpus.articles.length === 0 ? (
            <p className="empty-state big">
              This corpus has no articles yet. Add article text files to the seeds folder and
              rebuild the corpus.
            </p>
          ) : index.placed.length === 0 && !parts?.manifest.eventCount ? (
            <p className="empty-state big">
              No dated events were found in {corpus.articles.length}{' '}
              {corpus.articles.length === 1 ? 'article' : 'articles'}. They are listed below with
              why.
            </p>
          ) : (
            <ErrorBoundary what="The timeline">
              <Suspense
                fallback={
                  <div className="timeline-loading" role="status">
                    Loading the timeline…
                  </div>
                }
              >
                {/* Chosen once at mount (useTimelineViewComponent), so it never remounts. */}
                {/* eslint-disable-next-line react-hooks/static-components */}
                <TimelineViewComponent
                  items={items}
                  lanes={lanes}
                  selectedEventId={location.eventId}
                  initialWindow={mountWindow}
                  initialCursor={mountCursor}
                  windowRequest={windowRequest}
                  onSelectEvent={onTimelineSelect}
                  onWindowChange={onWindowChange}
                  onCursorMove={onCursorMove}
                />
              </Suspense>
              <p className="cursor-readout">
                Cursor (drag the blue bar):{' '}
                <time data-testid="cursor-time" dateTime={cursorTime.toISOString()}>
                  {formatCursorTime(cursorTime)}
                </time>
              </p>
              <Legend />
              <OverviewStrip
                bins={bins}
                extent={overviewExtent}
                visibleWindow={visibleWindow}
                onMoveWindow={moveWindow}
              />
              {isFiltering(filters) && shownPlaced.length === 0 ? (
                <p className="empty-state">No event matches the search and filters.</p>
              ) : null}
              {parts && !parts.allLoaded ? (
                <p className="parts-notice" data-testid="parts-notice">
                  {tooWide
                    ? 'Too many events to draw at this zoom: each box counts the events of a period. Zoom in to see them.'
                    : null}{' '}
                  Lists, search and filters cover the {index.placed.length} of{' '}
                  {parts.manifest.eventCount} events loaded so far.{' '}
                  <button type="button" onClick={parts.loadAll}>
                    Load all events
                  </button>
                </p>
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
              onClose={closeEvent}
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
              articleEvents={articleEvents ?? NO_EVENTS}
              focus={articleFocus}
              onSelectEvent={selectEvent}
              onClose={closeArticle}
            />
          ) : articleLoading ? (
            <p className="pane pane-hint" role="status">
              Loading the article…
            </p>
          ) : null}
        </div>

        <aside className="sidebar" aria-label="Lists and filters">
          {/* A large corpus's lists and filters come the frame after the timeline. */}
          <AfterFirstPaint defer={corpus.events.length > DEFER_SIDEBAR_FROM}>
            <EventList
              events={shownPlaced}
              selectedEventId={location.eventId}
              onSelectEvent={selectEvent}
            />
            {corpus.events.length > 0 ? (
              <FilterPanel
                events={filterEventsList}
                articleById={index.articleById}
                filters={filters}
                onFiltersChange={setFilters}
                shownCount={shownPlaced.length}
              />
            ) : null}
            <ExportEvents events={shownPlaced} articleById={index.articleById} />
            <ArticleList
              articles={shownArticles}
              eventCountByArticle={eventCountByArticleShown}
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
              articlesWithoutEvents={articlesWithoutEvents}
              onSelectEvent={selectEvent}
              onSelectArticle={selectArticle}
            />
          </AfterFirstPaint>
        </aside>
      </main>
    </div>
  );
}
