import { describe, expect, it } from 'vitest';
import { scrollTopShowing } from '../../../src/lib/scroll-within.ts';

const box = { scrollTop: 100, clientHeight: 200 };

describe('scrollTopShowing', () => {
  it('leaves the box alone when the element already shows', () => {
    expect(scrollTopShowing(box, 150, 180, 'nearest')).toBe(100);
  });

  it('scrolls up to an element above, and down just far enough to one below', () => {
    expect(scrollTopShowing(box, 40, 60, 'nearest')).toBe(40);
    expect(scrollTopShowing(box, 320, 340, 'nearest')).toBe(140);
  });

  it('shows the top of an element taller than the box', () => {
    expect(scrollTopShowing(box, 350, 900, 'nearest')).toBe(350);
  });

  it('puts the element a third of the way down, never above the start', () => {
    expect(scrollTopShowing(box, 500, 520, 'third')).toBeCloseTo(500 - 200 / 3);
    expect(scrollTopShowing(box, 20, 40, 'third')).toBe(0);
  });
});
