/**
 * Loader at scale: generated corpora of 1k and 10k articles (BENCH_SIZES=1000,10000,50000
 * to choose), loaded single-threaded and on worker threads, then again from a warm cache
 * and with one article changed, each time up to the corpus JSON written to disk;
 * articles/s, MB/s and peak memory for each. Beside it,
 * chrono-node alone over the same text, and merge-events on synthetic reports.
 *
 * Each measured load runs in a fresh child process, so peak RSS and JIT warm-up belong to
 * that run alone.  Run directly: `npx tsx bench/loader-scale.ts`.
 */
import { execFile } from 'node:child_process';
import { createWriteStream, promises as fs } from 'node:fs';
import { finished } from 'node:stream/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as chrono from 'chrono-node';
import type { ArticleDraft } from '../src/loader/article-draft.ts';
import { writeCorpusJson } from '../src/loader/corpus-json.ts';
import { loadCorpusFromFolder } from '../src/loader/load-corpus-from-folder.ts';
import { mergeEvents } from '../src/loader/stages/merge-events.ts';
import { ensureGeneratedCorpus, type GeneratedFolder } from './lib/generated-corpus.ts';
import { mulberry32 } from './generate-corpus.ts';

const THIS_FILE = fileURLToPath(import.meta.url);
const run = promisify(execFile);

interface LoadMeasurement {
  seconds: number;
  articles: number;
  processed: number;
  workers: number;
  events: number;
  jsonMegabytes: number;
  peakRssMegabytes: number;
  heapAfterMegabytes: number;
  /** CPU seconds of the whole process (all threads): the figure contention does not distort. */
  cpuSeconds: number;
  /** One-minute load average before and after: other work on the machine skews wall time. */
  load: [number, number];
  error?: string;
}

type Mode = 'single' | 'workers' | 'warm-cache' | 'one-changed';

/** Prints the loader's scale figures (sizes from BENCH_SIZES, default 1000,10000). */
export async function runLoaderScaleBenchmark(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000')
    .split(',')
    .map((size) => Number(size.trim()))
    .filter((size) => Number.isInteger(size) && size > 0);
  // Single-threaded 10k takes ~10 minutes here; by default it runs only up to 1k.
  const singleMax = Number(process.env.BENCH_SINGLE_MAX ?? 1000);
  // The cache runs read what the workers run wrote; 10k shows them, 50k would add 20 minutes.
  const cacheMax = Number(process.env.BENCH_CACHE_MAX ?? 10_000);
  const cores = os.availableParallelism();
  console.log(`\n## Loader at scale (${cores} cores, Node ${process.version})`);
  console.log(
    'mode          articles  processed  workers   seconds  articles/s    MB/s  CPU s  peak RSS MB  heap MB  events   JSON MB  load avg',
  );
  const throughput: Array<{ size: number; mode: Mode; perSecond: number }> = [];
  for (const size of sizes) {
    const corpus = await ensureGeneratedCorpus({ articles: size, seed: 1 });
    if (corpus.generated) {
      console.log(
        `(generated ${size} articles, ${(corpus.textBytes / 1e6).toFixed(1)} MB, in ${corpus.folder})`,
      );
    }
    const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'news-timeline-bench-cache-'));
    try {
      const plan: Array<[Mode, () => Promise<LoadMeasurement>]> = [];
      if (size <= singleMax) plan.push(['single', () => measureInChild(corpus, 0, null)]);
      plan.push(['workers', () => measureInChild(corpus, cores, cacheDir)]);
      if (size <= cacheMax) {
        plan.push(['warm-cache', () => measureInChild(corpus, cores, cacheDir)]);
        plan.push([
          'one-changed',
          async () => {
            await touchOneArticle(corpus.folder);
            return measureInChild(corpus, cores, cacheDir);
          },
        ]);
      }
      for (const [mode, measure] of plan) {
        const result = await measure();
        if (result.error) {
          console.log(`${mode.padEnd(12)} ${String(size).padStart(9)}  failed: ${result.error}`);
          continue;
        }
        const perSecond = result.articles / result.seconds;
        if (mode === 'warm-cache' && result.processed > 0) {
          console.log('(warm cache re-processed articles: the loader source changed between runs)');
        }
        if (mode === 'single' || mode === 'workers') throughput.push({ size, mode, perSecond });
        console.log(
          [
            mode.padEnd(12),
            String(result.articles).padStart(9),
            String(result.processed).padStart(10),
            String(result.workers).padStart(8),
            result.seconds.toFixed(1).padStart(9),
            perSecond.toFixed(1).padStart(11),
            (corpus.textBytes / 1e6 / result.seconds).toFixed(2).padStart(7),
            result.cpuSeconds.toFixed(0).padStart(6),
            result.peakRssMegabytes.toFixed(0).padStart(12),
            result.heapAfterMegabytes.toFixed(0).padStart(8),
            String(result.events).padStart(7),
            result.jsonMegabytes.toFixed(0).padStart(9),
            `${result.load[0].toFixed(1)}→${result.load[1].toFixed(1)}`.padStart(9),
          ].join(' '),
        );
      }
    } finally {
      await fs.rm(cacheDir, { recursive: true, force: true });
      await restoreTouchedArticle(corpus.folder);
    }
  }
  printRatios(throughput);
  await runChronoAlone(sizes);
  runMergeScaling();
}

