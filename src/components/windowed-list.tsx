import { useEffect, useRef, useState, type ReactNode } from 'react';

/** From this many entries on, a list draws only the rows in view. */
export const WINDOWED_FROM = 300;
/** Height of one row when windowed (entries are cut to one line each). */
const ROW_HEIGHT = 48;
/** Rows drawn above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 10;

export interface WindowedListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Index of the selected item: kept in view as the selection moves. -1 for none. */
  selectedIndex: number;
  ordered?: boolean;
}

/**
 * A long list drawn a screenful at a time: fixed-height rows positioned in a list as tall
 * as all of them, so the scrollbar and `aria-setsize` tell the whole length. 20,000 rows
 * in the DOM take seconds to lay out; a screenful takes a frame.
 */
export function WindowedList<T>({
  items,
  keyOf,
  renderItem,
  selectedIndex,
  ordered = false,
}: WindowedListProps<T>) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(ROW_HEIGHT * 12);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const measure = () => setViewHeight(scroller.clientHeight || ROW_HEIGHT * 12);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(scroller);
    return () => observer?.disconnect();
  }, []);

  // Keep the selected item in view as the selection moves (keyboard, timeline, cursor).
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || selectedIndex < 0) return;
    const top = selectedIndex * ROW_HEIGHT;
    const height = scroller.clientHeight || viewHeight;
    let target: number | null = null;
    if (top < scroller.scrollTop) target = top;
    else if (top + ROW_HEIGHT > scroller.scrollTop + height) target = top + ROW_HEIGHT - height;
    if (target === null) return;
    scroller.scrollTop = target;
    // Draw the rows there now rather than on the scroll event that follows.
    setScrollTop(target);
  }, [selectedIndex, viewHeight]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const List = ordered ? 'ol' : 'ul';

  return (
    <div
      ref={scrollerRef}
      className="windowed-list"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <List className="plain-list" style={{ height: items.length * ROW_HEIGHT }}>
        {items.slice(first, last).map((item, offset) => (
          <li
            key={keyOf(item)}
            className="windowed-row"
            style={{ top: (first + offset) * ROW_HEIGHT, height: ROW_HEIGHT }}
            aria-setsize={items.length}
            aria-posinset={first + offset + 1}
          >
            {renderItem(item)}
          </li>
        ))}
      </List>
    </div>
  );
}
