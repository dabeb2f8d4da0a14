/**
 * On-disk cache of per-article results (what `processSource` returns), keyed by everything
 * that decides them: the file's bytes, its metadata and read diagnostics, its path and id,
 * and the loader fingerprint. Re-running on a folder where one article changed
 * re-processes that one article. Corpus stages and merging always run fresh.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArticleJob, ProcessResult } from '../build-corpus.ts';
import { mapWithLimit } from '../map-with-limit.ts';
import { createResultDecoder, encodeResult } from '../parallel/result-codec.ts';
import { loaderFingerprint, projectRoot } from './loader-fingerprint.ts';

export interface ArticleCache {
  /** The folder holding this loader version's entries. */
  directory: string;
  keyFor(job: ArticleJob): string;
  /**
   * Cached results for `keys`, in order; undefined where there is none (or it is
   * unreadable). `decode` reads each entry (the loader gives the decoder that also reads
   * the workers' results, so that both share one pool of strings).
   */
  readMany(
    keys: readonly string[],
    decode?: (encoded: Uint8Array) => ProcessResult,
  ): Promise<Array<ProcessResult | undefined>>;
  /**
   * Stores results; a failed write only costs a re-run next time, so it is not an error.
   * `encoded`, when given, is the result's `encodeResult` bytes (a worker made them).
   */
  writeMany(
    entries: ReadonlyArray<{ key: string; result: ProcessResult; encoded?: Uint8Array }>,
  ): Promise<void>;
}

/** `.cache/corpus/` under the project root. */
export function defaultCacheDirectory(): string {
  return path.join(projectRoot(), '.cache', 'corpus');
}

/** Opens the cache in `root` for the running loader version, removing other versions' entries. */
export async function openArticleCache(root: string): Promise<ArticleCache> {
  const fingerprint = await loaderFingerprint();
  const version = fingerprint.slice(0, 16);
  const directory = path.join(root, version);
  await removeOtherVersions(root, version);
  const madeFolders = new Set<string>();

  const entryPath = (key: string) => path.join(directory, key.slice(0, 2), `${key}.v8`);

  return {
    directory,
    keyFor(job) {
      const { source, id } = job;
      const hash = createHash('sha256');
      hash.update(fingerprint);
      // Everything processSource reads, besides the bytes themselves.
      hash.update(JSON.stringify([source.file, id, source.metadata, source.diagnostics]) + '\0');
      hash.update(source.bytes);
      return hash.digest('hex');
    },
    async readMany(keys, decode = createResultDecoder().decode) {
      return mapWithLimit(keys, async (key) => {
        const buffer = await fs.readFile(entryPath(key)).catch(() => null);
        if (!buffer) return undefined;
        try {
          const value = decode(buffer);
          return value && typeof value === 'object' && 'draft' in value ? value : undefined;
        } catch {
          return undefined; // a truncated or foreign file is a miss, not a failure
        }
      });
    },
    async writeMany(entries) {
      await mapWithLimit(entries, async ({ key, result, encoded }) => {
        const file = entryPath(key);
        const folder = path.dirname(file);
        try {
          if (!madeFolders.has(folder)) {
            await fs.mkdir(folder, { recursive: true });
            madeFolders.add(folder);
          }
          // Write then rename, so a concurrent reader never sees half an entry.
          const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
          await fs.writeFile(temporary, encoded ?? encodeResult(result));
          await fs.rename(temporary, file);
        } catch {
          // Disk full, read-only folder or a concurrent prune: the next run recomputes it.
        }
      });
    },
  };
}

/** Entries written by other loader versions can never be read again; drop them. */
async function removeOtherVersions(root: string, keep: string): Promise<void> {
  const names = await fs.readdir(root).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => /^[0-9a-f]{16}$/.test(name) && name !== keep)
      .map((name) =>
        fs.rm(path.join(root, name), { recursive: true, force: true }).catch(() => {}),
      ),
  );
}
