import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article, Corpus, TimelineEvent } from '../../../contract/corpus.ts';
import {
  articlePartSchema,
  checkPart,
  eventsPartSchema,
  type CorpusManifest,
} from '../../../contract/corpus-parts.ts';
import type { TimeWindow } from '../../../lib/timeline.ts';
import { corpusFromParts, periodsOf, periodsToLoad, type Period } from '../utils/period-parts.ts';
import {
  readCorpusResponse,
  unreachableCorpusProblem,
  type CorpusProblem,
} from '../utils/read-corpus.ts';

/** A split corpus as loaded so far, and how to ask for more. */
export interface CorpusParts {
  manifest: CorpusManifest;
  periods: Period[];
  /** Indexes of the periods whose events have arrived. */
  loaded: ReadonlySet<number>;
  allLoaded: boolean;
  /** Articles whose text has arrived, by id. */
  fullArticles: ReadonlyMap<string, Article>;
  /** A part that could not be fetched or read (the rest keeps working). */
  problem: CorpusProblem | null;
  /** Fetches the periods a window needs (nothing when it holds too many to draw). */
  loadWindow: (window: TimeWindow) => void;
  loadAll: () => void;
  loadArticle: (articleId: string) => void;
}

export type CorpusState =
  | { status: 'loading' }
  | { status: 'ready'; corpus: Corpus; parts: CorpusParts | null }
  | { status: 'failed'; problem: CorpusProblem };

/** Where the Vite plugin serves the corpus, in dev, build and preview alike. */
export const CORPUS_URL = `${import.meta.env.BASE_URL}corpus.json`;

type Loaded =
  | { status: 'loading' }
  | {
      status: 'ready';
      corpus: Corpus;
      manifest: CorpusManifest | null;
      checkRest: (() => CorpusProblem | null) | null;
    }
  | { status: 'failed'; problem: CorpusProblem };

/** Fetches and validates the corpus; never rejects. */
async function fetchCorpusState(url: string, signal: AbortSignal): Promise<Loaded> {
  try {
    const response = await fetch(url, { signal, cache: 'no-store' });
    const reading = readCorpusResponse(response.status, await response.text());
    return reading.ok
      ? {
          status: 'ready',
          corpus: reading.corpus,
          manifest: reading.manifest,
          checkRest: reading.checkRest,
        }
      : { status: 'failed', problem: reading.problem };
  } catch (error) {
    return { status: 'failed', problem: unreachableCorpusProblem(error) };
  }
}

/** A request for the corpus started before React renders, taken over by `useCorpus`. */
interface EarlyRequest {
  promise: Promise<Loaded>;
  /** What it gave, once it has. */
  settled: Loaded | null;
}
const earlyRequests = new Map<string, EarlyRequest>();

/**
 * Fetches and checks the corpus now, while the rest of the app starts (main.tsx): a
 * `useCorpus` for the same URL then starts from its answer (ready on its first render when it
 * has come) instead of asking again. Resolves once it has; never rejects.
 */
export function requestCorpus(url: string = CORPUS_URL): Promise<void> {
  let request = earlyRequests.get(url);
  if (!request) {
    const started: EarlyRequest = {
      promise: fetchCorpusState(url, new AbortController().signal),
      settled: null,
    };
    void started.promise.then((loaded) => (started.settled = loaded));
    earlyRequests.set(url, started);
    request = started;
  }
  return request.promise.then(() => undefined);
}

/** Fetches one part and validates it; throws a message naming the part. */
async function fetchPart<T>(
  url: string,
  schema: Parameters<typeof checkPart<T>>[0],
  signal: AbortSignal,
): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    throw new Error(`${url}: not valid JSON (truncated?)`);
  }
  const check = checkPart(schema, json);
  if (!check.ok) throw new Error(`${url}: ${check.problems.join('; ')}`);
  return check.value;
}

/** What has arrived of a split corpus; replaced (never mutated) on each arrival. */
interface Arrived {
  manifest: CorpusManifest;
  events: ReadonlyMap<string, TimelineEvent>;
  articles: ReadonlyMap<string, Article>;
  loaded: ReadonlySet<number>;
}

/** Fetches in flight or done for one manifest; only touched from callbacks and effects. */
interface Requests {
  manifest: CorpusManifest;
  controller: AbortController;
  /** `period:N` and `article:ID` already asked for. */
  asked: Set<string>;
}

