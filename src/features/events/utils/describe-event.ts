/**
 * Words for what the corpus knows about an event's date: resolved value, the
 * phrase each source used, and what the loader filled in rather than read.
 */
import type { Article, Mention, TimelineEvent } from '../../../contract/corpus.ts';
import { formatResolvedDate } from '../../../lib/dates.ts';
import { carriedInferred } from '../../corpus/index.ts';
import { EVENT_KIND_LABEL } from './event-kinds.ts';

/** "Friday 26 August 2016", prefixed with ≈ when the text itself is vague. */
export function eventDateLabel(event: TimelineEvent): string {
  if (event.start === null) return 'no date found';
  const date = formatResolvedDate(event.start, event.end, event.granularity);
  return event.approximate ? `≈ ${date}` : date;
}

/** Plain-text one-liner used for tooltips and accessible names. */
export function eventSummary(event: TimelineEvent): string {
  const approximate = event.approximate ? ' (approximate date)' : '';
  return `${EVENT_KIND_LABEL[event.kind]}: ${event.title}. ${eventDateLabel(event)}${approximate}`;
}

/** What the loader filled in for this mention's date, or null when the text stated it all. */
export function inferredPartOfMention(
  article: Article | undefined,
  mention: Mention,
): string | null {
  if (!mention.timex) {
    const basis = mention.dateBasis ? mention.dateBasis.replaceAll('-', ' ') : 'unknown';
    return `no date in this sentence (date from: ${basis})`;
  }
  const { start, end } = mention.timex;
  const timex = article?.timexes.find(
    (candidate) => candidate.start === start && candidate.end === end,
  );
  const inferred = carriedInferred(mention) ?? timex?.resolved?.inferred ?? [];
  const parts: string[] = [];
  if (inferred.length > 0) parts.push(`${inferred.join(', ')} inferred`);
  if (article?.publishedBasis === 'inferred' && inferred.length > 0) {
    parts.push('from an inferred publication date');
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/** True when any part of the event's date was inferred rather than read in a source. */
export function isDateInferred(event: TimelineEvent, articleById: Map<string, Article>): boolean {
  return event.mentions.some(
    (mention) => inferredPartOfMention(articleById.get(mention.article), mention) !== null,
  );
}
