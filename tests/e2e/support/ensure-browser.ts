/**
 * First step of `npm test` and `npm run test:e2e`: makes sure the end-to-end tests have a
 * Chromium before anything slow runs. Uses one that `find-browser.ts` finds; otherwise installs
 * Debian's or Ubuntu's package where it may (as root, as `.ci/run` does); otherwise stops in
 * seconds with one message that says how to get one.
 */
import { spawnSync } from 'node:child_process';
import { findBrowser, type FoundBrowser } from './find-browser.ts';
import { runCommand } from '../../../src/loader/cli/run-command.ts';

const HOW_TO_GET_ONE = `npm test: no Chromium or Chrome found for the end-to-end tests, and none could be installed here.
Get one, then run npm test again:
  Debian, Ubuntu:  sudo apt-get install chromium   (Ubuntu's package is a snap; Google Chrome works too)
  macOS:           install Google Chrome, or: brew install --cask chromium
  elsewhere:       CHROMIUM_PATH=/path/to/chrome npm test
Without a browser, npm run typecheck, npm run lint and npm run test:unit still run everything else.`;

async function main(): Promise<number> {
  let found: FoundBrowser | null;
  try {
    found = findBrowser();
  } catch (error) {
    console.error(`npm test: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (!found) {
    console.error('e2e: no Chromium or Chrome found; trying to install one');
    // Never Playwright's own download: nothing here fetches a browser from the network
    // itself; the system's package manager installs one where it may.
    if (installWithSystemPackages()) {
      found = findBrowser();
      if (!found)
        console.error('e2e: apt-get has chromium installed, yet no browser is where it puts one');
    }
  }
  if (!found) {
    console.error(HOW_TO_GET_ONE);
    return 1;
  }
  console.error(`e2e: Chromium at ${found.executablePath} (${found.how})`);
  return 0;
}

/** Debian's (or Ubuntu's) chromium package, when this is such a system and we may install. */
function installWithSystemPackages(): boolean {
  if (process.platform !== 'linux' || !succeeds('apt-get', ['--version'])) return false;
  const asRoot = process.getuid?.() === 0;
  const sudo = !asRoot && succeeds('sudo', ['-n', 'true']);
  if (!asRoot && !sudo) return false;
  const run = (args: string[]) =>
    spawnSync(sudo ? 'sudo' : args[0]!, sudo ? ['-n', ...args] : args.slice(1), {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  console.error('e2e: installing the chromium package (apt-get install chromium)');
  return (
    run(['apt-get', 'update', '-qq']) &&
    run(['apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'])
  );
}

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

runCommand(main);
