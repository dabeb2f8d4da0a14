/**
 * Vite plugin: runs the loader on the seeds folder at dev and build time and
 * serves the result as the static asset `/corpus.json` (never inlined in the bundle).
 * A large corpus is served split (`corpus.json` is then a manifest, with the periods
 * and articles under `corpus/`; see `split-corpus-for-browser.ts`).
 * In dev, editing, adding or removing an article rebuilds the corpus and reloads the page.
 */
import path from 'node:path';
import type { Plugin, ViteDevServer, PreviewServer } from 'vite';
import { createProgressReporter, SILENT_PROGRESS } from '../loader/cli/progress.ts';
import { describeCorpus, loadCorpusFromFolder } from '../loader/load-corpus-from-folder.ts';
import { formatDiagnostic } from '../loader/format-diagnostic.ts';
import {
  corpusFilesForBrowser,
  type BrowserFile,
  type SplitOptions,
} from '../loader/split-corpus-for-browser.ts';

export const CORPUS_ASSET = 'corpus.json';

export interface CorpusPluginOptions {
  seedsDir: string;
  /** When to split the corpus for the browser, and how finely (defaults suit real use). */
  split?: SplitOptions;
}

export function corpusPlugin(options: CorpusPluginOptions): Plugin {
  let root = process.cwd();
  let base = '/';
  // Progress goes to the terminal unless Vite was asked to say less than info.
  let showProgress = true;
  let cached: Promise<Map<string, string>> | null = null;
  const seedsDir = () => path.resolve(root, options.seedsDir);

  const build = async (log: (line: string) => void): Promise<Map<string, string>> => {
    const progress = showProgress ? createProgressReporter(process.stderr) : SILENT_PROGRESS;
    const { corpus } = await loadCorpusFromFolder(seedsDir(), { onProgress: progress.update });
    progress.finish();
    for (const diagnostic of corpus.diagnostics) {
      if (diagnostic.severity !== 'info') log(formatDiagnostic(diagnostic, options.seedsDir));
    }
    log(`corpus: ${describeCorpus(corpus)} from ${options.seedsDir}`);
    const files = corpusFilesForBrowser(corpus, options.split);
    if (files.length > 1) log(`corpus: split for the browser into ${files.length} files`);
    return new Map(files.map((file: BrowserFile) => [`/${file.fileName}`, file.source]));
  };

  const serveCorpus =
    (getFiles: () => Promise<Map<string, string>>) => (server: ViteDevServer | PreviewServer) => {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (url !== `/${CORPUS_ASSET}` && !url.startsWith('/corpus/')) return next();
        getFiles().then(
          (files) => {
            const json = files.get(url);
            if (json === undefined) return next();
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
      base = config.base;
      showProgress = (config.logLevel ?? 'info') === 'info';
    },
    configureServer(server) {
      const log = (line: string) => server.config.logger.info(line);
      const rebuild = () => {
        cached = build(log);
        return cached;
      };
      serveCorpus(() => cached ?? rebuild())(server);
      // Start at once, not at the page's first request, so a long build shows its progress
      // while the developer opens the page.
      server.httpServer?.once('listening', () => void (cached ?? rebuild()));
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
    // The page asks for the corpus as soon as it is parsed, not once its script has run:
    // the script's own `fetch` then takes the answer already on its way.
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'preload', href: `${base}${CORPUS_ASSET}`, as: 'fetch', crossorigin: true },
        injectTo: 'head',
      },
    ],
    async generateBundle() {
      const files = await build((line) => this.info(line));
      for (const [url, source] of files) {
        this.emitFile({ type: 'asset', fileName: url.slice(1), source });
      }
    },
  };
}
