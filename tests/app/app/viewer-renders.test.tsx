import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Viewer } from '../../../src/app/viewer.tsx';
import type { TimelineCallbacks } from '../../../src/lib/timeline.ts';
import { syriaCorpus } from '../fixtures.ts';

// Counts renders of the event list rows and the article text; the timeline is a stand-in
// that hands back its callbacks so the test can move the cursor as vis-timeline would.
const seen = vi.hoisted(() => ({
  rows: 0,
  articleText: 0,
  callbacks: null as TimelineCallbacks | null,
}));
vi.mock('../../../src/lib/timeline.ts', async () => {
  const { stubTimelineHandle } = await import('../support/timeline-stub.ts');
  return {
    createTimeline: (_container: HTMLElement, callbacks: TimelineCallbacks) => {
      seen.callbacks = callbacks;
      return stubTimelineHandle();
    },
  };
});
vi.mock('../../../src/features/events/components/event-list-entry.tsx', async (original) => {
  const actual =
    await original<typeof import('../../../src/features/events/components/event-list-entry.tsx')>();
  return {
    EventListEntry: (props: Parameters<typeof actual.EventListEntry>[0]) => {
      seen.rows += 1;
      return actual.EventListEntry(props);
    },
  };
});
vi.mock('../../../src/features/articles/components/article-text.tsx', async (original) => {
  const actual =
    await original<typeof import('../../../src/features/articles/components/article-text.tsx')>();
  return {
    ArticleText: (props: Parameters<typeof actual.ArticleText>[0]) => {
      seen.articleText += 1;
      return actual.ArticleText(props);
    },
  };
});

/** Moves the cursor once the (lazily loaded) timeline has mounted. */
async function moveCursor(iso: string) {
  await waitFor(() => expect(seen.callbacks).not.toBeNull());
  await act(() => seen.callbacks!.onCursorMove!(new Date(iso), { settled: false }));
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  seen.rows = 0;
  seen.articleText = 0;
  seen.callbacks = null;
});
afterEach(cleanup);

describe('Viewer rendering while the cursor moves', () => {
  it('re-renders only the list rows whose selection changed, never the whole list', async () => {
    render(<Viewer corpus={syriaCorpus} />);
    await screen.findByRole('navigation', { name: /Events in time order/ });
    const eventCount = syriaCorpus.events.length;
    await moveCursor('2016-08-25T02:00:00');
    seen.rows = 0;
    // Within the same event: nothing in the list changes.
    await moveCursor('2016-08-25T03:00:00');
    expect(seen.rows).toBe(0);
    // To another event: the old and the new selected rows, nothing else.
    await moveCursor('2016-09-09T01:00:00');
    expect(seen.rows).toBeLessThanOrEqual(2);
    expect(seen.rows).toBeLessThan(eventCount);
  });

  it('does not re-render the open article text while the cursor moves within its event', async () => {
    window.history.replaceState(null, '', '/?event=meeting&article=deal&mention=1');
    render(<Viewer corpus={syriaCorpus} />);
    await screen.findByRole('region', { name: 'Article' });
    seen.articleText = 0;
    for (const hour of ['01', '02', '03', '04']) await moveCursor(`2016-08-26T${hour}:00:00`);
    expect(screen.getByRole('region', { name: 'Article' })).toBeInTheDocument();
    expect(seen.articleText).toBe(0);
  });
});
