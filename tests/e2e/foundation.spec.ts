import {
  expect,
  fetchCorpus,
  openApp,
  sentenceOf,
  test,
  drawnEvents,
  timelineItems,
  visibleEventId,
} from './fixtures.ts';

test('loads the corpus without console errors and says what it holds', async ({
  page,
  request,
}) => {
  const corpus = await fetchCorpus(request);
  await openApp(page);
  await expect(page.getByText(`${corpus.articles.length} articles`)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('draws every dated event: with its label, or counted in a "+N" group', async ({
  page,
  request,
}) => {
  const corpus = await fetchCorpus(request);
  await openApp(page);
  // The opening window holds the densest stretch; "Fit all" shows every event.
  await page.getByRole('button', { name: 'Fit all' }).click();
  const ids = new Set(corpus.events.map((event) => event.id));
  await expect
    .poll(async () => {
      const drawn = await drawnEvents(page);
      return new Set(drawn.ids).size === drawn.ids.length && drawn.ids.every((id) => ids.has(id))
        ? drawn.ids.length + drawn.grouped
        : -1;
    })
    .toBe(corpus.events.length);
});

test('clicking an item shows the event and, from a source, the article with the sentence marked', async ({
  page,
  request,
}) => {
  const corpus = await fetchCorpus(request);
  await openApp(page);
  const eventId = await visibleEventId(page, corpus);
  const event = corpus.events.find((candidate) => candidate.id === eventId)!;

  await timelineItems(page)
    .and(page.locator(`[data-recordid="${eventId}"]`))
    .first()
    .click();
  const detail = page.getByRole('region', { name: 'Event', exact: true });
  await expect(detail.getByRole('heading', { name: event.title })).toBeVisible();
  await expect(detail.getByText(sentenceOf(corpus, event), { exact: true })).toBeVisible();

  await detail
    .getByRole('button', { name: /Show in article/ })
    .first()
    .click();
  const article = page.getByRole('region', { name: 'Article', exact: true });
  const evidence = article.locator('mark.evidence');
  await expect(evidence.first()).toBeVisible();
  const marked = await evidence.allTextContents();
  expect(marked.join('')).toBe(sentenceOf(corpus, event));
  if (event.mentions[0]!.timex) {
    await expect(article.locator('mark.timex')).toHaveText(event.mentions[0]!.timex.text);
  }
  await expect(evidence.first()).toBeInViewport();
});

test('another event highlighted in the article selects it', async ({ page, request }) => {
  const corpus = await fetchCorpus(request);
  const withTwo = corpus.articles.find(
    (article) =>
      corpus.events.filter((event) => event.mentions.some((m) => m.article === article.id))
        .length >= 2,
  );
  test.skip(!withTwo, 'no article reports two events');
  await openApp(page);
  await page
    .getByRole('region', { name: 'Articles' })
    .getByRole('button', { name: withTwo!.title })
    .click();
  const articlePane = page.getByRole('region', { name: 'Article', exact: true });
  const link = articlePane.locator('.event-link').first();
  const eventId = await link.getAttribute('data-event-id');
  await link.click();
  const event = corpus.events.find((candidate) => candidate.id === eventId)!;
  await expect(
    page
      .getByRole('region', { name: 'Event', exact: true })
      .getByRole('heading', { name: event.title }),
  ).toBeVisible();
  await expect(timelineItems(page).and(page.locator('.vis-selected'))).toHaveAttribute(
    'data-recordid',
    event.id,
  );
});

test('choosing an article lists it with its date and highlights its events on the timeline', async ({
  page,
  request,
}) => {
  const corpus = await fetchCorpus(request);
  const article = corpus.articles[0]!;
  const reported = corpus.events.filter((event) =>
    event.mentions.some((m) => m.article === article.id),
  );
  await openApp(page);
  const entry = page
    .getByRole('region', { name: 'Articles' })
    .getByRole('button', { name: article.title });
  await expect(entry).toContainText(article.source ?? 'unknown source');
  await entry.click();
  await expect(
    page
      .getByRole('region', { name: 'Article', exact: true })
      .getByRole('heading', { name: article.title }),
  ).toBeVisible();
  // Every event of the article highlighted: drawn so, or in a group marked so (the opening
  // window holds the densest stretch only; "Fit all" shows them all).
  await page.getByRole('button', { name: 'Fit all' }).click();
  const ids = new Set(reported.map((event) => event.id));
  await expect
    .poll(async () => {
      const marked = await drawnEvents(page, '.highlighted');
      const unmarked = await drawnEvents(page, ':not(.highlighted)');
      if (!marked.ids.every((id) => ids.has(id)) || unmarked.ids.some((id) => ids.has(id))) {
        return -1;
      }
      return Math.min(marked.ids.length + marked.grouped, reported.length);
    })
    .toBe(reported.length);
  // The article's events are labelled before any other's.
  expect(await timelineItems(page).and(page.locator('.highlighted')).count()).toBeGreaterThan(0);
});

test('a link to an unknown event says so', async ({ page }) => {
  await openApp(page, '?event=no-such-event');
  await expect(page.getByRole('alert')).toContainText('no-such-event');
});
