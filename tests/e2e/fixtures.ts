/**
 * Shared e2e fixture: every test fails on a console error or an uncaught page error,
 * and can read the corpus the app is showing (whatever the seeds folder holds).
 */
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import {
  checkCorpus,
  type Article,
  type Corpus,
  type TimelineEvent,
} from '../../src/contract/corpus.ts';
import { EVENT_ITEM, visibleEventId as visibleEventIdOnce } from './support/timeline-boxes.ts';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The corpus as served to the app, validated against the contract. */
export async function fetchCorpus(request: APIRequestContext): Promise<Corpus> {
  const response = await request.get('corpus.json');
  expect(response.ok()).toBe(true);
  const check = checkCorpus(await response.json());
  if (!check.ok) throw new Error(`served corpus breaks the contract: ${check.problems.join('; ')}`);
  return check.corpus;
}

/** The sentence a mention points at, as the app must mark it. */
export function sentenceOf(corpus: Corpus, event: TimelineEvent, mentionIndex = 0): string {
  const mention = event.mentions[mentionIndex]!;
  const article = corpus.articles.find((candidate) => candidate.id === mention.article) as Article;
  return article.text.slice(mention.start, mention.end);
}

/** Opens the app and waits until the timeline has drawn (vis covers it with a loading screen until then). */
export async function openApp(page: Page, path = '') {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'News timeline' })).toBeVisible();
  await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toHaveCount(1);
}

/** Drawn events (one DOM element per item, tagged with the event id), not "+N" groups. */
export function timelineItems(page: Page) {
  return page.locator(`[data-testid="timeline"] ${EVENT_ITEM}`);
}

/** The "+N" groups of events whose labels do not fit. */
export function timelineGroups(page: Page) {
  return page.locator('[data-testid="timeline"] .vis-item.event-group');
}

/**
 * The events the timeline draws: the ids of those with their labels, and how many the "+N"
 * groups hold (of those marked `only`, when given).
 */
export async function drawnEvents(page: Page, only = '*') {
  const ids = await timelineItems(page)
    .and(page.locator(only))
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-recordid')!));
  const groups = await timelineGroups(page).and(page.locator(only)).allTextContents();
  const grouped = groups.reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0);
  return { ids, grouped };
}

/** The id of a dated event whose item is fully inside the visible timeline area. */
export async function visibleEventId(page: Page, _corpus?: Corpus): Promise<string> {
  // Found once the window has settled (it may still be moving to a selection).
  return visibleEventIdOnce(page);
}
