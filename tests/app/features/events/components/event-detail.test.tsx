import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventDetail } from '../../../../../src/features/events/components/event-detail.tsx';
import {
  arrivalEvent,
  meetingEvent,
  stalledEvent,
  syriaCorpus,
  undatedEvent,
} from '../../../fixtures.ts';

// Testing Library only cleans up by itself when test globals are on; they are off here.

const articleById = new Map(syriaCorpus.articles.map((article) => [article.id, article]));

function renderDetail(event = meetingEvent) {
  const onOpenSource = vi.fn();
  render(
    <EventDetail
      event={event}
      articleById={articleById}
      openMentionIndex={null}
      onOpenSource={onOpenSource}
      onClose={() => {}}
    />,
  );
  return { pane: screen.getByRole('region', { name: 'Event' }), onOpenSource };
}

describe('EventDetail', () => {
  it('shows title, kind, resolved date, participants and places', () => {
    const { pane } = renderDetail();
    expect(within(pane).getByRole('heading', { name: 'Kerry meets Lavrov' })).toBeInTheDocument();
    expect(pane).toHaveTextContent('Meeting (planned)');
    expect(pane).toHaveTextContent('Friday 26 August 2016');
    expect(pane).toHaveTextContent('John Kerry, Sergei Lavrov');
    expect(pane).toHaveTextContent('Geneva');
  });

  it('names apart the names of the circumstances, which are no participants', () => {
    const { pane } = renderDetail({
      ...meetingEvent,
      roles: [
        { name: 'John Kerry', role: 'agent' },
        { name: 'Sergei Lavrov', role: 'partner' },
        { name: 'Syria', role: 'other' },
      ],
    });
    const facts = pane.querySelector('dl.facts');
    expect(facts).toHaveTextContent('ParticipantsJohn Kerry, Sergei Lavrov');
    expect(facts).toHaveTextContent('Also namedSyria');
  });

  it('lists every source with its sentence and the date as written', () => {
    const { pane } = renderDetail();
    const sources = within(pane).getAllByRole('listitem');
    expect(sources).toHaveLength(2);
    expect(sources[0]).toHaveTextContent('Kerry arrives in Geneva — Buzzing Live');
    expect(sources[0]).toHaveTextContent('He was scheduled to meet with Lavrov on Friday morning.');
    expect(sources[0]).toHaveTextContent('As written: Friday');
    expect(sources[0]!.querySelector('q.timex-text')).toHaveTextContent('Friday');
    expect(sources[1]).toHaveTextContent('Daily News');
  });

  it('marks a date the loader inferred', () => {
    const { pane } = renderDetail(arrivalEvent);
    expect(pane).toHaveTextContent('year, month, day inferred');
    expect(within(pane).getAllByText('inferred', { exact: true }).length).toBeGreaterThan(0);
  });

  it('marks an approximate date with ≈ and a word', () => {
    const { pane } = renderDetail(stalledEvent);
    expect(pane).toHaveTextContent('≈ July 2016');
    expect(within(pane).getByText('approximate')).toBeInTheDocument();
  });

  it('opens the chosen source', async () => {
    const { pane, onOpenSource } = renderDetail();
    await userEvent.click(within(pane).getAllByRole('button', { name: /Show in article/ })[1]!);
    expect(onOpenSource).toHaveBeenCalledWith(1);
  });

  it('counts sources by article and prints the merge reasons once', () => {
    const { pane } = renderDetail({
      ...meetingEvent,
      mentions: [...meetingEvent.mentions, meetingEvent.mentions[0]!],
      mergedBecause: ['same participants and day', 'same participants and day'],
    });
    expect(within(pane).getByRole('heading', { name: '2 sources' })).toBeInTheDocument();
    expect(pane.querySelectorAll('.source')).toHaveLength(2);
    expect(pane.querySelector('.merged-because')).toHaveTextContent(
      /^Sources combined because: same participants and day$/,
    );
  });

  it('says an undated event has no date, without calling it inferred', () => {
    const { pane } = renderDetail(undatedEvent);
    expect(pane.querySelector('.resolved-date')).toHaveTextContent('no date found');
    expect(within(pane).queryByText('inferred')).toBeNull();
  });

  it('copies the citation, and shows it when the browser refuses', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const { pane } = renderDetail(arrivalEvent);
    await user.click(within(pane).getByRole('button', { name: 'Copy citation' }));
    expect(writeText).toHaveBeenCalledWith(
      'Kerry arrives in Geneva. Thursday 25 August 2016.\nSource:\n- Kerry arrives in Geneva — Buzzing Live, 25 Aug 2016.',
    );
    expect(within(pane).getByRole('status')).toHaveTextContent('Citation copied.');
    writeText.mockRejectedValueOnce(new Error('denied'));
    await user.click(within(pane).getByRole('button', { name: 'Copy citation' }));
    expect(within(pane).getByRole('textbox', { name: 'Citation' })).toHaveValue(
      'Kerry arrives in Geneva. Thursday 25 August 2016.\nSource:\n- Kerry arrives in Geneva — Buzzing Live, 25 Aug 2016.',
    );
  });
});
