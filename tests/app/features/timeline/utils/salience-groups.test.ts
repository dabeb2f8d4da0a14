import { describe, expect, it } from 'vitest';
import type { TimelineItemSpec } from '../../../../../src/lib/timeline.ts';
import {
  groupBySalience,
  isGroupItem,
  type TimelineLayout,
} from '../../../../../src/features/timeline/utils/salience-groups.ts';

const day = (n: number) => new Date(Date.UTC(2016, 7, 1) + n * 86_400_000);

function item(key: string, at: number, importance?: number, text = `Event ${key}`) {
  return {
    key,
    recordId: key,
    marker: '•',
    text,
    tooltip: text,
    start: day(at),
    kind: 'instant',
    classNames: [],
    ...(importance !== undefined ? { importance } : {}),
  } satisfies TimelineItemSpec;
}

/** Thirty days on 1,200 px: 40 px a day. */
const layout: TimelineLayout = { window: { start: day(0), end: day(30) }, width: 1200, rows: 4 };

const labelled = (items: TimelineItemSpec[]) =>
  items.filter((drawn) => !isGroupItem(drawn.recordId)).map((drawn) => drawn.key);
const groupsOf = (items: TimelineItemSpec[]) =>
  items.filter((drawn) => isGroupItem(drawn.recordId));

describe('groupBySalience', () => {
  it('draws every event while their labels fit', () => {
    const events = [item('a', 2, 0.5), item('b', 12, 0.1), item('c', 22, 0.9)];
    const { items, groups } = groupBySalience(events, layout);
    expect(labelled(items).sort()).toEqual(['a', 'b', 'c']);
    expect(groups.size).toBe(0);
  });

  it('keeps the most important labels on one crowded day and groups the rest as +N', () => {
    const events = Array.from({ length: 10 }, (_, n) => item(`e${n}`, 10, n / 10));
    const { items, groups } = groupBySalience(events, layout);
    // Four rows: three of labels, the last kept for the group.
    expect(labelled(items).sort()).toEqual(['e7', 'e8', 'e9']);
    const [group] = groupsOf(items);
    expect(group!.text).toBe('7');
    expect(group!.marker).toBe('+');
    expect(group!.classNames).toEqual(['event-group']);
    expect(group!.start).toEqual(day(10));
    expect(
      groups
        .get(group!.recordId)!
        .map(({ key }) => key)
        .sort(),
    ).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    // The group names its most important events, as text.
    expect(group!.tooltip).toMatch(
      /^7 more events here \(Event e6; Event e5; Event e4, and 4 more\)/,
    );
  });

  it('labels the kept events (the selection, opened groups) first, whatever their importance', () => {
    const events = Array.from({ length: 10 }, (_, n) => item(`e${n}`, 10, n / 10));
    const { items } = groupBySalience(events, layout, new Set(['e0', 'e1', 'e2', 'e3']));
    expect(labelled(items)).toEqual(expect.arrayContaining(['e0', 'e1', 'e2', 'e3']));
    expect(labelled(items)).not.toContain('e9');
  });

  it("labels the open article's events first, and marks a group holding any of them", () => {
    const events = Array.from({ length: 10 }, (_, n) => ({
      ...item(`e${n}`, 10, n / 10),
      classNames: n < 4 ? ['highlighted'] : [],
    }));
    const { items } = groupBySalience(events, layout);
    expect(labelled(items).sort()).toEqual(['e1', 'e2', 'e3']);
    expect(groupsOf(items)[0]!.classNames).toEqual(['event-group', 'highlighted']);
    const plain = groupBySalience(events.slice(5), layout).items;
    expect(groupsOf(plain)[0]!.classNames).toEqual(['event-group']);
  });

  it('never groups items without an importance (period counts)', () => {
    const events = Array.from({ length: 10 }, (_, n) => item(`p${n}`, 10));
    expect(labelled(groupBySalience(events, layout).items)).toHaveLength(10);
  });

  it('lets labels far enough apart share a row, and groups only what overlaps', () => {
    // "Event aN" is about 90 px wide: one a day (40 px) overlaps its neighbours, one every
    // five days does not.
    const spread = Array.from({ length: 6 }, (_, n) => item(`s${n}`, n * 5, 0.1));
    expect(groupsOf(groupBySalience(spread, { ...layout, rows: 2 }).items)).toHaveLength(0);
    const crowded = Array.from({ length: 6 }, (_, n) => item(`c${n}`, n, 0.1));
    const { items } = groupBySalience(crowded, { ...layout, rows: 2 });
    expect(labelled(items).length).toBeLessThan(6);
    expect(groupsOf(items).length).toBeGreaterThan(0);
  });

  it('splits groups a few dozen pixels apart, and counts far-away events per window width', () => {
    const near = [
      ...Array.from({ length: 5 }, (_, n) => item(`a${n}`, 5, 0.1 + n / 100)),
      ...Array.from({ length: 5 }, (_, n) => item(`b${n}`, 20, 0.1 + n / 100)),
    ];
    const far = Array.from({ length: 5 }, (_, n) => item(`f${n}`, 400 + n, 0.9));
    const { items, groups } = groupBySalience([...near, ...far], { ...layout, rows: 2 });
    const counts = groupsOf(items).map((group) => groups.get(group.recordId)!.length);
    expect(counts.sort()).toEqual([4, 4, 5]);
    expect(labelled(items).sort()).toEqual(['a4', 'b4']);
  });

  it('labels only what starts in the window (or a range reaching into it): no label shows cut', () => {
    const before = item('before', -2, 0.9);
    const after = item('after', 31, 0.9);
    const range = { ...item('range', -5, 0.9), end: day(3), kind: 'range' as const };
    const { items } = groupBySalience([before, after, range, item('in', 5, 0.1)], layout);
    expect(labelled(items).sort()).toEqual(['in', 'range']);
    expect(groupsOf(items)).toHaveLength(2);
    // Unless it is kept (the selection).
    expect(labelled(groupBySalience([before], layout, new Set(['before'])).items)).toEqual([
      'before',
    ]);
  });

  it('draws every item while the timeline has no width (not laid out)', () => {
    const events = Array.from({ length: 10 }, (_, n) => item(`e${n}`, 10, n / 10));
    expect(groupBySalience(events, { ...layout, width: 0 }).items).toEqual(events);
  });

  it('groups each lane on its own', () => {
    const inLane = (laneId: string) =>
      Array.from({ length: 6 }, (_, n) => ({ ...item(`${laneId}${n}`, 10, n / 10), laneId }));
    const { items } = groupBySalience([...inLane('x'), ...inLane('y')], { ...layout, rows: 8 });
    const groups = groupsOf(items);
    expect(groups.map((group) => group.laneId).sort()).toEqual(['x', 'y']);
    expect(groups.every((group) => group.text === '3')).toBe(true);
  });

  it('cuts labels to the widest the stylesheet draws', () => {
    const long = 'A very long title '.repeat(6);
    const events = [item('a', 2, 0.9, long), item('b', 8, 0.1, long)];
    expect(groupsOf(groupBySalience(events, { ...layout, rows: 2 }).items)).toHaveLength(1);
    const cut = groupBySalience(events, { ...layout, rows: 2, maxLabel: 200 });
    expect(groupsOf(cut.items)).toHaveLength(0);
  });
});
