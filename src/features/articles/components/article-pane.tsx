import { memo } from 'react';
import type { Article, TimelineEvent } from '../../../contract/corpus.ts';
import type { ArticleFocus } from '../utils/article-annotations.ts';
import { publishedLabel, safeArticleUrl } from '../../events/index.ts';
import { ArticleText } from './article-text.tsx';

export interface ArticlePaneProps {
  article: Article;
  articleEvents: TimelineEvent[];
  focus: ArticleFocus | null;
  onSelectEvent: (eventId: string) => void;
  onClose: () => void;
}

/** The "Article" pane: metadata, then the full text with the evidence marked. */
export const ArticlePane = memo(function ArticlePane({
  article,
  articleEvents,
  focus,
  onSelectEvent,
  onClose,
}: ArticlePaneProps) {
  const url = safeArticleUrl(article);
  const published = publishedLabel(article);
  return (
    <section className="pane article-pane" aria-label="Article">
      <header className="pane-header">
        <h2 className="pane-title">{article.title}</h2>
        <button type="button" className="close-button" onClick={onClose} aria-label="Close article">
          ×
        </button>
      </header>
      <p className="article-meta">
        {article.source ?? 'unknown source'} · {published}
        {article.publishedBasis === 'inferred' && article.publishedReason ? (
          <span className="published-reason"> — {article.publishedReason}</span>
        ) : null}
        {url ? (
          <>
            {' · '}
            <a href={url} target="_blank" rel="noopener noreferrer">
              original
            </a>
          </>
        ) : null}
      </p>
      <p className="article-event-count">
        {articleEvents.length === 0
          ? 'No dated event found in this article.'
          : `${articleEvents.length} ${articleEvents.length === 1 ? 'event' : 'events'} highlighted; choose one to select it.`}
      </p>
      <ArticleText
        article={article}
        articleEvents={articleEvents}
        focus={focus}
        onSelectEvent={onSelectEvent}
      />
    </section>
  );
});
