/**
 * Window arithmetic over placed events: the first view, where the cursor starts,
 * and which event is nearest a moment in time.
 */
import { addDays, subDays } from 'date-fns';
import type { PlacedEvent } from '../../corpus/index.ts';
import { shiftDate, spanMilliseconds } from '../../../lib/dates.ts';
import type { TimeWindow } from '../../../lib/timeline.ts';

/** Share of the window left empty before the first event (the cursor starts there). */
const LEADING_SHARE = 0.06;
/** Share left after the last event: instant labels run to the right of their dot. */
const TRAILING_SHARE = 0.22;

/** Anything placed in time: an event, or a period of a split corpus. */
export type Dated = Pick<PlacedEvent, 'start' | 'end'>;

/** Earliest start and latest end of the events, or null when there are none. */
export function eventExtent(events: Dated[]): TimeWindow | null {
  if (events.length === 0) return null;
  let start = events[0]!.start;
  let end = events[0]!.end ?? events[0]!.start;
  for (const placed of events) {
    if (placed.start < start) start = placed.start;
    const last = placed.end ?? placed.start;
    if (last > end) end = last;
  }
  return { start, end };
}

/** A window showing every event with a margin on both sides (a week around a lone event). */
export function fitWindow(events: Dated[], now: Date = new Date()): TimeWindow {
  const extent = eventExtent(events);
  if (!extent) return { start: subDays(now, 30), end: addDays(now, 30) };
  const span = spanMilliseconds(extent.start, extent.end);
  if (span < 1000 * 60 * 60 * 24) {
    return { start: subDays(extent.start, 3), end: addDays(extent.end, 4) };
  }
  const total = span / (1 - LEADING_SHARE - TRAILING_SHARE);
  return {
    start: shiftDate(extent.start, -total * LEADING_SHARE),
    end: shiftDate(extent.end, total * TRAILING_SHARE),
  };
}

/**
 * The share of the events the opening window holds: most of the story, so that the reader
 * sees where it happens, while its stray background dates (a war begun decades before) are
 * announced at the edges instead of squeezing the story into a sliver of the window.
 */
export const STORY_SHARE = 2 / 3;

/**
 * The densest stretch of the story: the shortest run of consecutive events (in time order)
 * holding `share` of them, the latest such run on a tie (news readers start from what
 * happened last). Many events on one day make it short, and the window around it is still
 * days wide (`fitWindow`): their labels are then sorted by importance (salience-groups.ts).
 * Events as close to it as its own are to one another join it.
 */
