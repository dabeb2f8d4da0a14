import { memo, useEffect, useRef, useState } from 'react';
import {
  createTimeline,
  type TimeWindow,
  type TimelineHandle,
  type TimelineItemSpec,
  type TimelineLaneSpec,
} from '../../../lib/timeline.ts';
import { windowShowing } from '../utils/time-window.ts';

/** A request to show a window; a new object means "go there", even to the same dates. */
export interface WindowRequest {
  window: TimeWindow;
}

export interface TimelineViewProps {
  items: TimelineItemSpec[];
  lanes: TimelineLaneSpec[] | null;
  selectedEventId: string | null;
  /** Read at mount only; later moves go through `windowRequest`. */
  initialWindow: TimeWindow;
  initialCursor: Date;
  windowRequest: WindowRequest | null;
  onSelectEvent: (eventId: string | null) => void;
  onWindowChange: (window: TimeWindow, settled: boolean) => void;
  onCursorMove: (time: Date, settled: boolean) => void;
}

/** The interactive timeline: React side of the `lib/timeline` wrapper. */
export const TimelineView = memo(function TimelineView({
  items,
  lanes,
  selectedEventId,
  initialWindow,
  initialCursor,
  windowRequest,
  onSelectEvent,
  onWindowChange,
  onCursorMove,
}: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<TimelineHandle | null>(null);
  // Callbacks change every render; the timeline keeps one listener that reads the latest.
  const callbacksRef = useRef({ onSelectEvent, onWindowChange, onCursorMove });
  useEffect(() => {
    callbacksRef.current = { onSelectEvent, onWindowChange, onCursorMove };
  });
  const mountRef = useRef({ initialWindow, initialCursor });
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const handle = createTimeline(
      container,
      {
        onSelect: (recordIds) => callbacksRef.current.onSelectEvent(recordIds[0] ?? null),
        onWindowChange: (window, { settled }) =>
          callbacksRef.current.onWindowChange(window, settled),
        onCursorMove: (time, { settled }) => callbacksRef.current.onCursorMove(time, settled),
        onReady: () => setReady(true),
      },
      mountRef.current.initialWindow,
    );
    handle.setCursor(mountRef.current.initialCursor);
    handleRef.current = handle;
    return () => {
      handleRef.current = null;
      handle.destroy();
    };
  }, []);

  useEffect(() => {
    const handle = handleRef.current;
    if (!handle) return;
    handle.setLanes(lanes);
    handle.setItems(items);
  }, [items, lanes]);

  useEffect(() => {
    const handle = handleRef.current;
    if (!handle) return;
    handle.setSelection(selectedEventId ? [selectedEventId] : []);
    const item = items.find((candidate) => candidate.recordId === selectedEventId);
    // Its row too, now and as the reader zooms (rows restack with the window).
    handle.keepRowInView(item ? item.recordId : null);
    if (!item) return;
    // Bring a selection made elsewhere (list, keyboard, link) into view, keeping the zoom.
    const current = handle.getWindow();
    const next = windowShowing(current, item.start, item.end ?? null);
    if (next !== current) handle.setWindow(next, { animate: true });
  }, [selectedEventId, items]);

  useEffect(() => {
    if (windowRequest) handleRef.current?.setWindow(windowRequest.window);
  }, [windowRequest]);

  return (
    <div className="timeline-frame">
      <div className="timeline-toolbar" role="toolbar" aria-label="Timeline view">
        <button type="button" onClick={() => handleRef.current?.zoom(0.5)}>
          Zoom in
        </button>
        <button type="button" onClick={() => handleRef.current?.zoom(-0.5)}>
          Zoom out
        </button>
        <button type="button" onClick={() => handleRef.current?.fitAll()}>
          Fit all
        </button>
      </div>
      <div
        ref={containerRef}
        className="timeline-canvas"
        data-testid="timeline"
        data-ready={ready ? 'true' : 'false'}
        aria-label="Timeline of events (use the event list for keyboard access)"
        role="group"
      />
    </div>
  );
});
