/**
 * How every browser test and benchmark starts Chromium: the one `find-browser.ts` finds (the
 * project never downloads a browser while testing), with the flags that stop it calling out to
 * a closed network.
 */
import { findBrowser } from './find-browser.ts';

export const CHROMIUM_LAUNCH_OPTIONS = {
  // Undefined lets Playwright say itself that it has no browser (`npm test` stops earlier).
  executablePath: findBrowser()?.executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
