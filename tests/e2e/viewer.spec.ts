import AxeBuilder from '@axe-core/playwright';
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
// The plain module, not the feature's entry (which also exports components).
import { EVENT_KIND_LABEL } from '../../src/features/events/utils/event-kinds.ts';

test('dragging the time cursor shows the date under it live and follows the nearest event', async ({
  page,
}) => {
  await openApp(page);
  const readout = page.getByTestId('cursor-time');
  const before = await readout.textContent();
  const handle = page.locator('[data-testid="timeline"] .vis-custom-time > div');
  const box = (await handle.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  const seen = new Set<string>();
  let last = before;
  for (let step = 1; step <= 12; step += 1) {
    await page.mouse.move(box.x + box.width / 2 + step * 40, y);
    last = await readout.textContent();
    seen.add(last ?? '');
  }
  // Still holding the mouse: the readout and the event pane must already have followed.
  expect(seen.size).toBeGreaterThan(3);
  expect(last).not.toBe(before);
  await expect(page.getByRole('region', { name: 'Event', exact: true })).toBeVisible();
  await page.mouse.up();
});

test('items stay clickable with the cursor in its starting place', async ({ page }) => {
  await openApp(page);
  // The events drawn in the opening window, measured in one pass once their layout has
  // settled (labels that do not fit join "+N" groups after the first drawing).
  const measure = () =>
    timelineItems(page).evaluateAll((items) =>
      items
        .map((item) => {
          const { x, y, width, height } = item.getBoundingClientRect();
          return { id: item.getAttribute('data-recordid')!, x, y, width, height };
        })
        .filter(({ width }) => width > 0),
    );
  let boxes = await measure();
  await expect
    .poll(async () => {
      const again = await measure();
      const same = JSON.stringify(again) === JSON.stringify(boxes);
      boxes = again;
      return same && boxes.length > 0;
    })
    .toBe(true);
  const cursor = (await page
    .locator('[data-testid="timeline"] .vis-custom-time > div')
    .boundingBox())!;
  const frame = (await page
    .locator('[data-testid="timeline"] .vis-panel.vis-center')
    .boundingBox())!;
  let nearest: { id: string; x: number; y: number; distance: number } | null = null;
  for (const box of boxes) {
    // A range running past both edges of the window takes a click anywhere else along it.
    if (box.x <= frame.x + 1 && box.x + box.width >= frame.x + frame.width - 1) continue;
    expect(box.x >= cursor.x + cursor.width || box.x + box.width <= cursor.x).toBe(true);
    // A range that begins before the window ("since mid-July") is clicked where it shows.
    const left = Math.max(box.x, frame.x);
    const right = Math.min(box.x + box.width, frame.x + frame.width);
    if (right <= left) continue;
    const x = (left + right) / 2;
    const distance = Math.abs(x - cursor.x);
    if (!nearest || distance < nearest.distance) {
      nearest = { id: box.id, x: x - box.x, y: box.height / 2, distance };
    }
  }
  // Something must be drawn, and the item nearest the cursor must take a click. The click
  // goes to the item itself, placed where it is when clicked: on a slow machine the rows
  // may still restack after the measure. Playwright refuses to click while anything else
  // (the cursor's bar) would take the click there, so a swallowed click still fails here.
  expect(nearest, 'no event drawn on the timeline').not.toBeNull();
  await timelineItems(page)
    .and(page.locator(`[data-recordid="${nearest!.id}"]`))
    .click({ position: { x: nearest!.x, y: nearest!.y } });
  await expect(page).toHaveURL(new RegExp(`event=${encodeURIComponent(nearest!.id)}`));
});

test('dragging the overview window moves the timeline', async ({ page }) => {
  await openApp(page);
  // From the whole story (the opening window is a narrow frame on the overview).
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page).toHaveURL(/from=.*&to=/);
  const fitted = page.url();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const slider = page.getByRole('slider', { name: 'Visible part of the timeline' });
  const before = await slider.getAttribute('aria-valuetext');
  // The address keeps a window once it has settled: wait for the zoomed one.
  await expect
    .poll(async () => {
      const url = page.url();
      await page.waitForTimeout(300);
      return url !== fitted && page.url() === url;
    })
    .toBe(true);
  const fromBefore = new URL(page.url()).searchParams.get('from')!;
  const frame = (await page.getByTestId('overview-window').boundingBox())!;
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width / 2 - 60, frame.y + frame.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect(slider).not.toHaveAttribute('aria-valuetext', before ?? '');
  // The timeline itself moved: dragging the frame left shows earlier times.
  await expect.poll(() => new URL(page.url()).searchParams.get('from')! < fromBefore).toBe(true);

  // Resizing from the right edge narrows the window (zooms in).
  const resized = (await page.getByTestId('overview-window').boundingBox())!;
  const edge = (await page.getByTestId('overview-handle-end').boundingBox())!;
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2 - 30, edge.y + edge.height / 2, { steps: 4 });
  await page.mouse.up();
  const after = (await page.getByTestId('overview-window').boundingBox())!;
  expect(after.width).toBeLessThan(resized.width - 10);
});

