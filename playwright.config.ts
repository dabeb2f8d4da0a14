import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './tests/e2e/support/chromium-launch.ts';

/** One preview server per corpus, each on its own fixed port. */
const PORTS = { seeds: 4173, hostile: 4174, large: 4175 } as const;
const url = (port: number) => `http://localhost:${port}/`;

const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 800 },
  launchOptions: CHROMIUM_LAUNCH_OPTIONS,
};

/** Builds the app on another corpus into .cache/e2e/NAME and serves it (see the script). */
const builtServer = (name: 'hostile' | 'large', corpus: string) => ({
  command: `npx tsx tests/e2e/support/serve-app.ts ${corpus} --out .cache/e2e/${name} --port ${PORTS[name]}`,
  url: url(PORTS[name]),
  reuseExistingServer: !process.env.CI,
  timeout: 180_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
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
  projects: [
    {
      // The seeds corpus, built by `npm run test:e2e` into dist/.
      name: 'chromium',
      testIgnore: ['**/hostile-articles.spec.ts', '**/viewer-scale.spec.ts'],
      use: { ...chromium, baseURL: url(PORTS.seeds) },
    },
    {
      name: 'hostile',
      testMatch: '**/hostile-articles.spec.ts',
      use: { ...chromium, baseURL: url(PORTS.hostile) },
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
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    builtServer('hostile', '--seeds tests/fixtures/hostile-articles'),
    builtServer('large', '--events 10000'),
  ],
});
