/**
 * `npm run corpus -- --seeds DIR --out FILE`: writes the corpus JSON for a folder of articles.
 * Prints diagnostics as `file:line:col severity message [stage]`; exits non-zero only when
 * nothing usable was produced.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import { finished } from 'node:stream/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpusJson } from '../corpus-json.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { loadCorpusFromFolder } from '../load-corpus-from-folder.ts';

const USAGE =
  'usage: npm run corpus -- [--seeds DIR] [--out FILE] [--workers N] [--no-cache]\n' +
  '  DIR defaults to $SEEDS_DIR or seeds/; FILE to stdout; N to one worker per core (0: none);\n' +
  '  --no-cache re-processes every article instead of reusing .cache/corpus/';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        seeds: { type: 'string' },
        out: { type: 'string' },
        workers: { type: 'string' },
        'no-cache': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const seeds = values.seeds ?? process.env.SEEDS_DIR ?? 'seeds';
  const stat = await fs.stat(seeds).catch(() => null);
  if (!stat?.isDirectory()) {
    console.error(`${seeds}: not a folder; give the folder of articles with --seeds DIR\n${USAGE}`);
    return 1;
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    console.error(`--workers must be a whole number (0 for none), got ${values.workers}\n${USAGE}`);
    return 2;
  }
  const { corpus } = await loadCorpusFromFolder(seeds, {
    workers,
    ...(values['no-cache'] ? { cacheDir: null } : {}),
  });
  for (const diagnostic of corpus.diagnostics) console.error(formatDiagnostic(diagnostic, seeds));
  if (values.out) {
    await fs.mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
    const file = createWriteStream(values.out);
    await writeCorpusJson(corpus, file);
    file.end();
    await finished(file);
  } else {
    await writeCorpusJson(corpus, process.stdout);
  }
  console.error(
    `${corpus.articles.length} articles, ${corpus.events.length} events, ${corpus.undated.length} undated, ` +
      `${corpus.diagnostics.length} diagnostics${values.out ? ` → ${values.out}` : ''}`,
  );
  if (corpus.articles.length === 0) {
    console.error(
      `no usable article in ${seeds}: add .txt files (see README "Add your own articles")`,
    );
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
