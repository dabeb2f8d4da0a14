/**
 * Builds the app into its own folder and serves it with `vite preview`, for the e2e
 * projects that need a corpus other than seeds/ (Playwright's `webServer` runs this).
 *
 *   tsx tests/e2e/support/serve-app.ts --seeds DIR --out DIR --port N
 *   tsx tests/e2e/support/serve-app.ts --events N --out DIR --port N
 *
 * `--seeds` runs the loader on a folder (as `SEEDS_DIR=DIR vite build` does); `--events`
 * builds the app and replaces its corpus with a synthetic one of N events, split for the
 * browser exactly as the Vite plugin splits a large corpus.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { corpusFilesForBrowser } from '../../../src/loader/split-corpus-for-browser.ts';
import { makeLargeCorpus } from './make-large-corpus.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const { values } = parseArgs({
  options: {
    seeds: { type: 'string' },
    events: { type: 'string' },
    out: { type: 'string' },
    port: { type: 'string' },
  },
});
if (!values.out || !values.port || !values.seeds === !values.events) {
  console.error('usage: serve-app.ts (--seeds DIR | --events N) --out DIR --port N');
  process.exit(2);
}
const outDir = path.resolve(ROOT, values.out);

if (values.seeds) process.env.SEEDS_DIR = values.seeds;
else delete process.env.SEEDS_DIR;
await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });

if (values.events) {
  const corpus = makeLargeCorpus(Number(values.events), 1);
  await fs.rm(path.join(outDir, 'corpus.json'), { force: true });
  for (const file of corpusFilesForBrowser(corpus)) {
    const target = path.join(outDir, file.fileName);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.source);
  }
}

// The built corpus is served as it is: no SEEDS_DIR, so preview does not rebuild it.
delete process.env.SEEDS_DIR;
const server = await preview({
  root: ROOT,
  logLevel: 'warn',
  build: { outDir },
  preview: { port: Number(values.port), strictPort: true, host: 'localhost' },
});
server.printUrls();
