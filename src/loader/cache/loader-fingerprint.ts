/**
 * A hash of everything that decides what the article stages produce: the loader's, the
 * contract's and the shared helpers' source files, the locked dependency versions, and the serialization format.
 * Any change to them gives a new fingerprint, so cached results from older code are never used.
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOADER_DIRECTORY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONTRACT_DIRECTORY = path.resolve(LOADER_DIRECTORY, '..', 'contract');
/** Pure helpers the loader shares with the app. */
const UTILS_DIRECTORY = path.resolve(LOADER_DIRECTORY, '..', 'utils');

let memo: Promise<string> | null = null;

/** The fingerprint of the loader code running in this process (computed once). */
export function loaderFingerprint(): Promise<string> {
  memo ??= computeFingerprint();
  return memo;
}

/** The project root: the nearest folder above the loader that has a package.json. */
export function projectRoot(): string {
  let directory = LOADER_DIRECTORY;
  for (;;) {
    if (existsSync(path.join(directory, 'package.json'))) return directory;
    const parent = path.dirname(directory);
    if (parent === directory) return process.cwd();
    directory = parent;
  }
}

async function computeFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  // v8.serialize's format can change between Node versions; cached entries use it.
  hash.update(`node ${process.versions.v8}\0`);
  for (const directory of [LOADER_DIRECTORY, CONTRACT_DIRECTORY, UTILS_DIRECTORY]) {
    for (const file of await listSourceFiles(directory)) {
      hash.update(`${path.relative(LOADER_DIRECTORY, file)}\0`);
      hash.update(await fs.readFile(file));
      hash.update('\0');
    }
  }
  // Upgrading chrono-node or wink-nlp changes results as surely as editing a stage.
  const lock = await fs.readFile(path.join(projectRoot(), 'package-lock.json')).catch(() => null);
  if (lock) hash.update(lock);
  return hash.digest('hex');
}

async function listSourceFiles(directory: string): Promise<string[]> {
  const entries = await fs
    .readdir(directory, { withFileTypes: true, recursive: true })
    .catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|js|json)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
