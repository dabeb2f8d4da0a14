import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  createTimeline,
  type TimeWindow,
  type TimelineHandle,
  type TimelineItemSpec,
  type TimelineLaneSpec,
} from '../../../lib/timeline.ts';
import { useSalienceGroups } from '../hooks/use-salience-groups.ts';
import { fitLabels } from '../utils/fit-labels.ts';
import { isGroupItem } from '../utils/salience-groups.ts';
import { windowShowing } from '../utils/time-window.ts';

/** A request to show a window; a new object means "go there", even to the same dates. */
export interface WindowRequest {
  window: TimeWindow;
  /** Asked for by the address (back, forward, a link), which also says what is selected. */
  fromAddress?: boolean;
}

/** A request to put the cursor beside a moment (a new object each time). */
export interface CursorRequest {
  time: Date;
}

export interface TimelineViewProps {
  items: TimelineItemSpec[];
  lanes: TimelineLaneSpec[] | null;
  selectedEventId: string | null;
  /** The selection is the event nearest the cursor the reader moved: the window stays. */
  selectedByCursor: boolean;
  /** Read at mount only; later moves go through `windowRequest`. */
  initialWindow: TimeWindow;
  initialCursor: Date;
  windowRequest: WindowRequest | null;
  cursorRequest: CursorRequest | null;
  onSelectEvent: (eventId: string | null) => void;
  onWindowChange: (window: TimeWindow, settled: boolean) => void;
  /** The reader moved the cursor. */
  onCursorMove: (time: Date, settled: boolean) => void;
  /** The timeline put the cursor somewhere (into the window, beside a selection). */
  onCursorPlaced: (time: Date) => void;
}

