/**
 * Runs `processSource` on many articles across a pool of worker threads. Each worker
 * takes small batches from a shared queue (so a slow article does not idle the others);
 * results are put back in job order, so the output does not depend on scheduling.
 * If workers cannot start or die, their work is finished in this thread instead.
 */
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { processSource, type ArticleJob, type ProcessResult } from '../build-corpus.ts';

/** Pool → worker: process these jobs. */
export interface WorkerRequest {
  batch: number;
  jobs: ArticleJob[];
}

/**
 * Worker → pool: ready to work, or the results of one batch (in the batch's job order),
 * each serialized with `v8.serialize`.
 */
export type WorkerResponse =
  { type: 'ready' } | { type: 'results'; batch: number; results: Uint8Array[] };

/**
 * Takes each result as it arrives, with its position in the jobs; `serialized` is its
 * `v8.serialize` bytes when a worker made it (null when this thread did), for a cache to
 * store as they are.
 */
export type ReceiveResult = (
  result: ProcessResult,
  serialized: Uint8Array | null,
  position: number,
) => ProcessResult;

export interface WorkerRun {
  results: ProcessResult[];
  /** Why some or all of the work ran in this thread instead (null when workers did it all). */
  fallbackReason: string | null;
}

/** Batches in flight per worker: one being processed, one waiting, so no worker idles. */
const BATCHES_IN_FLIGHT = 2;

/**
 * Processes `jobs` on `workerCount` worker threads; results are in `jobs` order. `receive`
 * sees each result as it arrives (the loader pools its strings there, before the next batch).
 */
export async function processInWorkers(
  jobs: readonly ArticleJob[],
  workerCount: number,
  receive: ReceiveResult = (result) => result,
): Promise<WorkerRun> {
  const results: Array<ProcessResult | undefined> = new Array(jobs.length);
  // Small batches balance the load; not too small, or messaging dominates.
  const batchSize = Math.max(1, Math.min(16, Math.ceil(jobs.length / (workerCount * 8))));
  const batches: number[][] = [];
  for (let start = 0; start < jobs.length; start += batchSize) {
    batches.push(range(start, Math.min(jobs.length, start + batchSize)));
  }
  const queue = batches.map((_, index) => index);
  let remaining = batches.length;
  let fallbackReason: string | null = null;

  await new Promise<void>((resolve) => {
    const inFlight = new Map<Worker, Set<number>>();
    let live = 0;
    const finishIfDone = () => {
      if (remaining > 0 && live > 0) return;
      if (remaining > 0) {
        // Every worker is gone: finish the rest here rather than fail the build.
        for (const batch of queue.splice(0)) {
          for (const index of batches[batch] ?? []) {
            const job = jobs[index]!;
            results[index] = receive(processSource(job.source, job.id), null, index);
          }
          remaining--;
        }
      }
      for (const worker of inFlight.keys()) void worker.terminate();
      inFlight.clear();
      resolve();
    };
    const send = (worker: Worker) => {
      const pending = inFlight.get(worker);
      while (pending && pending.size < BATCHES_IN_FLIGHT && queue.length > 0) {
        const batch = queue.shift()!;
        pending.add(batch);
        const request: WorkerRequest = {
          batch,
          jobs: (batches[batch] ?? []).map((index) => jobs[index]!),
        };
        worker.postMessage(request);
      }
    };
    const lose = (worker: Worker, reason: string) => {
      const pending = inFlight.get(worker);
      if (!pending) return;
      inFlight.delete(worker);
      live--;
      fallbackReason ??= reason;
      // Another worker (or this thread) takes over what this one had.
      queue.unshift(...pending);
      for (const other of inFlight.keys()) send(other);
      finishIfDone();
    };

    for (let count = 0; count < workerCount; count++) {
      let worker: Worker;
      try {
        worker = startWorker();
      } catch (error) {
        fallbackReason ??= `cannot start worker threads: ${message(error)}`;
        continue;
      }
      live++;
      inFlight.set(worker, new Set());
      worker.on('message', (response: WorkerResponse) => {
        if (response.type === 'results') {
          const indices = batches[response.batch] ?? [];
          response.results.forEach((bytes, position) => {
            const index = indices[position]!;
            results[index] = receive(deserialize(bytes) as ProcessResult, bytes, index);
          });
          inFlight.get(worker)?.delete(response.batch);
          remaining--;
          if (remaining === 0) return finishIfDone();
        }
        send(worker);
      });
      worker.on('error', (error) => lose(worker, `worker thread failed: ${message(error)}`));
      worker.on('exit', (code) => lose(worker, `worker thread exited early (code ${code})`));
    }
    if (live === 0 || batches.length === 0) finishIfDone();
  });

  return { results: results as ProcessResult[], fallbackReason };
}

/**
 * Starts one worker on `process-worker.ts`. Workers do not inherit tsx's loader hooks
 * (Node 20), so a tiny bootstrap registers tsx in the worker before importing the entry.
 */
function startWorker(): Worker {
  const entry = new URL('./process-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsx)})` +
    `.then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })` +
    // A failed import must reach the pool as an error event, not an unhandled rejection.
    `.catch((error) => { setImmediate(() => { throw error; }); });`;
  return new Worker(bootstrap, { eval: true, stderr: false });
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
