import { describe, expect, it } from 'vitest';
import {
  buildCorpusIndex,
  mentionSentence,
} from '../../../../../src/features/corpus/utils/corpus-index.ts';
import { genevaArticle, meetingEvent, syriaCorpus, validCorpus } from '../../../fixtures.ts';

describe('buildCorpusIndex', () => {
  const index = buildCorpusIndex(syriaCorpus);

  it('places dated events in time order', () => {
    expect(index.placed.map(({ event }) => event.id)).toEqual([
      'war',
      'stalled',
      'arrival',
      'meeting',
      'agreement',
    ]);
  });

  it('draws month and year dates as ranges and day dates as instants', () => {
    const byId = new Map(index.placed.map((placed) => [placed.event.id, placed]));
    expect(byId.get('war')!.end).not.toBeNull();
    expect(byId.get('stalled')!.end).not.toBeNull();
    expect(byId.get('arrival')!.end).toBeNull();
  });

  it('keeps undated events with the reason they are not on the timeline', () => {
    expect(index.unplaced).toEqual([
      { event: syriaCorpus.undated[0], reason: 'no dated event found' },
    ]);
  });

  it('lists an event under every article that reports it', () => {
    expect(index.eventsByArticle.get('deal')!.map((event) => event.id)).toContain('meeting');
    expect(index.eventsByArticle.get('geneva')!.map((event) => event.id)).toContain('meeting');
  });

  it('lists articles without events', () => {
    expect(index.articlesWithoutEvents.map((article) => article.id)).toEqual(['quiet']);
  });

  it('moves an event whose date cannot be read to the unplaced list instead of failing', () => {
    const odd = validCorpus({
      ...syriaCorpus,
      events: [{ ...meetingEvent, start: '-99999-01-01' }],
      undated: [],
    });
    const oddIndex = buildCorpusIndex(odd);
    expect(oddIndex.placed).toEqual([]);
    expect(oddIndex.unplaced[0]!.reason).toMatch(/cannot be read/);
  });
});

describe('mentionSentence', () => {
  it('slices the reporting sentence out of the article text', () => {
    expect(mentionSentence(genevaArticle, meetingEvent.mentions[0]!)).toBe(
      'He was scheduled to meet with Lavrov on Friday morning.',
    );
  });

  it('uses UTF-16 offsets, so text after an emoji is still found', () => {
    const text = '👍 Kerry met Lavrov.';
    const article = { ...genevaArticle, text };
    expect(
      mentionSentence(article, { ...meetingEvent.mentions[0]!, start: 3, end: text.length }),
    ).toBe('Kerry met Lavrov.');
  });
});
