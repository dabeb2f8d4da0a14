import { describe, expect, it } from 'vitest';
import { batchJobs } from '../../../src/loader/parallel/batch-jobs.ts';

describe('batchJobs', () => {
  it('lists every job once, in order', () => {
    for (const [count, workers] of [
      [0, 2],
      [1, 2],
      [110, 2],
      [1000, 2],
      [10_000, 8],
    ] as const) {
      expect(batchJobs(count, workers).flat()).toEqual(
        Array.from({ length: count }, (_, index) => index),
      );
    }
  });

  it('makes batches of at most 16 jobs, 16 while much is left', () => {
    const batches = batchJobs(1000, 2);
    expect(Math.max(...batches.map((batch) => batch.length))).toBe(16);
    expect(batches[0]).toHaveLength(16);
  });

  it('makes them smaller toward the end, down to one job', () => {
    const sizes = batchJobs(1000, 2).map((batch) => batch.length);
    expect(sizes.every((size, index) => index === 0 || size <= sizes[index - 1]!)).toBe(true);
    expect(sizes.slice(-3)).toEqual([1, 1, 1]);
  });

  it('gives a small folder small batches: an eighth of each worker’s share', () => {
    expect(batchJobs(110, 2)[0]).toHaveLength(7);
  });

  it('treats no workers as one', () => {
    expect(batchJobs(20, 0).flat()).toHaveLength(20);
  });
});
