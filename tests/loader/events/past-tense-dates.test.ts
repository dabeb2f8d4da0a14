import { describe, expect, it } from 'vitest';
import type { ResolvedInterval } from '../../../src/contract/corpus.ts';
import { beforePublication } from '../../../src/loader/events/past-tense-dates.ts';

const resolved = (
  start: string,
  end: string,
  stated: string[],
  inferred: string[],
): ResolvedInterval => ({
  start,
  end,
  granularity: 'day',
  stated,
  inferred,
  via: ['test'],
  approximate: false,
});

describe('beforePublication', () => {
  it('moves "agreed on October 14" back a year when the year was only inferred', () => {
    const date = beforePublication(
      resolved('2025-10-14', '2025-10-15', ['month', 'day'], ['year']),
      '2024-12-04',
      true,
    );
    expect(date.start).toBe('2024-10-14');
    expect(date.end).toBe('2024-10-15');
    expect(date.via).toContain('past-tense-before-publication');
  });

  it('moves a past-tense weekday placed after publication to the week before', () => {
    const date = beforePublication(
      resolved('2024-06-14', '2024-06-15', ['weekday'], ['year', 'month', 'day']),
      '2024-06-12',
      true,
    );
    expect(date.start).toBe('2024-06-07');
  });

  it('leaves alone a day counted from another ("a day later"): no calendar day a year off', () => {
    const counted = resolved('2008-01-03', '2008-01-04', [], ['year', 'month', 'day']);
    expect(beforePublication(counted, '2008-01-02', true)).toBe(counted);
  });

  it('leaves future tense, stated years and dates before publication alone', () => {
    const later = resolved('2025-10-14', '2025-10-15', ['month', 'day'], ['year']);
    expect(beforePublication(later, '2024-12-04', false)).toBe(later);
    const stated = resolved('2025-10-14', '2025-10-15', ['year', 'month', 'day'], []);
    expect(beforePublication(stated, '2024-12-04', true)).toBe(stated);
    const earlier = resolved('2024-10-14', '2024-10-15', ['month', 'day'], ['year']);
    expect(beforePublication(earlier, '2024-12-04', true)).toBe(earlier);
  });
});
