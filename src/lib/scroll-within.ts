/**
 * Bringing something into view without moving the page: only the scroll box it sits in
 * (a list, the article text, the phone's sheet) scrolls. `scrollIntoView` would scroll every
 * scrollable ancestor up to the page, taking the timeline off screen (issue 12, point 1).
 */

function scrolls(element: Element): boolean {
  const { overflowY } = getComputedStyle(element);
  return (
    (overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight
  );
}

/** The nearest ancestor of `element` that scrolls its content, below the page itself. */
export function scrollBoxOf(element: Element): HTMLElement | null {
  for (let box = element.parentElement; box; box = box.parentElement) {
    if (box === document.body || box === document.documentElement) return null;
    if (scrolls(box)) return box;
  }
  return null;
}

/**
 * The scroll position that brings `[top, bottom]` (offsets in the box's content) into view:
 * `nearest` moves as little as possible, `third` puts the top a third of the way down.
 */
export function scrollTopShowing(
  box: { scrollTop: number; clientHeight: number },
  top: number,
  bottom: number,
  align: 'nearest' | 'third',
): number {
  if (align === 'third') return Math.max(0, top - box.clientHeight / 3);
  if (top < box.scrollTop) return top;
  if (bottom > box.scrollTop + box.clientHeight) {
    return Math.min(top, bottom - box.clientHeight);
  }
  return box.scrollTop;
}

/** Scrolls the box `element` sits in (never the page) until `element` shows. */
export function scrollWithin(element: Element, align: 'nearest' | 'third' = 'nearest'): void {
  const box = scrollBoxOf(element);
  if (!box) return;
  const frame = box.getBoundingClientRect();
  const own = element.getBoundingClientRect();
  const top = own.top - frame.top - box.clientTop + box.scrollTop;
  box.scrollTop = scrollTopShowing(box, top, top + own.height, align);
}
