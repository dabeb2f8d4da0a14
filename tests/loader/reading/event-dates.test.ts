import { describe, expect, it } from 'vitest';
import type { ResolvedInterval, Timex } from '../../../src/contract/corpus.ts';
import {
  dateFromTimex,
  inheritsGoverningDate,
  isEventDate,
  publicationDate,
  storyDay,
  takesPublicationDate,
} from '../../../src/loader/reading/event-dates.ts';

const day = (start: string, change: Partial<ResolvedInterval> = {}): ResolvedInterval => ({
  start,
  end: start,
  granularity: 'day',
  stated: ['month', 'day'],
  inferred: ['year'],
  via: ['test'],
  approximate: false,
  ...change,
});

describe('dateFromTimex', () => {
  it('keeps a past date before publication as it is, with no end for a day', () => {
    expect(dateFromTimex(day('2008-09-15'), '2008-09-17', 'past', true)).toEqual({
      start: '2008-09-15',
      end: null,
      granularity: 'day',
      approximate: false,
    });
  });

  it('moves a future "November 16" whose inferred year put it before publication to the next year', () => {
    const date = dateFromTimex(day('2004-11-16'), '2005-11-05', 'future', false);
    expect(date.start).toBe('2005-11-16');
  });

  it('moves an infinitive ("to open on November 16") forward the same way', () => {
    expect(dateFromTimex(day('2004-11-16'), '2005-11-05', 'infinitive', false).start).toBe(
      '2005-11-16',
    );
  });

  it('leaves a future period still running at publication where it is ("later this year")', () => {
    const thisYear = day('2007-01-01', {
      end: '2008-01-01',
      granularity: 'year',
      stated: [],
      inferred: ['year'],
    });
    expect(dateFromTimex(thisYear, '2007-07-09', 'infinitive', false)).toMatchObject({
      start: '2007-01-01',
      end: '2008-01-01',
    });
  });

  it('leaves a date its words count from publication where they put it ("to steady the market last week")', () => {
    const lastWeek = day('2008-10-20', {
      end: '2008-10-27',
      granularity: 'week',
      stated: [],
      inferred: ['year', 'week'],
      via: ['find-timexes', 'anchor:publication-date', 'resolve-timexes'],
    });
    expect(dateFromTimex(lastWeek, '2008-10-28', 'infinitive', false).start).toBe('2008-10-20');
  });

  it('leaves a date the words place in the past ("since December", "last March") where it is', () => {
    const since = day('2006-12-01', { via: ['tense:past (since)'] });
    expect(dateFromTimex(since, '2007-06-09', 'infinitive', false).start).toBe('2006-12-01');
    const last = day('2007-03-01', { via: ['direction:last'] });
    expect(dateFromTimex(last, '2007-06-09', 'future', false).start).toBe('2007-03-01');
    // A past tense alone does not: "agreed to open on March 1" may be next March.
    const agreed = day('2007-03-01', { via: ['tense:past (agreed)'] });
    expect(dateFromTimex(agreed, '2007-06-09', 'infinitive', false).start).toBe('2008-03-01');
  });

  it('leaves a future date alone when its year was stated', () => {
    const stated = day('2004-11-16', { stated: ['year', 'month', 'day'], inferred: [] });
    expect(dateFromTimex(stated, '2005-11-05', 'future', false).start).toBe('2004-11-16');
  });

  it('moves a past weekday resolved after publication back a week', () => {
    const friday = day('2008-09-19', { stated: ['weekday'], inferred: ['year', 'month', 'day'] });
    expect(dateFromTimex(friday, '2008-09-17', 'past', true).start).toBe('2008-09-12');
  });

  it('moves a future weekday resolved before publication on a week', () => {
    const monday = day('2008-09-15', { stated: ['weekday'], inferred: ['year', 'month', 'day'] });
    expect(dateFromTimex(monday, '2008-09-17', 'future', false).start).toBe('2008-09-22');
  });

  it('moves a future weekday with a part of the day on a week, not a year ("Monday night")', () => {
    const night = day('2008-09-15T21:00', {
      end: '2008-09-16T00:00',
      granularity: 'part-of-day',
      stated: ['weekday', 'part-of-day'],
      inferred: ['year', 'month', 'day'],
    });
    expect(dateFromTimex(night, '2008-09-17', 'future', false).start).toBe('2008-09-22T21:00');
  });

  it('does not move a past weekday of an event that is not actual', () => {
    const friday = day('2008-09-19', { stated: ['weekday'], inferred: ['year', 'month', 'day'] });
    expect(dateFromTimex(friday, '2008-09-17', 'past', false).start).toBe('2008-09-19');
  });

  it('moves a past month whose year was inferred after publication back a year', () => {
    const december = day('2009-12-01', {
      end: '2009-12-31',
      granularity: 'month',
      stated: ['month'],
    });
    expect(dateFromTimex(december, '2009-04-10', 'perfect', true)).toEqual({
      start: '2008-12-01',
      end: '2008-12-31',
      granularity: 'month',
      approximate: false,
    });
  });

  it('keeps a date as it is when there is no publication date', () => {
    expect(dateFromTimex(day('2004-11-16'), null, 'future', false).start).toBe('2004-11-16');
  });
});

