import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../../src/contract/corpus.ts';
import { App } from '../../../src/app/app.tsx';
import type { TimelineItemSpec } from '../../../src/lib/timeline.ts';
import { emptyCorpus, eventlessCorpus, hostileCorpus, syriaCorpus } from '../fixtures.ts';

// jsdom has no layout for vis-timeline: a stand-in wrapper records what it is given.
const drawn = vi.hoisted(() => ({ items: [] as TimelineItemSpec[], selection: [] as string[] }));
vi.mock('../../../src/lib/timeline.ts', async () => {
  const { stubTimelineHandle } = await import('../support/timeline-stub.ts');
  return {
    createTimeline: () =>
      stubTimelineHandle({
        setItems: (items: TimelineItemSpec[]) => void (drawn.items = items),
        setSelection: (ids: string[]) => void (drawn.selection = ids),
      }),
  };
});

function serve(status: number, body: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
}
const serveCorpus = (corpus: Corpus) => serve(200, JSON.stringify(corpus));

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  drawn.items = [];
  drawn.selection = [];
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('says the corpus is missing instead of showing a blank page', async () => {
    serve(404, '');
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('No corpus was found');
  });

  it('names the wrong field of an invalid corpus', async () => {
    serve(200, JSON.stringify({ ...syriaCorpus, articles: 'none' }));
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('articles');
  });

  it('says a truncated corpus is not valid JSON', async () => {
    serve(200, JSON.stringify(syriaCorpus).slice(0, 100));
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('truncated');
  });

  it('explains an empty corpus', async () => {
    serveCorpus(emptyCorpus);
    render(<App />);
    expect(await screen.findByText(/This corpus has no articles yet/)).toBeInTheDocument();
  });

  it('explains articles without events and lists them with why', async () => {
    serveCorpus(eventlessCorpus);
    render(<App />);
    expect(await screen.findByText(/No dated events were found in 1 article/)).toBeInTheDocument();
    const unplaced = screen.getByRole('region', { name: /^Not on the timeline/ });
    expect(unplaced).toHaveTextContent('A quiet column');
    expect(unplaced).toHaveTextContent('no dated event found');
  });

  it('draws every dated event and lists the undated one with why', async () => {
    serveCorpus(syriaCorpus);
    render(<App />);
    await screen.findByRole('heading', { name: 'News timeline' });
    await waitFor(() => expect(drawn.items.length).toBeGreaterThan(0));
    expect(drawn.items.map((item) => item.recordId)).toEqual([
      'war',
      'stalled',
      'arrival',
      'meeting',
      'agreement',
    ]);
    expect(screen.getByRole('region', { name: /^Not on the timeline/ })).toHaveTextContent(
      'Ministry comments',
    );
    // The header and the list count the same undated events.
    expect(screen.getByText(/articles ·/)).toHaveTextContent('· 1 undated');
    expect(screen.getByTestId('undated-heading')).toHaveTextContent('Undated events (1)');
  });

  it('selecting an event in the list opens its detail, selects it on the timeline and goes in the URL', async () => {
    serveCorpus(syriaCorpus);
    render(<App />);
    const list = await screen.findByRole('navigation', { name: /Events in time order/ });
    await userEvent.click(within(list).getByRole('button', { name: /Kerry meets Lavrov/ }));
    expect(screen.getByRole('region', { name: 'Event' })).toHaveTextContent('Kerry meets Lavrov');
    expect(drawn.selection).toEqual(['meeting']);
    expect(window.location.search).toContain('event=meeting');

    await userEvent.click(screen.getAllByRole('button', { name: /Show in article/ })[1]!);
    const article = screen.getByRole('region', { name: 'Article' });
    expect(article.querySelector('mark.evidence')).toHaveTextContent(
      'Lavrov and Kerry met on Friday in Geneva, the ministry said.',
    );
    expect(window.location.search).toContain('article=deal');
  });

  it('steps through events with the arrow keys, opens with Enter and closes with Escape', async () => {
    serveCorpus(syriaCorpus);
    render(<App />);
    await screen.findByRole('heading', { name: 'News timeline' });
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('region', { name: 'Event' })).toHaveTextContent('Talks stall');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Article' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Article' })).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Event' })).toBeNull();
    await userEvent.keyboard('/');
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('narrows the timeline and lists as the search is typed', async () => {
    serveCorpus(syriaCorpus);
    render(<App />);
    await userEvent.type(await screen.findByRole('searchbox'), 'ceasefire');
    expect(drawn.items.map((item) => item.recordId)).toEqual(['stalled', 'meeting', 'agreement']);
    expect(screen.getByRole('region', { name: /Articles/ })).not.toHaveTextContent(
      'A quiet column',
    );
  });

  it('restores the selection from a link and says when the event is unknown', async () => {
    window.history.replaceState(null, '', '/?event=agreement');
    serveCorpus(syriaCorpus);
    render(<App />);
    expect(await screen.findByRole('region', { name: 'Event' })).toHaveTextContent(
      'Russia and US agree on ceasefire',
    );
    cleanup();
    window.history.replaceState(null, '', '/?event=gone');
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('gone');
  });

  it('shows markup from the corpus as text everywhere', async () => {
    serveCorpus(hostileCorpus);
    const { container } = render(<App />);
    const list = await screen.findByRole('navigation', { name: /Events in time order/ });
    await userEvent.click(within(list).getByRole('button'));
    await userEvent.click(screen.getByRole('button', { name: /Show in article/ }));
    expect(container.querySelector('img, script, b, i')).toBeNull();
    expect(screen.getByRole('region', { name: 'Event' })).toHaveTextContent('<i>Mallory</i>');
    await waitFor(() => expect(drawn.items[0]!.text).toBe('<img src=x onerror="alert(2)">'));
  });
});
