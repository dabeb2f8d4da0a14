import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, createServer, type ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusSchema } from '../../src/contract/corpus.ts';
import {
  articlePartSchema,
  corpusManifestSchema,
  eventsPartSchema,
} from '../../src/contract/corpus-parts.ts';
import type { SplitOptions } from '../../src/loader/split-corpus-for-browser.ts';
import { corpusPlugin } from '../../src/vite-plugins/corpus.ts';

const ARTICLE = 'Flood warning\n\nThe river burst its banks on Monday, officials said.\n';

describe('corpusPlugin', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'corpus-plugin-'));
    await fs.mkdir(path.join(root, 'articles'));
    await fs.writeFile(path.join(root, 'articles', 'flood.txt'), ARTICLE);
    await fs.writeFile(
      path.join(root, 'articles', 'flood.meta.json'),
      '{"published":"2021-03-04"}',
    );
    await fs.writeFile(
      path.join(root, 'index.html'),
      '<!doctype html><script type="module" src="/main.js"></script>',
    );
    await fs.writeFile(path.join(root, 'main.js'), 'fetch("/corpus.json");');
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  it('emits the corpus as a static asset at build time, not inlined in the JavaScript', async () => {
    const outDir = path.join(root, 'dist');
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [corpusPlugin({ seedsDir: 'articles' })],
      build: { outDir },
    });
    const corpus = JSON.parse(await fs.readFile(path.join(outDir, 'corpus.json'), 'utf8'));
    expect(corpus.articles.map((article: { file: string }) => article.file)).toEqual(['flood.txt']);
    const assets = await fs.readdir(path.join(outDir, 'assets'));
    for (const asset of assets.filter((name) => name.endsWith('.js'))) {
      expect(await fs.readFile(path.join(outDir, 'assets', asset), 'utf8')).not.toContain(
        'burst its banks',
      );
    }
  });

  it('emits a large corpus split: a manifest, period files and article files', async () => {
    const outDir = path.join(root, 'dist');
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [corpusPlugin({ seedsDir: 'articles', split: { minBytes: 1 } })],
      build: { outDir },
    });
    const manifest = corpusManifestSchema.parse(
      JSON.parse(await fs.readFile(path.join(outDir, 'corpus.json'), 'utf8')),
    );
    expect(manifest.articles.map((article) => article.file)).toEqual(['flood.txt']);
    expect(JSON.stringify(manifest)).not.toContain('Flood warning\n');
    for (const part of manifest.parts) {
      const events = eventsPartSchema.parse(
        JSON.parse(await fs.readFile(path.join(outDir, part.url), 'utf8')),
      ).events;
      expect(events).toHaveLength(part.events);
    }
    const article = articlePartSchema.parse(
      JSON.parse(await fs.readFile(path.join(outDir, manifest.articles[0]!.part), 'utf8')),
    );
    expect(article.article.text).toContain('burst its banks');
  });

  describe('in dev', () => {
    let server: ViteDevServer;
    afterEach(() => server?.close());

    /** Starts a dev server on the test folder; `get(url)` fetches and parses JSON from it. */
    const startDevServer = async (split?: SplitOptions) => {
      server = await createServer({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [corpusPlugin({ seedsDir: 'articles', ...(split ? { split } : {}) })],
        server: { port: 0, host: '127.0.0.1' },
      });
      await server.listen();
      const address = server.httpServer?.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      return async (url: string): Promise<unknown> =>
        (await fetch(`http://127.0.0.1:${port}/${url}`)).json();
    };

    it('serves the corpus and rebuilds it when an article changes', async () => {
      const get = await startDevServer();
      const fetchCorpus = async () => corpusSchema.parse(await get('corpus.json'));

      expect((await fetchCorpus()).articles[0]!.text).toContain('burst its banks');

      const changed = new Promise<void>((resolve) => {
        const original = server.ws.send.bind(server.ws);
        server.ws.send = ((payload: unknown, ...rest: unknown[]) => {
          if (
            typeof payload === 'object' &&
            payload &&
            (payload as { event?: string }).event === 'corpus:changed'
          )
            resolve();
          return (original as (...args: unknown[]) => void)(payload, ...rest);
        }) as typeof server.ws.send;
      });
      await fs.writeFile(
        path.join(root, 'articles', 'flood.txt'),
        ARTICLE.replace('Monday', 'Tuesday'),
      );
      await changed;
      expect((await fetchCorpus()).articles[0]!.text).toContain('on Tuesday');
    });

    it('serves the split files of a large corpus', async () => {
      const get = await startDevServer({ minBytes: 1 });
      const manifest = corpusManifestSchema.parse(await get('corpus.json'));
      const article = articlePartSchema.parse(await get(manifest.articles[0]!.part));
      expect(article.article.text).toContain('burst its banks');
    });
  });
});
