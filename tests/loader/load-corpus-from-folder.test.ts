import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/loader/build-corpus.ts';
import { loadCorpusFromFolder } from '../../src/loader/load-corpus-from-folder.ts';
import { corpusToJson } from '../../src/loader/corpus-json.ts';
import { readSeedsFolder } from '../../src/loader/read-seeds-folder.ts';

describe('loadCorpusFromFolder', () => {
  let folder: string;
  let expected: string;

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'load-corpus-'));
    await fs.writeFile(
      path.join(folder, 'talks.txt'),
      'Talks in Geneva\n\nThe ministers met in Geneva on Friday, officials said.\n',
    );
    await fs.writeFile(path.join(folder, 'talks.meta.json'), '{"published":"2016-09-10"}');
    await fs.writeFile(path.join(folder, 'notes.pdf'), 'not an article');
    const { sources, diagnostics } = await readSeedsFolder(folder);
    expected = JSON.stringify(buildCorpus(sources, diagnostics));
  });
  afterAll(() => fs.rm(folder, { recursive: true, force: true }));

  it('gives the JSON of buildCorpus, folder diagnostics included', async () => {
    const { corpus } = await loadCorpusFromFolder(folder, { cacheDir: null });
    expect(corpusToJson(corpus)).toBe(expected);
    expect(corpus.diagnostics.some((diagnostic) => diagnostic.file === 'notes.pdf')).toBe(true);
  });

  it('processes a small folder in this thread whatever the worker count', async () => {
    for (const workers of [0, 1, 8]) {
      const { corpus, stats } = await loadCorpusFromFolder(folder, { workers, cacheDir: null });
      expect(stats).toEqual({ articles: 1, processed: 1, fromCache: 0, workers: 0 });
      expect(corpusToJson(corpus)).toBe(expected);
    }
  });

  it('reports progress up to every article, cached ones at once', async () => {
    const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'load-corpus-cache-'));
    try {
      const fresh: Array<[number, number]> = [];
      await loadCorpusFromFolder(folder, {
        cacheDir,
        onProgress: (done, total) => fresh.push([done, total]),
      });
      expect(fresh).toEqual([
        [0, 1],
        [1, 1],
      ]);
      const cached: Array<[number, number]> = [];
      await loadCorpusFromFolder(folder, {
        cacheDir,
        onProgress: (done, total) => cached.push([done, total]),
      });
      expect(cached).toEqual([[1, 1]]);
    } finally {
      await fs.rm(cacheDir, { recursive: true, force: true });
    }
  });

  it('uses the cache folder it is given', async () => {
    const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'load-corpus-cache-'));
    try {
      await loadCorpusFromFolder(folder, { cacheDir });
      const { corpus, stats } = await loadCorpusFromFolder(folder, { cacheDir });
      expect(stats).toMatchObject({ processed: 0, fromCache: 1 });
      expect(corpusToJson(corpus)).toBe(expected);
    } finally {
      await fs.rm(cacheDir, { recursive: true, force: true });
    }
  });
});
