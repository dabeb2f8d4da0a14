/**
 * The one module that touches vis-timeline's imperative API.
 *
 * React components describe items and groups as plain data and get callbacks back;
 * everything vis-specific (DataSets, option names, event payloads, the custom time
 * bar, destroy) stays here so the rest of the app never depends on it.
 */
// The esnext builds (never mixed with peer or standalone): no bundled polyfills, which
// is what keeps the app under its 200 KB gzipped budget (issue 6), with
// patches/vis-timeline+8.5.4.patch leaving out Graph2d and the vis-util helpers nothing reads.
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import type { DataGroup, DataItem, TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { formatCursorTime } from './dates.ts';
import { escapeHtml } from './escape-html.ts';
import { makeItemsFocusable } from './focusable-items.ts';

/** One drawable item. `text` and `tooltip` are plain text: this module escapes them. */
export interface TimelineItemSpec {
  /** Unique per item; one record may be drawn several times (once per lane). */
  key: string;
  /** The id of the record the item draws; selection is reported in these ids. */
  recordId: string;
  /** Visible marker before the label (e.g. the event kind), plain text. */
  marker: string;
  text: string;
  tooltip: string;
  start: Date;
  /** Present for ranges only. */
  end?: Date;
  kind: 'instant' | 'range';
  /** Extra CSS classes (kind, approximate, highlighted). */
  classNames: string[];
  laneId?: string;
  /**
   * How much the item matters, 0–1 (not drawn): when labels crowd, the most important keep
   * theirs (src/features/timeline/utils/salience-groups.ts). Absent: never grouped.
   */
  importance?: number;
}

export interface TimelineLaneSpec {
  id: string;
  label: string;
}

export interface TimeWindow {
  start: Date;
  end: Date;
}

export interface TimelineCallbacks {
  /** The user selected items by click or tap; ids are record ids. */
  onSelect?: (recordIds: string[]) => void;
  /** The visible window moved; `settled` is true once a zoom or pan ends. */
  onWindowChange?: (window: TimeWindow, change: { settled: boolean }) => void;
  /** The first drawing is on screen (until then vis covers the container with a loading screen). */
  onReady?: () => void;
  /** Items were drawn (after each change of items, window or rows). */
  onDrawn?: () => void;
  /**
   * The reader moved the time cursor (a drag, a click or tap on the axis, its arrow keys);
   * `settled` is true when the move ends.
   */
  onCursorMove?: (time: Date, change: { settled: boolean }) => void;
  /** The cursor was put somewhere by the timeline itself (back into the window, beside a selection). */
  onCursorPlaced?: (time: Date) => void;
}

export interface TimelineHandle {
  setItems(items: TimelineItemSpec[]): void;
  /** `null` draws every item in one unnamed lane. */
  setLanes(lanes: TimelineLaneSpec[] | null): void;
  setSelection(recordIds: string[]): void;
  setWindow(window: TimeWindow): void;
  getWindow(): TimeWindow;
  /** Shows every item: in `window` when given (one fitting their labels), else their dates. */
  fitAll(window?: TimeWindow): void;
  /**
   * Zooms around `around` (kept where it is on screen), else around the time cursor when it
   * is in the window, else the window centre; `factor` > 0 zooms in, < 0 zooms out
   * (a fraction of the window).
   */
  zoom(factor: number, around?: Date): void;
  /**
   * Scrolls the rows (not the window) so that the drawn item of `recordId` shows, now and
   * after each zoom or pan until another record is revealed; null stops it.
   */
  keepRowInView(recordId: string | null): void;
  /** Shows the draggable time cursor at `time` (adds it on first call). */
  setCursor(time: Date): void;
  /** Puts the cursor just before `time`, clear of the item drawn there (its bar takes clicks). */
  placeCursorBefore(time: Date): void;
  destroy(): void;
}

const CURSOR_ID = 'time-cursor';
/** The width of a point's dot (vis's stylesheet: a 4 px border on each side). */
const POINT_DOT_PX = 8;
/** How far (px) the cursor sits before an item it is placed beside: its drag strip is 20 px. */
const CURSOR_CLEARANCE_PX = 16;
/** Share of the window the cursor keeps from an edge when brought back in. */
const CURSOR_EDGE_SHARE = 0.03;
/** Share of the window one arrow key moves the cursor (Shift: five times as far). */
const CURSOR_KEY_SHARE = 0.02;

/**
 * On the first drawing of more than this many items, those near the window are drawn first
 * and the rest in the task after that drawing is on screen: vis builds every item it is
 * given (about 0.1 ms each), and only a screenful of them is seen at first.
 */
export const FIRST_DRAW_MAX = 200;

/**
 * vis-timeline writes a string tooltip with innerHTML (through its XSS filter, which still
 * keeps tags such as <img>); an element is inserted as it is, so the text stays text.
 */
function plainTextElement(text: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'timeline-tooltip-text';
  element.textContent = text;
  return element;
}

/** Item content as an HTML string built only from escaped text (vis' xss filter stays on as a second guard). */
export function itemContentHtml(marker: string, text: string): string {
  return `<span class="timeline-item-marker">${escapeHtml(marker)}</span> ${escapeHtml(text)}`;
}

interface VisItem extends DataItem {
  recordId: string;
}

function itemSignature(item: VisItem): string {
  const end = 'end' in item && item.end instanceof Date ? item.end.getTime() : '';
  const start = item.start instanceof Date ? item.start.getTime() : String(item.start);
  return [item.content, item.title, start, end, item.type, item.className, item.group ?? ''].join(
    '\u0000',
  );
}

/** Items in time order, ties by key: the order vis stacks them in. */
function itemOrder(a: VisItem, b: VisItem): number {
  const at = (item: VisItem) => (item.start instanceof Date ? item.start.getTime() : 0);
  const key = (item: VisItem) => String(item.id);
  return at(a) - at(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/** vis' own vertical scroll offset (not in its typings; 0 at the top, negative below). */
interface VisVerticalScroll {
  _getScrollTop?: () => number;
  _setScrollTop?: (scrollTop: number) => number;
  _redraw?: () => void;
}

function toVisItem(item: TimelineItemSpec): VisItem {
  const visItem: VisItem = {
    id: item.key,
    recordId: item.recordId,
    content: itemContentHtml(item.marker, item.text),
    // Shown by the tooltip template below as a text node, never parsed as HTML.
    title: item.tooltip,
    start: item.start,
    type: item.kind === 'range' ? 'range' : 'point',
    className: item.classNames.join(' '),
  };
  if (item.kind === 'range' && item.end) visItem.end = item.end;
  if (item.laneId !== undefined) visItem.group = item.laneId;
  return visItem;
}

/** The items in `window` (a little wider: an item's label runs right of its start). */
function nearWindow(visItems: VisItem[], { start, end }: TimeWindow): Set<VisItem> {
  const span = end.getTime() - start.getTime();
  const from = start.getTime() - span / 4;
  const to = end.getTime();
  const time = (value: DataItem['start'] | undefined) =>
    value instanceof Date ? value.getTime() : new Date(value ?? NaN).getTime();
  return new Set(
    visItems.filter((item) => {
      const itemStart = time(item.start);
      const itemEnd = item.end === undefined ? itemStart : time(item.end);
      // An unreadable date is drawn at once, as vis would have it.
      return !(itemEnd < from || itemStart > to);
    }),
  );
}

/** Creates a timeline in `container`; call `destroy()` when the container goes away. */
export function createTimeline(
  container: HTMLElement,
  callbacks: TimelineCallbacks,
  initialWindow?: TimeWindow,
): TimelineHandle {
  const items = new DataSet<VisItem>([]);
  const groups = new DataSet<DataGroup>([]);
  let lanesOn = false;
  let cursorAdded = false;
  let selectedRecords: string[] = [];
  /** What each drawn item looked like, so `setItems` touches only changed items. */
  const drawnSignatures = new Map<string, string>();
  let lanesSignature = '';
  /** Items held back from the first drawing, added once it is on screen. */
  let heldBack: VisItem[] = [];
  let heldBackFrame = 0;
  let heldBackTimer = 0;

  const options: TimelineOptions = {
    selectable: true,
    multiselect: false,
    showTooltips: true,
    tooltip: {
      followMouse: true,
      overflowMethod: 'cap',
      // Typed as returning a string, but vis shows a returned element as it is.
      template: ((_item: unknown, data?: { title?: string }) =>
        plainTextElement(data?.title ?? '')) as unknown as NonNullable<
        TimelineOptions['tooltip']
      >['template'],
    },
    zoomMin: 1000 * 60 * 60,
    zoomMax: 1000 * 60 * 60 * 24 * 365 * 200,
    stack: true,
    orientation: { axis: 'top', item: 'top' },
    // vis draws a point's label from its date but stacks it as if it began a dot's width
    // (8 px) earlier, so a label could run that far over the next item on its row: the
    // horizontal margin is the 4 px wanted between labels plus that dot.
    margin: { item: { horizontal: 4 + POINT_DOT_PX, vertical: 6 } },
    dataAttributes: ['recordId'],
    height: '100%',
    // Every item reachable (issue 12, point 2): the wheel scrolls the rows, Shift + wheel
    // (or a sideways swipe) pans, Ctrl + wheel and a trackpad pinch zoom (⌘ too, below).
    verticalScroll: true,
    horizontalScroll: true,
    horizontalScrollKey: 'shiftKey',
    zoomKey: 'ctrlKey',
    // A stable stacking order (time, then key), so rows change as little as possible
    // while zooming.
    order: (a, b) => itemOrder(a as VisItem, b as VisItem),
    groupOrder: 'order',
    // A scrubbing cursor should move smoothly, not jump from month to month.
    snap: null,
    onInitialDrawComplete: () => callbacks.onReady?.(),
  };
  if (initialWindow) {
    options.start = initialWindow.start;
    options.end = initialWindow.end;
  }
  const timeline = new Timeline(container, items, options);

  // The row of the kept record comes into view at the first drawing after it is chosen,
  // after each zoom or pan, and whenever vis restacks the rows under it (items come or go,
  // the window changes): the reader's own vertical scrolling is left alone.
  let keptRecord: string | null = null;
  /** Where the time cursor is (null until it is added). */
  let cursorTime: Date | null = null;
  /** Until the first items are drawn, the cursor's first place is not checked against them. */
  let cursorChecked = false;
  let revealPending = false;
  /**
   * How far down the rows (not the screen) the kept item was when last brought into view:
   * scrolling leaves it, a restack moves it.
   */
  let keptRowTop: number | null = null;
  const rowScroll = timeline as unknown as VisVerticalScroll;
  /**
   * The element last found drawing the kept item: vis keeps an item's element from one
   * drawing to the next, so each drawing need not search a thousand items for it.
   */
  let keptElement: Element | null = null;
  /** The kept item as drawn now, and the frame it is drawn in (null when it is not drawn). */
  const keptItemBoxes = () => {
    if (!keptRecord) return null;
    const panel = container.querySelector('.vis-panel.vis-center');
    const drawn = (element: Element | null) =>
      element !== null && element.isConnected && element.getBoundingClientRect().width > 0;
    if (!drawn(keptElement)) {
      keptElement =
        [
          ...container.querySelectorAll(`.vis-item[data-recordid="${CSS.escape(keptRecord)}"]`),
        ].find(drawn) ?? null;
    }
    if (!panel || !keptElement) return null;
    return { frame: panel.getBoundingClientRect(), box: keptElement.getBoundingClientRect() };
  };
  const rowTopOf = (boxes: { frame: DOMRect; box: DOMRect }) =>
    boxes.box.top - boxes.frame.top - (rowScroll._getScrollTop?.() ?? 0);
  /** The kept item is drawn at another height in the rows than when it was last revealed. */
  const keptRowMoved = (): boolean => {
    const boxes = keptRowTop === null ? null : keptItemBoxes();
    return boxes !== null && Math.abs(rowTopOf(boxes) - keptRowTop!) >= 1;
  };
  /**
   * Scrolls the rows to the kept item if it is drawn in the window; false when it is not,
   * or is not yet in view.
   */
  const revealRow = (): boolean => {
    if (!keptRecord || !rowScroll._getScrollTop || !rowScroll._setScrollTop) return true;
    const boxes = keptItemBoxes();
    if (!boxes) return false;
    const { frame, box } = boxes;
    if (box.right < frame.left || box.left > frame.right) return false;
    keptRowTop = rowTopOf(boxes);
    const margin = 6;
    let shift = 0;
    if (box.top < frame.top + margin) shift = frame.top + margin - box.top;
    else if (box.bottom > frame.bottom - margin) {
      shift = Math.max(frame.bottom - margin - box.bottom, frame.top + margin - box.top);
    }
    if (Math.abs(shift) < 1) return true;
    const before = rowScroll._getScrollTop();
    const applied = rowScroll._setScrollTop(before + shift);
    if (applied !== before) rowScroll._redraw?.();
    // vis holds the scroll within the rows' height as its last drawing measured it: right
    // after a restack that is the old height, and the item may still be out of view. vis
    // draws again then (the rows changed size), and this tries again at that drawing.
    const moved = applied - before;
    return box.top + moved >= frame.top - 1 && box.bottom + moved <= frame.bottom + 1;
  };
  /** The cursor is being dragged: the window stays put under it. */
  let scrubbing = false;
  timeline.on('changed', () => {
    // The cursor's bar is in the page from the first drawing on: make it a slider.
    if (cursorTime && cursorBar()?.tabIndex !== 0) describeCursor();
    // Its first place, once items are drawn, clear of them.
    if (!cursorChecked && cursorTime && container.querySelector('.vis-item')) {
      cursorChecked = true;
      const clear = clearOfItems(cursorTime);
      if (clear !== cursorTime) moveCursor(clear, 'timeline');
    }
    if (revealPending || keptRowMoved()) revealPending = !revealRow();
    callbacks.onDrawn?.();
  });
  // ⌘ + wheel zooms as Ctrl + wheel does (vis takes one zoom key).
  const onWheel = (event: WheelEvent) => {
    if (!event.metaKey || event.ctrlKey || !event.isTrusted) return;
    event.preventDefault();
    event.stopPropagation();
    event.target?.dispatchEvent(
      new WheelEvent('wheel', {
        bubbles: true,
        cancelable: true,
        clientX: event.clientX,
        clientY: event.clientY,
        deltaX: event.deltaX,
        deltaY: event.deltaY,
        deltaMode: event.deltaMode,
        ctrlKey: true,
      }),
    );
  };
  container.addEventListener('wheel', onWheel, { capture: true, passive: false });

  const recordIdsOf = (itemKeys: (string | number)[]) => [
    ...new Set(
      itemKeys
        .map((key) => items.get(key)?.recordId)
        .filter((id): id is string => id !== undefined),
    ),
  ];
  const keysOfRecords = (recordIds: string[]) =>
    items
      .get({ filter: (item) => recordIds.includes(item.recordId) })
      .map((item) => item.id as string);

  function addItems(added: VisItem[]) {
    for (const item of added) drawnSignatures.set(String(item.id), itemSignature(item));
    if (added.length > 0) items.update(added);
  }
  function addHeldBack() {
    const rest = heldBack;
    cancelHeldBack();
    addItems(rest);
    // A selection made meanwhile may be among them.
    if (rest.length > 0) timeline.setSelection(keysOfRecords(selectedRecords));
  }
  function cancelHeldBack() {
    window.cancelAnimationFrame(heldBackFrame);
    window.clearTimeout(heldBackTimer);
    heldBackFrame = heldBackTimer = 0;
    heldBack = [];
  }

  timeline.on('select', (properties: { items: (string | number)[]; event?: unknown }) => {
    const recordIds = recordIdsOf(properties.items);
    selectedRecords = recordIds;
    // Keep every lane copy of the chosen record selected, not just the one clicked.
    timeline.setSelection(keysOfRecords(recordIds));
    callbacks.onSelect?.(recordIds);
  });
  // Enter or Space on a focused item selects it as a click does.
  const stopFocusableItems = makeItemsFocusable(container, (recordId) => {
    selectedRecords = [recordId];
    timeline.setSelection(keysOfRecords(selectedRecords));
    callbacks.onSelect?.(selectedRecords);
  });
  // vis lifts its loading screen (and reports the first drawing) only at a drawing after a
  // 'rangechanged', which it sends 200 ms after the window last moved, and never when the
  // window given at creation already is the range. Saying at once that it has come lets the
  // first drawing show 200 to 450 ms sooner.
  (timeline as unknown as { emit(event: string, properties: object): void }).emit('rangechanged', {
    ...timeline.getWindow(),
    byUser: false,
  });
  // Then the window is nudged once, so that the page hears of it as of any move (and again
  // while the loading screen stays, should vis keep it).
  let nudges = 0;
  const nudgeOnce = () => {
    nudges += 1;
    if ((nudges > 1 && !container.querySelector('.vis-loading-screen')) || nudges > 40) {
      window.clearInterval(nudge);
      return;
    }
    const { start, end } = timeline.getWindow();
    timeline.setWindow(start, new Date(end.getTime() + 1), { animation: false });
    // The range change alone does not redraw before the first drawing; the drawing after
    // it is what lifts the loading screen.
    timeline.redraw();
  };
  // First right after vis's own first drawing (a macrotask), then until the screen lifts.
  window.setTimeout(nudgeOnce, 0);
  const nudge = window.setInterval(nudgeOnce, 250);

  // The time cursor: always in the window, placed by a click or tap on the axis, moved by
  // its arrow keys once focused (issue 12, point 5).
  const cursorBar = () => container.querySelector<HTMLElement>(`.vis-custom-time.${CURSOR_ID}`);
  const describeCursor = () => {
    const bar = cursorBar();
    if (!bar || !cursorTime) return;
    if (bar.tabIndex !== 0) {
      bar.tabIndex = 0;
      bar.setAttribute('role', 'slider');
      bar.setAttribute('aria-label', 'Time cursor');
    }
    const { start, end } = timeline.getWindow();
    bar.setAttribute('aria-valuemin', String(start.getTime()));
    bar.setAttribute('aria-valuemax', String(end.getTime()));
    bar.setAttribute('aria-valuenow', String(cursorTime.getTime()));
    bar.setAttribute('aria-valuetext', formatCursorTime(cursorTime));
  };
  const moveCursor = (time: Date, by: 'reader' | 'timeline') => {
    cursorTime = time;
    timeline.setCustomTime(time, CURSOR_ID);
    describeCursor();
    if (by === 'reader') callbacks.onCursorMove?.(time, { settled: true });
    else callbacks.onCursorPlaced?.(time);
  };
  /** Milliseconds per pixel of the visible window. */
  const msPerPixel = () => {
    const { start, end } = timeline.getWindow();
    const width = container.querySelector('.vis-panel.vis-center')?.clientWidth || 1;
    return (end.getTime() - start.getTime()) / width;
  };
  /**
   * The nearest moment to `time` where the cursor's bar (and its 20 px drag strip) covers no
   * drawn item: sitting on one, it would swallow the item's clicks.
   */
  const clearOfItems = (time: Date): Date => {
    const panel = container.querySelector('.vis-panel.vis-center');
    if (!panel) return time;
    const frame = panel.getBoundingClientRect();
    // (A range across the whole window is covered anywhere: it is clicked beside the bar.)
    const boxes = [...panel.querySelectorAll('.vis-item')]
      .map((item) => item.getBoundingClientRect())
      .filter(
        (box) => box.width > 0 && !(box.left <= frame.left + 1 && box.right >= frame.right - 1),
      );
    const from = timeline.getWindow().start.getTime();
    const perPixel = msPerPixel();
    const wanted = (time.getTime() - from) / perPixel;
    const covered = (x: number) =>
      boxes.some((box) => x + 12 > box.left - frame.left && x - 12 < box.right - frame.left);
    for (let distance = 0; distance < frame.width; distance += 4) {
      for (const x of [wanted - distance, wanted + distance]) {
        if (x >= 4 && x <= frame.width - 4 && !covered(x)) return new Date(from + x * perPixel);
      }
    }
    return time;
  };
  const keepCursorInWindow = () => {
    if (!cursorTime || scrubbing) return;
    const { start, end } = timeline.getWindow();
    const at = cursorTime.getTime();
    if (at >= start.getTime() && at <= end.getTime()) return describeCursor();
    const margin = (end.getTime() - start.getTime()) * CURSOR_EDGE_SHARE;
    moveCursor(
      clearOfItems(
        new Date(at < start.getTime() ? start.getTime() + margin : end.getTime() - margin),
      ),
      'timeline',
    );
  };
  const onCursorKey = (event: KeyboardEvent) => {
    const bar = cursorBar();
    if (!bar || !cursorTime || !(event.target instanceof Node) || !bar.contains(event.target)) {
      return;
    }
    const direction = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (direction === 0) return;
    event.preventDefault();
    const { start, end } = timeline.getWindow();
    const span = end.getTime() - start.getTime();
    const next =
      cursorTime.getTime() + direction * span * CURSOR_KEY_SHARE * (event.shiftKey ? 5 : 1);
    // At an edge the window moves on with the cursor.
    const overshoot =
      next < start.getTime()
        ? next - start.getTime()
        : next > end.getTime()
          ? next - end.getTime()
          : 0;
    if (overshoot !== 0) {
      timeline.setWindow(
        new Date(start.getTime() + overshoot),
        new Date(end.getTime() + overshoot),
        {
          animation: false,
        },
      );
    }
    moveCursor(new Date(next), 'reader');
  };
  container.addEventListener('keydown', onCursorKey);

  timeline.on('click', (properties: { time?: Date; what?: string | null }) => {
    if (properties.what === 'axis' && properties.time && cursorAdded) {
      moveCursor(new Date(properties.time), 'reader');
    }
  });
  timeline.on('rangechange', (properties: { start: Date; end: Date; byUser?: boolean }) => {
    revealPending = keptRecord !== null;
    callbacks.onWindowChange?.(
      { start: new Date(properties.start), end: new Date(properties.end) },
      { settled: false },
    );
  });
  timeline.on('rangechanged', (properties: { start: Date; end: Date }) => {
    keepCursorInWindow();
    callbacks.onWindowChange?.(
      { start: new Date(properties.start), end: new Date(properties.end) },
      { settled: true },
    );
  });
  timeline.on('timechange', (properties: { id: string; time: Date }) => {
    if (properties.id !== CURSOR_ID) return;
    scrubbing = true;
    cursorTime = new Date(properties.time);
    callbacks.onCursorMove?.(new Date(properties.time), { settled: false });
  });
  timeline.on('timechanged', (properties: { id: string; time: Date }) => {
    if (properties.id !== CURSOR_ID) return;
    scrubbing = false;
    cursorTime = new Date(properties.time);
    describeCursor();
    callbacks.onCursorMove?.(new Date(properties.time), { settled: true });
  });

  return {
    setItems(next) {
      const visItems = next.map(toVisItem);
      const wanted = lanesOn
        ? visItems
        : visItems.map(({ group: _group, ...rest }) => rest as VisItem);
      // Change only what changed: when a period of a large corpus arrives, the items
      // already drawn stay, so vis neither redraws nor restacks all of them.
      const wantedIds = new Set(wanted.map((item) => String(item.id)));
      const stale = items.getIds().filter((id) => !wantedIds.has(String(id)));
      // What is held back from the first drawing stays so while a later set still wants it
      // unchanged (the same items are set again as the page settles); the rest goes.
      const heldSignatures = new Map(
        heldBack.map((item) => [String(item.id), itemSignature(item)]),
      );
      const stillHeld: VisItem[] = [];
      let changed: VisItem[] = [];
      for (const item of wanted) {
        const id = String(item.id);
        const signature = itemSignature(item);
        if (heldSignatures.get(id) === signature) stillHeld.push(item);
        else if (drawnSignatures.get(id) !== signature) changed.push(item);
      }
      if (stillHeld.length === 0) cancelHeldBack();
      else heldBack = stillHeld;
      for (const id of stale) drawnSignatures.delete(String(id));
      if (stale.length > 0) items.remove(stale);
      if (items.length === 0 && changed.length > FIRST_DRAW_MAX) {
        const near = nearWindow(changed, timeline.getWindow());
        heldBack = changed.filter((item) => !near.has(item));
        changed = changed.filter((item) => near.has(item));
        // After the drawing of the near items reaches the screen: a frame, then a task.
        heldBackFrame = window.requestAnimationFrame(() => {
          heldBackFrame = 0;
          heldBackTimer = window.setTimeout(addHeldBack, 0);
        });
      }
      addItems(changed);
      timeline.setSelection(keysOfRecords(selectedRecords));
    },
    setLanes(lanes) {
      const signature = lanes === null ? 'none' : JSON.stringify(lanes);
      if (signature === lanesSignature) return;
      lanesSignature = signature;
      // Items change lanes: the next `setItems` draws them all afresh.
      cancelHeldBack();
      items.clear();
      drawnSignatures.clear();
      if (lanes === null) {
        lanesOn = false;
        timeline.setGroups(undefined);
        groups.clear();
        return;
      }
      lanesOn = true;
      groups.clear();
      // Lane labels are text nodes, never HTML.
      groups.add(
        lanes.map((lane, order) => {
          const label = document.createElement('span');
          label.textContent = lane.label;
          label.title = lane.label;
          return { id: lane.id, content: label, order };
        }),
      );
      timeline.setGroups(groups);
    },
    setSelection(recordIds) {
      selectedRecords = recordIds;
      timeline.setSelection(keysOfRecords(recordIds));
    },
    setWindow(window) {
      timeline.setWindow(window.start, window.end, { animation: false });
    },
    getWindow() {
      const { start, end } = timeline.getWindow();
      return { start: new Date(start), end: new Date(end) };
    },
    fitAll(window) {
      // Fit what will be drawn, not only what is drawn so far.
      addHeldBack();
      if (window) timeline.setWindow(window.start, window.end, { animation: false });
      else timeline.fit({ animation: false });
    },
    zoom(factor, around) {
      const { start, end } = timeline.getWindow();
      const from = start.getTime();
      const to = end.getTime();
      const inside = (time: Date | null | undefined) =>
        time && time.getTime() >= from && time.getTime() <= to ? time.getTime() : null;
      const anchor = inside(around) ?? inside(cursorTime) ?? (from + to) / 2;
      // 0.5 in halves the window, -0.5 out makes it half as wide again.
      const scale = 1 - factor;
      timeline.setWindow(
        new Date(anchor - (anchor - from) * scale),
        new Date(anchor + (to - anchor) * scale),
        { animation: false },
      );
    },
    keepRowInView(recordId) {
      keptRecord = recordId;
      keptElement = null;
      keptRowTop = null;
      revealPending = recordId !== null;
      if (revealPending) revealPending = !revealRow();
    },
    setCursor(time) {
      if (!cursorAdded) {
        timeline.addCustomTime(time, CURSOR_ID);
        timeline.setCustomTimeTitle(
          'Time cursor: drag it, click the axis, or focus it and use ← →',
          CURSOR_ID,
        );
        cursorAdded = true;
      } else {
        timeline.setCustomTime(time, CURSOR_ID);
      }
      cursorTime = time;
      describeCursor();
    },
    placeCursorBefore(time) {
      if (!cursorAdded) return;
      moveCursor(new Date(time.getTime() - CURSOR_CLEARANCE_PX * msPerPixel()), 'timeline');
    },
    destroy() {
      window.clearInterval(nudge);
      container.removeEventListener('wheel', onWheel, { capture: true });
      container.removeEventListener('keydown', onCursorKey);
      cancelHeldBack();
      stopFocusableItems();
      timeline.destroy();
      // vis leaves its loading screen behind when destroyed before the first draw (as
      // React's StrictMode does in dev); it would cover the next timeline and eat clicks.
      container.replaceChildren();
      items.clear();
      groups.clear();
    },
  };
}
