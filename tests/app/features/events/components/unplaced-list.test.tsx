import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnplacedList } from '../../../../../src/features/events/components/unplaced-list.tsx';
import { quietArticle, undatedEvent } from '../../../fixtures.ts';

afterEach(cleanup);

describe('UnplacedList', () => {
  it('counts undated events apart from articles without a dated event', () => {
    render(
      <UnplacedList
        unplaced={[
          { event: undatedEvent, reason: 'no dated event found' },
          { event: { ...undatedEvent, id: 'plan', modality: 'scheduled' }, reason: 'x' },
        ]}
        articlesWithoutEvents={[quietArticle]}
        onSelectEvent={() => {}}
        onSelectArticle={() => {}}
      />,
    );
    const section = screen.getByRole('region', { name: 'Not on the timeline' });
    expect(within(section).getByRole('heading', { name: 'Undated events (2)' })).toBeVisible();
    expect(
      within(section).getByRole('heading', { name: 'Articles with no dated event (1)' }),
    ).toBeVisible();
    const entries = within(section).getAllByRole('button');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      'Ministry commentsStatement · no date given in the text',
      'Ministry commentsStatement · planned, no date given in the text',
      'A quiet columnarticle · no dated event found',
    ]);
  });

  it('selects an undated event when chosen', async () => {
    const onSelectEvent = vi.fn();
    render(
      <UnplacedList
        unplaced={[{ event: undatedEvent, reason: 'no dated event found' }]}
        articlesWithoutEvents={[]}
        onSelectEvent={onSelectEvent}
        onSelectArticle={() => {}}
      />,
    );
    expect(screen.queryByRole('heading', { name: /Articles with no dated event/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /Ministry comments/ }));
    expect(onSelectEvent).toHaveBeenCalledWith('undated-statement');
  });
});