test('a deep link restores the selected event and the visible window', async ({
  page,
  request,
  context,
}) => {
  const corpus = await fetchCorpus(request);
  await openApp(page);
  const eventId = await visibleEventId(page, corpus);
  const event = corpus.events.find((candidate) => candidate.id === eventId)!;
  await timelineItems(page)
    .and(page.locator(`[data-recordid="${eventId}"]`))
    .first()
    .click();
  await page
    .getByRole('region', { name: 'Event', exact: true })
    .getByRole('button', { name: /Show in article/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`event=${eventId}.*from=`));
  const link = page.url();
  const windowText = await page
    .getByRole('slider', { name: 'Visible part of the timeline' })
    .getAttribute('aria-valuetext');

  const second = await context.newPage();
  await second.goto(link);
  await expect(
    second
      .getByRole('region', { name: 'Event', exact: true })
      .getByRole('heading', { name: event.title }),
  ).toBeVisible();
  await expect(
    second.getByRole('region', { name: 'Article', exact: true }).locator('mark.evidence').first(),
  ).toBeVisible();
  expect((await second.locator('mark.evidence').allTextContents()).join('')).toBe(
    sentenceOf(corpus, event),
  );
  await expect(
    second.getByRole('slider', { name: 'Visible part of the timeline' }),
  ).toHaveAttribute('aria-valuetext', windowText ?? '');
  await second.close();
});

