import type { PlacedEvent } from '../../corpus/utils/corpus-index.ts';
import { eventDateLabel } from '../utils/describe-event.ts';
import { EVENT_KIND_LABEL, EVENT_KIND_SYMBOL } from '../utils/event-kinds.ts';

export interface EventListProps {
  events: PlacedEvent[];
  selectedEventId: string | null;
  onSelectEvent: (eventId: string) => void;
}

/** The timeline's events as an ordered list: the keyboard and screen-reader way through them, and what prints. */
export function EventList({ events, selectedEventId, onSelectEvent }: EventListProps) {
  return (
    <nav className="event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading" className="list-heading">
        Events in time order <span className="count">({events.length})</span>
      </h2>
      {events.length === 0 ? (
        <p className="empty-state">No dated events to show.</p>
      ) : (
        <ol className="plain-list">
          {events.map(({ event }) => (
            <li key={event.id}>
              <button
                type="button"
                className={`list-entry kind-${event.kind}${event.approximate ? ' approximate' : ''}`}
                data-event-id={event.id}
                aria-current={event.id === selectedEventId ? 'true' : undefined}
                onClick={() => onSelectEvent(event.id)}
              >
                <span className="entry-meta">
                  <span className="kind-symbol" aria-hidden="true">
                    {EVENT_KIND_SYMBOL[event.kind]}
                  </span>{' '}
                  {EVENT_KIND_LABEL[event.kind]} · {eventDateLabel(event)}
                </span>
                <span className="entry-title">{event.title}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
