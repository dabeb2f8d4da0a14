/**
 * `npm run bench`: runs each benchmark module in turn and prints its figures.
 * Add a module by appending it to BENCHMARKS; benchmarks print, they never assert.
 */
import { runTimexThroughputBenchmark } from './timex-throughput.ts';

const BENCHMARKS: ReadonlyArray<{ name: string; run: () => Promise<void> }> = [
  { name: 'timex-throughput', run: runTimexThroughputBenchmark },
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
