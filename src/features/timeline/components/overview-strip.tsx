import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDay, shiftDate, spanMilliseconds } from '../../../lib/dates.ts';
import type { TimeWindow } from '../../../lib/timeline.ts';

/** Drawing units across the strip; the SVG stretches to its width. */
const WIDTH = 1000;
const HEIGHT = 40;
/** A window never shrinks below this share of the whole span when resized here. */
const MIN_SHARE = 0.002;

export interface OverviewStripProps {
  /** Event counts per equal slice of `extent` (see `utils/density.ts`). */
  bins: number[];
  /** The whole period the strip covers. */
  extent: TimeWindow;
  visibleWindow: TimeWindow;
  onMoveWindow: (window: TimeWindow) => void;
}

type DragMode = 'move' | 'resize-start' | 'resize-end';

interface Drag {
  mode: DragMode;
  pointerX: number;
  window: TimeWindow;
  stripWidth: number;
}

/** Event density over the whole corpus, with the visible window as a draggable, resizable frame. */
export const OverviewStrip = memo(function OverviewStrip({
  bins,
  extent,
  visibleWindow,
  onMoveWindow,
}: OverviewStripProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const span = spanMilliseconds(extent.start, extent.end);
  const toX = (date: Date) =>
    span > 0 ? (spanMilliseconds(extent.start, date) / span) * WIDTH : 0;
  const peak = Math.max(1, ...bins);
  const binWidth = WIDTH / Math.max(1, bins.length);

  const rawStart = toX(visibleWindow.start);
  const rawEnd = toX(visibleWindow.end);
  const frameStart = Math.max(0, Math.min(WIDTH, rawStart));
  const frameEnd = Math.max(frameStart + 2, Math.min(WIDTH, rawEnd));

  const startDrag = (mode: DragMode, event: PointerEvent<SVGElement>) => {
    event.stopPropagation();
    event.preventDefault();
    const stripWidth = svgRef.current?.getBoundingClientRect().width ?? 0;
    if (stripWidth <= 0) return;
    svgRef.current?.setPointerCapture?.(event.pointerId);
    setDrag({ mode, pointerX: event.clientX, window: visibleWindow, stripWidth });
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const shift = ((event.clientX - drag.pointerX) / drag.stripWidth) * span;
    const minimum = span * MIN_SHARE;
    const { start, end } = drag.window;
    if (drag.mode === 'move') {
      onMoveWindow({ start: shiftDate(start, shift), end: shiftDate(end, shift) });
    } else if (drag.mode === 'resize-start') {
      const moved = shiftDate(start, shift);
      onMoveWindow({
        start: spanMilliseconds(moved, end) < minimum ? shiftDate(end, -minimum) : moved,
        end,
      });
    } else {
      const moved = shiftDate(end, shift);
      onMoveWindow({
        start,
        end: spanMilliseconds(start, moved) < minimum ? shiftDate(start, minimum) : moved,
      });
    }
  };

  const endDrag = (event: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    svgRef.current?.releasePointerCapture?.(event.pointerId);
    setDrag(null);
  };

  // A click on the strip outside the frame centres the window there.
  const onStripPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box || box.width <= 0) return;
    const at = shiftDate(extent.start, ((event.clientX - box.left) / box.width) * span);
    const half = spanMilliseconds(visibleWindow.start, visibleWindow.end) / 2;
    onMoveWindow({ start: shiftDate(at, -half), end: shiftDate(at, half) });
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const step = spanMilliseconds(visibleWindow.start, visibleWindow.end) * 0.25;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      event.stopPropagation();
      const shift = event.key === 'ArrowLeft' ? -step : step;
      onMoveWindow({
        start: shiftDate(visibleWindow.start, shift),
        end: shiftDate(visibleWindow.end, shift),
      });
    }
  };

  const windowText = `${formatDay(visibleWindow.start)} to ${formatDay(visibleWindow.end)}`;

  return (
    <div className="overview-strip">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        className={drag ? 'overview-svg dragging' : 'overview-svg'}
        data-testid="overview"
        onPointerDown={onStripPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <title>Event density over the whole corpus</title>
        {bins.map((count, bin) =>
          count > 0 ? (
            <rect
              key={bin}
              className="density-bar"
              x={bin * binWidth}
              width={Math.max(1, binWidth - 1)}
              y={HEIGHT - (count / peak) * (HEIGHT - 4)}
              height={(count / peak) * (HEIGHT - 4)}
            />
          ) : null,
        )}
        <g
          className="overview-window"
          role="slider"
          tabIndex={0}
          aria-label="Visible part of the timeline"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round((frameStart / WIDTH) * 100)}
          aria-valuetext={windowText}
          onKeyDown={onKeyDown}
        >
          <rect
            className="overview-frame"
            data-testid="overview-window"
            x={frameStart}
            width={frameEnd - frameStart}
            y={1}
            height={HEIGHT - 2}
            onPointerDown={(event) => startDrag('move', event)}
          />
          <rect
            className="overview-handle"
            data-testid="overview-handle-start"
            x={frameStart - 6}
            width={12}
            y={0}
            height={HEIGHT}
            onPointerDown={(event) => startDrag('resize-start', event)}
          />
          <rect
            className="overview-handle"
            data-testid="overview-handle-end"
            x={frameEnd - 6}
            width={12}
            y={0}
            height={HEIGHT}
            onPointerDown={(event) => startDrag('resize-end', event)}
          />
        </g>
      </svg>
    </div>
  );
});
