import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGeneratedCorpus } from '../../../bench/generate-corpus.ts';
import { buildCorpus } from '../../../src/loader/build-corpus.ts';
import {
  loadCorpusFromFolder,
  MIN_ARTICLES_FOR_WORKERS,
} from '../../../src/loader/load-corpus-from-folder.ts';
import { corpusToJson } from '../../../src/loader/corpus-json.ts';
import { processInWorkers } from '../../../src/loader/parallel/process-in-workers.ts';
import { readSeedsFolder } from '../../../src/loader/read-seeds-folder.ts';
import { makeHostileFolder } from '../hostile-folder.ts';

// Workers load the NLP libraries from scratch; a busy two-core machine needs time.
const SLOW = 180_000;

describe('processing articles in worker threads', () => {
  let folder: string;
  let singleThreaded: string;

  beforeAll(async () => {
    // Generated news plus the hostile inputs (binary, bad metadata, empty, odd encodings),
    // so the workers see every path through processSource.
    folder = await makeHostileFolder();
    await writeGeneratedCorpus(path.join(folder, 'generated'), {
      articles: MIN_ARTICLES_FOR_WORKERS + 10,
      seed: 7,
      wordsPerArticle: 250,
    });
    const { sources, diagnostics } = await readSeedsFolder(folder);
    singleThreaded = JSON.stringify(buildCorpus(sources, diagnostics));
  }, SLOW);
  afterAll(() => fs.rm(folder, { recursive: true, force: true }));

  it(
    'writes byte-identical JSON to the single-threaded build',
    async () => {
      const { corpus, stats } = await loadCorpusFromFolder(folder, { workers: 2, cacheDir: null });
      expect(stats.workers).toBe(2);
      expect(stats.processed).toBe(stats.articles);
      expect(corpusToJson(corpus)).toBe(singleThreaded);
    },
    SLOW,
  );

  it(
    'writes the same JSON again when every article comes from the cache',
    async () => {
      const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'corpus-cache-'));
      try {
        const first = await loadCorpusFromFolder(folder, { workers: 2, cacheDir });
        const second = await loadCorpusFromFolder(folder, { workers: 2, cacheDir });
        expect(corpusToJson(first.corpus)).toBe(singleThreaded);
        expect(second.stats).toMatchObject({ processed: 0, workers: 0 });
        expect(corpusToJson(second.corpus)).toBe(singleThreaded);
      } finally {
        await fs.rm(cacheDir, { recursive: true, force: true });
      }
    },
    SLOW,
  );

  it('processes in this thread when there are too few articles to be worth workers', async () => {
    const small = await makeHostileFolder();
    try {
      const { sources, diagnostics } = await readSeedsFolder(small);
      const { corpus, stats } = await loadCorpusFromFolder(small, { workers: 4, cacheDir: null });
      expect(stats.workers).toBe(0);
      expect(corpusToJson(corpus)).toBe(JSON.stringify(buildCorpus(sources, diagnostics)));
    } finally {
      await fs.rm(small, { recursive: true, force: true });
    }
  });

  it('returns nothing, without starting workers, for no articles', async () => {
    expect(await processInWorkers([], 2)).toEqual({ results: [], fallbackReason: null });
  });
});
