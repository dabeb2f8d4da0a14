/**
 * Runs an asynchronous step over many files a few dozen at a time. One at a time, each
 * file waits for the thread pool's round trip before the next starts (reading a 10,000-
 * article folder took 7 s so); all at once, a large folder exceeds the open-file limit.
 */

/** Files read or written at once: enough to keep the disk busy, few enough for any ulimit. */
const CONCURRENT_FILES = 64;

/** `run` over `items`, at most `limit` at once; the results in the items' order. */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  run: (item: T) => Promise<R>,
  limit = CONCURRENT_FILES,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
