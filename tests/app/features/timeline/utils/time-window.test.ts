import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../../../src/features/corpus/utils/corpus-index.ts';
import {
  firstWindow,
  FIRST_VIEW_EVENTS,
  fitWindow,
  initialCursorTime,
  nearestEvent,
  neighbourEvent,
  windowShowing,
} from '../../../../../src/features/timeline/utils/time-window.ts';
import { syriaCorpus } from '../../../fixtures.ts';

const { placed } = buildCorpusIndex(syriaCorpus);
const day = (iso: string) => new Date(`${iso}T00:00:00`);

describe('firstWindow', () => {
  const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000);

  it('shows every event of a small corpus', () => {
    expect(firstWindow(placed)).toEqual(fitWindow(placed));
  });

  it('opens a large corpus on its latest events, not on all of them', () => {
    const many = Array.from({ length: FIRST_VIEW_EVENTS * 3 }, (_, n) => ({
      start: day(n),
      end: null,
    }));
    const window = firstWindow(many);
    expect(window.end.getTime()).toBeGreaterThan(day(FIRST_VIEW_EVENTS * 3 - 1).getTime());
    expect(window.start.getTime()).toBeGreaterThan(day(FIRST_VIEW_EVENTS * 2 - 40).getTime());
    expect(window.start.getTime()).toBeLessThanOrEqual(day(FIRST_VIEW_EVENTS * 2).getTime());
  });
});

describe('fitWindow', () => {
  it('shows every event with room on both sides', () => {
    const window = fitWindow(placed);
    expect(window.start < day('2011-01-01')).toBe(true);
    expect(window.end > day('2016-09-09')).toBe(true);
  });

  it('gives a lone event a week around it', () => {
    const window = fitWindow(placed.filter(({ event }) => event.id === 'arrival'));
    expect(window.start < day('2016-08-25') && window.end > day('2016-08-25')).toBe(true);
  });

  it('starts the cursor before the first event, away from the items', () => {
    const window = fitWindow(placed);
    const cursor = initialCursorTime(window);
    expect(cursor > window.start && cursor < placed[0]!.start).toBe(true);
  });
});

describe('nearestEvent', () => {
  it('finds the event closest to a time', () => {
    expect(nearestEvent(placed, day('2016-08-27'))!.event.id).toBe('meeting');
  });

  it('counts a time inside a range as on that event', () => {
    expect(nearestEvent(placed, day('2011-06-01'))!.event.id).toBe('war');
  });

  it('returns null without events', () => {
    expect(nearestEvent([], day('2016-01-01'))).toBeNull();
  });
});

describe('neighbourEvent', () => {
  it('steps forward and back in time order, stopping at the ends', () => {
    expect(neighbourEvent(placed, 'arrival', 'next')!.event.id).toBe('meeting');
    expect(neighbourEvent(placed, 'arrival', 'previous')!.event.id).toBe('stalled');
    expect(neighbourEvent(placed, 'agreement', 'next')!.event.id).toBe('agreement');
  });

  it('starts at the first or last event when nothing is selected', () => {
    expect(neighbourEvent(placed, null, 'next')!.event.id).toBe('war');
    expect(neighbourEvent(placed, null, 'previous')!.event.id).toBe('agreement');
  });
});

describe('windowShowing', () => {
  const window = { start: day('2016-08-01'), end: day('2016-09-01') };

  it('keeps the window when the event is already visible', () => {
    expect(windowShowing(window, day('2016-08-10'), null)).toBe(window);
  });

  it('centres the window on an event outside it, keeping its span', () => {
    const moved = windowShowing(window, day('2011-06-01'), null);
    expect(moved.end.getTime() - moved.start.getTime()).toBe(
      window.end.getTime() - window.start.getTime(),
    );
    expect(moved.start < day('2011-06-01') && moved.end > day('2011-06-01')).toBe(true);
  });
});
