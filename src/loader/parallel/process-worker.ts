/** Worker-thread entry: runs the article stages on each batch of sources the pool sends. */
import { parentPort } from 'node:worker_threads';
import { processSource } from '../build-corpus.ts';
import type { WorkerRequest, WorkerResponse } from './process-in-workers.ts';
import { encodeResult } from './result-codec.ts';

const port = parentPort;
if (!port) throw new Error('process-worker.ts runs only as a worker thread');

port.on('message', (request: WorkerRequest) => {
  // Encoded here and moved, not copied: the pool reads each result once, and the cache
  // stores these very bytes, so the main thread never encodes a result again.
  const results = request.jobs.map((job) =>
    ownBuffer(encodeResult(processSource(job.source, job.id))),
  );
  const response: WorkerResponse = { type: 'results', batch: request.batch, results };
  port.postMessage(
    response,
    results.map((bytes) => bytes.buffer as ArrayBuffer),
  );
});

/** The bytes in an ArrayBuffer of their own, so that moving it moves nothing else. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : new Uint8Array(bytes);
}
// Loading the stages (wink's model, chrono) takes a moment; ask for work only once ready.
port.postMessage({ type: 'ready' } satisfies WorkerResponse);
