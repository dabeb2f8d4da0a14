/**
 * How the pool cuts its jobs into batches. Small batches balance the load, but not too
 * small, or messaging dominates: up to 16 jobs, an eighth of each worker's share. Near the
 * end each batch is that share of what is left, down to one job, so that the workers finish
 * together: with 16 to the last, one worker could still have two batches (about a second of
 * work) when the other ran out.
 */

/** Most jobs in one batch. */
const MAX_BATCH = 16;
/** Batches per worker's share of the jobs left. */
const BATCHES_PER_SHARE = 8;

/** The job indices `0 … count - 1`, in order, cut into batches for `workers` workers. */
export function batchJobs(count: number, workers: number): number[][] {
  const perBatch = Math.max(1, workers) * BATCHES_PER_SHARE;
  const batches: number[][] = [];
  for (let start = 0; start < count;) {
    const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil((count - start) / perBatch)));
    const end = Math.min(count, start + size);
    batches.push(Array.from({ length: end - start }, (_, offset) => start + offset));
    start = end;
  }
  return batches;
}
