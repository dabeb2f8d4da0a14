import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ArticleList } from '../../../../../src/features/articles/components/article-list.tsx';
import { dealArticle, genevaArticle, quietArticle } from '../../../fixtures.ts';

// Testing Library only cleans up by itself when test globals are on; they are off here.

describe('ArticleList', () => {
  const counts = new Map([
    ['geneva', 3],
    ['deal', 1],
  ]);

  it('shows title, source, date and number of events, saying when a date is inferred or unknown', () => {
    render(
      <ArticleList
        articles={[genevaArticle, dealArticle, quietArticle]}
        eventCountByArticle={counts}
        selectedArticleId={null}
        onSelectArticle={() => {}}
        emptyMessage="none"
      />,
    );
    expect(screen.getByRole('button', { name: /Kerry arrives in Geneva/ })).toHaveTextContent(
      'Buzzing Live · 25 Aug 2016 · 3 events',
    );
    expect(screen.getByRole('button', { name: /ceasefire/ })).toHaveTextContent(
      'Daily News · 10 Sep 2016 (inferred) · 1 event',
    );
    expect(screen.getByRole('button', { name: /quiet column/ })).toHaveTextContent(
      'unknown source · date unknown · no dated event found',
    );
  });

  it('reports the chosen article', async () => {
    const onSelectArticle = vi.fn();
    render(
      <ArticleList
        articles={[genevaArticle]}
        eventCountByArticle={counts}
        selectedArticleId="geneva"
        onSelectArticle={onSelectArticle}
        emptyMessage="none"
      />,
    );
    const entry = screen.getByRole('button', { name: /Kerry arrives/ });
    expect(entry).toHaveAttribute('aria-current', 'true');
    await userEvent.click(entry);
    expect(onSelectArticle).toHaveBeenCalledWith('geneva');
  });

  it('shows the empty message when there is no article', () => {
    render(
      <ArticleList
        articles={[]}
        eventCountByArticle={counts}
        selectedArticleId={null}
        onSelectArticle={() => {}}
        emptyMessage="No articles in this corpus."
      />,
    );
    expect(screen.getByText('No articles in this corpus.')).toBeInTheDocument();
  });
});