/** Speed-up from workers, and how throughput holds up as the corpus grows (1.0 = linear). */
function printRatios(throughput: Array<{ size: number; mode: Mode; perSecond: number }>): void {
  const of = (size: number, mode: Mode) =>
    throughput.find((entry) => entry.size === size && entry.mode === mode)?.perSecond;
  for (const size of new Set(throughput.map((entry) => entry.size))) {
    const single = of(size, 'single');
    const workers = of(size, 'workers');
    if (single && workers) {
      console.log(`workers / single-threaded at ${size}: ${(workers / single).toFixed(2)}×`);
    }
  }
  const workerRuns = throughput.filter((entry) => entry.mode === 'workers');
  const smallest = workerRuns[0];
  for (const entry of workerRuns.slice(1)) {
    console.log(
      `throughput at ${entry.size} / at ${smallest!.size} (workers; 1.00 = cost linear in N): ` +
        `${(entry.perSecond / smallest!.perSecond).toFixed(2)}`,
    );
  }
}

async function measureInChild(
  corpus: GeneratedFolder,
  workers: number,
  cacheDir: string | null,
): Promise<LoadMeasurement> {
  try {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', THIS_FILE, '--child', corpus.folder, String(workers), cacheDir ?? 'none'],
      { maxBuffer: 1 << 20, timeout: 60 * 60 * 1000 },
    );
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as LoadMeasurement;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : '';
    return { error: message } as LoadMeasurement;
  }
}

/** In the child: one load, measured. Prints one JSON line. */
async function childMain(folder: string, workers: number, cacheDir: string | null): Promise<void> {
  const loadBefore = os.loadavg()[0] ?? 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const { corpus, stats } = await loadCorpusFromFolder(folder, { workers, cacheDir });
  // Written as the CLI writes it, in pieces: 50k articles make more JSON than one string holds.
  const out = path.join(os.tmpdir(), `news-timeline-bench-${process.pid}.json`);
  const file = createWriteStream(out);
  const jsonBytes = await writeCorpusJson(corpus, file);
  file.end();
  await finished(file);
  await fs.rm(out, { force: true });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const measurement: LoadMeasurement = {
    seconds,
    articles: stats.articles,
    processed: stats.processed,
    workers: stats.workers,
    events: corpus.events.length,
    jsonMegabytes: jsonBytes / 1e6,
    // maxRSS covers the whole process, worker threads included.
    peakRssMegabytes: process.resourceUsage().maxRSS / 1024,
    heapAfterMegabytes: process.memoryUsage().heapUsed / 1e6,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    load: [loadBefore, os.loadavg()[0] ?? 0],
  };
  process.stdout.write(JSON.stringify(measurement) + '\n');
}

const TOUCH = '\nOfficials met again on Friday to review the plan.\n';

async function touchOneArticle(folder: string): Promise<void> {
  const first = (await fs.readdir(folder)).filter((name) => name.endsWith('.txt')).sort()[0];
  if (first) await fs.appendFile(path.join(folder, first), TOUCH);
}

/** Undoes `touchOneArticle`, so the cached generated corpus stays as generated. */
async function restoreTouchedArticle(folder: string): Promise<void> {
  const first = (await fs.readdir(folder)).filter((name) => name.endsWith('.txt')).sort()[0];
  if (!first) return;
  const file = path.join(folder, first);
  const text = await fs.readFile(file, 'utf8');
  if (text.endsWith(TOUCH)) await fs.writeFile(file, text.slice(0, -TOUCH.length));
}

/** chrono-node's casual parser over the same article text, single-threaded: a yardstick. */
async function runChronoAlone(sizes: readonly number[]): Promise<void> {
  // MB/s does not depend on N; 2,000 articles (~8 MB) is plenty and keeps the bench short.
  const size = Math.min(2000, Math.max(...sizes));
  const corpus = await ensureGeneratedCorpus({ articles: Math.max(...sizes), seed: 1 });
  const names = (await fs.readdir(corpus.folder))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, size);
  const texts = await Promise.all(
    names.map((name) => fs.readFile(path.join(corpus.folder, name), 'utf8')),
  );
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const reference = new Date('2016-01-01T12:00:00Z');
  chrono.casual.parse(texts[0] ?? '', reference); // warm-up
  const started = performance.now();
  let found = 0;
  for (const text of texts) found += chrono.casual.parse(text, reference).length;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `chrono-node alone (chrono.casual.parse, whole articles, 1 thread): ${texts.length} articles, ` +
      `${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${(texts.length / seconds).toFixed(0)} articles/s, ${found} results`,
  );
}