/** The events and article texts of a split corpus fetched so far. */
function useParts(manifest: CorpusManifest | null, base: string) {
  const [arrived, setArrived] = useState<Arrived | null>(null);
  const [problem, setProblem] = useState<CorpusProblem | null>(null);
  const requests = useRef<Requests | null>(null);
  const periods = useMemo(() => (manifest ? periodsOf(manifest) : []), [manifest]);
  useEffect(() => () => requests.current?.controller.abort(), []);

  /** The requests of the current manifest; a new manifest (dev rebuild) starts afresh. */
  const requestsFor = useCallback((wanted: CorpusManifest): Requests => {
    if (requests.current?.manifest !== wanted) {
      requests.current?.controller.abort();
      requests.current = { manifest: wanted, controller: new AbortController(), asked: new Set() };
    }
    return requests.current;
  }, []);

  const fail = useCallback((error: unknown) => {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    setProblem({
      title: 'Part of the corpus could not be loaded.',
      details: [error instanceof Error ? error.message : String(error)],
    });
  }, []);

  /** Adds what arrived, for `wanted` only (a reply for an older manifest is dropped). */
  const receive = useCallback(
    (
      wanted: CorpusManifest,
      events: TimelineEvent[],
      extra: { period?: number; article?: Article },
    ) => {
      setArrived((previous) => {
        const base: Arrived =
          previous?.manifest === wanted
            ? previous
            : { manifest: wanted, events: new Map(), articles: new Map(), loaded: new Set() };
        const nextEvents = new Map(base.events);
        // An article's events may already be there from their period: keep the first copy.
        for (const event of events) if (!nextEvents.has(event.id)) nextEvents.set(event.id, event);
        const loaded = new Set(base.loaded);
        if (extra.period !== undefined) loaded.add(extra.period);
        const articles = new Map(base.articles);
        if (extra.article) articles.set(extra.article.id, extra.article);
        return { manifest: wanted, events: nextEvents, articles, loaded };
      });
    },
    [],
  );

  const loadPeriods = useCallback(
    (wanted: Period[]) => {
      if (!manifest) return;
      const current = requestsFor(manifest);
      const { signal } = current.controller;
      for (const period of wanted) {
        const key = `period:${period.index}`;
        if (current.asked.has(key)) continue;
        current.asked.add(key);
        fetchPart(`${base}${period.url}`, eventsPartSchema, signal).then((part) => {
          if (!signal.aborted) receive(manifest, part.events, { period: period.index });
        }, fail);
      }
    },
    [base, fail, manifest, receive, requestsFor],
  );

  const loadWindow = useCallback(
    (window: TimeWindow) => loadPeriods(periodsToLoad(periods, window)),
    [loadPeriods, periods],
  );
  const loadAll = useCallback(() => loadPeriods(periods), [loadPeriods, periods]);

  const loadArticle = useCallback(
    (articleId: string) => {
      const summary = manifest?.articles.find((article) => article.id === articleId);
      if (!manifest || !summary) return;
      const current = requestsFor(manifest);
      const { signal } = current.controller;
      const key = `article:${articleId}`;
      if (current.asked.has(key)) return;
      current.asked.add(key);
      fetchPart(`${base}${summary.part}`, articlePartSchema, signal).then((part) => {
        if (signal.aborted) return;
        // Its dated events are needed to mark them in the text, loaded period or not.
        const dated = part.events.filter((event) => event.start !== null);
        receive(manifest, dated, { article: part.article });
      }, fail);
    },
    [base, fail, manifest, receive, requestsFor],
  );

  return useMemo(() => {
    if (!manifest) return null;
    const current = arrived?.manifest === manifest ? arrived : null;
    const loaded = current?.loaded ?? new Set<number>();
    const articles = current?.articles ?? new Map<string, Article>();
    const parts: CorpusParts = {
      manifest,
      periods,
      loaded,
      allLoaded: loaded.size >= periods.length,
      fullArticles: articles,
      problem,
      loadWindow,
      loadAll,
      loadArticle,
    };
    const events = current ? current.events.values() : [];
    return { parts, corpus: corpusFromParts(manifest, events, articles) };
  }, [manifest, arrived, periods, problem, loadWindow, loadAll, loadArticle]);
}

/** The corpus for the page; in dev, refetched whenever the loader rebuilds it. */
export function useCorpus(url: string = CORPUS_URL): CorpusState {
  const [state, setState] = useState<Loaded>(
    () => earlyRequests.get(url)?.settled ?? { status: 'loading' },
  );
  const base = url.slice(0, url.lastIndexOf('/') + 1);

  useEffect(() => {
    let controller = new AbortController();
    // The first load takes the early request's answer, if one was made; later ones fetch.
    let early = earlyRequests.get(url)?.promise;
    const load = () => {
      const { signal } = controller;
      void (early ?? fetchCorpusState(url, signal)).then((next) => {
        if (!signal.aborted) setState(next);
      });
      early = undefined;
    };
    const reload = () => {
      controller.abort();
      controller = new AbortController();
      load();
    };
    load();
    // The dev server rebuilds the corpus when an article changes and tells us so.
    import.meta.hot?.on('corpus:changed', reload);
    return () => {
      controller.abort();
      import.meta.hot?.off?.('corpus:changed', reload);
    };
  }, [url]);

  // What was left unchecked to draw the timeline sooner is checked once it is drawn: a
  // problem there still replaces the page with its message.
  const checkRest = state.status === 'ready' ? state.checkRest : null;
  useEffect(() => {
    if (!checkRest) return;
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const problem = checkRest();
        if (problem) setState({ status: 'failed', problem });
      }, 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [checkRest]);

  const split = useParts(state.status === 'ready' ? state.manifest : null, base);

  return useMemo((): CorpusState => {
    if (state.status !== 'ready') return state;
    if (split) return { status: 'ready', corpus: split.corpus, parts: split.parts };
    return { status: 'ready', corpus: state.corpus, parts: null };
  }, [state, split]);
}
