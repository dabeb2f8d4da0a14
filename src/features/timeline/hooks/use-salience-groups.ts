import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TimeWindow, TimelineItemSpec } from '../../../lib/timeline.ts';
import {
  groupBySalience,
  isGroupItem,
  type GroupedItems,
  type TimelineLayout,
} from '../utils/salience-groups.ts';

/** Height of a row of items (a label and the margin under it) until one is measured. */
const ROW_PX = 34;
/** Vertical margin vis keeps between stacked items (src/lib/timeline.ts), and a rounding pixel. */
const ITEM_MARGIN_PX = 8;
/** The widest label on a phone (13rem and padding, src/app/styles/phone.css). */
const PHONE_LABEL_PX = 236;
/** Opened groups close again once the reader zooms out this far past where they opened. */
const CLOSE_ON_ZOOM_OUT = 1.5;

const spanOf = (window: TimeWindow) => window.end.getTime() - window.start.getTime();

/** The timeline's drawn size: its width, and how many rows of labels fit its height. */
function measureLayout(container: HTMLElement, window: TimeWindow): TimelineLayout {
  const panel = container.querySelector<HTMLElement>('.vis-panel.vis-center');
  const width = panel?.clientWidth || container.clientWidth;
  // Before the first drawing the axis (about 40 px) is not there yet.
  const height = panel?.clientHeight || container.clientHeight - 40;
  // The tallest item drawn (a range's bar is taller than a point's label).
  let itemPx = 0;
  for (const item of container.querySelectorAll<HTMLElement>('.vis-item')) {
    itemPx = Math.max(itemPx, item.offsetHeight);
  }
  const rowPx = itemPx > 0 ? itemPx + ITEM_MARGIN_PX : ROW_PX;
  const phone = globalThis.matchMedia?.('(max-width: 760px)').matches ?? false;
  return {
    window,
    width,
    rows: Math.max(2, Math.floor((height - 2 * ITEM_MARGIN_PX) / rowPx)),
    ...(phone ? { maxLabel: PHONE_LABEL_PX } : {}),
  };
}

interface Opened {
  ids: ReadonlySet<string>;
  /** The window's span when they were opened. */
  span: number;
}

const NONE_OPENED: Opened = { ids: new Set(), span: 0 };
const NONE: ReadonlySet<string> = new Set();

/** The layout drawn, and for the first one the grouping already made for it (and from what). */
interface Measured {
  layout: TimelineLayout;
  first?: { items: TimelineItemSpec[]; keep: ReadonlySet<string>; grouped: GroupedItems };
}

/**
 * The labelled events vis has stacked below the timeline's foot (its rows pack less tightly
 * than the estimate), not counting `keep`: they join a group at the next layout.
 */
function drawnBelow(container: HTMLElement, keep: ReadonlySet<string>): string[] {
  const panel = container.querySelector<HTMLElement>('.vis-panel.vis-center');
  // The rows' content moves with their vertical scroll: its top is the top row's place.
  const content = panel?.querySelector('.vis-content');
  if (!panel || !content) return [];
  const foot = content.getBoundingClientRect().top + panel.clientHeight;
  return [...container.querySelectorAll<HTMLElement>('.vis-item[data-recordid]')]
    .filter((item) => {
      const box = item.getBoundingClientRect();
      return box.width > 0 && box.bottom > foot + 1;
    })
    .map((item) => item.dataset.recordid!)
    .filter((id) => !keep.has(id));
}

/**
 * The items to draw for the window shown: the selection, the groups the reader opened and
 * the most important events with labels, the rest as "+N" groups (issue 12, point 4).
 * `relayout` is called when a window settles; `openGroup` returns a group's members.
 */
export function useSalienceGroups(items: TimelineItemSpec[], selectedEventId: string | null) {
  const [measured, setMeasured] = useState<Measured | null>(null);
  const [opened, setOpened] = useState<Opened>(NONE_OPENED);
  const [dropped, setDropped] = useState<ReadonlySet<string>>(NONE);
  const keep = useMemo(
    () => new Set([...opened.ids, ...(selectedEventId ? [selectedEventId] : [])]),
    [opened, selectedEventId],
  );
  const grouped = useMemo(() => {
    if (!measured) return null;
    const { layout, first } = measured;
    // The grouping made for the timeline's creation, unless something changed since.
    if (first && first.items === items && first.keep === keep && dropped === NONE) {
      return first.grouped;
    }
    return groupBySalience(items, layout, keep, dropped);
  }, [items, measured, keep, dropped]);
  const groupedRef = useRef(grouped);
  const keepRef = useRef(keep);
  const itemsRef = useRef(items);
  useEffect(() => {
    groupedRef.current = grouped;
    keepRef.current = keep;
    itemsRef.current = items;
  });

  const relayout = useCallback((container: HTMLElement, window: TimeWindow) => {
    setMeasured({ layout: measureLayout(container, window) });
    setDropped(NONE);
    setOpened((current) =>
      current.ids.size > 0 && spanOf(window) > current.span * CLOSE_ON_ZOOM_OUT
        ? NONE_OPENED
        : current,
    );
  }, []);

  /**
   * The first layout, measured at once, and the items it draws: the timeline gets them as
   * it is created, in the frame the page first shows, not a render later (which reuses them).
   */
  const firstLayout = useCallback(
    (container: HTMLElement, window: TimeWindow): TimelineItemSpec[] => {
      const layout = measureLayout(container, window);
      const first = { items: itemsRef.current, keep: keepRef.current };
      const grouped = groupBySalience(first.items, layout, first.keep, NONE);
      setMeasured({ layout, first: { ...first, grouped } });
      return grouped.items;
    },
    [],
  );

  /** Opens a group: its events are drawn with their labels until the reader zooms out. */
  const openGroup = useCallback((groupId: string, window: TimeWindow) => {
    const members = groupedRef.current?.groups.get(groupId) ?? [];
    if (members.length === 0) return members;
    setOpened((current) => ({
      ids: new Set([...current.ids, ...members.map((member) => member.recordId)]),
      span: current.ids.size > 0 ? Math.min(current.span, spanOf(window)) : spanOf(window),
    }));
    return members;
  }, []);

  /** After a drawing (of one lane: lanes scroll): labels stacked too low join a group. */
  const checkDrawn = useCallback((container: HTMLElement) => {
    const below = drawnBelow(container, keepRef.current).filter((id) => !isGroupItem(id));
    if (below.length === 0) return;
    setDropped((current) => new Set([...current, ...below]));
    // And a row fewer, so that other labels do not take their place and fall as low.
    setMeasured(
      (current) =>
        current && { layout: { ...current.layout, rows: Math.max(2, current.layout.rows - 1) } },
    );
  }, []);

  return { drawn: grouped?.items ?? null, firstLayout, relayout, openGroup, checkDrawn };
}
