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
import { describeCorpus, loadCorpusFromFolder } from '../load-corpus-from-folder.ts';
import { createProgressReporter, SILENT_PROGRESS } from './progress.ts';
import { runCommand } from './run-command.ts';

const USAGE = `usage: npm run corpus -- [--seeds DIR] [--out FILE] [--workers N] [--no-cache] [--quiet]

Writes the corpus JSON for a folder of articles (.txt, with optional .meta.json beside each).

  --seeds DIR    the folder of articles (default: $SEEDS_DIR, or seeds/)
  --out FILE     where the JSON goes (default: standard output)
  --workers N    worker threads for the articles (default: one per core; 0: none)
  --no-cache     process every article again instead of reusing .cache/corpus/
  --quiet        no progress and no closing summary; diagnostics are still printed
  -h, --help     this text

Diagnostics go to standard error as file:line:col severity message [stage]. Progress goes
there too: one line redrawn on a terminal, a line every 10 s otherwise.`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        seeds: { type: 'string' },
        out: { type: 'string' },
        workers: { type: 'string' },
        'no-cache': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
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
  const progress = values.quiet ? SILENT_PROGRESS : createProgressReporter(process.stderr);
  const { corpus } = await loadCorpusFromFolder(seeds, {
    workers,
    ...(values['no-cache'] ? { cacheDir: null } : {}),
    onProgress: progress.update,
  });
  progress.finish();
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
  if (!values.quiet) {
    console.error(`${describeCorpus(corpus)}${values.out ? ` → ${values.out}` : ''}`);
  }
  if (corpus.articles.length === 0) {
    console.error(
      `no usable article in ${seeds}: add .txt files (see README "Add your own articles")`,
    );
    return 1;
  }
  return 0;
}

runCommand(main);
