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

  it('draws a long list a screenful at a time, keeping the chosen article in view', () => {
    const articles = Array.from({ length: 20_000 }, (_, index) => ({
      ...genevaArticle,
      id: `a${index}`,
      title: `Report number ${index}`,
    }));
    render(
      <ArticleList
        articles={articles}
        eventCountByArticle={counts}
        selectedArticleId="a15000"
        onSelectArticle={() => {}}
        emptyMessage="none"
      />,
    );
    expect(screen.getByRole('heading', { name: /Articles/ })).toHaveTextContent('(20000)');
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveAttribute('aria-setsize', '20000');
    expect(screen.getByRole('button', { name: /Report number 15000\b/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.queryByRole('button', { name: /Report number 0\b/ })).toBeNull();
  });
});
