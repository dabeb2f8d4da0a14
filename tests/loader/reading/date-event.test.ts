import { describe, expect, it } from 'vitest';
import type { Timex } from '../../../src/contract/corpus.ts';
import { isComparisonDate, isRecordReference } from '../../../src/loader/reading/date-event.ts';

/** The timex written `text` in `sentence`, unresolved: these rules read only the words. */
function timexIn(sentence: string, text: string): Timex {
  const start = sentence.indexOf(text);
  return {
    start,
    end: start + text.length,
    text,
    type: 'DATE',
    value: 'X',
    resolved: null,
  } as Timex;
}

describe('isComparisonDate', () => {
  it('reads the date an event is compared with as no date of the event', () => {
    const sentence = 'Sales fell 17% compared to March, and rose from a year earlier.';
    expect(isComparisonDate(sentence, 0, timexIn(sentence, 'March'))).toBe(true);
    expect(isComparisonDate(sentence, 0, timexIn(sentence, 'a year earlier'))).toBe(true);
  });

  it('keeps the start of a span ("from 2005 to 2008") as a date', () => {
    const sentence = 'The plant ran from 2005 to 2008.';
    expect(isComparisonDate(sentence, 0, timexIn(sentence, '2005'))).toBe(false);
  });
});

describe('isRecordReference', () => {
  it('reads the date a record is measured from as no date of the event', () => {
    const sentence = 'The mill posted its first loss since 1992.';
    expect(isRecordReference(sentence, 0, timexIn(sentence, '1992'))).toBe(true);
  });

  it('keeps "since" without a record as a date', () => {
    const sentence = 'The mill has been closed since March.';
    expect(isRecordReference(sentence, 0, timexIn(sentence, 'March'))).toBe(false);
  });
});
