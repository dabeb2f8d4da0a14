import { describe, expect, it } from 'vitest';
import { selectionReducer } from '../../../../src/app/hooks/selection.ts';
import {
  EMPTY_LOCATION,
  type ViewLocation,
} from '../../../../src/features/url-state/utils/view-location.ts';

const at = (change: Partial<ViewLocation>): ViewLocation => ({ ...EMPTY_LOCATION, ...change });
const reportedIn = (...articles: string[]) => ({
  mentions: articles.map((article) => ({ article })),
});

describe('selectionReducer', () => {
  it('selects an event and closes an article that does not report it', () => {
    const next = selectionReducer(at({ articleId: 'a1', mentionIndex: 0 }), {
      type: 'select-event',
      eventId: 'e2',
      event: reportedIn('a2'),
    });
    expect(next).toMatchObject({ eventId: 'e2', articleId: null, mentionIndex: null });
  });

  it('keeps the open article when it reports the new event, marking that mention', () => {
    const next = selectionReducer(at({ eventId: 'e1', articleId: 'a2', mentionIndex: 0 }), {
      type: 'select-event',
      eventId: 'e2',
      event: reportedIn('a1', 'a2'),
    });
    expect(next).toMatchObject({ eventId: 'e2', articleId: 'a2', mentionIndex: 1 });
  });

  it('returns the same location when the event is already selected', () => {
    const location = at({ eventId: 'e1' });
    expect(
      selectionReducer(location, { type: 'select-event', eventId: 'e1', event: reportedIn('a') }),
    ).toBe(location);
  });

  it('deselects, closing the article, when the event is unknown or none', () => {
    const location = at({ eventId: 'e1', articleId: 'a1', mentionIndex: 0 });
    expect(
      selectionReducer(location, { type: 'select-event', eventId: null, event: null }),
    ).toMatchObject({ eventId: null, articleId: null, mentionIndex: null });
  });

  it('opens a source of the selected event, and nothing when no event is selected', () => {
    expect(
      selectionReducer(at({ eventId: 'e1' }), {
        type: 'open-source',
        mentionIndex: 2,
        articleId: 'a3',
      }),
    ).toMatchObject({ eventId: 'e1', articleId: 'a3', mentionIndex: 2 });
    const none = at({});
    expect(selectionReducer(none, { type: 'open-source', mentionIndex: 0, articleId: 'a1' })).toBe(
      none,
    );
  });

  it('choosing an article deselects the event', () => {
    expect(
      selectionReducer(at({ eventId: 'e1', articleId: 'a1', mentionIndex: 0 }), {
        type: 'select-article',
        articleId: 'a2',
      }),
    ).toMatchObject({ eventId: null, articleId: 'a2', mentionIndex: null });
  });

  it('closes the event or the article pane, keeping the rest', () => {
    const both = at({ eventId: 'e1', articleId: 'a1', mentionIndex: 0, lanes: 'kind' });
    expect(selectionReducer(both, { type: 'close-event' })).toMatchObject({
      eventId: null,
      articleId: 'a1',
      mentionIndex: null,
      lanes: 'kind',
    });
    expect(selectionReducer(both, { type: 'close-article' })).toMatchObject({
      eventId: 'e1',
      articleId: null,
      mentionIndex: null,
    });
  });

  it('Escape closes the article first, then the event, then nothing', () => {
    const both = at({ eventId: 'e1', articleId: 'a1', mentionIndex: 0 });
    const eventOnly = selectionReducer(both, { type: 'close-top' });
    expect(eventOnly).toMatchObject({ eventId: 'e1', articleId: null, mentionIndex: null });
    const none = selectionReducer(eventOnly, { type: 'close-top' });
    expect(none).toMatchObject({ eventId: null, articleId: null });
    expect(selectionReducer(none, { type: 'close-top' })).toBe(none);
    expect(selectionReducer(at({ articleId: 'a1' }), { type: 'close-top' })).toMatchObject({
      articleId: null,
    });
  });
});
