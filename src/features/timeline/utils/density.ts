/** Event counts per equal slice of time, for the overview strip. */
import type { PlacedEvent } from '../../corpus/index.ts';
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

/** Bins across the overview strip. */
export const DENSITY_BINS = 100;

/** A period of time holding `count` events (a part of a split corpus), spread evenly over it. */
export interface CountedPeriod {
  start: Date;
  end: Date;
  count: number;
}

/** Like `eventDensity`, from periods whose events are not loaded: each count spread over its period. */
export function periodDensity(
  periods: CountedPeriod[],
  extent: TimeWindow,
  binCount: number,
): number[] {
  const bins = new Array<number>(binCount).fill(0);
  const from = extent.start.getTime();
  const binSpan = (extent.end.getTime() - from) / binCount;
  if (binSpan <= 0) return bins;
  for (const { start, end, count } of periods) {
    const first = start.getTime();
    const last = Math.max(end.getTime(), first + 1);
    for (let bin = 0; bin < binCount; bin += 1) {
      const binStart = from + bin * binSpan;
      const overlap = Math.min(last, binStart + binSpan) - Math.max(first, binStart);
      if (overlap > 0) bins[bin] = (bins[bin] ?? 0) + (count * overlap) / (last - first);
    }
  }
  return bins;
}
