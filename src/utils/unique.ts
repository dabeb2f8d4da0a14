/**
 * Pure helpers shared by the loader and the app. The loader's cache fingerprint covers this
 * folder (`src/loader/cache/loader-fingerprint.ts`), so the loader may use anything here.
 */

/** The values in the order first seen, each once. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
