/**
 * The corpus check in two steps, for a page that wants its timeline drawn first: the events
 * and each article's head (all the first drawing reads), then the rest of each article (its
 * text and what the loader read from it, two thirds of the checking at 1,000 events).
 * Together they check exactly what `checkCorpus` does.
 */
import * as z from 'zod/mini';
import { ARTICLE_HEAD_FIELDS } from './article-fields.ts';
import {
  articleSchema,
  corpusSchema,
  describeIssues,
  type Corpus,
  type CorpusCheck,
} from './corpus.ts';

const headFields = Object.fromEntries(ARTICLE_HEAD_FIELDS.map((field) => [field, true])) as {
  [Field in (typeof ARTICLE_HEAD_FIELDS)[number]]: true;
};

/** An article's head checked, its other fields let through unchecked (and kept). */
const articleHeadSchema = z.looseObject(z.pick(articleSchema, headFields).shape);

const corpusWithArticleHeadsSchema = z.extend(corpusSchema, {
  articles: z.array(articleHeadSchema),
});

/**
 * Step one: everything but the articles' bodies. The corpus it gives is a `Corpus` only once
 * `checkArticleBodies` has passed on its articles; until then read only their heads.
 */
export function checkCorpusButArticleBodies(json: unknown): CorpusCheck {
  const result = corpusWithArticleHeadsSchema.safeParse(json);
  if (!result.success) return { ok: false, problems: describeIssues(result.error.issues) };
  return { ok: true, corpus: result.data as Corpus };
}

const articlesSchema = z.array(articleSchema);

/** Step two: the whole of every article; the wrong fields, named as `checkCorpus` names them. */
export function checkArticleBodies(articles: readonly unknown[]): string[] {
  const result = articlesSchema.safeParse(articles);
  return result.success ? [] : describeIssues(result.error.issues, ['articles']);
}
