/**
 * Where things are on the drawn timeline, measured in the page in one pass (a real-news
 * corpus draws a thousand items; asking Playwright for each box takes minutes).
 */
import type { Locator, Page } from '@playwright/test';

/** The id of an event whose item lies wholly inside the timeline. */
export async function visibleEventId(page: Page): Promise<string> {
  const id = await page.getByTestId('timeline').evaluate((canvas) => {
    const frame = canvas.getBoundingClientRect();
    for (const item of canvas.querySelectorAll<HTMLElement>('.vis-item[data-recordid]')) {
      const box = item.getBoundingClientRect();
      if (
        box.width > 0 &&
        box.left >= frame.left &&
        box.top >= frame.top + 40 &&
        box.right <= frame.right - 10 &&
        box.bottom <= frame.bottom
      ) {
        return item.dataset.recordid ?? null;
      }
    }
    return null;
  });
  if (!id) throw new Error('no timeline item is wholly visible');
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
  const item = page.locator(`[data-testid="timeline"] .vis-item[data-recordid="${id}"]`).first();
  return { id, item };
}
