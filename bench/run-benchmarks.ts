/**
 * `npm run bench`: runs each benchmark module in turn and prints its figures.
 * Add a module by appending it to BENCHMARKS; benchmarks print, they never assert.
 * `npm run bench -- loader-scale` runs only the named ones.
 */
import { runLoaderScaleBenchmark } from './loader-scale.ts';
import { runTimexThroughputBenchmark } from './timex-throughput.ts';
import { runViewerBenchmark } from './viewer-bench.ts';

const BENCHMARKS: ReadonlyArray<{ name: string; run: () => Promise<void> }> = [
  { name: 'timex-throughput', run: runTimexThroughputBenchmark },
  { name: 'loader-scale', run: runLoaderScaleBenchmark },
  { name: 'viewers', run: runViewerBenchmark },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const benchmark of BENCHMARKS) {
    if (only.length > 0 && !only.includes(benchmark.name)) continue;
    await benchmark.run();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
