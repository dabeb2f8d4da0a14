/** The screens and colour schemes the reader's tests run in (issue 12). */
import { test } from '../fixtures.ts';

export const SCREENS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
export type Screen = (typeof SCREENS)[number];
const SCHEMES = ['light', 'dark'] as const;

/**
 * Declares `tests` once per screen and colour scheme, each in its own `describe` with the
 * viewport and scheme set (a phone is touched, not clicked).
 */
export function onEveryScreen(tests: (screen: Screen) => void) {
  for (const screen of SCREENS) {
    for (const scheme of SCHEMES) {
      test.describe(`${screen.name}, ${scheme} scheme`, () => {
        test.use({ hasTouch: screen.name === 'phone' });
        test.beforeEach(async ({ page }) => {
          await page.setViewportSize({ width: screen.width, height: screen.height });
          await page.emulateMedia({ colorScheme: scheme });
        });
        tests(screen);
      });
    }
  }
}
