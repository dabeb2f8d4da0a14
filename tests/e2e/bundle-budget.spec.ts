import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bundleSize, JS_BUDGET_GZIP_BYTES } from './support/bundle-size.ts';

// Reads the dist/ that `npm run test:e2e` has just built; no page needed.
test('the built app stays within its 200 KB gzipped JavaScript budget', async () => {
  const { js } = await bundleSize(path.resolve('dist'));
  // Nothing built would pass any budget.
  expect(js.gzip).toBeGreaterThan(50 * 1024);
  expect(
    js.gzip,
    `JS is ${(js.gzip / 1024).toFixed(1)} KB gzipped; is patches/vis-timeline+*.patch applied?`,
  ).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
});
