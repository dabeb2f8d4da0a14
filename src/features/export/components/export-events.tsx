import type { Article } from '../../../contract/corpus.ts';
import type { PlacedEvent } from '../../corpus/index.ts';
import { eventsCsv } from '../utils/events-csv.ts';
import { timelineJs } from '../utils/timelinejs.ts';

export interface ExportEventsProps {
  /** The events in view: those the search and filters leave. */
  events: PlacedEvent[];
  articleById: Map<string, Article>;
}

/** Hands `text` to the browser as a file download. */
function download(fileName: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once started.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Export": the events in view as CSV, or as a TimelineJS3 timeline to publish. */
export function ExportEvents({ events, articleById }: ExportEventsProps) {
  const timelineEvents = () => events.map(({ event }) => event);
  const count = `${events.length} ${events.length === 1 ? 'event' : 'events'}`;
  return (
    <div className="export-events" role="group" aria-label={`Export the ${count} shown`}>
      <span className="export-label">Export the {count} shown:</span>{' '}
      <button
        type="button"
        disabled={events.length === 0}
        onClick={() =>
          download('events.csv', 'text/csv;charset=utf-8', eventsCsv(timelineEvents(), articleById))
        }
      >
        CSV
      </button>{' '}
      <button
        type="button"
        disabled={events.length === 0}
        onClick={() =>
          download(
            'timeline.json',
            'application/json',
            JSON.stringify(timelineJs('News timeline', timelineEvents(), articleById), null, 2),
          )
        }
      >
        TimelineJS
      </button>
    </div>
  );
}
