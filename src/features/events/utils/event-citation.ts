/**
 * "Copy citation": an event as a reader would cite it, in plain text — what happened, when,
 * and every source article with its outlet, publication date and address.
 */
import type { Article, TimelineEvent } from '../../../contract/corpus.ts';
import { eventDateLabel, eventSources } from './describe-event.ts';
import { publishedLabel, safeArticleUrl } from './describe-article.ts';

/** One line per source: `Title — Outlet, 8 September 2016. https://…` */
function sourceLine(article: Article | undefined, articleId: string): string {
  if (!article) return `- unknown article ${articleId}`;
  const url = safeArticleUrl(article);
  const outlet = article.source ?? 'unknown source';
  return `- ${article.title} — ${outlet}, ${publishedLabel(article)}.${url ? ` ${url}` : ''}`;
}

/** The citation text, lines joined by "\n". */
export function eventCitation(event: TimelineEvent, articleById: Map<string, Article>): string {
  const sources = eventSources(event);
  return [
    `${event.title}. ${eventDateLabel(event)}.`,
    sources.length === 1 ? 'Source:' : 'Sources:',
    ...sources.map(({ articleId }) => sourceLine(articleById.get(articleId), articleId)),
  ].join('\n');
}
