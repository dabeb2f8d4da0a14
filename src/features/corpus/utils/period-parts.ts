/**
 * A split corpus in the browser: which periods to fetch for a window, and the corpus
 * the viewer sees, made of the manifest and whatever parts have arrived so far.
 */
import type { Article, Corpus, TimelineEvent } from '../../../contract/corpus.ts';
import type {
  ArticleSummary,
  CorpusManifest,
  PartMention,
} from '../../../contract/corpus-parts.ts';
import { parseWallClock } from '../../../lib/dates.ts';
import { articleHead, nothingRead } from '../../../contract/article-fields.ts';
import type { TimeWindow } from '../../../lib/timeline.ts';

/**
 * At most this many events are fetched and drawn for one window (with its neighbours);
 * a wider view shows a count per period instead, and zooming in loads the events.
 */
export const EVENTS_PER_VIEW = 3000;

/** A period of the manifest with its dates read. */
export interface Period {
  index: number;
  start: Date;
  end: Date;
  count: number;
  url: string;
}

export function periodsOf(manifest: CorpusManifest): Period[] {
  return manifest.parts.flatMap((part, index) => {
    const start = parseWallClock(part.start);
    const end = parseWallClock(part.end);
    return start && end ? [{ index, start, end, count: part.events, url: part.url }] : [];
  });
}

const overlaps = (period: Period, from: number, to: number) =>
  period.start.getTime() <= to && period.end.getTime() >= from;

/** Periods touching the window. */
export function periodsIn(periods: Period[], window: TimeWindow): Period[] {
  return periods.filter((period) => overlaps(period, window.start.getTime(), window.end.getTime()));
}

/** How many events the window holds, counted from the manifest. */
export function eventsIn(periods: Period[], window: TimeWindow): number {
  return periodsIn(periods, window).reduce((sum, period) => sum + period.count, 0);
}

/**
 * The periods to fetch for a window: those it touches plus half a window on each side
 * (so a pan finds its events already there), or none when that is more than a view holds.
 */
export function periodsToLoad(periods: Period[], window: TimeWindow): Period[] {
  const span = window.end.getTime() - window.start.getTime();
  const from = window.start.getTime() - span / 2;
  const to = window.end.getTime() + span / 2;
  const near = periods.filter((period) => overlaps(period, from, to));
  const total = near.reduce((sum, period) => sum + period.count, 0);
  if (total <= EVENTS_PER_VIEW) return near;
  const visible = periodsIn(periods, window);
  return visible.reduce((sum, period) => sum + period.count, 0) <= EVENTS_PER_VIEW ? visible : [];
}

/** An article of the manifest as the viewer's `Article`, its text not fetched yet. */
export function articleStub(summary: ArticleSummary): Article {
  return { ...articleHead(summary), text: '', ...nothingRead() };
}

/** The corpus the viewer shows: manifest articles (full once fetched) and the events known so far. */
export function corpusFromParts(
  manifest: CorpusManifest,
  events: Iterable<TimelineEvent>,
  fullArticles: ReadonlyMap<string, Article>,
): Corpus {
  return {
    version: manifest.version,
    articles: manifest.articles.map(
      (summary) => fullArticles.get(summary.id) ?? articleStub(summary),
    ),
    events: [...events],
    undated: manifest.undated,
    diagnostics: manifest.diagnostics,
  };
}

/** The sentence carried by a mention of a split corpus, if it is one. */
export function carriedSentence(mention: object): string | null {
  const sentence = (mention as Partial<PartMention>).sentence;
  return typeof sentence === 'string' ? sentence : null;
}

/** What a mention of a split corpus says was inferred of its date, if it is one. */
export function carriedInferred(mention: object): string[] | null {
  const inferred = (mention as Partial<PartMention>).timexInferred;
  return Array.isArray(inferred) ? inferred : null;
}
