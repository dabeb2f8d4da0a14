import { memo } from 'react';
import { WINDOWED_FROM, WindowedList } from '../../../components/windowed-list.tsx';
import type { PlacedEvent } from '../../corpus/index.ts';
import { EventListEntry } from './event-list-entry.tsx';

export interface EventListProps {
  events: PlacedEvent[];
  selectedEventId: string | null;
  onSelectEvent: (eventId: string) => void;
}

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
    <nav id="event-list" tabIndex={-1} className="event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading" className="list-heading">
        Events in time order <span className="count">({events.length})</span>
      </h2>
      {events.length === 0 ? (
        <p className="empty-state">No dated events to show.</p>
      ) : events.length >= WINDOWED_FROM ? (
        <WindowedList
          ordered
          items={events}
          keyOf={(placed) => placed.event.id}
          selectedIndex={events.findIndex((placed) => placed.event.id === selectedEventId)}
          renderItem={(placed) => (
            <Entry
              placed={placed}
              selected={placed.event.id === selectedEventId}
              onSelectEvent={onSelectEvent}
            />
          )}
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
