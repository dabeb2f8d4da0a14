/** Parses and checks an article's `.meta.json` sidecar; bad fields are reported and ignored. */
import type { Diagnostic } from '../contract/corpus.ts';
import type { ArticleMetadata } from './article-draft.ts';
import { isValidIsoDate } from './iso-dates.ts';

const STRING_FIELDS = ['title', 'source', 'url'] as const;

export function parseMetadata(
  raw: string,
  file: string,
): { metadata: ArticleMetadata | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (message: string, offset: number | null = null) =>
    diagnostics.push({ file, severity: 'warning', offset, stage: 'read-metadata', message });

  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    problem(
      `metadata is not valid JSON (${message}); article loaded without it`,
      position ? Number(position[1]) : null,
    );
    return { metadata: null, diagnostics };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problem('metadata must be a JSON object like {"source": "…", "published": "2016-09-08"}');
    return { metadata: null, diagnostics };
  }
  const record = json as Record<string, unknown>;
  const metadata: ArticleMetadata = {};
  for (const field of STRING_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value.trim() !== '') metadata[field] = value.trim();
    else problem(`metadata field "${field}" must be a non-empty string; ignored`);
  }
  const published = record.published;
  if (published !== undefined && published !== null) {
    if (typeof published === 'string' && isValidIsoDate(published.trim())) {
      metadata.published = published.trim();
    } else {
      problem(
        `metadata field "published" must be an ISO 8601 date such as 2016-09-08 or 2016-09-08T14:30:00Z, got ${JSON.stringify(published)}; the date will be inferred from the text`,
      );
    }
  }
  return { metadata, diagnostics };
}
