/**
 * Issue 7: the app built on tests/fixtures/hostile-articles (titles, sources, URLs and
 * text full of HTML, script, `javascript:` links, template syntax and CSS) shows all of
 * it as text and runs none of it, under the build's Content-Security-Policy.
 */
import type { Page } from '@playwright/test';
import { expect, fetchCorpus, openApp, test, timelineGroups, timelineItems } from './fixtures.ts';

declare global {
  interface Window {
    __pwned?: unknown;
    __violations?: string[];
  }
}

const PAYLOAD_MARKUP = '<img src=x onerror="window.__pwned=1">';
const DATA_AREAS = '.app-main, .problem';

/** Records CSP violations and dialogs; every test ends by checking nothing ran. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations!.push(`${event.violatedDirective}: ${event.sourceFile}`);
    });
  });
  return async () => {
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    // No element made from article data: the app itself draws no script, img, svg
    // in the panes, lists or timeline, except its own overview strip.
    const foreign = await page
      .locator(DATA_AREAS)
      .locator(
        'script, img, iframe, object, embed, style, svg:not(.overview-strip svg), a[href^="javascript" i]',
      )
      .count();
    expect(foreign).toBe(0);
    await expect(page.locator('body')).toBeVisible();
  };
}

test('the build carries a Content-Security-Policy that allows no inline script', async ({
  page,
}) => {
  await openApp(page);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy?.match(/script-src[^;]*/)?.[0]).not.toContain("'unsafe-inline'");
});

test('titles, sources and event titles with markup show as text in lists, panes and the timeline', async ({
  page,
  request,
}) => {
  const check = await watch(page);
  const corpus = await fetchCorpus(request);
  await openApp(page);

  const articles = page.getByRole('region', { name: 'Articles' });
  for (const article of corpus.articles) {
    await expect(articles.getByText(article.title, { exact: true })).toBeVisible();
    // Open every article: its title, source, text and (dropped) javascript: link.
    await articles.getByRole('button', { name: article.title }).click();
    const pane = page.getByRole('region', { name: 'Article', exact: true });
    await expect(pane.getByRole('heading', { name: article.title })).toBeVisible();
    await expect(pane).toContainText(article.source ?? 'unknown source');
    await expect(pane.locator('.article-text')).toContainText(article.text.split('\n')[0]!);
    await expect(pane.getByRole('link', { name: 'original' })).toHaveCount(0);
  }
  await expect(page.getByText(PAYLOAD_MARKUP).first()).toBeVisible();

  // A "+N" group's tooltip names its events as text too.
  await page.getByRole('button', { name: 'Fit all' }).click();
  const tooltip = page.locator('.vis-tooltip');
  const group = timelineGroups(page).first();
  if ((await group.count()) > 0) {
    await group.hover();
    await expect(tooltip).toContainText('more events here');
    expect(await tooltip.locator('*:not(.timeline-tooltip-text)').count()).toBe(0);
  }

  // Every event: its item (drawn once chosen, were it in a group), its tooltip, its pane.
  for (const event of corpus.events) {
    await page
      .getByRole('navigation', { name: /Events in time order/ })
      .locator(`[data-event-id="${event.id}"]`)
      .click();
    const item = timelineItems(page)
      .and(page.locator(`[data-recordid="${event.id}"]`))
      .first();
    await expect(item).toContainText(event.title);
    await item.hover();
    await expect(tooltip).toContainText(event.title);
    expect(await tooltip.locator('*:not(.timeline-tooltip-text)').count()).toBe(0);
    const detail = page.getByRole('region', { name: 'Event', exact: true });
    await expect(detail.getByRole('heading', { name: event.title })).toBeVisible();
    await detail
      .getByRole('button', { name: /Show in article/ })
      .first()
      .click();
    await expect(page.locator('mark.evidence').first()).toBeVisible();
  }

  // Lane labels: article lanes are named by the (hostile) article titles.
  await page.getByRole('combobox', { name: 'Lanes' }).selectOption('article');
  await expect(page.locator('.vis-labelset')).toContainText(corpus.articles[0]!.title);
  for (const mode of ['kind', 'participant']) {
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption(mode);
    await expect(page.locator('.vis-labelset .vis-label').first()).toBeVisible();
  }
  await check();
});

test('searching for a payload finds it and shows it as text', async ({ page }) => {
  const check = await watch(page);
  await openApp(page);
  const list = page.getByRole('navigation', { name: /Events in time order/ });
  const detail = page.getByRole('region', { name: 'Event', exact: true });
  // The payload sits in a reporting sentence: the search finds its events, and the
  // selected event's evidence quotes it as text.
  await page.getByRole('searchbox').fill('<script>window.__pwned=1</script>');
  await list.locator('[data-event-id]').first().click();
  await expect(detail.getByText('<script>window.__pwned=1</script>').first()).toBeVisible();
  await page.getByRole('searchbox').fill("{{constructor.constructor('window.__pwned=1')()}}");
  await list.locator('[data-event-id]').first().click();
  await expect(detail.getByText(/\{\{constructor\.constructor/).first()).toBeVisible();
  await check();
});

test('payloads in the URL are shown as text, never run', async ({ page }) => {
  const check = await watch(page);
  const payloads = [
    '<script>window.__pwned=1</script>',
    PAYLOAD_MARKUP,
    'javascript:window.__pwned=1',
    '"><svg onload="window.__pwned=1">',
  ];
  for (const payload of payloads) {
    await openApp(
      page,
      `?event=${encodeURIComponent(payload)}&article=${encodeURIComponent(payload)}&q=${encodeURIComponent(payload)}&from=${encodeURIComponent(payload)}&lanes=${encodeURIComponent(payload)}`,
    );
    await expect(page.getByRole('alert').first()).toContainText(payload);
  }
  await check();
});
