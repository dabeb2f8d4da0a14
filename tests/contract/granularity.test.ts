import { describe, expect, it } from 'vitest';
import { asFineAs, coarserThan, granularityRank } from '../../src/contract/granularity.ts';

describe('granularity order', () => {
  it('ranks from the century down to the second', () => {
    expect(granularityRank('century')).toBeLessThan(granularityRank('year'));
    expect(granularityRank('month')).toBeLessThan(granularityRank('week'));
    expect(granularityRank('day')).toBeLessThan(granularityRank('part-of-day'));
    expect(granularityRank('minute')).toBeLessThan(granularityRank('second'));
  });

  it('lists what spans days: everything coarser than a day, nothing as fine', () => {
    const spanning = coarserThan('day');
    expect(spanning).toHaveLength(granularityRank('day'));
    expect(spanning).toEqual(
      expect.arrayContaining(['century', 'year', 'season', 'month', 'week']),
    );
    expect(spanning).not.toContain('day');
    expect(spanning).not.toContain('hour');
  });

  it('lists a granularity with every finer one', () => {
    expect(asFineAs('week')).toEqual(['week', 'day', 'part-of-day', 'hour', 'minute', 'second']);
  });
});
