/**
 * Events as timeline items and lanes. An event is drawn once, or once per lane it
 * belongs to (an event reported by two articles sits in both article lanes).
 */
import type { Article, TimelineEvent } from '../../../contract/corpus.ts';
import type { TimelineItemSpec, TimelineLaneSpec } from '../../../lib/timeline.ts';
import { formatDay } from '../../../lib/dates.ts';
import { unique } from '../../../utils/unique.ts';
import { addDays } from 'date-fns';
import type { PlacedEvent, Period } from '../../corpus/index.ts';
import { EVENT_KIND_LABEL, EVENT_KIND_SYMBOL, eventSummary } from '../../events/index.ts';

export const LANE_MODES = ['none', 'article', 'kind', 'participant'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

export const LANE_MODE_LABEL: Record<LaneMode, string> = {
  none: 'One lane',
  article: 'By source article',
  kind: 'By kind',
  participant: 'By participant',
};

const NO_PARTICIPANT = '(no participant)';

function laneKeysOf(event: TimelineEvent, mode: LaneMode): string[] {
  switch (mode) {
    case 'none':
      return [];
    case 'article':
      return unique(event.mentions.map((mention) => `article:${mention.article}`));
    case 'kind':
      return [`kind:${event.kind}`];
    case 'participant':
      return event.participants.length > 0
        ? event.participants.map((participant) => `participant:${participant}`)
        : [`participant:${NO_PARTICIPANT}`];
  }
}

/** The lanes for `mode` that hold at least one of `events`, in a stable order; null for one lane. */
export function buildLanes(
  events: PlacedEvent[],
  mode: LaneMode,
  articleById: Map<string, Article>,
): TimelineLaneSpec[] | null {
  if (mode === 'none') return null;
  const keys = new Set(events.flatMap(({ event }) => laneKeysOf(event, mode)));
  const lanes = [...keys].map((key) => {
    const value = key.slice(key.indexOf(':') + 1);
    let label = value;
    if (mode === 'article') {
      const article = articleById.get(value);
      label = article ? `${article.title}${article.source ? ` (${article.source})` : ''}` : value;
    } else if (mode === 'kind') {
      const kind = value as TimelineEvent['kind'];
      label = `${EVENT_KIND_SYMBOL[kind]} ${EVENT_KIND_LABEL[kind]}`;
    }
    return { id: key, label };
  });
  return lanes.sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * How much an event matters to the story, 0–1: the loader's salience, else (an older corpus)
 * the number of articles reporting it and whether a date was written in the text.
 */
export function eventImportance(event: TimelineEvent): number {
  if (event.salience !== undefined) return event.salience;
  const articles = new Set(event.mentions.map((mention) => mention.article)).size;
  const explicit = event.mentions.some((mention) => mention.timex !== null);
  return Math.min(1, articles / 4) * 0.6 + (explicit ? 0.4 : 0);
}

/** One item per event (per lane when lanes are on), marked by kind, approximation and highlight. */
export function buildTimelineItems(
  events: PlacedEvent[],
  mode: LaneMode,
  highlightedEventIds: ReadonlySet<string>,
): TimelineItemSpec[] {
  return events.flatMap(({ event, start, end }) => {
    const classNames = [`kind-${event.kind}`];
    if (event.approximate) classNames.push('approximate');
    if (highlightedEventIds.has(event.id)) classNames.push('highlighted');
    const base = {
      recordId: event.id,
      marker: `${event.approximate ? '≈ ' : ''}${EVENT_KIND_SYMBOL[event.kind]}`,
      text: event.title,
      tooltip: eventSummary(event),
      start,
      kind: end ? ('range' as const) : ('instant' as const),
      classNames,
      importance: eventImportance(event),
      ...(end ? { end } : {}),
    };
    const lanes = laneKeysOf(event, mode);
    if (lanes.length === 0) return [{ ...base, key: event.id }];
    return lanes.map((laneId) => ({ ...base, key: `${laneId}/${event.id}`, laneId }));
  });
}

const PERIOD_PREFIX = 'period:';

/** True for the record id of a period count item (not an event). */
export function isPeriodItem(recordId: string): boolean {
  return recordId.startsWith(PERIOD_PREFIX);
}

/** The period index of a period count item's record id. */
export function periodIndexOf(recordId: string): number {
  return Number(recordId.slice(PERIOD_PREFIX.length));
}

/** One item per period of a split corpus whose events are not drawn: its count, as a range. */
export function buildPeriodItems(periods: Period[]): TimelineItemSpec[] {
  return periods.map((period) => {
    const words = `${period.count.toLocaleString('en')} ${period.count === 1 ? 'event' : 'events'}`;
    const end =
      period.end.getTime() > period.start.getTime() ? period.end : addDays(period.start, 1);
    return {
      key: `${PERIOD_PREFIX}${period.index}`,
      recordId: `${PERIOD_PREFIX}${period.index}`,
      marker: '∑',
      text: words,
      tooltip: `${words} from ${formatDay(period.start)} to ${formatDay(period.end)}: click or zoom in to see them`,
      start: period.start,
      end,
      kind: 'range',
      classNames: ['period-count'],
    };
  });
}
