import { describe, expect, it } from 'vitest';
import { isRecordReference } from '../../../src/loader/timex/record-reference.ts';
import { timexIn } from '../reading/tagged.ts';

describe('isRecordReference', () => {
  it('reads the date a record is measured from as no date of the event', () => {
    const sentence = 'The mill posted its first loss since 1992.';
    expect(isRecordReference(sentence, 0, timexIn(sentence, '1992'))).toBe(true);
  });

  it('reads the day an ordinal counts from as no date of the event ("its sixth reduction since September")', () => {
    const sentence = 'The bank lowered its rate to 2 percent, its sixth reduction since September.';
    expect(isRecordReference(sentence, 0, timexIn(sentence, 'September'))).toBe(true);
    const numbered = 'The bank cut its rate, its 7th cut since May.';
    expect(isRecordReference(numbered, 0, timexIn(numbered, 'May'))).toBe(true);
    // A count of days is no ordinal: "has fallen six times since May" tells a span.
    const times = 'The index has fallen six times since May.';
    expect(isRecordReference(times, 0, timexIn(times, 'May'))).toBe(false);
  });

  it('reads a record measured from an event of a year as no date ("since the crash of 1987")', () => {
    const sentence =
      'Shares in the port lost 8 percent, their worst day since the stock crash of 1987.';
    expect(isRecordReference(sentence, 0, timexIn(sentence, '1987'))).toBe(true);
    const patrol =
      'Soldiers will patrol the port for the first time since the end of the long strike in 1990.';
    expect(isRecordReference(patrol, 0, timexIn(patrol, '1990'))).toBe(true);
  });

  it('reads a record whose "since" is far from its date ("the first … to close since the failure of … in 1990")', () => {
    const sentence =
      'It will be the first large regional savings bank to close its doors since the failure of Harwell Mutual Trust in 1990.';
    expect(isRecordReference(sentence, 0, timexIn(sentence, '1990'))).toBe(true);
  });

  it('reads a date after a record\'s clause ("since the port reopened after the May 3 fire") as the record\'s', () => {
    const sentence =
      'The index fell 9 percent, its worst day since the port reopened after the May 3 fire.';
    expect(isRecordReference(sentence, 0, timexIn(sentence, 'May 3'))).toBe(true);
    const plain = 'The port reopened after the May 3 fire.';
    expect(isRecordReference(plain, 0, timexIn(plain, 'May 3'))).toBe(false);
  });

  it('reads no record across a comma ("Lund Bank, the largest lender, has lost 24 percent since July 1")', () => {
    const sentence = 'Lund Bank, the largest lender in Oslo, has lost 24 percent since July 1.';
    expect(isRecordReference(sentence, 0, timexIn(sentence, 'July 1'))).toBe(false);
  });

  it('keeps "since" without a record as a date', () => {
    const sentence = 'The mill has been closed since March.';
    expect(isRecordReference(sentence, 0, timexIn(sentence, 'March'))).toBe(false);
  });
});
