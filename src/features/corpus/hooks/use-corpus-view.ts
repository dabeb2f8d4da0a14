import { useEffect, useMemo } from 'react';
import type { Article, Corpus } from '../../../contract/corpus.ts';
import type { TimeWindow } from '../../../lib/timeline.ts';
import { buildCorpusIndex, type CorpusIndex } from '../utils/corpus-index.ts';
import type { Period } from '../utils/period-parts.ts';
import type { CorpusProblem } from '../utils/read-corpus.ts';
import type { CorpusParts } from './use-corpus.ts';

/**
 * One view of a corpus, whole or split: a whole corpus is a split corpus with one period,
 * loaded, whose articles all have their text.
 */
export interface CorpusView {
  index: CorpusIndex;
  /** True when the corpus comes in parts (its events arrive period by period). */
  split: boolean;
  periods: Period[];
  loaded: ReadonlySet<number>;
  allLoaded: boolean;
  /** Dated events in the whole corpus, loaded or not. */
  datedCount: number;
  /** The article with its text, once it has arrived (always, in a whole corpus). */
  fullArticle: (articleId: string) => Article | null;
  /** Events each article reports, counted in the whole corpus. */
  eventCountByArticle: Map<string, number>;
  articlesWithoutEvents: Article[];
  /** A part that could not be fetched or read. */
  problem: CorpusProblem | null;
  loadWindow: (window: TimeWindow) => void;
  loadAll: () => void;
  loadArticle: (articleId: string) => void;
}

/** What the view asks for: the open article, an event a link names. */
export interface CorpusViewNeeds {
  articleId: string | null;
  eventId: string | null;
}

const NOTHING_TO_LOAD = () => {};
const ONE_PERIOD = new Set([0]);

/** The one period of a whole corpus: every dated event, already loaded. */
function wholePeriods(index: CorpusIndex): Period[] {
  const first = index.placed[0];
  if (!first) return [];
  let end = first.end ?? first.start;
  for (const placed of index.placed)
    if ((placed.end ?? placed.start) > end) end = placed.end ?? placed.start;
  return [{ index: 0, start: first.start, end, count: index.placed.length, url: '' }];
}

/**
 * The corpus as the viewer shows it, whole or split, and the fetching a split corpus needs
 * for what is open: the open article's text, and every period when a link names an event
 * not loaded yet. The periods near the window are the caller's to ask for (`loadWindow`).
 */
export function useCorpusView(
  corpus: Corpus,
  parts: CorpusParts | null,
  needs: CorpusViewNeeds,
): CorpusView {
  const index = useMemo(() => buildCorpusIndex(corpus), [corpus]);
  // The manifest counts every article's events, and says which articles have none; kept
  // apart from `parts`, which changes at every arrival.
  const manifest = parts?.manifest;
  const eventCountByArticle = useMemo(
    () =>
      manifest
        ? new Map(manifest.articles.map((article) => [article.id, article.eventCount]))
        : new Map([...index.eventsByArticle].map(([id, events]) => [id, events.length])),
    [manifest, index],
  );
  const articlesWithoutEvents = useMemo(
    () =>
      manifest
        ? corpus.articles.filter((article) => eventCountByArticle.get(article.id) === 0)
        : index.articlesWithoutEvents,
    [manifest, corpus.articles, eventCountByArticle, index],
  );
  const view = useMemo(
    (): CorpusView =>
      parts
        ? {
            index,
            split: true,
            periods: parts.periods,
            loaded: parts.loaded,
            allLoaded: parts.allLoaded,
            datedCount: parts.manifest.eventCount,
            fullArticle: (articleId) => parts.fullArticles.get(articleId) ?? null,
            eventCountByArticle,
            articlesWithoutEvents,
            problem: parts.problem,
            loadWindow: parts.loadWindow,
            loadAll: parts.loadAll,
            loadArticle: parts.loadArticle,
          }
        : {
            index,
            split: false,
            periods: wholePeriods(index),
            loaded: ONE_PERIOD,
            allLoaded: true,
            datedCount: index.placed.length,
            fullArticle: (articleId) => index.articleById.get(articleId) ?? null,
            eventCountByArticle,
            articlesWithoutEvents,
            problem: null,
            loadWindow: NOTHING_TO_LOAD,
            loadAll: NOTHING_TO_LOAD,
            loadArticle: NOTHING_TO_LOAD,
          },
    [index, parts, eventCountByArticle, articlesWithoutEvents],
  );

  const { loadAll, loadArticle } = view;
  useEffect(() => {
    if (needs.articleId) loadArticle(needs.articleId);
  }, [loadArticle, needs.articleId]);
  // An event named by a link may sit in a period not fetched yet: fetch them all before
  // saying it is not in the corpus.
  const eventUnresolved = needs.eventId !== null && !index.eventById.has(needs.eventId);
  useEffect(() => {
    if (eventUnresolved) loadAll();
  }, [eventUnresolved, loadAll]);

  return view;
}
