import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './tests/e2e/support/chromium-launch.ts';

/**
 * One preview server per corpus, each on its own port: 4173 to 4175, or from `E2E_PORT` on,
 * so that two checkouts on one machine can run their tests at once.
 */
const FIRST_PORT = Number(process.env.E2E_PORT ?? 4173);
const PORTS = {
  seeds: FIRST_PORT,
  hostile: FIRST_PORT + 1,
  large: FIRST_PORT + 2,
  realNews: FIRST_PORT + 3,
} as const;

/**
 * Real news for the reader's tests (issue 12): REAL_NEWS_DIR, else the shared SemEval-2015
 * articles when this machine has them (never copied into the repository), else the
 * multi-article stories of the fixtures.
 */
const SHARED_REAL_NEWS = '../shared/eval/semeval2015-timelines/corpus_1/articles';
const REAL_NEWS_DIR =
  process.env.REAL_NEWS_DIR ??
  (existsSync(SHARED_REAL_NEWS) ? path.resolve(SHARED_REAL_NEWS) : 'tests/fixtures/stories');
const url = (port: number) => `http://localhost:${port}/`;

const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 800 },
  launchOptions: CHROMIUM_LAUNCH_OPTIONS,
};

/** The seeds corpus, built by `npm run test:e2e` (or `npm run screenshots`) into dist/. */
const seedsBuild = { ...chromium, baseURL: url(PORTS.seeds) };

/**
 * `npm run screenshots` sets this: only the README's screenshots are taken, so that
 * `npm test` never rewrites the tracked docs/*.png.
 */
const SCREENSHOTS = process.env.SCREENSHOTS === '1';

/** Builds the app on another corpus into .cache/e2e/NAME and serves it (see the script). */
const builtServer = (name: 'hostile' | 'large' | 'realNews', corpus: string) => ({
  command: `npx tsx tests/e2e/support/serve-app.ts ${corpus} --out .cache/e2e/${name} --port ${PORTS[name]}`,
  url: url(PORTS[name]),
  // Never another checkout's server: a busy port fails the run instead of testing other code.
  reuseExistingServer: false,
  timeout: 180_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  // Unit tests of the e2e support code (*.test.ts) are Vitest's.
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 60_000,
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    screenshot: 'off',
  },
  projects: SCREENSHOTS
    ? [{ name: 'screenshots', testMatch: '**/screenshots.spec.ts', use: seedsBuild }]
    : [
        {
          // The seeds corpus, built by `npm run test:e2e` into dist/.
          name: 'chromium',
          testIgnore: [
            '**/hostile-articles.spec.ts',
            '**/viewer-scale.spec.ts',
            '**/screenshots.spec.ts',
          ],
          use: seedsBuild,
        },
        {
          name: 'hostile',
          testMatch: '**/hostile-articles.spec.ts',
          use: { ...chromium, baseURL: url(PORTS.hostile) },
        },
        {
          name: 'real-news',
          testMatch: ['**/reader.spec.ts', '**/reader-timeline.spec.ts'],
          // 1,200 events from 60 articles on a busy 2-core CI machine: as for 'large', a
          // slow step is the bench's business, not a failure.
          expect: { timeout: 15_000 },
          use: { ...chromium, baseURL: url(PORTS.realNews) },
        },
        {
          name: 'large',
          testMatch: '**/viewer-scale.spec.ts',
          // 10k events on a busy 2-core CI machine: allow slow steps (speed is the bench's job).
          expect: { timeout: 20_000 },
          use: { ...chromium, baseURL: url(PORTS.large) },
        },
      ],
  webServer: [
    {
      command: `npm run preview -- --port ${PORTS.seeds} --strictPort`,
      url: url(PORTS.seeds),
      reuseExistingServer: false,
      timeout: 60_000,
    },
    ...(SCREENSHOTS
      ? []
      : [
          builtServer('hostile', '--seeds tests/fixtures/hostile-articles'),
          builtServer('large', '--events 10000'),
          builtServer('realNews', `--seeds ${REAL_NEWS_DIR}`),
        ]),
  ],
});
