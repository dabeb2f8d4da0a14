import { memo } from 'react';
import { WINDOWED_FROM, WindowedList } from '../../../components/windowed-list.tsx';
import type { Article } from '../../../contract/corpus.ts';
import { publishedLabel } from '../../events/index.ts';

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
        <Entries
          articles={articles}
          eventCountByArticle={eventCountByArticle}
          selectedArticleId={selectedArticleId}
          onSelectArticle={onSelectArticle}
        />
      )}
    </section>
  );
});

type EntriesProps = Omit<ArticleListProps, 'emptyMessage'>;

/** The rows: all of them in the DOM for a short list, a screenful at a time for a long one. */
function Entries({
  articles,
  eventCountByArticle,
  selectedArticleId,
  onSelectArticle,
}: EntriesProps) {
  const renderEntry = (article: Article) => (
    <Entry
      article={article}
      eventCount={eventCountByArticle.get(article.id) ?? 0}
      selected={article.id === selectedArticleId}
      onSelectArticle={onSelectArticle}
    />
  );
  if (articles.length >= WINDOWED_FROM) {
    return (
      <WindowedList
        items={articles}
        keyOf={(article) => article.id}
        selectedIndex={articles.findIndex((article) => article.id === selectedArticleId)}
        renderItem={renderEntry}
      />
    );
  }
  return (
    <ul className="plain-list">
      {articles.map((article) => (
        <li key={article.id}>{renderEntry(article)}</li>
      ))}
    </ul>
  );
}

interface EntryProps {
  article: Article;
  eventCount: number;
  selected: boolean;
  onSelectArticle: (articleId: string) => void;
}

// A row re-renders only when its own article, count or selected state changes.
const Entry = memo(function ArticleListEntry({
  article,
  eventCount,
  selected,
  onSelectArticle,
}: EntryProps) {
  return (
    <button
      type="button"
      className="list-entry"
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelectArticle(article.id)}
    >
      <span className="entry-title">{article.title}</span>
      <span className="entry-meta">
        {article.source ?? 'unknown source'} · {publishedLabel(article)} ·{' '}
        {eventCount === 0
          ? 'no dated event found'
          : `${eventCount} ${eventCount === 1 ? 'event' : 'events'}`}
      </span>
    </button>
  );
});
