/** Stage: takes title, source, URL and publication date from the article's metadata when given. */
import type { ArticleStage } from '../article-draft.ts';

export const applyMetadata: ArticleStage = {
  name: 'apply-metadata',
  run(draft) {
    const metadata = draft.metadata ?? {};
    return {
      ...draft,
      title: metadata.title ?? draft.title,
      source: metadata.source ?? draft.source,
      url: metadata.url ?? draft.url,
      published: metadata.published ?? null,
      publishedBasis: metadata.published ? 'metadata' : 'unknown',
      publishedReason: metadata.published ? 'given in the article metadata' : null,
    };
  },
};
