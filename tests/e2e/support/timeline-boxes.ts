/**
 * Where things are on the drawn timeline, measured in the page in one pass (a real-news
 * corpus draws a thousand items; asking Playwright for each box takes minutes).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** A drawn event (not a "+N" group of them). */
export const EVENT_ITEM = '.vis-item[data-recordid]:not(.event-group)';

/** The id of an event whose item lies wholly inside the timeline now ('' when none is). */
async function visibleEventIdNow(page: Page): Promise<string> {
  return page.getByTestId('timeline').evaluate((canvas) => {
    const frame = canvas.getBoundingClientRect();
    for (const item of canvas.querySelectorAll<HTMLElement>(
      '.vis-item[data-recordid]:not(.event-group)',
    )) {
      const box = item.getBoundingClientRect();
      if (
        box.width > 0 &&
        box.left >= frame.left &&
        box.top >= frame.top + 40 &&
        box.right <= frame.right - 10 &&
        box.bottom <= frame.bottom
      ) {
        return item.dataset.recordid ?? '';
      }
    }
    return '';
  });
}

/**
 * The id of an event whose item lies wholly inside the timeline, once there is one (the
 * timeline may still be moving to a selection, or drawing the rest of its items).
 */
export async function visibleEventId(page: Page): Promise<string> {
  let id = '';
  await expect.poll(async () => (id = await visibleEventIdNow(page))).not.toBe('');
  return id;
}

/** How the page is scrolled (the timeline must stay where the reader put it). */
export const pageScroll = (page: Page) => page.evaluate(() => window.scrollY);

/** Resolves after the page has drawn twice: effects of the last change have run. */
export const afterTwoFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );

/** The item of an event wholly inside the timeline, and that event's id. */
export async function visibleItem(page: Page): Promise<{ id: string; item: Locator }> {
  const id = await visibleEventId(page);
  const item = page
    .locator(`[data-testid="timeline"] ${EVENT_ITEM}[data-recordid="${id}"]`)
    .first();
  return { id, item };
}

/**
 * True when a drawn copy of the selected item starts inside the timeline's visible part
 * (its label may run on past the right edge) and its whole height is inside it.
 */
export const selectionInView = (page: Page) =>
  page.getByTestId('timeline').evaluate((canvas) => {
    const frame = canvas.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...canvas.querySelectorAll('.vis-item.vis-selected')].some((item) => {
      const box = item.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.left >= frame.left - 1 &&
        box.left < frame.right &&
        box.top >= frame.top - 1 &&
        box.bottom <= frame.bottom + 1
      );
    });
  });

/** The id of the item drawn lowest in the timeline (the last to reach by scrolling). */
export const lowestEventId = (page: Page) =>
  page.getByTestId('timeline').evaluate((canvas) => {
    let lowest: { id: string; bottom: number } | null = null;
    for (const item of canvas.querySelectorAll<HTMLElement>(
      '.vis-item[data-recordid]:not(.event-group)',
    )) {
      const { bottom, width } = item.getBoundingClientRect();
      if (width > 0 && (!lowest || bottom > lowest.bottom)) {
        lowest = { id: item.dataset.recordid!, bottom };
      }
    }
    return lowest;
  });

/** Where the top of the first drawn item is (it moves when the rows scroll). */
export const firstItemTop = (page: Page) =>
  page
    .getByTestId('timeline')
    .evaluate(
      (canvas) =>
        canvas.querySelector('.vis-item[data-recordid]:not(.event-group)')!.getBoundingClientRect()
          .top,
    );

/** Where the time cursor is, and whether it is inside the timeline's visible part. */
export const cursorPlace = (page: Page) =>
  page.getByTestId('timeline').evaluate((canvas) => {
    const frame = canvas.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const bar = canvas.querySelector('.vis-custom-time')!.getBoundingClientRect();
    const x = bar.left + bar.width / 2;
    return { x, inView: x >= frame.left && x <= frame.right };
  });

/** Labels of drawn items (clusters too) that run past either side of the timeline. */
export const labelsCut = (page: Page) =>
  page.getByTestId('timeline').evaluate((canvas) => {
    const frame = canvas.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...canvas.querySelectorAll<HTMLElement>('.vis-item')]
      .filter((item) => {
        const box = item.getBoundingClientRect();
        return box.width > 0 && (box.left < frame.left - 1 || box.right > frame.right + 1);
      })
      .map((item) => item.textContent ?? '');
  });

/** The "+N" groups drawn in the timeline's visible part: how many events each holds, and where. */
export const groupsInView = (page: Page) =>
  page.getByTestId('timeline').evaluate((canvas) => {
    const frame = canvas.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...canvas.querySelectorAll<HTMLElement>('.vis-item.event-group')]
      .map((item) => ({ id: item.dataset.recordid!, box: item.getBoundingClientRect(), item }))
      .filter(({ box }) => box.width > 0 && box.left >= frame.left && box.right <= frame.right)
      .filter(({ box }) => box.top >= frame.top && box.bottom <= frame.bottom)
      .map(({ id, item, box }) => ({
        id,
        count: Number((item.textContent ?? '').replace(/\D/g, '')),
        x: box.left + 8,
        y: box.top + box.height / 2,
      }));
  });

/**
 * The events drawn with their labels in the timeline's visible part, and whether any label is
 * cut by an edge or overlaps another.
 */
export const labelsInView = (page: Page) =>
  page.getByTestId('timeline').evaluate((canvas, selector) => {
    const frame = canvas.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const shown = [...canvas.querySelectorAll<HTMLElement>(selector)]
      .map((item) => ({
        id: item.dataset.recordid!,
        box: item.getBoundingClientRect(),
        range: item.classList.contains('vis-range'),
      }))
      .filter(({ box }) => box.width > 0 && box.right > frame.left && box.left < frame.right)
      .filter(({ box }) => box.bottom > frame.top && box.top < frame.bottom);
    // A point's element holds its label (a range's bar may run on past an edge).
    const cut = shown.filter(
      ({ box, range }) =>
        (!range && box.left < frame.left - 1) ||
        (!range && box.right > frame.right + 1) ||
        box.top < frame.top - 1 ||
        box.bottom > frame.bottom + 1,
    );
    const overlapping = shown.filter(({ box }, index) =>
      shown.some(
        ({ box: other }, otherIndex) =>
          otherIndex !== index &&
          box.left < other.right - 1 &&
          other.left < box.right - 1 &&
          box.top < other.bottom - 1 &&
          other.top < box.bottom - 1,
      ),
    );
    return {
      ids: shown.map(({ id }) => id),
      cut: cut.map(({ id }) => id),
      overlapping: overlapping.map(({ id }) => id),
    };
  }, EVENT_ITEM);
