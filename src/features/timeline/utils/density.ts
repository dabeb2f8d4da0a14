/** Event counts per equal slice of time, for the overview strip. */
import type { PlacedEvent } from '../../corpus/utils/corpus-index.ts';
import type { TimeWindow } from '../../../lib/timeline.ts';

/** Counts events per bin over `extent`; a range counts in every bin it touches. */
export function eventDensity(
  events: PlacedEvent[],
  extent: TimeWindow,
  binCount: number,
): number[] {
  const bins = new Array<number>(binCount).fill(0);
  const from = extent.start.getTime();
  const span = extent.end.getTime() - from;
  if (span <= 0) return bins;
  const binOf = (time: number) =>
    Math.max(0, Math.min(binCount - 1, Math.floor(((time - from) / span) * binCount)));
  for (const { start, end } of events) {
    const first = binOf(start.getTime());
    const last = binOf((end ?? start).getTime());
    for (let bin = first; bin <= last; bin += 1) bins[bin] = (bins[bin] ?? 0) + 1;
  }
  return bins;
}
