/**
 * Runs `processSource` on many articles across a pool of worker threads. Each worker
 * takes small batches from a shared queue (so a slow article does not idle the others);
 * results are put back in job order, so the output does not depend on scheduling.
 * If workers cannot start or die, their work is finished in this thread instead.
 */
import { Worker } from 'node:worker_threads';
import { processSource, type ArticleJob, type ProcessResult } from '../build-corpus.ts';
import { batchJobs } from './batch-jobs.ts';
import { createResultDecoder } from './result-codec.ts';
import { bundleWorkerEntry } from './worker-bundle.ts';
import { workerExecArgv } from './worker-exec-argv.ts';

/** Pool → worker: process these jobs. */
export interface WorkerRequest {
  batch: number;
  jobs: ArticleJob[];
}

/**
 * Worker → pool: ready to work, or the results of one batch (in the batch's job order),
 * each encoded by `encodeResult` (result-codec.ts).
 */
export type WorkerResponse =
  { type: 'ready' } | { type: 'results'; batch: number; results: Uint8Array[] };

/**
 * Takes each result as it arrives, with its position in the jobs; `encoded` is its
 * `encodeResult` bytes when a worker made it (null when this thread did), for a cache to
 * store as they are.
 */
export type ReceiveResult = (
  result: ProcessResult,
  encoded: Uint8Array | null,
  position: number,
) => ProcessResult;

/** Turns a worker's bytes back into its result (a `ResultDecoder`'s `decode`). */
export type DecodeResult = (encoded: Uint8Array) => ProcessResult;

export interface WorkerRun {
  results: ProcessResult[];
  /** Why some or all of the work ran in this thread instead (null when workers did it all). */
  fallbackReason: string | null;
}

/** Batches in flight per worker: one being processed, one waiting, so no worker idles. */
const BATCHES_IN_FLIGHT = 2;

/**
 * Worker threads started before their jobs are known, so that loading the stages in each
 * (about 2 s of CPU) overlaps reading the folder. What happens to them until
 * `processInWorkers` takes them over (ready, failed, exited) is recorded here.
 */
export interface StartedWorkers {
  workers: StartedWorker[];
  /** Why a worker could not be started (null when all were). */
  startFailure: string | null;
  /** Ends every worker: for a caller that ends up not giving them any job. */
  terminate(): void;
}

interface StartedWorker {
  worker: Worker;
  ready: boolean;
  /** Why it stopped before `processInWorkers` listened (null while it has not). */
  lost: string | null;
  /** Removes the listeners that record the above. */
  stopRecording(): void;
}

/** Starts `count` worker threads now; `processInWorkers` gives them their jobs later. */
export function startWorkers(count: number): StartedWorkers {
  const workers: StartedWorker[] = [];
  let startFailure: string | null = null;
  // Bundled once for the whole pool (see worker-bundle.ts); null when bundling failed.
  let entry: URL | null = null;
  try {
    if (count > 0) entry = bundleWorkerEntry();
  } catch (error) {
    startFailure = `cannot bundle the worker's code: ${message(error)}`;
  }
  // Without tsx: the bundle is plain JavaScript (see worker-exec-argv.ts).
  const execArgv = workerExecArgv(process.execArgv);
  for (let index = 0; index < count && entry; index++) {
    let worker: Worker;
    try {
      worker = new Worker(entry, { stderr: false, execArgv });
    } catch (error) {
      startFailure ??= `cannot start worker threads: ${message(error)}`;
      continue;
    }
    const started: StartedWorker = { worker, ready: false, lost: null, stopRecording: () => {} };
    const onMessage = () => (started.ready = true);
    const onError = (error: unknown) =>
      (started.lost ??= `worker thread failed: ${message(error)}`);
    const onExit = (code: number) => (started.lost ??= `worker thread exited early (code ${code})`);
    worker.once('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    started.stopRecording = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    workers.push(started);
  }
  return {
    workers,
    startFailure,
    terminate: () => {
      for (const { worker } of workers) void worker.terminate();
    },
  };
}

/**
 * Processes `jobs` on worker threads (`workerCount` new ones, or those `startWorkers`
 * started); results are in `jobs` order. `receive` sees each result as it arrives; `decode`
 * reads what a worker sent (the loader gives the decoder that also reads its cache, so that
 * both share one pool of strings).
 */
export async function processInWorkers(
  jobs: readonly ArticleJob[],
  workerCount: number | StartedWorkers,
  receive: ReceiveResult = (result) => result,
  decode: DecodeResult = createResultDecoder().decode,
): Promise<WorkerRun> {
  const started = typeof workerCount === 'number' ? startWorkers(workerCount) : workerCount;
  const results: Array<ProcessResult | undefined> = new Array(jobs.length);
  const batches = batchJobs(jobs.length, started.workers.length);
  const queue = batches.map((_, index) => index);
  let remaining = batches.length;
  let fallbackReason: string | null = started.startFailure;

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

    const waiting: Worker[] = [];
    for (const { worker, ready, lost, stopRecording } of started.workers) {
      stopRecording();
      if (lost) {
        fallbackReason ??= lost;
        void worker.terminate();
        continue;
      }
      if (ready) waiting.push(worker);
      live++;
      inFlight.set(worker, new Set());
      worker.on('message', (response: WorkerResponse) => {
        if (response.type === 'results') {
          const indices = batches[response.batch] ?? [];
          response.results.forEach((bytes, position) => {
            const index = indices[position]!;
            results[index] = receive(decode(bytes), bytes, index);
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
    // Those ready before the jobs came ask for them now.
    for (const worker of waiting) send(worker);
    if (live === 0 || batches.length === 0) finishIfDone();
  });

  return { results: results as ProcessResult[], fallbackReason };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
