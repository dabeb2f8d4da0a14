/**
 * Vite plugin: runs the loader on the seeds folder at dev and build time and
 * serves the result as the static asset `/corpus.json` (never inlined in the bundle).
 * In dev, editing, adding or removing an article rebuilds the corpus and reloads the page.
 */
import path from 'node:path';
import type { Plugin, ViteDevServer, PreviewServer } from 'vite';
import { loadCorpusFromFolder } from './load-corpus-from-folder.ts';
import { formatDiagnostic } from './format-diagnostic.ts';

export const CORPUS_ASSET = 'corpus.json';

export interface CorpusPluginOptions {
  seedsDir: string;
}

export function corpusPlugin(options: CorpusPluginOptions): Plugin {
  let root = process.cwd();
  let cached: Promise<string> | null = null;
  const seedsDir = () => path.resolve(root, options.seedsDir);

  const build = async (log: (line: string) => void): Promise<string> => {
    const { corpus, json } = await loadCorpusFromFolder(seedsDir());
    for (const diagnostic of corpus.diagnostics) {
      if (diagnostic.severity !== 'info') log(formatDiagnostic(diagnostic, options.seedsDir));
    }
    log(
      `corpus: ${corpus.articles.length} articles, ${corpus.events.length} events, ` +
        `${corpus.undated.length} undated, ${corpus.diagnostics.length} diagnostics from ${options.seedsDir}`,
    );
    return json;
  };

  const serveCorpus =
    (getJson: () => Promise<string>) => (server: ViteDevServer | PreviewServer) => {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0];
        if (url !== `/${CORPUS_ASSET}`) return next();
        getJson().then(
          (json) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(json);
          },
          (error: unknown) => next(error),
        );
      });
    };

  return {
    name: 'news-timeline-corpus',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      const log = (line: string) => server.config.logger.info(line);
      const rebuild = () => {
        cached = build(log);
        return cached;
      };
      serveCorpus(() => cached ?? rebuild())(server);
      server.watcher.add(seedsDir());
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(seedsDir() + path.sep)) return;
        cached = null;
        void rebuild().then(() => server.ws.send({ type: 'custom', event: 'corpus:changed' }));
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    configurePreviewServer(server) {
      // The built dist/corpus.json is served as a static file; SEEDS_DIR at preview
      // time means "show this folder instead", so build it fresh.
      if (process.env.SEEDS_DIR) {
        serveCorpus(() => (cached ??= build((line) => server.config.logger.info(line))))(server);
      }
    },
    async generateBundle() {
      const json = await build((line) => this.info(line));
      this.emitFile({ type: 'asset', fileName: CORPUS_ASSET, source: json });
    },
  };
}
