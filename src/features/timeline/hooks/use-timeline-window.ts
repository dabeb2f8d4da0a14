import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimeWindow } from '../../../lib/timeline.ts';
import type { CursorRequest, WindowRequest } from '../components/timeline-view.tsx';
import { initialCursorTime } from '../utils/time-window.ts';

export interface TimelineWindowOptions {
  /** The window the address asks for (a link, back or forward), if any. */
  requested: TimeWindow | null;
  /** The window to open on when the address asks for none. */
  opening: TimeWindow;
  /** A zoom or pan has ended on `window` (the address keeps it). */
  onSettled: (window: TimeWindow) => void;
}

/** Windows this close (a minute at either end) are the same window. */
const SAME_WINDOW_MS = 60_000;

const sameWindow = (a: TimeWindow, b: TimeWindow) =>
  Math.abs(a.start.getTime() - b.start.getTime()) <= SAME_WINDOW_MS &&
  Math.abs(a.end.getTime() - b.end.getTime()) <= SAME_WINDOW_MS;

/**
 * The timeline's window and time cursor: where they start, where they are, and requests to
 * move the window (from the overview strip, a period's count, or the address) or to put the
 * cursor beside an event (as keyboard steps do).
 */
export function useTimelineWindow({ requested, opening, onSettled }: TimelineWindowOptions) {
  const [mountWindow] = useState(() => requested ?? opening);
  const [mountCursor] = useState(() => initialCursorTime(mountWindow));
  const [visibleWindow, setVisibleWindow] = useState<TimeWindow>(mountWindow);
  const [windowRequest, setWindowRequest] = useState<WindowRequest | null>(null);
  const [cursorTime, setCursorTime] = useState<Date>(mountCursor);
  const [cursorRequest, setCursorRequest] = useState<CursorRequest | null>(null);

  // Back/forward (or a pasted link) may carry another window: follow it.
  const lastWindowRef = useRef<TimeWindow>(mountWindow);
  useEffect(() => {
    if (!requested || sameWindow(requested, lastWindowRef.current)) return;
    lastWindowRef.current = requested;
    setWindowRequest({ window: requested, fromAddress: true });
  }, [requested]);

  const onSettledRef = useRef(onSettled);
  useEffect(() => {
    onSettledRef.current = onSettled;
  });
  const onWindowChange = useCallback((window: TimeWindow, settled: boolean) => {
    setVisibleWindow(window);
    if (settled) {
      lastWindowRef.current = window;
      onSettledRef.current(window);
    }
  }, []);
  const moveWindow = useCallback((window: TimeWindow) => setWindowRequest({ window }), []);
  /** Puts the cursor beside `time` (the timeline says where it went: `setCursorTime`). */
  const placeCursor = useCallback((time: Date) => setCursorRequest({ time }), []);

  return {
    mountWindow,
    mountCursor,
    visibleWindow,
    windowRequest,
    cursorRequest,
    cursorTime,
    setCursorTime,
    onWindowChange,
    moveWindow,
    placeCursor,
  };
}
