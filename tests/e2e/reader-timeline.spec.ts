/**
 * Issue 12, points 1–5, as a reader meets the timeline: at 1440×900 and on a 390×844 phone,
 * in both colour schemes, on the seeds and on a real-news folder (the `real-news` project).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, fetchCorpus, openApp, test } from './fixtures.ts';
import { onEveryScreen, type Screen } from './support/screens.ts';
import { afterTwoFrames, pageScroll, visibleItem } from './support/timeline-boxes.ts';

const detailPane = (page: Page) => page.getByRole('region', { name: 'Event', exact: true });
const timelineBox = async (page: Page) => (await page.getByTestId('timeline').boundingBox())!;

/** Clicks, or taps on a phone. */
async function choose(screen: Screen, target: Locator) {
  if (screen.name === 'phone') await target.tap();
  else await target.click();
}

/** The page has not moved, nor the timeline on it, since `before`. */
async function expectStill(page: Page, before: { scroll: number; top: number }) {
  await afterTwoFrames(page);
  expect(await pageScroll(page)).toBe(before.scroll);
  expect((await timelineBox(page)).y).toBeCloseTo(before.top, 0);
}

const where = async (page: Page) => ({
  scroll: await pageScroll(page),
  top: (await timelineBox(page)).y,
});

onEveryScreen((screen) => {
  test('1. nothing the reader does scrolls the page away from the timeline', async ({
    page,
    request,
  }) => {
    const corpus = await fetchCorpus(request);
    // A deep link to an event with its article open opens at the top of the page.
    const linked = corpus.events[Math.floor(corpus.events.length / 2)]!;
    await openApp(
      page,
      `?event=${encodeURIComponent(linked.id)}&article=${encodeURIComponent(linked.mentions[0]!.article)}&mention=0`,
    );
    await expect(page.locator('mark.evidence').first()).toBeAttached();
    await afterTwoFrames(page);
    expect(await pageScroll(page)).toBe(0);

    await openApp(page);
    // A list entry (brought on screen first: that scroll is the reader's).
    const entry = page.locator('.event-list [data-event-id]').nth(2);
    await entry.scrollIntoViewIfNeeded();
    let before = await where(page);
    await choose(screen, entry);
    await expect(entry).toHaveAttribute('aria-current', 'true');
    await expectStill(page, before);

    // ← and → from the list entry, which keeps the focus.
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) {
      const url = page.url();
      await page.keyboard.press(key);
      await expect(page).not.toHaveURL(url);
      await expectStill(page, before);
    }
    await page.keyboard.press('Escape');
    await expect(detailPane(page)).toHaveCount(0);

    // A timeline item, then a source in the article.
    await page.evaluate(() => window.scrollTo(0, 0));
    before = await where(page);
    await choose(screen, (await visibleItem(page)).item);
    await expect(detailPane(page)).toBeVisible();
    await expectStill(page, before);
    const source = detailPane(page)
      .getByRole('button', { name: /Show in article/ })
      .first();
    await source.scrollIntoViewIfNeeded();
    before = await where(page);
    await source.click();
    await expect(page.locator('mark.evidence').first()).toBeAttached();
    await expectStill(page, before);

    await page.evaluate(() => window.scrollTo(0, 0));
    before = await where(page);

    // Dragging the time cursor.
    const handle = (await page
      .locator('[data-testid="timeline"] .vis-custom-time > div')
      .boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2 + 80, handle.y + handle.height / 2, {
      steps: 5,
    });
    await page.mouse.up();
    await expectStill(page, before);
  });
});
