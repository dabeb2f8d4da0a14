/**
 * Reads a seeds folder and builds its corpus (the one entry point for CLI and Vite).
 * Articles are processed on every core and cached on disk by content; the result is the
 * same, byte for byte, as `buildCorpus` on one thread without a cache. The JSON text is
 * left to `corpus-json.ts`, which writes it in pieces: a large corpus does not fit one string.
 */
import { availableParallelism } from 'node:os';
import type { Corpus } from '../contract/corpus.ts';
import { finishCorpus, orderJobs, processSource, type ProcessResult } from './build-corpus.ts';
import { defaultCacheDirectory, openArticleCache } from './cache/article-cache.ts';
import {
  processInWorkers,
  startWorkers,
  type StartedWorkers,
} from './parallel/process-in-workers.ts';
import { createResultDecoder } from './parallel/result-codec.ts';
import { readSeedsFolder } from './read-seeds-folder.ts';

export interface LoadOptions {
  /** Worker threads for the article stages; 0 or 1 runs them in this thread. Default: one per core. */
  workers?: number;
  /** Folder for cached article results; null disables the cache. Default: `.cache/corpus/`. */
  cacheDir?: string | null;
  /** Where the one-line note goes when workers were wanted but could not be used. */
  warn?: (message: string) => void;
  /** Told each time an article is finished (cached articles are finished at once). */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadStats {
  articles: number;
  /** Articles whose stages ran in this load (the rest came from the cache). */
  processed: number;
  fromCache: number;
  /** Worker threads used (0: processed in this thread). */
  workers: number;
}

/**
 * Below this many articles to process, starting workers costs more than it saves: each
 * worker loads the stages and their NLP libraries afresh (about 0.6 s of CPU here, from
 * the bundle worker-bundle.ts makes, after the bundling itself), which buys back about
 * 40 ms per article.
 */
export const MIN_ARTICLES_FOR_WORKERS = 100;

/** The closing summary both the CLI and the Vite plugin print. */
export function describeCorpus(corpus: Corpus): string {
  return (
    `${corpus.articles.length} articles, ${corpus.events.length} events, ` +
    `${corpus.undated.length} undated, ${corpus.diagnostics.length} diagnostics`
  );
}

export async function loadCorpusFromFolder(
  folder: string,
  options: LoadOptions = {},
): Promise<{ corpus: Corpus; stats: LoadStats }> {
  const wantedWorkers = Math.max(0, Math.floor(options.workers ?? availableParallelism()));
  // Without a cache every article will be processed: the workers start as soon as the
  // articles are counted, loading the stages while the files are read.
  const early: { workers: StartedWorkers | null } = { workers: null };
  const { sources, diagnostics } = await readSeedsFolder(folder, (articles) => {
    if (options.cacheDir === null && wantedWorkers > 1 && articles >= MIN_ARTICLES_FOR_WORKERS)
      early.workers = startWorkers(Math.min(wantedWorkers, articles));
  }).catch((error: unknown) => {
    early.workers?.terminate();
    throw error;
  });
  const jobs = orderJobs(sources);

  const cache =
    options.cacheDir === null
      ? null
      : await openArticleCache(options.cacheDir ?? defaultCacheDirectory());
  const keys = cache ? jobs.map((job) => cache.keyFor(job)) : [];
  // One decoder for the cache's results and the workers': one pool of strings for both.
  const decoder = createResultDecoder();
  const results: Array<ProcessResult | undefined> = cache
    ? await cache.readMany(keys, decoder.decode)
    : new Array(jobs.length);
  const missing = jobs.flatMap((_, index) => (results[index] === undefined ? [index] : []));
  let done = jobs.length - missing.length;
  const progress = options.onProgress ?? (() => {});
  progress(done, jobs.length);
  const finished = (result: ProcessResult) => {
    progress(++done, jobs.length);
    return result;
  };

  const workers =
    wantedWorkers > 1 && missing.length >= MIN_ARTICLES_FOR_WORKERS
      ? Math.min(wantedWorkers, missing.length)
      : 0;
  // Counted as articles, they are the articles to process (there is no cache): the same number.
  if (early.workers && workers === 0) early.workers.terminate();
  // Results a worker made go to the cache as they arrive, in the bytes the worker sent:
  // encoded once, and never all held at once.
  const written: Array<Promise<void>> = [];
  const cached = new Set<number>();
  if (workers > 0) {
    const run = await processInWorkers(
      missing.map((index) => jobs[index]!),
      early.workers ?? workers,
      (result, encoded, position) => {
        const index = missing[position]!;
        if (cache && encoded) {
          written.push(cache.writeMany([{ key: keys[index]!, result, encoded }]));
          cached.add(index);
        }
        return finished(result);
      },
      decoder.decode,
    );
    if (run.fallbackReason) {
      (options.warn ?? ((line) => process.stderr.write(`${line}\n`)))(
        `loader: ${run.fallbackReason}; processed the remaining articles in the main thread`,
      );
    }
    run.results.forEach((result, position) => (results[missing[position]!] = result));
  } else {
    for (const index of missing) {
      const job = jobs[index]!;
      results[index] = finished(processSource(job.source, job.id));
    }
  }
  if (cache) {
    const rest = missing.filter((index) => !cached.has(index));
    written.push(
      cache.writeMany(rest.map((index) => ({ key: keys[index]!, result: results[index]! }))),
    );
  }
  await Promise.all(written);

  const corpus = finishCorpus(results as ProcessResult[], diagnostics);
  return {
    corpus,
    stats: {
      articles: jobs.length,
      processed: missing.length,
      fromCache: jobs.length - missing.length,
      workers,
    },
  };
}
