import { lazy, useEffect, useState, type ComponentType } from 'react';
// Types only: the module itself is loaded apart (below).
import type { TimelineViewProps } from '../features/timeline/index.ts';

/**
 * vis-timeline, moment and their helpers are about half of the app's JavaScript: loading
 * them apart lets the lists and panes appear first, and the timeline follows.
 */
// Requested as soon as the app starts, in parallel with the corpus, not when first drawn.
const timelineViewModule = import('../features/timeline/components/timeline-view.tsx');
const LazyTimelineView = lazy(() =>
  timelineViewModule.then((module) => ({ default: module.TimelineView })),
);
export type TimelineViewComponent = ComponentType<TimelineViewProps>;

/** Resolves once the timeline module has arrived or failed (the lazy component then says so). */
export function timelineViewLoaded(): Promise<void> {
  return timelineViewModule.then(
    () => undefined,
    () => undefined,
  );
}
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
export function useTimelineViewComponent(): TimelineViewComponent {
  const [component] = useState<TimelineViewComponent>(() => loadedTimelineView ?? LazyTimelineView);
  return component;
}
