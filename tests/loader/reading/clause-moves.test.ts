import { describe, expect, it } from 'vitest';
import { event } from './article.ts';

describe('datedByClauseMove, through the article stages', () => {
  const before = 'Car sales at Northwind fell 35% in January.';

  it('dates a past verb by the rise or fall in its clause ("was hardest hit with a plunge of 55%")', () => {
    const text = `${before} Larkspur was hardest hit with a plunge of 55%.`;
    const hit = event(text, 'hit', '2009-02-03');
    expect(hit).toMatchObject({ start: '2009-01-01', end: '2009-02-01', granularity: 'month' });
  });

  it('leaves a report of a fall on the day it was told ("reported a plunge of 55%")', () => {
    const text = `${before} Larkspur reported a plunge of 55%.`;
    expect(event(text, 'reported', '2009-02-03')).toMatchObject({ start: '2009-02-03' });
  });

  it('leaves a verb that acts on the move on the day it was told ("Larkspur recalled a plunge of 55%")', () => {
    const text = `${before} Larkspur recalled a plunge of 55%.`;
    expect(event(text, 'recalled', '2009-02-03')).toMatchObject({ start: '2009-02-03' });
    // (A move by which it happened dates it: "was hit by the plunge".)
    const hit = `${before} Larkspur was hit by the plunge of 55%.`;
    expect(event(hit, 'hit', '2009-02-03')).toMatchObject({ granularity: 'month' });
  });

  it('leaves a verb whose clause has no dated fall on the day it was told', () => {
    const text = 'Larkspur was hardest hit with a plunge of 55%.';
    expect(event(text, 'hit', '2009-02-03')).toMatchObject({ start: '2009-02-03' });
  });
});