/**
 * merge-events on synthetic reports (six kinds, two participants from a pool of 400), spread
 * over two years like the generated corpus, then packed into one week like a corpus about
 * one crisis. Near-linear means the ms per 1k reports stays flat as the count grows.
 */
export function runMergeScaling(): void {
  const kinds = ['meeting', 'statement', 'announcement', 'arrival', 'agreement', 'death'] as const;
  for (const days of [730, 7]) {
    const line: string[] = [];
    for (const reports of [25_000, 50_000, 100_000, 200_000]) {
      const random = mulberry32(reports);
      const drafts: ArticleDraft[] = [];
      for (let index = 0; index < reports / 10; index++) {
        const events = Array.from({ length: 10 }, () => {
          const day = new Date(Date.UTC(2015, 0, 1 + Math.floor(random() * days)));
          return syntheticReport(
            `a${index}`,
            kinds[Math.floor(random() * kinds.length)]!,
            day.toISOString().slice(0, 10),
            [`P${Math.floor(random() * 400)}`, `P${Math.floor(random() * 400)}`],
            [],
          );
        });
        drafts.push({ id: `a${index}`, events, entities: [] } as unknown as ArticleDraft);
      }
      const started = performance.now();
      let merged: number;
      try {
        merged = mergeEvents(drafts).events.length;
      } catch (error) {
        // The event shape is being reworked; synthetic reports may fall behind it.
        console.log(`merge-events (synthetic): skipped: ${String(error)}`);
        return;
      }
      const milliseconds = performance.now() - started;
      line.push(
        `${reports / 1000}k → ${merged} events ${milliseconds.toFixed(0)} ms ` +
          `(${((milliseconds / reports) * 1000).toFixed(1)} ms/1k)`,
      );
      // The concentrated case grows quadratically; stop before it takes minutes.
      if (milliseconds > 5_000) break;
    }
    console.log(`merge-events, reports spread over ${days} days: ${line.join('; ')}`);
  }
  runMergeOfOneWidelyReportedEvent();
}

/** A day-dated, actual event report of one article, for the merge benchmarks. */
function syntheticReport(
  article: string,
  kind: string,
  day: string,
  participants: string[],
  places: string[],
) {
  const mention = { article, start: 0, end: 1, timex: null, trigger: null };
  return {
    kind,
    title: 'x',
    start: day,
    end: null,
    granularity: 'day',
    approximate: false,
    modality: 'actual',
    participants,
    places,
    lemma: kind,
    eventClass: 'OCCURRENCE',
    roles: participants.map((name) => ({ name, role: 'agent' })),
    salience: 0.5,
    mention: { ...mention, dateBasis: 'own-timex' },
  };
}

/**
 * The same event reported by many articles (a summit every outlet covers): one group that
 * keeps growing. Each report is compared with the group, so the cost per report must not
 * grow with the group (it did: a 50,000-article corpus never finished merging).
 */
function runMergeOfOneWidelyReportedEvent(): void {
  const line: string[] = [];
  for (const reports of [10_000, 40_000, 160_000]) {
    const drafts = Array.from({ length: reports }, (_, index) => ({
      id: `a${index}`,
      entities: [],
      events: [
        syntheticReport(
          `a${index}`,
          'meeting',
          '2016-09-05',
          ['Barack Obama', 'Vladimir Putin', `Aide ${index % 50}`],
          ['Hangzhou'],
        ),
      ],
    })) as unknown as ArticleDraft[];
    const started = performance.now();
    const merged = mergeEvents(drafts).events;
    const milliseconds = performance.now() - started;
    line.push(
      `${reports / 1000}k → ${merged.length} event(s) with ${merged[0]?.mentions.length ?? 0} mentions ` +
        `${milliseconds.toFixed(0)} ms (${((milliseconds / reports) * 1000).toFixed(1)} ms/1k)`,
    );
  }
  console.log(`merge-events, one event reported by every article: ${line.join('; ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const child = process.argv.indexOf('--child');
  const task =
    child >= 0
      ? childMain(
          process.argv[child + 1]!,
          Number(process.argv[child + 2]),
          process.argv[child + 3] === 'none' ? null : process.argv[child + 3]!,
        )
      : runLoaderScaleBenchmark();
  task.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
