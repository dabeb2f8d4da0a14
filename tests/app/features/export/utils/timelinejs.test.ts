import { describe, expect, it } from 'vitest';
import { timelineJs } from '../../../../../src/features/export/utils/timelinejs.ts';
import {
  hostileCorpus,
  stalledEvent,
  syriaCorpus,
  undatedEvent,
  warEvent,
} from '../../../fixtures.ts';

const articleById = new Map(
  syriaCorpus.articles.map((article) => [
    article.id,
    article.id === 'deal' ? { ...article, url: 'https://example.com/deal' } : article,
  ]),
);

describe('timelineJs', () => {
  it('writes Knight Lab slides with dates to their granularity, groups by kind, no undated event', () => {
    expect(timelineJs('Syria', [warEvent, stalledEvent, undatedEvent], articleById)).toEqual({
      title: { text: { headline: 'Syria', text: '' } },
      events: [
        {
          start_date: { year: 2011 },
          text: {
            headline: 'Syrian conflict erupts',
            text: '<p>Places: Syria</p><p>Sources: Buzzing Live: Kerry arrives in Geneva</p>',
          },
          group: 'Military',
          unique_id: 'war',
        },
        {
          start_date: { year: 2016, month: 7 },
          display_date: '≈ July 2016',
          text: {
            headline: 'Talks stall',
            text: '<p>Sources: <a href="https://example.com/deal">Daily News: Russia and US agree on Syria ceasefire</a></p>',
          },
          group: 'Other',
          unique_id: 'stalled',
        },
      ],
    });
  });

  it('escapes every piece of article text, since TimelineJS reads it as HTML', () => {
    const hostileById = new Map(hostileCorpus.articles.map((article) => [article.id, article]));
    const timeline = timelineJs('<i>x</i>', hostileCorpus.events, hostileById);
    expect(timeline.title.text.headline).toBe('&lt;i&gt;x&lt;/i&gt;');
    const html = timeline.events.map((slide) => slide.text.headline + slide.text.text).join('');
    expect(html).not.toMatch(/<(script|img|b)\b/);
    expect(html).toContain('&lt;b&gt;Evil Source&lt;/b&gt;');
  });
});