test('back and forward move between selections', async ({ page, request }) => {
  const corpus = await fetchCorpus(request);
  const [first, second] = corpus.events;
  await openApp(page);
  const list = page.getByRole('navigation', { name: /Events in time order/ });
  await list.locator(`[data-event-id="${first!.id}"]`).click();
  await list.locator(`[data-event-id="${second!.id}"]`).click();
  await expect(list.locator(`[data-event-id="${second!.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.goBack();
  await expect(list.locator(`[data-event-id="${first!.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(timelineItems(page).and(page.locator('.vis-selected'))).toHaveAttribute(
    'data-recordid',
    first!.id,
  );
  await page.goForward();
  await expect(list.locator(`[data-event-id="${second!.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('keyboard: arrows step through events, Enter opens the article, Escape closes, / searches', async ({
  page,
  request,
}) => {
  const corpus = await fetchCorpus(request);
  const ordered = await (async () => {
    await openApp(page);
    return page
      .getByRole('navigation', { name: /Events in time order/ })
      .locator('[data-event-id]')
      .evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-event-id')!));
  })();
  expect(ordered).toHaveLength(corpus.events.length);
  const current = page.locator('.event-list [aria-current="true"]');

  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveAttribute('data-event-id', ordered[0]!);
  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveAttribute('data-event-id', ordered[1]!);
  await page.keyboard.press('ArrowLeft');
  await expect(current).toHaveAttribute('data-event-id', ordered[0]!);
  await expect(timelineItems(page).and(page.locator('.vis-selected'))).toHaveAttribute(
    'data-recordid',
    ordered[0]!,
  );

  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Article', exact: true }).locator('mark.evidence').first(),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Article', exact: true })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Event', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Event', exact: true })).toHaveCount(0);

  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('search and filters narrow the timeline and the lists together', async ({ page, request }) => {
  const corpus = await fetchCorpus(request);
  const participant = corpus.events.flatMap((event) => event.participants)[0];
  test.skip(!participant, 'no event has a participant');
  await openApp(page);
  await page.getByRole('searchbox').fill(participant!);
  const list = page
    .getByRole('navigation', { name: /Events in time order/ })
    .locator('[data-event-id]');
  const shown = await list.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(corpus.events.length);
  const fitAll = page.getByRole('button', { name: 'Fit all' });
  await fitAll.click();
  // Every event found is drawn, with its label or in a "+N" group, and no other.
  const found = await list.evaluateAll((entries) =>
    entries.map((entry) => entry.getAttribute('data-event-id')!),
  );
  await expect
    .poll(async () => {
      const drawn = await drawnEvents(page);
      return drawn.ids.every((id) => found.includes(id)) ? drawn.ids.length + drawn.grouped : -1;
    })
    .toBe(shown);

  await page.getByRole('searchbox').fill('');
  const kind = corpus.events[0]!.kind;
  const ofKind = corpus.events.filter((event) => event.kind === kind).map((event) => event.id);
  const option = page
    .getByRole('group', { name: 'Kind' })
    .locator('label')
    .filter({ hasText: new RegExp(`(^|\\s)${EVENT_KIND_LABEL[kind]} \\(\\d+\\)`) });
  await expect(option).toContainText(`(${ofKind.length})`);
  await option.getByRole('checkbox').check();
  await fitAll.click();
  await expect
    .poll(async () => {
      const drawn = await drawnEvents(page);
      return drawn.ids.every((id) => ofKind.includes(id)) ? drawn.ids.length + drawn.grouped : -1;
    })
    .toBe(ofKind.length);
});

test('lanes by kind draw one lane per kind', async ({ page, request }) => {
  const corpus = await fetchCorpus(request);
  const kinds = new Set(corpus.events.map((event) => event.kind));
  await openApp(page);
  await page.getByRole('combobox', { name: 'Lanes' }).selectOption('kind');
  await expect(page.locator('.vis-labelset .vis-label')).toHaveCount(kinds.size);
  await expect(page).toHaveURL(/lanes=kind/);
});

test('has no serious or critical accessibility violations with an event and article open', async ({
  page,
  request,
}) => {
  const corpus = await fetchCorpus(request);
  await openApp(page, `?event=${encodeURIComponent(corpus.events[0]!.id)}`);
  await page
    .getByRole('region', { name: 'Event', exact: true })
    .getByRole('button', { name: /Show in article/ })
    .first()
    .click();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact ?? ''),
  );
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`),
  ).toEqual([]);
});

test('a phone screen stacks the panes with nothing wider than the screen', async ({
  page,
  request,
}) => {
  const corpus = await fetchCorpus(request);
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, `?event=${encodeURIComponent(corpus.events[0]!.id)}`);
  await page
    .getByRole('region', { name: 'Event', exact: true })
    .getByRole('button', { name: /Show in article/ })
    .first()
    .click();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test('printing shows the event list and hides the interactive parts', async ({ page, request }) => {
  const corpus = await fetchCorpus(request);
  await openApp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('timeline')).toBeHidden();
  await expect(page.getByRole('navigation', { name: /Events in time order/ })).toBeVisible();
  await expect(page.locator('.event-list [data-event-id]')).toHaveCount(corpus.events.length);
});
