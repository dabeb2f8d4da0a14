import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeGeneratedCorpus } from '../../../bench/generate-corpus.ts';
import { buildCorpus } from '../../../src/loader/build-corpus.ts';
import { openArticleCache } from '../../../src/loader/cache/article-cache.ts';
import { loadCorpusFromFolder } from '../../../src/loader/load-corpus-from-folder.ts';
import { corpusToJson } from '../../../src/loader/corpus-json.ts';
import { readSeedsFolder } from '../../../src/loader/read-seeds-folder.ts';

const uncached = async (folder: string) => {
  const { sources, diagnostics } = await readSeedsFolder(folder);
  return JSON.stringify(buildCorpus(sources, diagnostics));
};

describe('the on-disk article cache', () => {
  let folder: string;
  let cacheDir: string;
  let files: string[];
  const load = () => loadCorpusFromFolder(folder, { workers: 0, cacheDir });

  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'cache-seeds-'));
    cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cache-dir-'));
    await writeGeneratedCorpus(folder, { articles: 6, seed: 11, wordsPerArticle: 150 });
    files = (await fs.readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
    await fs.rm(cacheDir, { recursive: true, force: true });
  });

  it('processes every article on the first run and none on an unchanged re-run', async () => {
    const first = await load();
    const second = await load();
    expect(first.stats).toMatchObject({ articles: 6, processed: 6, fromCache: 0 });
    expect(second.stats).toMatchObject({ articles: 6, processed: 0, fromCache: 6 });
    expect(corpusToJson(second.corpus)).toBe(corpusToJson(first.corpus));
  });

  it('re-processes exactly the one article whose text changed', async () => {
    await load();
    const changed = path.join(folder, files[2]!);
    await fs.appendFile(changed, '\nThe ministers met again on Friday in Lisbon.\n');
    const rerun = await load();
    expect(rerun.stats).toMatchObject({ processed: 1, fromCache: 5 });
    expect(corpusToJson(rerun.corpus)).toBe(await uncached(folder));
  });

  it('re-processes exactly the one article whose metadata changed', async () => {
    await load();
    const sidecar = path.join(folder, files[4]!.replace(/\.txt$/, '.meta.json'));
    const metadata = JSON.parse(await fs.readFile(sidecar, 'utf8')) as { published: string };
    await fs.writeFile(sidecar, JSON.stringify({ ...metadata, published: '2013-03-01' }));
    const rerun = await load();
    expect(rerun.stats).toMatchObject({ processed: 1, fromCache: 5 });
    expect(corpusToJson(rerun.corpus)).toBe(await uncached(folder));
  });

  it('re-processes only the new article when one is added, even though ids stay put', async () => {
    await load();
    await fs.writeFile(path.join(folder, 'zzz-late.txt'), 'Talks resumed on 3 March 2016.\n');
    const rerun = await load();
    expect(rerun.stats).toMatchObject({ articles: 7, processed: 1, fromCache: 6 });
    expect(corpusToJson(rerun.corpus)).toBe(await uncached(folder));
  });

  it('treats a damaged entry as a miss and rewrites it', async () => {
    await load();
    const cache = await openArticleCache(cacheDir);
    const entries = await fs.readdir(cache.directory, { recursive: true });
    const entry = entries.find((name) => name.endsWith('.v8'))!;
    await fs.writeFile(path.join(cache.directory, entry), 'not a cache entry');
    const rerun = await load();
    expect(rerun.stats).toMatchObject({ processed: 1, fromCache: 5 });
    expect(corpusToJson(rerun.corpus)).toBe(await uncached(folder));
    expect((await load()).stats.processed).toBe(0);
  });

  it('keys an article by its bytes, metadata, path and id', async () => {
    const cache = await openArticleCache(cacheDir);
    const source = {
      file: 'a.txt',
      bytes: new TextEncoder().encode('Talks on Friday.'),
      metadata: { published: '2016-09-08' },
      diagnostics: [],
    };
    const key = cache.keyFor({ source, id: 'a' });
    expect(cache.keyFor({ source: { ...source }, id: 'a' })).toBe(key);
    const variants = [
      { source: { ...source, bytes: new TextEncoder().encode('Talks on Monday.') }, id: 'a' },
      { source: { ...source, metadata: { published: '2016-09-09' } }, id: 'a' },
      { source: { ...source, file: 'b.txt' }, id: 'a' },
      { source, id: 'a-2' },
    ];
    for (const variant of variants) expect(cache.keyFor(variant)).not.toBe(key);
  });

  it('is not used at all when cacheDir is null', async () => {
    const first = await loadCorpusFromFolder(folder, { workers: 0, cacheDir: null });
    const second = await loadCorpusFromFolder(folder, { workers: 0, cacheDir: null });
    expect(second.stats.processed).toBe(6);
    expect(corpusToJson(second.corpus)).toBe(corpusToJson(first.corpus));
  });
});
