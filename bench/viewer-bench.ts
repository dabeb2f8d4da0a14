/**
 * Browser side of the benchmarks, in headless Chromium (/usr/bin/chromium, no network):
 * time to first timeline paint and the 95th-percentile frame time (requestAnimationFrame
 * deltas) while dragging the time cursor and while zooming, for
 *   (a) a bare vis-timeline page (bench/pages/vis-timeline) with N synthetic events,
 *   (b) TimelineJS3 (bench/pages/timelinejs) with the same events,
 *   (c) this app, built once and served from its dist folder with the same events as its
 *       corpus (or APP_URL=http://127.0.0.1:4173/ to measure a running `vite preview`).
 * Also prints the app's JS and CSS bytes gzipped.
 *
 *   npx tsx bench/viewer-bench.ts
 * BENCH_VIEWER_SIZES=1000,10000,100000 (default) for the app and the bare page; TimelineJS
 * only up to BENCH_TIMELINEJS_MAX=10000 (it takes 15 s to paint 10,000 events here).
 * Each figure is one run: the ratios printed at the end (app against bare vis-timeline on
 * the same events, in the same browser, minutes apart) are steadier than the figures.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { corpusFilesForBrowser } from '../src/loader/split-corpus-for-browser.ts';
import { bundleSize } from '../tests/e2e/support/bundle-size.ts';
import { CHROMIUM_LAUNCH_OPTIONS } from '../tests/e2e/support/chromium-launch.ts';
import { makeLargeCorpus } from '../tests/e2e/support/make-large-corpus.ts';
import { benchEvents } from './lib/bench-events.ts';
import { serveStatic } from './lib/static-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = path.join(ROOT, 'bench', 'pages');
const TIMELINEJS_DIST = path.join(ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
/** A page that has not painted its timeline by then is reported as timed out. */
const PAINT_TIMEOUT_MS = 120_000;

interface ViewerMeasurement {
  viewer: string;
  events: number;
  firstPaintMs: number | null;
  dragP95Ms: number | null;
  zoomP95Ms: number | null;
  note: string;
}

/** How to find and drive one kind of timeline page. */
interface Profile {
  /** Present once the first events are drawn. */
  itemSelector: string;
  /** What to drag: the custom time cursor, or (TimelineJS, which has none) the time axis. */
  dragSelector: string;
  dragNote: string;
  zoom: (page: Page) => Promise<string>;
}

const wheelZoom = (selector: string) => async (page: Page) => {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) return 'zoom: no element';
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let step = 0; step < 24; step++) {
    await page.mouse.wheel(0, step < 12 ? -120 : 120);
    await page.waitForTimeout(40);
  }
  return 'zoom: mouse wheel';
};

const VIS_PROFILE: Profile = {
  itemSelector: '.vis-item',
  dragSelector: '.vis-custom-time',
  dragNote: 'drag: custom time cursor',
  zoom: wheelZoom('.vis-center'),
};

const TIMELINEJS_PROFILE: Profile = {
  itemSelector: '.tl-timemarker',
  dragSelector: '.tl-timenav-slider',
  dragNote: 'drag: pans the time axis (TimelineJS has no time cursor)',
  async zoom(page) {
    // TimelineJS zooms with its menu buttons, not the wheel.
    const button = (icon: string) =>
      page.locator('.tl-menubar-button', { has: page.locator(icon) }).first();
    for (const icon of ['.tl-icon-zoom-in', '.tl-icon-zoom-out']) {
      for (let step = 0; step < 6; step++) {
        await button(icon).click({ timeout: 5000, force: true });
        await page.waitForTimeout(80);
      }
    }
    return 'zoom: menu buttons';
  },
};

const APP_PROFILE: Profile = {
  itemSelector: '[data-testid="timeline"] .vis-item',
  dragSelector: '[data-testid="timeline"] .vis-custom-time',
  dragNote: 'drag: time cursor',
  zoom: wheelZoom('[data-testid="timeline"] .vis-center'),
};

/** Prints first-paint and frame-time figures for the three viewers, and the app's bundle size. */
export async function runViewerBenchmark(): Promise<void> {
  const sizes = (process.env.BENCH_VIEWER_SIZES ?? '1000,10000,100000').split(',').map(Number);
  const timelineJsMax = Number(process.env.BENCH_TIMELINEJS_MAX ?? 10_000);
  console.log(
    '\n## Viewers in headless Chromium (frame times: p95 of requestAnimationFrame deltas)',
  );

  const site = await fs.mkdtemp(path.join(os.tmpdir(), 'news-timeline-viewer-bench-'));
  let browser: Browser | null = null;
  const results: ViewerMeasurement[] = [];
  try {
    await buildBenchPages(site, sizes);
    const server = await serveStatic(site);
    browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
    try {
      for (const count of sizes) {
        results.push(
          await measure(
            browser,
            'vis-timeline (bare)',
            `${server.url}vis/?n=${count}`,
            count,
            VIS_PROFILE,
          ),
        );
        printLast(results);
      }
      for (const count of sizes.filter((size) => size <= timelineJsMax)) {
        results.push(
          await measure(
            browser,
            'TimelineJS3',
            `${server.url}timelinejs/?n=${count}`,
            count,
            TIMELINEJS_PROFILE,
          ),
        );
        printLast(results);
      }
    } finally {
      await server.close();
    }
    await measureApp(browser, results, sizes);
    printRatios(results);
  } finally {
    await browser?.close();
    await fs.rm(site, { recursive: true, force: true });
  }
}

