/**
 * When more events fall in view than fit (issue 12, point 4): the most important keep
 * readable labels, the rest collapse into "+N" groups that open on a click or as the
 * reader zooms in. Pure layout arithmetic on estimated label widths, redone for each window.
 */
import type { TimeWindow, TimelineItemSpec } from '../../../lib/timeline.ts';
import { labelWidth } from './fit-labels.ts';

/** The timeline as drawn: its window, width in pixels and the rows of items it shows. */
export interface TimelineLayout {
  window: TimeWindow;
  width: number;
  rows: number;
  /** A label is never drawn wider than this (the phone's stylesheet cuts longer ones). */
  maxLabel?: number;
}

/** The items to draw, and the members of each "+N" group by the group's record id. */
export interface GroupedItems {
  items: TimelineItemSpec[];
  groups: Map<string, TimelineItemSpec[]>;
}

const GROUP_PREFIX = 'group:';
/** Collapsed items within this many pixels of a group's first one join it. */
const GROUP_REACH_PX = 64;
/** Room kept between two labels on one row. */
const GAP_PX = 6;

/** True for the record id of a "+N" group (not an event). */
export function isGroupItem(recordId: string): boolean {
  return recordId.startsWith(GROUP_PREFIX);
}

const end = (item: TimelineItemSpec) => (item.end ?? item.start).getTime();
const HIGHLIGHTED = 'highlighted';
const highlighted = (item: TimelineItemSpec) => item.classNames.includes(HIGHLIGHTED);
/** Importance, the events of the open article first. */
const rank = (item: TimelineItemSpec) => (item.importance ?? 0) + (highlighted(item) ? 1 : 0);

/** Items labelled whatever their importance, and items grouped whatever it is. */
interface Choices {
  keep: ReadonlySet<string>;
  drop: ReadonlySet<string>;
}

