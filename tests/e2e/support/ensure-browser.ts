/**
 * First step of `npm test` and `npm run test:e2e`: makes sure the end-to-end tests have a
 * Chromium before anything slow runs. Uses one that `find-browser.ts` finds; otherwise installs
 * one where it can (Playwright's installer when its download answers; Debian's or Ubuntu's
 * package as root, as `.ci/run` does); otherwise stops in seconds with one message that says
 * how to get one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findBrowser, type FoundBrowser } from './find-browser.ts';
import { runCommand } from '../../../src/loader/cli/run-command.ts';

/** The installer gives up when its download shows no progress for this long (an unreachable host can hang). */
const SILENT_DOWNLOAD_MS = 30_000;
/** A download that progresses may take this long at most. */
const INSTALL_MS = 15 * 60_000;

const HOW_TO_GET_ONE = `npm test: no Chromium or Chrome found for the end-to-end tests, and none could be installed here.
Get one, then run npm test again:
  Debian, Ubuntu:  sudo apt-get install chromium   (Ubuntu's package is a snap; Google Chrome works too)
  macOS:           install Google Chrome, or: brew install --cask chromium
  any system:      npx playwright install chromium   (downloads Playwright's own build)
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
    found = (await installWithPlaywright()) ? findBrowser() : null;
    if (!found && installWithSystemPackages()) {
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

/**
 * Runs Playwright's own installer, giving up when the download does not start: its host
 * is unreachable from many closed networks, and a hung install is worse than a message.
 */
function installWithPlaywright(): Promise<boolean> {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  console.error("e2e: trying Playwright's installer (npx playwright install chromium)");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'install', 'chromium'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const giveUp = (why: string) => {
      console.error(`e2e: Playwright's installer ${why}`);
      child.kill();
    };
    let silence = setTimeout(() => giveUp('got no download; giving up'), SILENT_DOWNLOAD_MS);
    const overall = setTimeout(() => giveUp('took too long; giving up'), INSTALL_MS);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      // A progress figure means bytes are arriving: the download is alive.
      if (/\d+%/.test(chunk.toString())) {
        clearTimeout(silence);
        silence = setTimeout(() => giveUp('download stalled; giving up'), SILENT_DOWNLOAD_MS);
      }
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.on('close', (code) => {
      clearTimeout(silence);
      clearTimeout(overall);
      if (code !== 0) {
        const reason = /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|Download failure/.exec(output);
        console.error(
          `e2e: Playwright's installer failed${reason ? ` (${reason[0]}: its download is not reachable)` : ''}`,
        );
      }
      resolve(code === 0);
    });
    child.on('error', () => resolve(false));
  });
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
