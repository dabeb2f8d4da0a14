/**
 * "Fit all" that fits the labels too: vis fits item dates, and the label of a late event runs
 * off the right edge. Widths are estimated from the text (items out of view are not drawn).
 */
import type { TimeWindow, TimelineItemSpec } from '../../../lib/timeline.ts';
import { fitWindow } from './time-window.ts';

/** Average width of a character of an item label (0.85rem), and the dot and padding around it. */
const CHARACTER_PX = 7.2;
const ITEM_PADDING_PX = 28;
/** Share of the window left before the first item, and kept free at the right edge. */
const LEADING_SHARE = 0.04;
const TRAILING_SHARE = 0.02;
/** A label wider than this share of the timeline is not fitted whole (it could never be). */
const WIDEST_LABEL_SHARE = 0.6;

/** Estimated width in pixels of an item's label. */
export function labelWidth(item: Pick<TimelineItemSpec, 'marker' | 'text'>): number {
  return ITEM_PADDING_PX + CHARACTER_PX * (item.marker.length + 1 + item.text.length);
}

type Fitted = Pick<TimelineItemSpec, 'marker' | 'text' | 'start' | 'end'>;

/** A window showing every item with its whole label on a timeline `width` pixels wide. */
export function fitLabels(items: Fitted[], width: number, now: Date = new Date()): TimeWindow {
  const byDates = fitWindow(
    items.map(({ start, end }) => ({ start, end: end ?? null })),
    now,
  );
  if (items.length === 0 || width <= 0) return byDates;
  let first = Infinity;
  for (const item of items) first = Math.min(first, item.start.getTime());
  // The span T must leave room for each label: (t - first) / T + lead + label / width <= 1 - trail.
  let span = byDates.end.getTime() - byDates.start.getTime();
  for (const item of items) {
    const label = Math.min(labelWidth(item), width * WIDEST_LABEL_SHARE) / width;
    const offset = (item.end ?? item.start).getTime() - first;
    const labelFrom = item.start.getTime() - first;
    const room = 1 - LEADING_SHARE - TRAILING_SHARE;
    span = Math.max(span, offset / room, labelFrom / (room - label));
  }
  const start = first - span * LEADING_SHARE;
  return { start: new Date(start), end: new Date(start + span) };
}