/** The app against bare vis-timeline (and TimelineJS against the app) at each size: < 1 is faster. */
function printRatios(results: readonly ViewerMeasurement[]): void {
  const find = (viewer: string, events: number) =>
    results.find((result) => result.viewer === viewer && result.events === events);
  const ratio = (a: number | null | undefined, b: number | null | undefined) =>
    a != null && b != null && b > 0 ? `${(a / b).toFixed(2)}×` : '—';
  for (const app of results.filter((result) => result.viewer === 'app')) {
    const vis = find('vis-timeline (bare)', app.events);
    const timelineJs = find('TimelineJS3', app.events);
    console.log(
      `ratios at ${app.events} events: app / bare vis-timeline: first paint ${ratio(app.firstPaintMs, vis?.firstPaintMs)}, ` +
        `drag p95 ${ratio(app.dragP95Ms, vis?.dragP95Ms)}, zoom p95 ${ratio(app.zoomP95Ms, vis?.zoomP95Ms)}` +
        (timelineJs
          ? `; TimelineJS3 / app: first paint ${ratio(timelineJs.firstPaintMs, app.firstPaintMs)}`
          : ''),
    );
  }
}

function printLast(results: readonly ViewerMeasurement[]): void {
  const result = results[results.length - 1];
  if (!result) return;
  const ms = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} ms`);
  console.log(
    `${result.viewer.padEnd(20)} ${String(result.events).padStart(7)} events  first paint ${ms(result.firstPaintMs).padStart(10)}` +
      `  drag p95 ${ms(result.dragP95Ms).padStart(9)}  zoom p95 ${ms(result.zoomP95Ms).padStart(9)}  ${result.note}`,
  );
}

/** Builds the bare vis page with Vite and lays out the TimelineJS page and the event files. */
async function buildBenchPages(site: string, sizes: readonly number[]): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.join(PAGES, 'vis-timeline'),
    base: './',
    build: { outDir: path.join(site, 'vis'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
  const timelinejs = path.join(site, 'timelinejs');
  await fs.mkdir(timelinejs, { recursive: true });
  await fs.copyFile(
    path.join(PAGES, 'timelinejs', 'index.html'),
    path.join(timelinejs, 'index.html'),
  );
  await fs.copyFile(
    path.join(TIMELINEJS_DIST, 'js', 'timeline.js'),
    path.join(timelinejs, 'timeline.js'),
  );
  await fs.copyFile(
    path.join(TIMELINEJS_DIST, 'css', 'timeline.css'),
    path.join(timelinejs, 'timeline.css'),
  );
  await fs.cp(path.join(TIMELINEJS_DIST, 'css', 'icons'), path.join(timelinejs, 'icons'), {
    recursive: true,
  });
  for (const count of sizes) {
    const json = JSON.stringify(benchEvents(count));
    await fs.writeFile(path.join(site, 'vis', `events-${count}.json`), json);
    await fs.writeFile(path.join(timelinejs, `events-${count}.json`), json);
  }
}

/** One page load: first paint, then frame times while dragging and while zooming. */
async function measure(
  browser: Browser,
  viewer: string,
  url: string,
  events: number,
  profile: Profile,
): Promise<ViewerMeasurement> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  // No network at run time: anything not served locally (fonts, analytics) is refused.
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const notes: string[] = [];
  try {
    await page.goto(url, { waitUntil: 'commit' });
    try {
      // Attached, not visible: TimelineJS keeps most markers off-screen.
      await page.waitForSelector(profile.itemSelector, {
        state: 'attached',
        timeout: PAINT_TIMEOUT_MS,
      });
    } catch {
      return {
        viewer,
        events,
        firstPaintMs: null,
        dragP95Ms: null,
        zoomP95Ms: null,
        note: `no timeline item within ${PAINT_TIMEOUT_MS / 1000} s`,
      };
    }
    // The frame after the items exist is the one that shows them.
    const firstPaintMs = (await page.evaluate(
      'new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))',
    )) as number;
    await page.waitForTimeout(500);

    let dragP95Ms: number | null = null;
    const handle = page.locator(profile.dragSelector).first();
    const box = await handle.boundingBox().catch(() => null);
    if (box) {
      dragP95Ms = await framesDuring(page, async () => {
        const y = box.y + box.height / 2;
        let x = box.x + box.width / 2;
        await page.mouse.move(x, y);
        await page.mouse.down();
        for (let step = 0; step < 60; step++) {
          x += step < 30 ? 8 : -8;
          await page.mouse.move(x, y, { steps: 2 });
          await page.waitForTimeout(16);
        }
        await page.mouse.up();
      });
      notes.push(profile.dragNote);
    } else {
      notes.push(`drag: nothing matches ${profile.dragSelector}`);
    }
    let zoomNote = '';
    const zoomP95Ms = await framesDuring(page, async () => {
      zoomNote = await profile.zoom(page);
    }).catch((error: unknown) => {
      zoomNote = `zoom failed: ${String(error).split('\n')[0]}`;
      return null;
    });
    notes.push(zoomNote);
    return { viewer, events, firstPaintMs, dragP95Ms, zoomP95Ms, note: notes.join('; ') };
  } finally {
    await context.close();
  }
}

/** p95 of the requestAnimationFrame deltas while `interact` runs. */
async function framesDuring(page: Page, interact: () => Promise<void>): Promise<number | null> {
  // Strings, not functions: tsx compiles functions with helpers (`__name`) the page lacks.
  await page.evaluate(`(() => {
    const state = { frames: [], running: true };
    window.benchFrames = state;
    let last = performance.now();
    const tick = (time) => {
      state.frames.push(time - last);
      last = time;
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await interact();
  const frames = (await page.evaluate(
    '(() => { window.benchFrames.running = false; return window.benchFrames.frames.slice(1); })()',
  )) as number[];
  if (frames.length === 0) return null;
  const sorted = [...frames].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? null;
}

/**
 * (c): builds the app once, then for each size puts the synthetic corpus of that size in
 * its dist folder (split for the browser exactly as the Vite plugin would) and measures it
 * like the other two. APP_URL=… measures a running `vite preview` instead.
 */
async function measureApp(
  browser: Browser,
  results: ViewerMeasurement[],
  sizes: readonly number[],
): Promise<void> {
  if (process.env.APP_URL) {
    const url = process.env.APP_URL;
    results.push(await measure(browser, 'app', url, await countCorpusEvents(url), APP_PROFILE));
    printLast(results);
    return;
  }
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'news-timeline-app-bench-'));
  // Built on seeds/; its corpus is replaced below.
  const env = { ...process.env };
  delete env.SEEDS_DIR;
  try {
    try {
      await promisify(execFile)(
        process.execPath,
        [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir],
        { cwd: ROOT, env, maxBuffer: 64 << 20 },
      );
    } catch (error) {
      const reason = String(error).split('\n').slice(0, 2).join(' ');
      console.log(`app                  skipped: the app does not build (${reason})`);
      return;
    }
    await printBundleSize(outDir);
    for (const count of sizes) {
      await writeSyntheticCorpus(outDir, count);
      const server = await serveStatic(outDir);
      try {
        const result = await measure(browser, 'app', server.url, count, APP_PROFILE);
        if (result.firstPaintMs === null) {
          result.note = `skipped: no element matches ${APP_PROFILE.itemSelector}`;
        }
        results.push(result);
        printLast(results);
      } finally {
        await server.close();
      }
    }
  } finally {
    await fs.rm(outDir, { recursive: true, force: true });
  }
}