describe('publicationDate', () => {
  it('is the publication day, approximate', () => {
    expect(publicationDate('2008-09-17T08:30:00Z')).toEqual({
      start: '2008-09-17',
      end: null,
      granularity: 'day',
      approximate: true,
    });
  });
});

describe('takesPublicationDate', () => {
  it('is true of what was done, is being done or was just done', () => {
    for (const tense of ['past', 'perfect', 'present', 'gerund', 'nominal'] as const)
      expect(takesPublicationDate(tense), tense).toBe(true);
  });

  it('is false of plans and of what had happened earlier', () => {
    for (const tense of ['future', 'infinitive', 'pluperfect'] as const)
      expect(takesPublicationDate(tense), tense).toBe(false);
  });
});

describe('inheritsGoverningDate', () => {
  it("lets an infinitive take its governor's date, but not a pluperfect or a future", () => {
    expect(inheritsGoverningDate('infinitive', 'past')).toBe(true);
    expect(inheritsGoverningDate('pluperfect', 'past')).toBe(false);
    expect(inheritsGoverningDate('future', 'past')).toBe(false);
  });

  it('does not date a past event by a future governor', () => {
    expect(inheritsGoverningDate('past', 'future')).toBe(false);
    expect(inheritsGoverningDate('infinitive', 'future')).toBe(true);
  });
});

describe('isEventDate', () => {
  const timex = (change: Partial<Timex>): Timex => ({
    id: 't1',
    start: 0,
    end: 6,
    text: 'Monday',
    type: 'DATE',
    value: '2008-09-15',
    resolved: day('2008-09-15'),
    ...change,
  });

  it('takes a date or time, even one no publication date places, but no duration or vague reference', () => {
    expect(isEventDate(timex({}))).toBe(true);
    expect(isEventDate(timex({ type: 'TIME' }))).toBe(true);
    expect(isEventDate(timex({ type: 'DURATION' }))).toBe(false);
    expect(isEventDate(timex({ resolved: null, value: 'XXXX-WXX-1' }))).toBe(true);
    expect(isEventDate(timex({ resolved: null, value: 'PAST_REF' }))).toBe(false);
  });
});

describe('storyDay', () => {
  const at = (value: string, change: Partial<ResolvedInterval> = {}): Timex => ({
    id: value,
    start: 0,
    end: 6,
    text: value,
    type: 'DATE',
    value,
    resolved: day(value, change),
  });

  const notReport = () => false;

  it("takes the lead's first day in the week before publication", () => {
    const story = storyDay(
      [at('2009-06-30'), at('2009-11-04'), at('2009-11-03')],
      '2009-11-05',
      notReport,
    );
    expect(story?.date).toEqual({
      start: '2009-11-04',
      end: null,
      granularity: 'day',
      approximate: true,
    });
    expect(story?.timex.value).toBe('2009-11-04');
  });

  it('takes the day of a time ("16:15 UTC, June 1st")', () => {
    const time = at('2009-06-01T16:15', { granularity: 'minute' });
    expect(storyDay([time], '2009-06-04', notReport)?.date.start).toBe('2009-06-01');
  });

  it('ignores later days, months and days older than two weeks', () => {
    expect(
      storyDay(
        [at('2009-11-09'), at('2009-11-01', { granularity: 'month' }), at('2009-10-21')],
        '2009-11-05',
        notReport,
      ),
    ).toBeNull();
  });

  it('ends at a lead day that is the publication day, unless only a report is of that day', () => {
    const lead = [at('2009-11-05'), at('2009-11-04')];
    // "The court on Thursday blocked …, after the appeal filed on Wednesday": Thursday's story.
    expect(storyDay(lead, '2009-11-05', notReport)).toBeNull();
    // "The airline stated on Thursday that it had signed … on Wednesday": Wednesday's.
    expect(storyDay(lead, '2009-11-05', () => true)?.date.start).toBe('2009-11-04');
  });

  it('needs a publication date', () => {
    expect(storyDay([at('2009-11-04')], null, notReport)).toBeNull();
  });
});
