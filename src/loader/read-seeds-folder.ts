/**
 * Reads a folder of articles from disk: every text file with its optional
 * `.meta.json` sidecar. The only loader module that touches the file system for input.
 * Files it cannot use are reported, never silently skipped.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../contract/corpus.ts';
import type { ArticleMetadata, SourceFile } from './article-draft.ts';
import { mapWithLimit } from './map-with-limit.ts';
import { parseMetadata } from './parse-metadata.ts';

/** Extensions read as article text. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const METADATA_SUFFIX = '.meta.json';
/** Files a seeds folder may hold that are not articles and deserve no message. */
const IGNORED_NAMES = new Set(['.DS_Store', 'Thumbs.db', '.gitkeep', 'README.md', 'SOURCES.md']);

export interface SeedsFolder {
  sources: SourceFile[];
  /** Problems with files that are not articles (unreadable, unknown type, loops). */
  diagnostics: Diagnostic[];
}

/**
 * Reads every article under `folder`, in a stable (sorted) order. `onListed` is told how
 * many articles there are once they are found, before they are read.
 */
export async function readSeedsFolder(
  folder: string,
  onListed: (articles: number) => void = () => {},
): Promise<SeedsFolder> {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const visited = new Set<string>();

  const walk = async (directory: string): Promise<void> => {
    const real = await fs.realpath(directory).catch(() => directory);
    if (visited.has(real)) {
      diagnostics.push(
        folderDiagnostic(folder, directory, 'symbolic link loop: folder already read'),
      );
      return;
    }
    visited.add(real);
    let entries;
    try {
      entries = await fs.readdir(directory, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(folderDiagnostic(folder, directory, `cannot read folder: ${reason(error)}`));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const paths = entries.map((entry) => path.join(directory, entry.name));
    const stats = await mapWithLimit(paths, (full) =>
      fs.stat(full).then(
        (stat) => ({ stat, error: null }),
        (error: unknown) => ({ stat: null, error }),
      ),
    );
    for (const [index, full] of paths.entries()) {
      const { stat, error } = stats[index]!;
      if (!stat) {
        diagnostics.push(folderDiagnostic(folder, full, `cannot follow: ${reason(error)}`));
        continue;
      }
      if (stat.isDirectory()) await walk(full);
      else if (stat.isFile()) files.push(full);
      else diagnostics.push(folderDiagnostic(folder, full, 'not read: not a regular file'));
    }
  };
  await walk(folder);

  const articles: string[] = [];
  const fileSet = new Set(files);
  for (const full of files) {
    const name = path.basename(full);
    const relative = toRelative(folder, full);
    if (name.endsWith(METADATA_SUFFIX)) {
      if (!hasArticleFor(full, fileSet)) {
        diagnostics.push({
          file: relative,
          severity: 'warning',
          offset: null,
          stage: 'read-articles',
          message: 'metadata file has no article beside it (expected the same name ending in .txt)',
        });
      }
      continue;
    }
    if (IGNORED_NAMES.has(name)) continue;
    if (!ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase())) {
      diagnostics.push({
        file: relative,
        severity: 'warning',
        offset: null,
        stage: 'read-articles',
        message: `not read: only ${[...ARTICLE_EXTENSIONS].join(', ')} files are articles`,
      });
      continue;
    }
    articles.push(full);
  }
  onListed(articles.length);
  const sources = await mapWithLimit(articles, (full) => readSource(folder, full));
  return { sources, diagnostics };
}

async function readSource(folder: string, full: string): Promise<SourceFile> {
  const file = toRelative(folder, full);
  const diagnostics: Diagnostic[] = [];
  let bytes: Uint8Array = new Uint8Array();
  try {
    bytes = new Uint8Array(await fs.readFile(full));
  } catch (error) {
    diagnostics.push({
      file,
      severity: 'error',
      offset: null,
      stage: 'read-articles',
      message: `cannot read file: ${reason(error)}`,
    });
  }
  let metadata: ArticleMetadata | null = null;
  const metadataPath = full.slice(0, full.length - path.extname(full).length) + METADATA_SUFFIX;
  const raw = await fs.readFile(metadataPath, 'utf8').catch(() => null);
  if (raw !== null) {
    const parsed = parseMetadata(raw, toRelative(folder, metadataPath));
    metadata = parsed.metadata;
    diagnostics.push(...parsed.diagnostics);
  }
  return { file, bytes, metadata, diagnostics };
}

function hasArticleFor(metadataPath: string, files: Set<string>): boolean {
  const stem = metadataPath.slice(0, -METADATA_SUFFIX.length);
  return [...ARTICLE_EXTENSIONS].some((extension) => files.has(stem + extension));
}

function toRelative(folder: string, full: string): string {
  return path.relative(folder, full).split(path.sep).join('/');
}

function folderDiagnostic(folder: string, full: string, message: string): Diagnostic {
  return {
    file: toRelative(folder, full) || '.',
    severity: 'warning',
    offset: null,
    stage: 'read-articles',
    message,
  };
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String(error.code);
  return error instanceof Error ? error.message : String(error);
}
