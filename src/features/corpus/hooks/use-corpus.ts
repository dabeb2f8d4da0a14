import { useEffect, useState } from 'react';
import type { Corpus } from '../../../contract/corpus.ts';
import {
  readCorpusResponse,
  unreachableCorpusProblem,
  type CorpusProblem,
} from '../utils/read-corpus.ts';

export type CorpusState =
  | { status: 'loading' }
  | { status: 'ready'; corpus: Corpus }
  | { status: 'failed'; problem: CorpusProblem };

/** Where the Vite plugin serves the corpus, in dev, build and preview alike. */
export const CORPUS_URL = `${import.meta.env.BASE_URL}corpus.json`;

/** Fetches and validates the corpus; never rejects. */
async function fetchCorpusState(url: string, signal: AbortSignal): Promise<CorpusState> {
  try {
    const response = await fetch(url, { signal, cache: 'no-store' });
    const reading = readCorpusResponse(response.status, await response.text());
    return reading.ok
      ? { status: 'ready', corpus: reading.corpus }
      : { status: 'failed', problem: reading.problem };
  } catch (error) {
    return { status: 'failed', problem: unreachableCorpusProblem(error) };
  }
}

/** The corpus for the page; in dev, refetched whenever the loader rebuilds it. */
export function useCorpus(url: string = CORPUS_URL): CorpusState {
  const [state, setState] = useState<CorpusState>({ status: 'loading' });

  useEffect(() => {
    let controller = new AbortController();
    const load = () => {
      const { signal } = controller;
      void fetchCorpusState(url, signal).then((next) => {
        if (!signal.aborted) setState(next);
      });
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

  return state;
}
