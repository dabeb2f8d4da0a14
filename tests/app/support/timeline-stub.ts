import type { TimelineHandle } from '../../../src/lib/timeline.ts';

/**
 * A stand-in for the vis-timeline wrapper (jsdom has no layout for vis): every method does
 * nothing unless a test overrides it to record what the viewer asked for.
 */
export function stubTimelineHandle(overrides: Partial<TimelineHandle> = {}): TimelineHandle {
  return {
    setItems: () => {},
    setLanes: () => {},
    setSelection: () => {},
    setWindow: () => {},
    getWindow: () => ({ start: new Date(2011, 0, 1), end: new Date(2017, 0, 1) }),
    fitAll: () => {},
    zoom: () => {},
    keepRowInView: () => {},
    setCursor: () => {},
    placeCursorBefore: () => {},
    destroy: () => {},
    ...overrides,
  };
}
