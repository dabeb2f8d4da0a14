import { describe, expect, it } from 'vitest';
import { event } from './article.ts';

describe('vaguelyCountedFrom, through the article stages', () => {
  it('dates an event "days after" a day within that day\'s month, approximately ("on September 19, days after the collapse of Orlin")', () => {
    const text =
      'Lund Bank announced the plan on September 19, days after the collapse of Orlin Bank.';
    expect(event(text, 'collapse', '2008-09-30')).toMatchObject({
      start: '2008-09-01',
      granularity: 'month',
      approximate: true,
      mention: { dateBasis: 'event-relative' },
    });
    // A clause too, and "before": "days before Orlin collapsed".
    const before = 'Lund Bank rose on March 12, days before Orlin Bank collapsed.';
    expect(event(before, 'collapsed', '2008-09-30')).toMatchObject({
      start: '2008-03-01',
      granularity: 'month',
    });
  });

  it("leaves undated an event a few days off a day near its month's edge, and counts a number of days exactly", () => {
    const early = 'Lund Bank was sold on May 4, a few days after the crash of Orlin Bank.';
    expect(event(early, 'crash', '2008-09-30').start).toBeNull();
    const counted = 'Lund Bank closed on June 19, two days after the vote in Oslo.';
    expect(event(counted, 'vote', '2008-09-30')).toMatchObject({
      start: '2008-06-17',
      granularity: 'day',
    });
  });
});
