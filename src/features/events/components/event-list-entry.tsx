import type { PlacedEvent } from '../../corpus/index.ts';
import { eventDateLabel } from '../utils/describe-event.ts';
import { EVENT_KIND_LABEL, EVENT_KIND_SYMBOL } from '../utils/event-kinds.ts';

export interface EventListEntryProps {
  placed: PlacedEvent;
  selected: boolean;
  onSelectEvent: (eventId: string) => void;
}

/** One event of the event list: kind, date and title, as a button that selects it. */
export function EventListEntry({
  placed: { event },
  selected,
  onSelectEvent,
}: EventListEntryProps) {
  return (
    <button
      type="button"
      className={`list-entry kind-${event.kind}${event.approximate ? ' approximate' : ''}`}
      data-event-id={event.id}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelectEvent(event.id)}
      onKeyDown={(keyEvent) => {
        // Enter opens the entry; on the entry already open, the page-wide Enter opens its article.
        if (keyEvent.key !== 'Enter' || selected) return;
        keyEvent.preventDefault();
        onSelectEvent(event.id);
      }}
    >
      <span className="entry-meta">
        <span className="kind-symbol" aria-hidden="true">
          {EVENT_KIND_SYMBOL[event.kind]}
        </span>{' '}
        {EVENT_KIND_LABEL[event.kind]} · {eventDateLabel(event)}
      </span>
      <span className="entry-title">{event.title}</span>
    </button>
  );
}
