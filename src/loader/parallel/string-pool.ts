/**
 * One copy of each short string in results that arrive from worker threads or the cache.
 * Structured clone and `v8.deserialize` give every string a copy of its own, so the
 * labels repeated in every article ("DATE", "day", "tense:past", a participant's name)
 * would fill the heap a thousand times over: pooled, a 10,000-article corpus takes a third
 * less memory (722 → 492 MB measured), enough to keep 50,000 within Node's default heap.
 *
 * Empty arrays are shared the same way: they are over a quarter of the objects a result
 * holds (a report that names no place, counts no amount, ...), and each one the main thread
 * keeps is copied by the young-generation collector and marked by every full collection.
 * The shared one is frozen, so code that tried to add to it would fail loudly rather than
 * add to every result at once (nothing does: drafts are never changed in place).
 */

/**
 * Longer strings (article text, sentences) are rarely repeated; hashing them costs more than
 * it saves. An article's id is repeated by each of its event reports' mentions (70 of them
 * in a generated article), and ids run past 40 characters: pooled up to 100, the ids of
 * 10,000 generated articles take ~90 MB less heap.
 */
const MAX_POOLED_LENGTH = 100;

export interface StringPool {
  /**
   * Replaces, in place, every short string in `value` with the pool's copy, and every empty
   * array with one shared, frozen empty array; returns `value` (or the shared array).
   */
  shareStrings<T>(value: T): T;
  /** Distinct strings held. */
  readonly size: number;
}

/*
 * The walk below writes back every string (a pooled copy is equal to the one it replaces,
 * so `!==` cannot tell whether it changed) but an object or array only when it was replaced
 * (by the shared empty array), and skips numbers, booleans and null without a call: fewer
 * writes and calls for the main thread, which pools every result while the workers work.
 */
export function createStringPool(): StringPool {
  const pool = new Map<string, string>();
  const noItems: readonly never[] = Object.freeze([]);
  const share = (text: string): string => {
    if (text.length > MAX_POOLED_LENGTH) return text;
    const pooled = pool.get(text);
    if (pooled !== undefined) return pooled;
    pool.set(text, text);
    return text;
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return share(value);
    if (Array.isArray(value)) {
      if (value.length === 0) return noItems;
      for (let index = 0; index < value.length; index++) {
        const item = value[index];
        if (typeof item === 'string') value[index] = share(item);
        else if (typeof item === 'object' && item !== null) {
          const shared = walk(item);
          if (shared !== item) value[index] = shared;
        }
      }
    } else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
      const record = value as Record<string, unknown>;
      // for…in, not Object.keys: no array of keys made for each of a corpus's millions of
      // objects. Results are plain objects (deserialized), so no key is inherited.
      for (const key in record) {
        const item = record[key];
        if (typeof item === 'string') record[key] = share(item);
        else if (typeof item === 'object' && item !== null) {
          const shared = walk(item);
          if (shared !== item) record[key] = shared;
        }
      }
    }
    return value;
  };
  return {
    shareStrings: <T>(value: T): T => walk(value) as T,
    get size() {
      return pool.size;
    },
  };
}
