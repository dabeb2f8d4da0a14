import { fileURLToPath } from 'node:url';
import { expect, fetchCorpus, openApp, test } from './fixtures.ts';

const docs = (name: string) => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));

/** Opens the busiest event with its first source, the view the screenshots show. */
async function openBusiestEvent(page: import('@playwright/test').Page, eventId: string) {
  await openApp(page, `?event=${encodeURIComponent(eventId)}`);
  await page
    .getByRole('region', { name: 'Event', exact: true })
    .getByRole('button', { name: /Show in article/ })
    .first()
    .click();
  await expect(page.locator('mark.evidence').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
}

test('writes the README screenshots', async ({ page, request, browser }) => {
  const corpus = await fetchCorpus(request);
  const busiest = [...corpus.events].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;

  await openBusiestEvent(page, busiest.id);
  await page.screenshot({ path: docs('screenshot.png') });

  const phone = await browser.newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
  });
  await openBusiestEvent(phone, busiest.id);
  await phone.screenshot({ path: docs('screenshot-phone.png') });
  await phone.close();

  const dark = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'dark',
  });
  await openBusiestEvent(dark, busiest.id);
  await dark.screenshot({ path: docs('screenshot-dark.png') });
  await dark.close();

  await page.getByRole('combobox', { name: 'Lanes' }).selectOption('article');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
  await page.screenshot({ path: docs('screenshot-lanes.png') });
});
