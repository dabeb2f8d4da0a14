/**
 * The browser's form of a large corpus: a small manifest plus files fetched on demand.
 *
 * The CLI's corpus JSON (`corpus.ts`) stays the one format other tools read; this split
 * form is only what the Vite plugin emits for the app when a corpus is too big to fetch
 * in one go. The manifest lists the articles without their text and, for each period of
 * time, how many events it holds and where they are; each article's text is its own file.
 */
import * as z from 'zod/mini';
import {
  articleSchema,
  CORPUS_VERSION,
  diagnosticSchema,
  eventSchema,
  mentionSchema,
} from './corpus.ts';
import { ARTICLE_HEAD_FIELDS } from './article-fields.ts';

/** Tells a manifest from a whole corpus (which has no `format` field). */
export const SPLIT_CORPUS_FORMAT = 'split-by-period';

const count = z.int().check(z.nonnegative());

/**
 * A mention with the sentence it points at and what the loader inferred of its date,
 * so the event pane can show its evidence before the article's text is fetched.
 */
export const partMentionSchema = z.extend(mentionSchema, {
  sentence: z.string(),
  /** `resolved.inferred` of the mention's time expression (empty when all was stated). */
  timexInferred: z.array(z.string()),
});
export type PartMention = z.infer<typeof partMentionSchema>;

export const partEventSchema = z.extend(eventSchema, {
  mentions: z.array(partMentionSchema).check(z.minLength(1)),
});
export type PartEvent = z.infer<typeof partEventSchema>;

/** An article in the manifest: its metadata, how many events it reports, where its text is. */
export const articleSummarySchema = z.extend(
  z.pick(
    articleSchema,
    Object.fromEntries(ARTICLE_HEAD_FIELDS.map((field) => [field, true])) as {
      [Field in (typeof ARTICLE_HEAD_FIELDS)[number]]: true;
    },
  ),
  {
    eventCount: count,
    /** URL of its `ArticlePart`, relative to the app's base. */
    part: z.string(),
  },
);
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** One period of time: the dated events whose start falls in it, in one file. */
export const periodPartSchema = z.object({
  /** Earliest event start in the part (ISO, as in the corpus). */
  start: z.string(),
  /** Latest event end (or start, for instants) in the part. */
  end: z.string(),
  events: count,
  /** URL of its `EventsPart`, relative to the app's base. */
  url: z.string(),
});
export type PeriodPart = z.infer<typeof periodPartSchema>;

export const corpusManifestSchema = z.object({
  version: z.literal(CORPUS_VERSION),
  format: z.literal(SPLIT_CORPUS_FORMAT),
  /** Number of dated events over all parts. */
  eventCount: count,
  articles: z.array(articleSummarySchema),
  /** In time order, not overlapping in their starts. */
  parts: z.array(periodPartSchema),
  undated: z.array(partEventSchema),
  diagnostics: z.array(diagnosticSchema),
});
export type CorpusManifest = z.infer<typeof corpusManifestSchema>;

export const eventsPartSchema = z.object({
  version: z.literal(CORPUS_VERSION),
  /** Dated events in time order. */
  events: z.array(partEventSchema),
});
export type EventsPart = z.infer<typeof eventsPartSchema>;

/** An article with its full text, and every event it reports (dated or not). */
export const articlePartSchema = z.object({
  version: z.literal(CORPUS_VERSION),
  article: articleSchema,
  events: z.array(partEventSchema),
});
export type ArticlePart = z.infer<typeof articlePartSchema>;

/** True when parsed JSON claims to be a split manifest (it may still be invalid). */
export function isManifestLike(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    (json as { format?: unknown }).format === SPLIT_CORPUS_FORMAT
  );
}

/** Validates untrusted JSON with `schema`, naming each wrong field by its path. */
export function checkPart<T>(
  schema: z.ZodMiniType<T>,
  json: unknown,
): { ok: true; value: T } | { ok: false; problems: string[] } {
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 20).map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      return `${path}: ${issue.message}`;
    }),
  };
}
