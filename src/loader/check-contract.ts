/**
 * The corpus contract, checked in two places. Most of a corpus is an article's own reading
 * and its event reports, which reach the corpus unchanged: they are checked where the
 * article is processed (on a worker thread, in parallel), and the main thread checks only
 * what merging makes of them. Together the two checks pass exactly the corpora that
 * `corpusSchema` passes; when either fails, the whole corpus is parsed again so that zod's
 * error names each wrong field by its path, as a single check would.
 */
import * as z from 'zod/mini';
import {
  articleSchema,
  corpusSchema,
  eventSchema,
  mentionSchema,
  type Corpus,
} from '../contract/corpus.ts';
import { pickArticle } from '../contract/article-fields.ts';
import type { ArticleDraft } from './article-draft.ts';

/**
 * What an event takes unchanged from one of its reports (merge-events: `toEvent` picks one
 * report's title, kind, dates, class and places, and lists every report's mention).
 */
const reportSchema = z.extend(
  z.pick(eventSchema, {
    title: true,
    kind: true,
    start: true,
    end: true,
    granularity: true,
    modality: true,
    eventClass: true,
    places: true,
  }),
  { mention: mentionSchema },
);

/**
 * What merging makes: the id, the figures it computes, the names as unified across
 * articles, the reasons, and at least one mention (each checked with its report).
 */
const mergedEventSchema = z.extend(
  z.pick(eventSchema, {
    id: true,
    approximate: true,
    modality: true,
    salience: true,
    participants: true,
    roles: true,
    mergedBecause: true,
  }),
  { mentions: z.array(z.unknown()).check(z.minLength(1)) },
);

/**
 * The schemas checked for every article, report and event, compiled by zod into a fast path
 * (~6× faster on valid input, which is nearly all of it: the checks were ~6% of processing
 * an article). A value the fast path rejects goes through zod's ordinary parser, so what
 * passes, and every error, are as the schemas themselves give them.
 */
const articleCheck = z.compile(articleSchema);
const reportCheck = z.compile(reportSchema);
const mergedEventCheck = z.compile(mergedEventSchema);

/** Whether an article as processed, and each of its event reports, meet the contract. */
export function draftMeetsContract(draft: ArticleDraft): boolean {
  return (
    articleCheck.safeParse(pickArticle(draft)).success &&
    draft.events.every((event) => reportCheck.safeParse(event).success)
  );
}

/**
 * Throws zod's error, naming each wrong field by its path, when the corpus breaks the
 * contract. `drafts` are the articles' drafts in the corpus's order; those in `checked`
 * passed `draftMeetsContract` where they were processed and are not checked again. Checks
 * one article or event at a time: parsing the whole corpus at once would build a second
 * copy of it, gigabytes for a large folder.
 */
export function assertValidCorpus(
  corpus: Corpus,
  drafts: readonly ArticleDraft[],
  checked: ReadonlySet<ArticleDraft>,
): void {
  const valid =
    corpusSchema.safeParse({ ...corpus, articles: [], events: [], undated: [] }).success &&
    drafts.every((draft) => checked.has(draft) || draftMeetsContract(draft)) &&
    corpus.events.every((event) => mergedEventCheck.safeParse(event).success) &&
    corpus.undated.every((event) => mergedEventCheck.safeParse(event).success);
  if (!valid) corpusSchema.parse(corpus);
}