/** Items first by importance, then time: the order labels are handed rows in. */
function byImportance(keep: ReadonlySet<string>) {
  return (a: TimelineItemSpec, b: TimelineItemSpec) =>
    Number(keep.has(b.recordId)) - Number(keep.has(a.recordId)) ||
    rank(b) - rank(a) ||
    a.start.getTime() - b.start.getTime() ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The `count` most important of `items`, most important first: what sorting them all would
 * put first, in one pass (a group far from the window can hold most of the corpus).
 */
function mostImportant(items: TimelineItemSpec[], count: number): TimelineItemSpec[] {
  const order = byImportance(new Set());
  const top: TimelineItemSpec[] = [];
  for (const item of items) {
    if (top.length === count && order(item, top[count - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && order(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > count) top.pop();
  }
  return top;
}

/** One "+N" item standing for `members` (in time order), at the first one's place. */
function groupItem(members: TimelineItemSpec[], at: Date, laneId?: string): TimelineItemSpec {
  const count = members.length;
  const titles = mostImportant(members, 3).map((member) => member.text);
  const more = count > 3 ? `, and ${count - 3} more` : '';
  const id = `${GROUP_PREFIX}${laneId ?? ''}/${members[0]!.key}`;
  return {
    key: id,
    recordId: id,
    marker: '+',
    text: String(count),
    tooltip: `${count} more events here (${titles.join('; ')}${more}): click to open them`,
    start: at,
    kind: 'instant',
    // A group holding events of the open article is marked as they are.
    classNames: ['event-group', ...(members.some(highlighted) ? [HIGHLIGHTED] : [])],
    ...(laneId !== undefined ? { laneId } : {}),
  };
}

/** Lays out one lane's items: labels on `rows - 1` rows by importance, the rest grouped. */
function layOutLane(
  items: TimelineItemSpec[],
  layout: TimelineLayout,
  { keep, drop }: Choices,
  out: GroupedItems,
) {
  const from = layout.window.start.getTime();
  const perPixel = Math.max(1, (layout.window.end.getTime() - from) / Math.max(1, layout.width));
  const x = (time: number) => (time - from) / perPixel;
  const maxLabel = layout.maxLabel ?? Infinity;
  const box = (item: TimelineItemSpec): [number, number] => {
    const left = x(item.start.getTime());
    return [left, Math.max(x(end(item)), left + Math.min(labelWidth(item), maxLabel))];
  };
  // Items within a window's width either side are grouped finely; farther ones coarsely.
  const near = (item: TimelineItemSpec) => {
    const [left, right] = box(item);
    return right >= -layout.width && left <= 2 * layout.width;
  };
  // A label is drawn from its item's start: one begun outside the window, or running past
  // its right edge, would show cut (a range reaching into the window shows in its bar).
  const labelShows = (item: TimelineItemSpec) => {
    const left = x(item.start.getTime());
    const label = Math.min(labelWidth(item), maxLabel);
    if (item.end) return x(end(item)) > 0 && Math.max(left, 0) + label <= layout.width;
    return left >= 0 && left + label <= layout.width;
  };
  const rows: [number, number][][] = Array.from({ length: Math.max(1, layout.rows - 1) }, () => []);
  const order = byImportance(keep);
  // Only the items that may have a label are handed rows, by importance: most of a large
  // corpus lies outside the window and goes straight to the groups.
  const collapsed: TimelineItemSpec[] = [];
  const candidates: TimelineItemSpec[] = [];
  for (const item of items) {
    const labelled = keep.has(item.recordId) || (labelShows(item) && !drop.has(item.recordId));
    (labelled ? candidates : collapsed).push(item);
  }
  for (const item of candidates.sort(order)) {
    const [left, right] = box(item);
    const row = rows.find((taken) =>
      taken.every(([l, r]) => right + GAP_PX <= l || left >= r + GAP_PX),
    );
    if (row) row.push([left, right]);
    else if (!keep.has(item.recordId)) {
      collapsed.push(item);
      continue;
    }
    out.items.push(item);
  }
  // Collapsed items in time order (at one time by importance), each group reaching a little
  // way (a window, far away).
  collapsed.sort((a, b) => a.start.getTime() - b.start.getTime() || order(a, b));
  let members: TimelineItemSpec[] = [];
  let groupX = 0;
  let reach = GROUP_REACH_PX;
  const close = () => {
    if (members.length === 0) return;
    const first = members[0]!;
    // A range begun before the window is grouped where the window begins.
    const at = new Date(Math.max(first.start.getTime(), Math.min(from, end(first))));
    const group = groupItem(members, at, first.laneId);
    out.items.push(group);
    out.groups.set(group.recordId, members);
    members = [];
  };
  for (const item of collapsed) {
    const itemX = Math.max(x(item.start.getTime()), Math.min(0, x(end(item))));
    if (members.length > 0 && itemX - groupX > reach) close();
    if (members.length === 0) {
      groupX = itemX;
      reach = near(item) ? GROUP_REACH_PX : layout.width;
    }
    members.push(item);
  }
  close();
}

/**
 * The items to draw in `layout`: per lane, the items in `keep` (the selection, groups the
 * reader opened) and then the most important (the open article's first) that start in the window and fit `rows - 1`
 * rows without overlapping labels; the others as "+N" groups, which take one row more. Items without an `importance` (period
 * counts) are never grouped; those in `drop` (drawn below the timeline's foot) always are.
 */
export function groupBySalience(
  items: TimelineItemSpec[],
  layout: TimelineLayout,
  keep: ReadonlySet<string> = new Set(),
  drop: ReadonlySet<string> = new Set(),
): GroupedItems {
  const out: GroupedItems = { items: [], groups: new Map() };
  // Not laid out (a hidden timeline, or no layout engine at all): every item as it is.
  if (layout.width <= 0) return { items, groups: out.groups };
  const lanes = new Map<string, TimelineItemSpec[]>();
  for (const item of items) {
    if (item.importance === undefined) {
      out.items.push(item);
      continue;
    }
    const lane = item.laneId ?? '';
    const laneItems = lanes.get(lane);
    if (laneItems) laneItems.push(item);
    else lanes.set(lane, [item]);
  }
  const laneRows = Math.max(3, Math.floor(layout.rows / Math.max(1, lanes.size)));
  for (const laneItems of lanes.values()) {
    const rows = lanes.size > 1 ? laneRows : layout.rows;
    layOutLane(laneItems, { ...layout, rows }, { keep, drop }, out);
  }
  return out;
}
