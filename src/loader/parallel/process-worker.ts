/** Worker-thread entry: runs the article stages on each batch of sources the pool sends. */
import { parentPort } from 'node:worker_threads';
import { processSource } from '../build-corpus.ts';
import type { WorkerRequest, WorkerResponse } from './process-in-workers.ts';

const port = parentPort;
if (!port) throw new Error('process-worker.ts runs only as a worker thread');

port.on('message', (request: WorkerRequest) => {
  const response: WorkerResponse = {
    type: 'results',
    batch: request.batch,
    results: request.jobs.map((job) => processSource(job.source, job.id)),
  };
  port.postMessage(response);
});
// Loading the stages (compromise, chrono) takes a moment; ask for work only once ready.
port.postMessage({ type: 'ready' } satisfies WorkerResponse);
