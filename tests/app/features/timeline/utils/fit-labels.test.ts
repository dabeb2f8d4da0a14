import { describe, expect, it } from 'vitest';
import { fitLabels, labelWidth } from '../../../../../src/features/timeline/utils/fit-labels.ts';

const day = (n: number) => new Date(Date.UTC(2016, 0, 1) + n * 86_400_000);
const item = (start: number, text: string, end?: number) => ({
  marker: '•',
  text,
  start: day(start),
  end: end === undefined ? undefined : day(end),
});
/** Where on a `width`-pixel timeline showing `window` a moment falls. */
const x = (window: { start: Date; end: Date }, time: Date, width: number) =>
  ((time.getTime() - window.start.getTime()) / (window.end.getTime() - window.start.getTime())) *
  width;

describe('fitLabels', () => {
  it('leaves room for the last label to end inside the timeline', () => {
    const items = [item(0, 'Start'), item(100, 'A rather long label for the last event of all')];
    for (const width of [700, 1400]) {
      const window = fitLabels(items, width);
      expect(x(window, items[0]!.start, width)).toBeGreaterThanOrEqual(0);
      const last = items[1]!;
      expect(x(window, last.start, width) + labelWidth(last)).toBeLessThanOrEqual(width);
    }
  });

  it('ends after every range and starts before every item', () => {
    const items = [item(10, 'Range', 60), item(20, 'Point')];
    const window = fitLabels(items, 1000);
    expect(window.start < day(10)).toBe(true);
    expect(window.end > day(60)).toBe(true);
  });

  it('a narrower timeline needs a wider window for the same labels', () => {
    const items = [item(0, 'First event'), item(30, 'Second event with a long title')];
    const span = (width: number) => {
      const window = fitLabels(items, width);
      return window.end.getTime() - window.start.getTime();
    };
    expect(span(400)).toBeGreaterThan(span(1400));
  });
});
