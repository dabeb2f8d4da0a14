import { describe, expect, it } from 'vitest';
import { findBrowser, type BrowserLookup } from './find-browser.ts';

/** A machine on which exactly `executables` can be run. */
function machine(executables: string[], overrides: Partial<BrowserLookup> = {}): BrowserLookup {
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/home/ada' },
    platform: 'linux',
    playwrightChromium: '/home/ada/.cache/ms-playwright/chromium-1/chrome-linux64/chrome',
    isExecutable: (file) => executables.includes(file),
    ...overrides,
  };
}

describe('findBrowser', () => {
  it('finds Debian’s Chromium at /usr/bin/chromium', () => {
    expect(findBrowser(machine(['/usr/bin/chromium']))).toEqual({
      executablePath: '/usr/bin/chromium',
      how: 'installed on this system',
    });
  });

  it('prefers an explicit CHROMIUM_PATH over everything else', () => {
    const lookup = machine(['/usr/bin/chromium', '/opt/chrome/chrome'], {
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
    });
    expect(findBrowser(lookup)?.executablePath).toBe('/opt/chrome/chrome');
  });

  it('refuses a CHROMIUM_PATH that cannot be run instead of quietly using another browser', () => {
    const lookup = machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nowhere/chrome' } });
    expect(() => findBrowser(lookup)).toThrow('CHROMIUM_PATH=/nowhere/chrome');
  });

  it('prefers Playwright’s own Chromium, the build its tests are made for, over a system one', () => {
    const own = '/home/ada/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
    expect(findBrowser(machine([own, '/usr/bin/chromium']))).toEqual({
      executablePath: own,
      how: "Playwright's own Chromium",
    });
  });

  it('finds Google Chrome on Ubuntu or Fedora', () => {
    expect(findBrowser(machine(['/usr/bin/google-chrome-stable']))?.executablePath).toBe(
      '/usr/bin/google-chrome-stable',
    );
  });

  it('finds a browser installed anywhere on PATH', () => {
    const lookup = machine(['/nix/profile/bin/chromium'], {
      env: { PATH: '/usr/bin:/nix/profile/bin' },
    });
    expect(findBrowser(lookup)?.executablePath).toBe('/nix/profile/bin/chromium');
  });

  it('finds Chrome in the macOS Applications folder, the system’s or the user’s', () => {
    const system = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const users = `/Users/ada${system}`;
    const mac = { platform: 'darwin' as const, env: { HOME: '/Users/ada' } };
    expect(findBrowser(machine([system], mac))?.executablePath).toBe(system);
    expect(findBrowser(machine([users], mac))?.executablePath).toBe(users);
  });

  it('finds nothing on a machine without a browser', () => {
    expect(findBrowser(machine([]))).toBeNull();
  });
});