/** Replaces the built corpus with the synthetic one of `count` events. */
async function writeSyntheticCorpus(outDir: string, count: number): Promise<void> {
  await fs.rm(path.join(outDir, 'corpus.json'), { force: true });
  await fs.rm(path.join(outDir, 'corpus'), { recursive: true, force: true });
  const corpus = makeLargeCorpus(count, 1);
  for (const file of corpusFilesForBrowser(corpus)) {
    const target = path.join(outDir, file.fileName);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.source);
  }
}

async function countCorpusEvents(url: string): Promise<number> {
  try {
    const corpus = (await (await fetch(new URL('corpus.json', url))).json()) as {
      events?: unknown[];
      eventCount?: number;
    };
    // A split corpus's manifest gives the count; a whole one lists the events.
    return corpus.eventCount ?? corpus.events?.length ?? 0;
  } catch {
    return 0;
  }
}

/** The app's JS and CSS, each asset gzipped on its own (corpus.json excluded). */
export async function printBundleSize(dist: string): Promise<void> {
  const { js, css, assets } = await bundleSize(dist);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `app bundle: JS ${kb(js.gzip)} gzipped (${kb(js.raw)} raw), ` +
      `CSS ${kb(css.gzip)} gzipped (${kb(css.raw)} raw), ${assets} assets`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runViewerBenchmark().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
