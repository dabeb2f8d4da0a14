import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ArticlePane } from '../../../../../src/features/articles/components/article-pane.tsx';
import {
  arrivalEvent,
  genevaArticle,
  hostileCorpus,
  meetingEvent,
  warEvent,
} from '../../../fixtures.ts';

// Testing Library only cleans up by itself when test globals are on; they are off here.

const genevaEvents = [warEvent, arrivalEvent, meetingEvent];

function renderPane(focus: { eventId: string; mentionIndex: number | null } | null) {
  const onSelectEvent = vi.fn();
  render(
    <ArticlePane
      article={genevaArticle}
      articleEvents={genevaEvents}
      focus={focus}
      onSelectEvent={onSelectEvent}
      onClose={() => {}}
    />,
  );
  return { pane: screen.getByRole('region', { name: 'Article' }), onSelectEvent };
}

describe('ArticlePane', () => {
  it('marks the reporting sentence and its date expression', () => {
    const { pane } = renderPane({ eventId: 'arrival', mentionIndex: 0 });
    const evidence = pane.querySelector('mark.evidence');
    expect(evidence).toHaveTextContent(
      'US Secretary of State John Kerry arrived in Geneva on Thursday for talks with Sergei Lavrov.',
      { normalizeWhitespace: false },
    );
    expect(evidence?.querySelector('mark.timex')).toHaveTextContent('Thursday');
  });

  it('shows every paragraph of the full text', () => {
    const { pane } = renderPane(null);
    expect(pane.querySelectorAll('.article-text p')).toHaveLength(genevaArticle.paragraphs.length);
    expect(pane.querySelector('.article-text')?.textContent).toBe(
      genevaArticle.paragraphs
        .map((span) => genevaArticle.text.slice(span.start, span.end))
        .join(''),
    );
  });

  it('dims boilerplate', () => {
    const { pane } = renderPane(null);
    expect(pane.querySelector('.boilerplate')).toHaveTextContent('File photo of John Kerry.');
  });

  it('makes the other events of the article clickable, selecting them', async () => {
    const { pane, onSelectEvent } = renderPane({ eventId: 'arrival', mentionIndex: 0 });
    const links = [...pane.querySelectorAll<HTMLButtonElement>('.event-link')];
    expect(links.map((link) => link.dataset.eventId).sort()).toEqual(['meeting', 'war']);
    await userEvent.click(within(pane).getByText(/He was scheduled/));
    expect(onSelectEvent).toHaveBeenCalledWith('meeting');
  });

  it('says when the publication date was inferred', () => {
    const { pane } = renderPane(null);
    expect(pane).toHaveTextContent('Buzzing Live · 25 Aug 2016');
  });

  it('renders markup in the text as text, never as elements', () => {
    const article = hostileCorpus.articles[0]!;
    render(
      <ArticlePane
        article={article}
        articleEvents={hostileCorpus.events}
        focus={{ eventId: 'hostile-event', mentionIndex: 0 }}
        onSelectEvent={() => {}}
        onClose={() => {}}
      />,
    );
    const pane = screen.getByRole('region', { name: 'Article' });
    expect(pane.querySelector('img, script, b')).toBeNull();
    expect(pane).toHaveTextContent('<img src=x onerror="alert(1)">');
    expect(within(pane).getByRole('heading')).toHaveTextContent('<script>alert("title")</script>');
  });

  it('drops a javascript: URL instead of linking it', () => {
    render(
      <ArticlePane
        article={{ ...genevaArticle, url: 'javascript:alert(1)' }}
        articleEvents={[]}
        focus={null}
        onSelectEvent={() => {}}
        onClose={() => {}}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });
});
