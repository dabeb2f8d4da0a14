import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../../../src/features/corpus/utils/corpus-index.ts';
import {
  densestStretch,
  eventsOutside,
  firstWindow,
  STORY_SHARE,
  fitWindow,
  initialCursorTime,
  nearestEvent,
  neighbourEvent,
  windowShowing,
  windowTowards,
} from '../../../../../src/features/timeline/utils/time-window.ts';
import { syriaCorpus } from '../../../fixtures.ts';

const { placed } = buildCorpusIndex(syriaCorpus);
const day = (iso: string) => new Date(`${iso}T00:00:00`);

describe('densestStretch and firstWindow', () => {
  const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000);
  const at = (...days: number[]) => days.map((n) => ({ start: day(n), end: null }));

  it('holds two thirds of the events by default, every event of a small corpus', () => {
    expect(STORY_SHARE).toBeCloseTo(2 / 3);
    expect(densestStretch(placed, 1)).toEqual(placed);
    expect(densestStretch(placed)).toHaveLength(Math.ceil(placed.length * STORY_SHARE));
    expect(densestStretch(at(3))).toEqual(at(3));
    expect(densestStretch([])).toEqual([]);
  });

  it('finds the shortest run holding the share, wherever it is', () => {
    // Spread out over years, with four events in one week in the middle.
    const events = at(0, 300, 600, 900, 901, 903, 906, 1200, 1500);
    expect(densestStretch(events, 4 / 9).map(({ start }) => start)).toEqual(
      [900, 901, 903, 906].map(day),
    );
    const window = firstWindow(events, new Date(0));
    expect(window.start.getTime()).toBeLessThan(day(900).getTime());
  });

  it('prefers the latest run on a tie, and takes the events in time order', () => {
    const events = at(50, 40, 0, 10, 41);
    expect(densestStretch(events, 0.4).map(({ start }) => start)).toEqual([40, 41].map(day));
    expect(densestStretch(at(0, 1, 5, 6), 0.5).map(({ start }) => start)).toEqual([5, 6].map(day));
  });

  it('opens on the densest stretch: its events inside, the stray ones outside', () => {
    const far = at(...Array.from({ length: 10 }, (_, n) => n * 100));
    const story = at(...Array.from({ length: 30 }, (_, n) => 1450 + n));
    const window = firstWindow([...far, ...story]);
    for (const { start } of story) {
      expect(start >= window.start && start <= window.end).toBe(true);
    }
    expect(window.start > day(1400) && window.end < day(1500)).toBe(true);
  });

  it('gives a story told on one day a window days wide, not hours', () => {
    const window = firstWindow([...at(0, 500), ...at(...Array.from({ length: 20 }, () => 700))]);
    expect(window.end.getTime() - window.start.getTime()).toBeGreaterThan(5 * 86_400_000);
    expect(window.start < day(700) && window.end > day(700)).toBe(true);
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

  it('brings the start of a range into view, not just a part of it', () => {
    // A year begun before the window and ending in it: its label starts off screen.
    const year = windowShowing(window, day('2016-01-01'), day('2016-08-15'));
    expect(year).not.toBe(window);
    expect(year.start < day('2016-01-01') && year.end > day('2016-01-01')).toBe(true);
    // Longer than the window: the window widens to show it whole.
    const decade = windowShowing(window, day('2000-01-01'), day('2010-01-01'));
    expect(decade.start < day('2000-01-01') && decade.end > day('2010-01-01')).toBe(true);
  });
});

describe('eventsOutside and windowTowards', () => {
  const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000);
  const events = [0, 5, 10, 20, 30, 31].map((n) => ({ start: day(n), end: null }));
  const window = { start: day(9), end: day(21) };

  it('counts the events before and after the window, with the nearest of each', () => {
    expect(eventsOutside(events, window)).toEqual({
      earlier: 2,
      later: 2,
      lastEarlier: events[1],
      firstLater: events[4],
    });
    expect(eventsOutside(events, { start: day(-1), end: day(40) })).toMatchObject({
      earlier: 0,
      later: 0,
    });
  });

  it('moves the window, keeping its span, to show the nearest event on that side', () => {
    const back = windowTowards(window, events[1]!, 'earlier');
    const on = windowTowards(window, events[4]!, 'later');
    for (const [moved, event] of [
      [back, events[1]!],
      [on, events[4]!],
    ] as const) {
      expect(moved.end.getTime() - moved.start.getTime()).toBe(
        day(12).getTime() - day(0).getTime(),
      );
      expect(event.start > moved.start && event.start < moved.end).toBe(true);
    }
    expect(back.start < day(0)).toBe(true);
  });
});
