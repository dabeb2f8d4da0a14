import { describe, expect, it } from 'vitest';
import { REPORTED_WOULD, type Direction } from '../../../src/loader/timex/tense-cues.ts';
import { resolveValue, type ResolveContext } from '../../../src/loader/timex/resolve-value.ts';

function context(direction: Direction, dct = { year: 2016, month: 8, day: 25 }): ResolveContext {
  return { dct, direction: () => ({ direction, cue: '' }), anchorFor: () => null };
}

describe('resolveValue', () => {
  it('takes a weekday in a past clause as the latest one on or before publication', () => {
    expect(resolveValue('XXXX-WXX-5', context('past'))?.value).toBe('2016-08-19');
    expect(resolveValue('XXXX-WXX-4', context('past'))?.value).toBe('2016-08-25');
  });

  it('takes a weekday in a future clause as the next one on or after publication', () => {
    expect(resolveValue('XXXX-WXX-5', context('future'))?.value).toBe('2016-08-26');
    expect(resolveValue('XXXX-WXX-4', context('future'))?.value).toBe('2016-08-25');
  });

  it('takes a weekday a past saying\'s "would" puts ahead as the nearest one ("said he would meet them on Wednesday")', () => {
    // Published on Thursday 25 August 2016.
    const reported: ResolveContext = {
      ...context('future'),
      direction: () => ({ direction: 'future', cue: REPORTED_WOULD }),
    };
    expect(resolveValue('XXXX-WXX-3', reported)?.value).toBe('2016-08-24');
    expect(resolveValue('XXXX-WXX-6', reported)?.value).toBe('2016-08-27');
    // A plain future keeps the next one.
    expect(resolveValue('XXXX-WXX-3', context('future'))?.value).toBe('2016-08-31');
  });

  it('takes a bare weekday with no tense to go by as the latest one', () => {
    expect(resolveValue('XXXX-WXX-5', context('unknown'))?.value).toBe('2016-08-19');
  });

  it('takes a calendar day with no tense to go by as the nearest one, ahead or behind', () => {
    const early = { year: 2005, month: 11, day: 5 };
    expect(resolveValue('XXXX-11-16', context('unknown', early))?.value).toBe('2005-11-16');
    expect(resolveValue('XXXX-10-30', context('unknown', early))?.value).toBe('2005-10-30');
  });

  it('lets "last" and "next" override the tense', () => {
    expect(resolveValue('LAST:XXXX-WXX-4', context('future'))?.value).toBe('2016-08-18');
    expect(resolveValue('NEXT:XXXX-WXX-4', context('past'))?.value).toBe('2016-09-01');
  });

  it('crosses the year for a past month after publication month', () => {
    expect(
      resolveValue('XXXX-12-26', context('past', { year: 2013, month: 1, day: 10 }))?.value,
    ).toBe('2012-12-26');
    expect(resolveValue('XXXX-11', context('past', { year: 2013, month: 1, day: 10 }))?.value).toBe(
      '2012-11',
    );
  });

  it('keeps a past calendar day a few days after the date line in its year (the story was brought up to date)', () => {
    const updated = resolveValue('XXXX-08-29', context('past'));
    expect(updated).toMatchObject({ value: '2016-08-29' });
    expect(updated?.via).toContain('days-after-date-line');
    // More than a week ahead, a past is last year's.
    expect(resolveValue('XXXX-09-20', context('past'))?.value).toBe('2015-09-20');
  });

  it('records the year as inferred and the month and day as stated', () => {
    expect(resolveValue('XXXX-08-26', context('past'))).toMatchObject({
      stated: ['month', 'day'],
      inferred: ['year'],
    });
  });

  it('takes "this weekend" in a past clause, told before Saturday, as the weekend just past', () => {
    // Published on Thursday 25 August 2016: "became public this weekend" was 20–21 August.
    expect(resolveValue('DCT+0W-WE', context('past'))).toMatchObject({
      value: '2016-W33-WE',
      via: expect.arrayContaining(['tense:past']),
    });
    expect(resolveValue('DCT+0W-WE', context('unknown'))?.value).toBe('2016-W34-WE');
    // Told on the Sunday, it is the weekend of that day.
    const sunday = { year: 2016, month: 8, day: 28 };
    expect(resolveValue('DCT+0W-WE', context('past', sunday))?.value).toBe('2016-W34-WE');
  });

  it('counts shifts from the publication date', () => {
    expect(resolveValue('DCT-1W', context('past'))?.value).toBe('2016-W33');
    expect(resolveValue('DCT+0W-WE', context('future'))?.value).toBe('2016-W34-WE');
    expect(resolveValue('DCT-1Q', context('past'))?.value).toBe('2016-Q2');
    expect(resolveValue('DCT-1SU', context('past'))?.value).toBe('2015-SU');
    expect(resolveValue('DCT-1Y-05', context('past'))).toMatchObject({
      value: '2015-05',
      stated: ['month'],
    });
    expect(resolveValue('DCT+1Y-H2', context('past'))).toMatchObject({
      value: '2017-H2',
      stated: ['half'],
    });
    expect(resolveValue('DCT+0DE', context('past'))?.value).toBe('201');
  });

  it('counts "PREV" shifts from the anchor, falling back to publication', () => {
    const anchored: ResolveContext = {
      ...context('past'),
      anchorFor: () => ({ day: { year: 2016, month: 3, day: 31 }, id: 't1' }),
    };
    expect(resolveValue('PREV+1D', anchored)).toMatchObject({ value: '2016-04-01', anchor: 't1' });
    expect(resolveValue('PREV+1D', context('past'))?.value).toBe('2016-08-26');
  });

  it('cannot complete a relative value without a publication date', () => {
    const none: ResolveContext = {
      dct: null,
      direction: () => ({ direction: 'past', cue: '' }),
      anchorFor: () => null,
    };
    expect(resolveValue('XXXX-WXX-5', none)).toBeNull();
    expect(resolveValue('DCT-1D', none)).toBeNull();
    expect(resolveValue('2016-08-26', none)?.value).toBe('2016-08-26');
  });
});
