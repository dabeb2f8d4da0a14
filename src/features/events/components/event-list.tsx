import { memo, useEffect, useRef, useState } from 'react';
import type { PlacedEvent } from '../../corpus/utils/corpus-index.ts';
import { EventListEntry } from './event-list-entry.tsx';

export interface EventListProps {
  events: PlacedEvent[];
  selectedEventId: string | null;
  onSelectEvent: (eventId: string) => void;
}

/** From this many entries on, only the rows in view are in the DOM. */
export const WINDOWED_FROM = 300;
/** Height of one row when windowed (entries are cut to one line each). */
const ROW_HEIGHT = 48;
/** Rows drawn above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 10;

// A row re-renders only when its own event or selected state changes, never because
// the cursor moved or another row was selected.
const Entry = memo(EventListEntry);

/** The timeline's events as an ordered list: the keyboard and screen-reader way through them, and what prints. */
export const EventList = memo(function EventList({
  events,
  selectedEventId,
  onSelectEvent,
}: EventListProps) {
  return (
    <nav className="event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading" className="list-heading">
        Events in time order <span className="count">({events.length})</span>
      </h2>
      {events.length === 0 ? (
        <p className="empty-state">No dated events to show.</p>
      ) : events.length >= WINDOWED_FROM ? (
        <WindowedEntries
          events={events}
          selectedEventId={selectedEventId}
          onSelectEvent={onSelectEvent}
        />
      ) : (
        <ol className="plain-list">
          {events.map((placed) => (
            <li key={placed.event.id}>
              <Entry
                placed={placed}
                selected={placed.event.id === selectedEventId}
                onSelectEvent={onSelectEvent}
              />
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
});

/** A long list drawn a screenful at a time (hand-written windowing with fixed-height rows). */
function WindowedEntries({ events, selectedEventId, onSelectEvent }: EventListProps) {
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

  // Keep the selected event in view as the selection moves (keyboard, timeline, cursor).
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || !selectedEventId) return;
    const row = events.findIndex((placed) => placed.event.id === selectedEventId);
    if (row < 0) return;
    const top = row * ROW_HEIGHT;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + ROW_HEIGHT > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = top + ROW_HEIGHT - scroller.clientHeight;
    }
  }, [events, selectedEventId]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(events.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);

  return (
    <div
      ref={scrollerRef}
      className="windowed-list"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ol className="plain-list" style={{ height: events.length * ROW_HEIGHT }}>
        {events.slice(first, last).map((placed, offset) => (
          <li
            key={placed.event.id}
            className="windowed-row"
            style={{ top: (first + offset) * ROW_HEIGHT, height: ROW_HEIGHT }}
            aria-setsize={events.length}
            aria-posinset={first + offset + 1}
          >
            <Entry
              placed={placed}
              selected={placed.event.id === selectedEventId}
              onSelectEvent={onSelectEvent}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
