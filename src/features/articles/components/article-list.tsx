import { memo } from 'react';
import type { Article } from '../../../contract/corpus.ts';
import { publishedLabel } from '../utils/describe-article.ts';

export interface ArticleListProps {
  articles: Article[];
  eventCountByArticle: Map<string, number>;
  selectedArticleId: string | null;
  onSelectArticle: (articleId: string) => void;
  /** Shown when `articles` is empty (no corpus articles, or none match the search). */
  emptyMessage: string;
}

/** Every article with its source, date and number of events; choosing one opens it. */
export const ArticleList = memo(function ArticleList({
  articles,
  eventCountByArticle,
  selectedArticleId,
  onSelectArticle,
  emptyMessage,
}: ArticleListProps) {
  return (
    <section className="article-list" aria-labelledby="article-list-heading">
      <h2 id="article-list-heading" className="list-heading">
        Articles <span className="count">({articles.length})</span>
      </h2>
      {articles.length === 0 ? (
        <p className="empty-state">{emptyMessage}</p>
      ) : (
        <ul className="plain-list">
          {articles.map((article) => {
            const count = eventCountByArticle.get(article.id) ?? 0;
            return (
              <li key={article.id}>
                <button
                  type="button"
                  className="list-entry"
                  aria-current={article.id === selectedArticleId ? 'true' : undefined}
                  onClick={() => onSelectArticle(article.id)}
                >
                  <span className="entry-title">{article.title}</span>
                  <span className="entry-meta">
                    {article.source ?? 'unknown source'} · {publishedLabel(article)} ·{' '}
                    {count === 0
                      ? 'no dated event found'
                      : `${count} ${count === 1 ? 'event' : 'events'}`}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