export function densestStretch<T extends Dated>(events: T[], share: number = STORY_SHARE): T[] {
  const count = Math.max(1, Math.ceil(events.length * share));
  if (events.length <= count) return events;
  const sorted = [...events].sort((a, b) => a.start.getTime() - b.start.getTime());
  let best = 0;
  let bestSpan = Infinity;
  for (let first = 0; first + count <= sorted.length; first += 1) {
    const last = sorted[first + count - 1]!;
    const span = (last.end ?? last.start).getTime() - sorted[first]!.start.getTime();
    if (span <= bestSpan) {
      best = first;
      bestSpan = span;
    }
  }
  // Events just beyond it, as close as its own are to one another, belong to it too.
  const reach = Math.max(bestSpan * STORY_REACH, DAY_MS);
  let first = best;
  let last = best + count - 1;
  while (first > 0 && sorted[first]!.start.getTime() - endOf(sorted[first - 1]!) <= reach) {
    first -= 1;
  }
  while (
    last + 1 < sorted.length &&
    sorted[last + 1]!.start.getTime() - endOf(sorted[last]!) <= reach
  ) {
    last += 1;
  }
  return sorted.slice(first, last + 1);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** An event this close to the stretch (a share of its span, or a day) extends it. */
const STORY_REACH = 0.1;
const endOf = (placed: Dated) => (placed.end ?? placed.start).getTime();

/**
 * The window a corpus opens on: its densest stretch, with room for the labels (issue 12,
 * point 3). Events before and after it are announced at the timeline's edges.
 */
export function firstWindow(events: Dated[], now: Date = new Date()): TimeWindow {
  return fitWindow(densestStretch(events), now);
}

/**
 * Where the time cursor starts: in the empty margin before the first event, so the
 * bar (whose drag handle swallows clicks) never sits on an item.
 */
export function initialCursorTime(window: TimeWindow): Date {
  return shiftDate(window.start, spanMilliseconds(window.start, window.end) * (LEADING_SHARE / 3));
}

/** Distance from `time` to an event's interval (zero inside it). */
function distanceTo(placed: PlacedEvent, time: Date): number {
  const start = placed.start.getTime();
  const end = (placed.end ?? placed.start).getTime();
  const at = time.getTime();
  if (at < start) return start - at;
  if (at > end) return at - end;
  return 0;
}

/** The event closest to `time` (earlier wins a tie), or null when there are none. */
export function nearestEvent(events: PlacedEvent[], time: Date): PlacedEvent | null {
  let best: PlacedEvent | null = null;
  let bestDistance = Infinity;
  for (const placed of events) {
    const distance = distanceTo(placed, time);
    if (distance < bestDistance) {
      best = placed;
      bestDistance = distance;
    }
  }
  return best;
}

/** The event before or after `eventId` in time order; with no selection, the first or last. */
export function neighbourEvent(
  events: PlacedEvent[],
  eventId: string | null,
  direction: 'previous' | 'next',
): PlacedEvent | null {
  if (events.length === 0) return null;
  const index = events.findIndex((placed) => placed.event.id === eventId);
  if (index < 0) return direction === 'next' ? events[0]! : events[events.length - 1]!;
  const target = direction === 'next' ? index + 1 : index - 1;
  return events[Math.max(0, Math.min(events.length - 1, target))] ?? null;
}

/**
 * `window` moved (same span) to show `[start, end]` from its start (where its item and label
 * begin), or unchanged when that start is already visible: centred on the event, or widened
 * to show it whole when it is longer than the window (a year seen in a month's window).
 */
export function windowShowing(window: TimeWindow, start: Date, end: Date | null): TimeWindow {
  if (start >= window.start && start <= window.end) return window;
  const span = spanMilliseconds(window.start, window.end);
  const length = spanMilliseconds(start, end ?? start);
  if (length > span * (1 - LEADING_SHARE - TRAILING_SHARE)) return fitWindow([{ start, end }]);
  const from = shiftDate(start, length / 2 - span / 2);
  return { start: from, end: shiftDate(from, span) };
}

/** Events wholly before and wholly after a window, and the nearest of each. */
export interface OutsideWindow<T extends Dated> {
  earlier: number;
  later: number;
  lastEarlier: T | null;
  firstLater: T | null;
}

/** Counts the events outside `window` on each side (announced at the timeline's edges). */
export function eventsOutside<T extends Dated>(events: T[], window: TimeWindow): OutsideWindow<T> {
  const outside: OutsideWindow<T> = { earlier: 0, later: 0, lastEarlier: null, firstLater: null };
  for (const placed of events) {
    const last = placed.end ?? placed.start;
    if (last < window.start) {
      outside.earlier += 1;
      if (!outside.lastEarlier || last > (outside.lastEarlier.end ?? outside.lastEarlier.start)) {
        outside.lastEarlier = placed;
      }
    } else if (placed.start > window.end) {
      outside.later += 1;
      if (!outside.firstLater || placed.start < outside.firstLater.start)
        outside.firstLater = placed;
    }
  }
  return outside;
}

/**
 * `window` moved (same span) so that `placed` shows with room to go on: an earlier event
 * near the right edge, a later one near the left edge.
 */
export function windowTowards(
  window: TimeWindow,
  placed: Dated,
  side: 'earlier' | 'later',
): TimeWindow {
  const span = spanMilliseconds(window.start, window.end);
  const anchor = side === 'earlier' ? (placed.end ?? placed.start) : placed.start;
  const start = shiftDate(anchor, -span * (side === 'earlier' ? 0.7 : LEADING_SHARE * 2));
  return { start, end: shiftDate(start, span) };
}
