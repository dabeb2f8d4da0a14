/** How an article is named in lists and citations: its publication date and its link. */
import type { Article } from '../../../contract/corpus.ts';
import { formatPublished } from '../../../lib/dates.ts';

/** Publication date in words, saying when it was inferred or is unknown. */
export function publishedLabel(article: Article): string {
  const date = formatPublished(article.published);
  if (date === null) return 'date unknown';
  return article.publishedBasis === 'inferred' ? `${date} (inferred)` : date;
}

/** The article's URL if it is a plain web link; anything else (e.g. `javascript:`) is dropped. */
export function safeArticleUrl(article: Article): string | null {
  if (!article.url) return null;
  try {
    const url = new URL(article.url);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
