/**
 * Issue 6: the app on a synthetic corpus of 10,000 events, served split by period
 * (see support/serve-app.ts). No timing here: speed is measured by the benchmarks.
 */
import type { Page } from '@playwright/test';
import { corpusManifestSchema } from '../../src/contract/corpus-parts.ts';
import { expect, openApp, test } from './fixtures.ts';

const periodCounts = (page: Page) =>
  page.locator('[data-testid="timeline"] .vis-item.period-count');

/** Items that draw events (one each) or "+N" groups of them, not period counts. */
const eventItems = (page: Page) =>
  page.locator('[data-testid="timeline"] .vis-item[data-recordid]:not(.period-count)');

/** Zooms in with the toolbar until event items (or groups) replace the period counts. */
async function zoomUntilEventsShow(page: Page) {
  for (let step = 0; step < 8; step += 1) {
    if ((await eventItems(page).count()) > 0) return;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(150);
  }
  await expect(eventItems(page).first()).toBeVisible();
}

test('opens a 10k-event corpus from its manifest and shows periods as counts', async ({
  page,
  request,
}) => {
  const manifest = corpusManifestSchema.parse(await (await request.get('corpus.json')).json());
  expect(manifest.eventCount).toBe(10_000);
  const fetched: string[] = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
  await openApp(page);
  await expect(page.getByText('10000 dated events')).toBeVisible();
  await expect(periodCounts(page).first()).toBeVisible();
  await expect(periodCounts(page).first()).toContainText(/\d+ events/);
  // Zoomed out, no period file is needed: the manifest's counts are enough.
  expect(fetched.filter((path) => path.startsWith('/corpus/events-'))).toEqual([]);
});

test('zooming in loads the periods in view and draws their events, grouped where dense', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
  await openApp(page);
  await zoomUntilEventsShow(page);
  const periodFiles = fetched.filter((path) => path.startsWith('/corpus/events-'));
  expect(periodFiles.length).toBeGreaterThan(0);
  expect(periodFiles.length).toBeLessThan(20);
  // The event list is windowed: far fewer rows in the DOM than events loaded.
  const rows = await page.locator('.event-list [data-event-id]').count();
  expect(rows).toBeGreaterThan(0);
  expect(rows).toBeLessThan(100);
  await expect(page.getByTestId('parts-notice')).toContainText('loaded so far');
});

test('scrubbing the cursor follows the nearest event', async ({ page }) => {
  // A window of a few weeks: its periods load, and the cursor starts inside it.
  await openApp(page, '?from=2015-03-01T00:00&to=2015-03-22T00:00');
  await expect(eventItems(page).first()).toBeVisible();
  const readout = page.getByTestId('cursor-time');
  const before = await readout.textContent();
  const handle = page.locator('[data-testid="timeline"] .vis-custom-time > div');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1) {
    await page.mouse.move(box.x + box.width / 2 + step * 30, box.y + box.height / 2);
  }
  await page.mouse.up();
  await expect(readout).not.toHaveText(before ?? '');
  await expect(page.getByRole('region', { name: 'Event', exact: true })).toBeVisible();
  await expect(page.locator('.event-list [aria-current="true"]')).toHaveCount(1);
});

test('clicking a period count zooms to it and draws its events', async ({ page }) => {
  await openApp(page);
  await periodCounts(page).nth(3).click();
  await expect(eventItems(page).first()).toBeVisible();
  await expect(page).toHaveURL(/from=.*&to=/);
});

test('opening an article fetches its part and marks the evidence', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
  await openApp(page);
  await periodCounts(page).first().click();
  await expect(eventItems(page).first()).toBeVisible();
  await page.locator('.event-list [data-event-id]').first().click();
  const detail = page.getByRole('region', { name: 'Event', exact: true });
  // The sentence comes with the period, before any article text is fetched.
  await expect(detail.locator('.source-sentence').first()).toContainText('officials said');
  expect(fetched.filter((path) => path.startsWith('/corpus/articles/'))).toEqual([]);
  await detail
    .getByRole('button', { name: /Show in article/ })
    .first()
    .click();
  const article = page.getByRole('region', { name: 'Article', exact: true });
  await expect(article.locator('mark.evidence').first()).toBeVisible();
  expect(fetched.filter((path) => path.startsWith('/corpus/articles/')).length).toBe(1);
});

test('a link to an event in a period not loaded yet finds it', async ({ page }) => {
  await openApp(page, '?event=e5000');
  await expect(
    page.getByRole('region', { name: 'Event', exact: true }).getByRole('heading', { level: 2 }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the list of 2,000 articles is drawn a screenful at a time and scrolls to the last', async ({
  page,
}) => {
  await openApp(page);
  const list = page.locator('.article-list');
  await expect(list.getByRole('heading')).toContainText('(2000)');
  const rows = list.getByRole('listitem');
  expect(await rows.count()).toBeLessThan(100);
  await list.locator('.windowed-list').evaluate((scroller) => {
    scroller.scrollTop = scroller.scrollHeight;
  });
  const last = list.locator('li[aria-posinset="2000"]');
  await expect(last).toBeVisible();
  const title = (await last.locator('.entry-title').textContent()) ?? '';
  expect(title).not.toBe('');
  await last.getByRole('button').click();
  const article = page.getByRole('region', { name: 'Article', exact: true });
  await expect(article.getByRole('heading', { name: title })).toBeVisible();
});
