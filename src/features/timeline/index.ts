/**
 * The timeline feature's public entry: what other features and the app may use (the
 * timeline itself; the lane modes, which the URL records; the window and cursor hook; items,
 * lanes and density for the timeline and its overview). Anything else in this folder is
 * private to it.
 */
export { EdgeCounts } from './components/edge-counts.tsx';
export { OverviewStrip } from './components/overview-strip.tsx';
export { TimelineView, type TimelineViewProps } from './components/timeline-view.tsx';
export { useTimelineWindow } from './hooks/use-timeline-window.ts';
export { DENSITY_BINS, eventDensity, periodDensity } from './utils/density.ts';
export {
  eventsOutside,
  firstWindow,
  fitWindow,
  nearestEvent,
  neighbourEvent,
  windowTowards,
} from './utils/time-window.ts';
export {
  buildLanes,
  buildPeriodItems,
  buildTimelineItems,
  isPeriodItem,
  LANE_MODE_LABEL,
  LANE_MODES,
  periodIndexOf,
  type LaneMode,
} from './utils/timeline-items.ts';
