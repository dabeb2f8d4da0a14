/**
 * The events every viewer in the browser benchmark draws: taken from the same synthetic
 * corpus the app is measured with, so the bare vis-timeline page, TimelineJS and the app
 * all show identical items.
 */
import { makeLargeCorpus } from '../../tests/e2e/support/make-large-corpus.ts';

export interface BenchEvent {
  id: string;
  /** ISO date. */
  start: string;
  /** ISO date for a span, else null (an instant). */
  end: string | null;
  title: string;
}

/** The dated events of `makeLargeCorpus(count, seed)`, in time order. */
export function benchEvents(count: number, seed = 1): BenchEvent[] {
  return makeLargeCorpus(count, seed).events.map((event) => ({
    id: event.id,
    start: event.start ?? '',
    end: event.granularity === 'day' ? null : event.end,
    title: event.title,
  }));
}
