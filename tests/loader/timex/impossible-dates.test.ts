import { describe, expect, it } from 'vitest';
import { impossibleDatesIn } from '../../../src/loader/timex/impossible-dates.ts';
import { timexDraftOf } from '../../../src/loader/timex/timexes-of-text.ts';
import { timexesIn } from './timex-test-helpers.ts';

describe('impossible dates', () => {
  it.each([
    'The deadline is February 30.',
    'He was born on 31 April 2001.',
    'It fell on Feb. 29, 2015.',
    'The form was dated 32/13/2016.',
    'See 2016-02-30 for details.',
    'See 2016-13-01 for details.',
  ])('yields no timex and a warning for %j', (text) => {
    expect(timexesIn(text, '2016-09-08')).toEqual([]);
    const draft = timexDraftOf(text, '2016-09-08');
    expect(draft.diagnostics).toContainEqual(
      expect.objectContaining({ stage: 'find-timexes', severity: 'warning' }),
    );
  });

  it.each([
    'It fell on Feb. 29, 2016.',
    'Leap day is February 29.',
    'Filed on 31/12/2016.',
    'In March 2016 30 people died.',
    'Officials may 31 times have tried.',
  ])('accepts the real or non-dates in %j', (text) => {
    expect(impossibleDatesIn(text)).toEqual([]);
  });

  it('never writes a year past the calendar limit', () => {
    expect(timexesIn('In the year 99999 and in 12016, nothing happened.', '2016-09-08')).toEqual(
      [],
    );
  });
});
