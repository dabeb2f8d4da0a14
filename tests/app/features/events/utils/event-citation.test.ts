import { describe, expect, it } from 'vitest';
import { eventCitation } from '../../../../../src/features/events/utils/event-citation.ts';
import { arrivalEvent, meetingEvent, syriaCorpus } from '../../../fixtures.ts';

const articleById = new Map(
  syriaCorpus.articles.map((article) => [
    article.id,
    article.id === 'geneva' ? { ...article, url: 'https://example.com/geneva' } : article,
  ]),
);

describe('eventCitation', () => {
  it('cites title, date and every source with its address', () => {
    expect(eventCitation(meetingEvent, articleById)).toBe(
      [
        'Kerry meets Lavrov. Friday 26 August 2016.',
        'Sources:',
        '- Kerry arrives in Geneva — Buzzing Live, 25 Aug 2016. https://example.com/geneva',
        '- Russia and US agree on Syria ceasefire — Daily News, 10 Sep 2016 (inferred).',
      ].join('\n'),
    );
  });

  it('cites one source in the singular, and no unsafe address', () => {
    const unsafe = new Map(
      [...articleById].map(([id, article]) => [id, { ...article, url: 'javascript:alert(1)' }]),
    );
    expect(eventCitation(arrivalEvent, unsafe)).toBe(
      [
        'Kerry arrives in Geneva. Thursday 25 August 2016.',
        'Source:',
        '- Kerry arrives in Geneva — Buzzing Live, 25 Aug 2016.',
      ].join('\n'),
    );
  });
});
