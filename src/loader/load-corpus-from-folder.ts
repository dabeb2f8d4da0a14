/** Reads a seeds folder and builds its corpus JSON (the one entry point for CLI and Vite). */
import type { Corpus } from '../contract/corpus.ts';
import { buildCorpus } from './build-corpus.ts';
import { readSeedsFolder } from './read-seeds-folder.ts';

export async function loadCorpusFromFolder(
  folder: string,
): Promise<{ corpus: Corpus; json: string }> {
  const { sources, diagnostics } = await readSeedsFolder(folder);
  const corpus = buildCorpus(sources, diagnostics);
  return { corpus, json: JSON.stringify(corpus) };
}