/** The interactive timeline: React side of the `lib/timeline` wrapper. */
export const TimelineView = memo(function TimelineView({
  items,
  lanes,
  selectedEventId,
  selectedByCursor,
  initialWindow,
  initialCursor,
  windowRequest,
  cursorRequest,
  onSelectEvent,
  onWindowChange,
  onCursorMove,
  onCursorPlaced,
}: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<TimelineHandle | null>(null);
  // Callbacks change every render; the timeline keeps one listener that reads the latest.
  const callbacksRef = useRef({ onSelectEvent, onWindowChange, onCursorMove, onCursorPlaced });
  useEffect(() => {
    callbacksRef.current = { onSelectEvent, onWindowChange, onCursorMove, onCursorPlaced };
  });
  const mountRef = useRef({ initialWindow, initialCursor, lanes });
  // Ready once the labels are laid out for the window shown: the first drawing is laid out
  // for a guessed height (the axis is not there yet), and the first settled window lays the
  // labels out again, some into "+N" groups; ready at the drawing after both.
  const [ready, setReady] = useState(false);
  const settlingRef = useRef({ firstDrawn: false, windowSettled: false });
  // What is drawn: the most important events with labels, the rest as "+N" groups.
  const { drawn, firstLayout, relayout, openGroup, checkDrawn } = useSalienceGroups(
    items,
    selectedEventId,
  );
  const oneLaneRef = useRef(lanes === null);
  useEffect(() => {
    oneLaneRef.current = lanes === null;
  });
  const selectedRef = useRef(selectedEventId);
  useEffect(() => {
    selectedRef.current = selectedEventId;
  });
  /** A "+N" group opens: its events get labels, and the window closes in on them. */
  const onGroup = (groupId: string) => {
    const handle = handleRef.current;
    const container = containerRef.current;
    if (!handle || !container) return;
    // A group is not a selection: the selected event stays selected.
    handle.setSelection(selectedRef.current ? [selectedRef.current] : []);
    const current = handle.getWindow();
    const members = openGroup(groupId, current);
    const width = container.querySelector('.vis-panel.vis-center')?.clientWidth ?? 0;
    const target = fitLabels(members, width);
    const span = (window: TimeWindow) => window.end.getTime() - window.start.getTime();
    if (members.length > 0 && span(target) < span(current)) handle.setWindow(target);
  };
  const onGroupRef = useRef(onGroup);
  useEffect(() => {
    onGroupRef.current = onGroup;
  });

  // Before the page is first painted (a layout effect), with its first items: vis then draws
  // them in that very frame, not in one after a paint of the page without them.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const handle = createTimeline(
      container,
      {
        onSelect: ([recordId = null]) => {
          if (recordId && isGroupItem(recordId)) onGroupRef.current(recordId);
          else callbacksRef.current.onSelectEvent(recordId);
        },
        onWindowChange: (window, { settled }) => {
          if (settled) relayout(container, window);
          if (settled) settlingRef.current.windowSettled = true;
          callbacksRef.current.onWindowChange(window, settled);
        },
        onCursorMove: (time, { settled }) => callbacksRef.current.onCursorMove(time, settled),
        onCursorPlaced: (time) => callbacksRef.current.onCursorPlaced(time),
        onReady: () => {
          settlingRef.current.firstDrawn = true;
        },
        onDrawn: () => {
          if (oneLaneRef.current) checkDrawn(container);
          const { firstDrawn, windowSettled } = settlingRef.current;
          if (firstDrawn && windowSettled) setReady(true);
        },
      },
      mountRef.current.initialWindow,
    );
    handle.setCursor(mountRef.current.initialCursor);
    handleRef.current = handle;
    // (Drawn again by the effect below once rendered: the same items, so nothing changes.)
    handle.setLanes(mountRef.current.lanes);
    handle.setItems(firstLayout(container, mountRef.current.initialWindow));
    return () => {
      handleRef.current = null;
      handle.destroy();
    };
  }, [firstLayout, relayout, checkDrawn]);

  useEffect(() => {
    const handle = handleRef.current;
    if (!handle || !drawn) return;
    handle.setLanes(lanes);
    handle.setItems(drawn);
  }, [drawn, lanes]);

  useEffect(() => {
    const handle = handleRef.current;
    if (!handle) return;
    handle.setSelection(selectedEventId ? [selectedEventId] : []);
    const item = items.find((candidate) => candidate.recordId === selectedEventId);
    // Its row too, now and as the reader zooms (rows restack with the window).
    handle.keepRowInView(item ? item.recordId : null);
    // The cursor's choice is where the reader is looking: the window stays.
    if (!item || selectedByCursor) return;
    // Bring a selection made elsewhere (list, keyboard, link) into view, keeping the zoom.
    const current = handle.getWindow();
    const next = windowShowing(current, item.start, item.end ?? null);
    // (At once: the cursor is put beside it next, in the window it will be in.)
    if (next !== current) handle.setWindow(next);
  }, [selectedEventId, selectedByCursor, items]);

  useEffect(() => {
    if (!windowRequest) return;
    // Back to a selection made before its window had settled: the address may hold the
    // window from before it; the selection it names is still brought into view.
    const item = windowRequest.fromAddress
      ? items.find((candidate) => candidate.recordId === selectedRef.current)
      : undefined;
    handleRef.current?.setWindow(
      item
        ? windowShowing(windowRequest.window, item.start, item.end ?? null)
        : windowRequest.window,
    );
    // Only a new request moves the window; the items changing do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [windowRequest]);

  useEffect(() => {
    if (cursorRequest) handleRef.current?.placeCursorBefore(cursorRequest.time);
  }, [cursorRequest]);

  /** Zooms around the selected event, else (in the wrapper) around the cursor. */
  const zoom = (factor: number) =>
    handleRef.current?.zoom(
      factor,
      items.find((candidate) => candidate.recordId === selectedEventId)?.start,
    );
  /** Every item with its whole label. */
  const fitAll = () => {
    const container = containerRef.current;
    const width =
      container?.querySelector('.vis-panel.vis-center')?.clientWidth ?? container?.clientWidth;
    handleRef.current?.fitAll(fitLabels(items, width ?? 0));
  };

  return (
    <div className="timeline-frame">
      <div className="timeline-toolbar" role="toolbar" aria-label="Timeline view">
        <button type="button" onClick={() => zoom(0.5)}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoom(-0.5)}>
          Zoom out
        </button>
        <button type="button" onClick={fitAll}>
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
