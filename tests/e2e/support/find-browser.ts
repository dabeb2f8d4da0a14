/**
 * Where the end-to-end tests and the viewer benchmarks find a Chromium to drive: an explicit
 * `CHROMIUM_PATH`, Playwright's own download, or a Chromium or Chrome installed on the system
 * (Debian, Ubuntu, Fedora, macOS). Looking never installs anything; `ensure-browser.ts` does.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

/** A browser that can be started, and how it was found (printed so a run says what it used). */
export interface FoundBrowser {
  executablePath: string;
  how: string;
}

/** What the lookup reads: the environment and a test for "an executable file is here". */
export interface BrowserLookup {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Where Playwright's own Chromium is (or would be) installed; null when unknown. */
  playwrightChromium: string | null;
  isExecutable: (file: string) => boolean;
}

/** The usual install places, most specific first. */
const SYSTEM_BROWSERS: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
};

/** Names to look for on PATH, for installs in other places (Homebrew, Nix, a user's bin). */
const BROWSER_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/**
 * The first browser found, or null. An explicit `CHROMIUM_PATH` that is not executable is an
 * error, not a reason to quietly pick another browser.
 */
export function findBrowser(lookup: BrowserLookup = systemLookup()): FoundBrowser | null {
  const explicit = lookup.env.CHROMIUM_PATH;
  if (explicit) {
    if (!lookup.isExecutable(explicit)) {
      throw new Error(`CHROMIUM_PATH=${explicit} is not an executable file`);
    }
    return { executablePath: explicit, how: 'CHROMIUM_PATH' };
  }
  if (lookup.playwrightChromium && lookup.isExecutable(lookup.playwrightChromium)) {
    return { executablePath: lookup.playwrightChromium, how: "Playwright's own Chromium" };
  }
  const home = lookup.env.HOME ?? '';
  const system = (SYSTEM_BROWSERS[lookup.platform] ?? []).flatMap((file) =>
    lookup.platform === 'darwin' && home ? [file, path.join(home, file)] : [file],
  );
  const onPath = (lookup.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((folder) => BROWSER_COMMANDS.map((command) => path.join(folder, command)));
  const found = [...system, ...onPath].find(lookup.isExecutable);
  return found ? { executablePath: found, how: 'installed on this system' } : null;
}

/** The lookup on this machine. */
export function systemLookup(): BrowserLookup {
  return {
    env: process.env,
    platform: process.platform,
    playwrightChromium: playwrightChromiumPath(),
    isExecutable,
  };
}

function playwrightChromiumPath(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/** A regular file this user may run (a device or folder bound over a path does not count). */
function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
