/**
 * Generated benchmark corpora, written once into the system temp folder and reused by
 * later runs (keyed by size, seed and length, and by the generator's own source).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGeneratedCorpus, type GenerateOptions } from '../generate-corpus.ts';

export interface GeneratedFolder {
  folder: string;
  articles: number;
  /** Bytes of article text (sidecars excluded). */
  textBytes: number;
  /** True when this call wrote it (false: reused from an earlier run). */
  generated: boolean;
}

const GENERATOR = fileURLToPath(new URL('../generate-corpus.ts', import.meta.url));

/** The folder for these options, generating it first when it is missing or stale. */
export async function ensureGeneratedCorpus(options: GenerateOptions): Promise<GeneratedFolder> {
  const generator = await fs.readFile(GENERATOR);
  const version = createHash('sha256')
    .update(generator)
    .update(JSON.stringify(options))
    .digest('hex')
    .slice(0, 12);
  const seed = options.seed ?? 1;
  const folder = path.join(
    os.tmpdir(),
    'news-timeline-bench',
    `corpus-${options.articles}-seed${seed}-${version}`,
  );
  // Beside the folder, not in it: the loader would report it as a file it cannot read.
  const marker = `${folder}.complete.json`;
  const done = await fs.readFile(marker, 'utf8').catch(() => null);
  if (done) {
    const { textBytes } = JSON.parse(done) as { textBytes: number };
    return { folder, articles: options.articles, textBytes, generated: false };
  }
  await fs.rm(folder, { recursive: true, force: true });
  const { bytes } = await writeGeneratedCorpus(folder, options);
  await fs.writeFile(marker, JSON.stringify({ textBytes: bytes }));
  return { folder, articles: options.articles, textBytes: bytes, generated: true };
}
