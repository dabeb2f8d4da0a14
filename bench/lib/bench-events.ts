/** Synthetic timeline events for the browser benchmarks, deterministic from a seed. */
import { mulberry32 } from '../generate-corpus.ts';

export interface BenchEvent {
  id: string;
  /** ISO date. */
  start: string;
  /** ISO date for a span (one in ten), else null. */
  end: string | null;
  title: string;
}

const WHO = ['Okafor', 'Lindqvist', 'Moreno', 'Petrov', 'Haddad', 'Nakamura', 'Mensah', 'Rossi'];
const WHAT = ['meet', 'announcement', 'agreement', 'statement', 'arrives', 'election', 'talks'];
const WHERE = ['Oslo', 'Lisbon', 'Nairobi', 'Jakarta', 'Lima', 'Cairo', 'Geneva', 'Hanoi'];

/** `count` events over two years from 2015-01-05, sorted by start. */
export function benchEvents(count: number, seed = 1): BenchEvent[] {
  const random = mulberry32(seed);
  const pick = (items: readonly string[]) => items[Math.floor(random() * items.length)]!;
  const first = Date.UTC(2015, 0, 5);
  const events = Array.from({ length: count }, (_, index) => {
    const start = first + Math.floor(random() * 730) * 86_400_000;
    const span = random() < 0.1 ? (1 + Math.floor(random() * 20)) * 86_400_000 : 0;
    return {
      id: `e${index + 1}`,
      start: new Date(start).toISOString().slice(0, 10),
      end: span ? new Date(start + span).toISOString().slice(0, 10) : null,
      title: `${pick(WHO)} and ${pick(WHO)}: ${pick(WHAT)} in ${pick(WHERE)}`,
    };
  });
  return events.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}
