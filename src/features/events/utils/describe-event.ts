/**
 * Words for what the corpus knows about an event's date: resolved value, the
 * phrase each source used, and what the loader filled in rather than read.
 */
import type { Article, Mention, TimelineEvent } from '../../../contract/corpus.ts';
import { formatResolvedDate } from '../../../lib/dates.ts';
import { unique } from '../../../utils/unique.ts';
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

/**
 * How the loader dated a mention, in a reader's words. The keys are the loader's
 * `dateBasis` values (src/loader/reading/event-dates.ts and read-events.ts).
 */
export const DATE_BASIS_LABEL: Readonly<Record<string, string>> = {
  'own-timex': 'from a date in the same sentence',
  'governing-timex': 'from the date of the clause or event it depends on, in the same sentence',
  'event-relative':
    'counted from another event in the same sentence ("a day before the announcement")',
  'same-event-in-article': 'carried from an earlier report of the same event in the article',
  'narrative-thread': 'carried from the last dated event of the same people just before',
  'reporting-period': "the year before publication: a year's result told early the next year",
  'story-day': "from the day the article's opening paragraphs say the story happened",
  'publication-date': "from the article's publication day",
};

/** The plain-language basis of a mention's date, or null when it has none (undated). */
export function dateBasisLabel(mention: Mention): string | null {
  if (!mention.dateBasis) return null;
  return DATE_BASIS_LABEL[mention.dateBasis] ?? `found by the loader (${mention.dateBasis})`;
}

/**
 * What the loader filled in for this mention's date, or null when the text stated it all
 * or the event has no date at all (nothing was inferred then).
 */
export function inferredPartOfMention(
  article: Article | undefined,
  mention: Mention,
): string | null {
  if (!mention.timex) {
    const basis = dateBasisLabel(mention);
    return basis ? `no date in this sentence: ${basis}` : null;
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

/** True when any part of a dated event's date was inferred rather than read in a source. */
export function isDateInferred(event: TimelineEvent, articleById: Map<string, Article>): boolean {
  if (event.start === null) return false;
  return event.mentions.some(
    (mention) => inferredPartOfMention(articleById.get(mention.article), mention) !== null,
  );
}

/** One reporting article of an event, with the indexes of its mentions in `event.mentions`. */
export interface EventSource {
  articleId: string;
  mentionIndexes: number[];
}

/**
 * The event's sources, one per article (in order of first mention): "3 sources" counts
 * articles, not the sentences of one article that report the event twice. A sentence that
 * tells it in two words ("The scandal erupted") is quoted once.
 */
export function eventSources(event: TimelineEvent): EventSource[] {
  const byArticle = new Map<string, number[]>();
  event.mentions.forEach((mention, mentionIndex) => {
    const indexes = byArticle.get(mention.article) ?? [];
    const quoted = indexes.some((index) => {
      const other = event.mentions[index] as Mention;
      return other.start === mention.start && other.end === mention.end;
    });
    if (!quoted) indexes.push(mentionIndex);
    byArticle.set(mention.article, indexes);
  });
  return [...byArticle].map(([articleId, mentionIndexes]) => ({ articleId, mentionIndexes }));
}

/** Why the sources were taken as one event, each reason once. */
export function mergeReasons(event: TimelineEvent): string[] {
  return unique(event.mergedBecause);
}

/**
 * Names the event's sentences give in its circumstances but not as participants ("a package
 * for Ford", "chose Airbus over Boeing"): shown with the event, kept out of its lanes.
 */
export function alsoNamed(event: TimelineEvent): string[] {
  const names = (event.roles ?? [])
    .filter((role) => role.role === 'other' && !event.participants.includes(role.name))
    .map((role) => role.name);
  return [...new Set(names)];
}
