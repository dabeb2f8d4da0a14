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
import { serveStatic, type StaticServer } from './lib/static-server.ts';

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
  // A running app has its own corpus: the other pages get as many events.
  const sizes = process.env.APP_URL
    ? [await countCorpusEvents(process.env.APP_URL)]
    : (process.env.BENCH_VIEWER_SIZES ?? '1000,10000,100000').split(',').map(Number);
  const timelineJsMax = Number(process.env.BENCH_TIMELINEJS_MAX ?? 10_000);
  const paintRuns = Math.max(1, Number(process.env.BENCH_PAINT_RUNS ?? 5));
  console.log(
    '\n## Viewers in headless Chromium (frame times: p95 of requestAnimationFrame deltas)',
  );
  console.log(
    `first paint: median of ${paintRuns} page loads, the bare page's and the app's taken in turn`,
  );

  const site = await fs.mkdtemp(path.join(os.tmpdir(), 'news-timeline-viewer-bench-'));
  let browser: Browser | null = null;
  let app: AppUnderTest | null = null;
  const results: ViewerMeasurement[] = [];
  try {
    await buildBenchPages(site, sizes);
    app = await prepareApp();
    const server = await serveStatic(site);
    browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
    try {
      for (const count of sizes) {
        const bare = { url: `${server.url}vis/?n=${count}`, profile: VIS_PROFILE };
        const vis = await measure(browser, 'vis-timeline (bare)', bare.url, count, bare.profile);
        const appUrl = app ? await app.serve(count) : null;
        try {
          const appResult = appUrl
            ? await measure(browser, 'app', appUrl, count, APP_PROFILE)
            : null;
          if (appUrl && appResult) {
            await repeatFirstPaint(browser, paintRuns, [
              { result: vis, ...bare },
              { result: appResult, url: appUrl, profile: APP_PROFILE },
            ]);
          } else {
            await repeatFirstPaint(browser, paintRuns, [{ result: vis, ...bare }]);
          }
          results.push(vis);
          printLast(results);
          if (appResult) {
            if (appResult.firstPaintMs === null) {
              appResult.note = `skipped: no element matches ${APP_PROFILE.itemSelector}`;
            }
            results.push(appResult);
            printLast(results);
          }
        } finally {
          await app?.close();
        }
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
    printRatios(results);
  } finally {
    await browser?.close();
    await app?.remove();
    await fs.rm(site, { recursive: true, force: true });
  }
}

/**
 * Loads each page `runs - 1` more times, in turn, for its first paint only, and keeps the
 * median of all its loads: one load on a shared machine can be off by half.
 */
async function repeatFirstPaint(
  browser: Browser,
  runs: number,
  pages: ReadonlyArray<{ result: ViewerMeasurement; url: string; profile: Profile }>,
): Promise<void> {
  const times = pages.map(({ result }) =>
    result.firstPaintMs === null ? null : [result.firstPaintMs],
  );
  for (let run = 1; run < runs; run++) {
    for (const [at, page] of pages.entries()) {
      const list = times[at];
      if (!list) continue;
      const time = await firstPaintOnly(browser, page.url, page.profile);
      if (time !== null) list.push(time);
    }
  }
  for (const [at, page] of pages.entries()) {
    const list = times[at];
    if (!list) continue;
    const sorted = [...list].sort((a, b) => a - b);
    page.result.firstPaintMs = sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
  }
}

/**
 * The app against bare vis-timeline (and TimelineJS against the app) at each size: < 1 is
 * sooner or smoother. Ends with the first-paint table, every figure from this one run.
 */
function printRatios(results: readonly ViewerMeasurement[]): void {
  const find = (viewer: string, events: number) =>
    results.find((result) => result.viewer === viewer && result.events === events);
  const ratio = (a: number | null | undefined, b: number | null | undefined) =>
    a != null && b != null && b > 0 ? `${(a / b).toFixed(2)}×` : '—';
  const ms = (value: number | null | undefined) => (value == null ? '—' : `${value.toFixed(0)} ms`);
  const apps = results.filter((result) => result.viewer === 'app');
  for (const app of apps) {
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
  console.log(
    '\n### First paint, app / bare vis-timeline (this run; below 1× the app paints first)',
  );
  console.log(
    `${'events'.padStart(8)}  ${'bare vis-timeline'.padStart(17)}  ${'app'.padStart(8)}  ratio`,
  );
  for (const app of apps) {
    const vis = find('vis-timeline (bare)', app.events);
    console.log(
      `${String(app.events).padStart(8)}  ${ms(vis?.firstPaintMs).padStart(17)}  ${ms(app.firstPaintMs).padStart(8)}  ${ratio(app.firstPaintMs, vis?.firstPaintMs)}`,
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
  const { context, page } = await openPage(browser, profile);
  const notes: string[] = [];
  try {
    const firstPaintMs = await loadUntilFirstPaint(page, url);
    if (firstPaintMs === null) {
      return {
        viewer,
        events,
        firstPaintMs: null,
        dragP95Ms: null,
        zoomP95Ms: null,
        note: `no timeline item within ${PAINT_TIMEOUT_MS / 1000} s`,
      };
    }
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

async function openPage(browser: Browser, profile: Profile) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  // No network at run time: anything not served locally (fonts, analytics) is refused.
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  // Watches every frame from the start for the first one with a timeline item to show.
  await page.addInitScript(firstPaintProbe(profile.itemSelector));
  return { context, page };
}

/** Opens `url` and waits for its first timeline paint (null: none in time). */
async function loadUntilFirstPaint(page: Page, url: string): Promise<number | null> {
  await page.goto(url, { waitUntil: 'commit' });
  // Awaited in the page (a string, not a function: the app's CSP forbids what
  // `waitForFunction` would compile there).
  const painted = page.evaluate('window.benchFirstPaint') as Promise<number>;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), PAINT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([painted, timeout]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** One more page load, for its first paint only. */
async function firstPaintOnly(browser: Browser, url: string, profile: Profile) {
  const { context, page } = await openPage(browser, profile);
  try {
    return await loadUntilFirstPaint(page, url);
  } finally {
    await context.close();
  }
}

/**
 * A script run before the page's own: from the first frame on, it looks in each frame, just
 * before it is painted, for an item matching `selector` that can be seen (vis-timeline hides
 * its drawing until the first one is complete), and resolves `window.benchFirstPaint` with
 * the time of the first frame that shows one. Timed in the page, so the measure holds no round trip to the
 * browser, whose answer a busy page would delay.
 */
function firstPaintProbe(selector: string): string {
  return `(() => {
    const shown = (element) =>
      typeof element.checkVisibility === 'function'
        ? element.checkVisibility({ visibilityProperty: true })
        : true;
    window.benchFirstPaint = new Promise((resolve) => {
      // A resize observer reports in each frame it is armed for, after the frame's
      // animation callbacks (where vis draws) and its layout, just before it is painted.
      const observer = new ResizeObserver(() => {
        const items = document.querySelectorAll(${JSON.stringify(selector)});
        for (let at = 0; at < Math.min(items.length, 50); at++) {
          if (shown(items[at])) {
            observer.disconnect();
            return resolve(performance.now());
          }
        }
        requestAnimationFrame(arm);
      });
      // Observing anew makes it report in the next frame, whatever the sizes.
      // (The document has no element yet when this runs: from the first frame on.)
      const arm = () => {
        observer.unobserve(document.documentElement);
        observer.observe(document.documentElement);
      };
      requestAnimationFrame(arm);
    });
  })()`;
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

interface AppUnderTest {
  /** Serves the app with a corpus of `count` events; returns its URL. */
  serve(count: number): Promise<string>;
  close(): Promise<void>;
  remove(): Promise<void>;
}

/**
 * (c): builds the app once; `serve(count)` then puts the synthetic corpus of that size in
 * its dist folder (split for the browser exactly as the Vite plugin would) and serves it.
 * APP_URL=… measures a running `vite preview` instead, with its own corpus.
 */
async function prepareApp(): Promise<AppUnderTest | null> {
  const appUrl = process.env.APP_URL;
  if (appUrl) {
    return { serve: () => Promise.resolve(appUrl), close: async () => {}, remove: async () => {} };
  }
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'news-timeline-app-bench-'));
  const remove = () => fs.rm(outDir, { recursive: true, force: true });
  // Built on seeds/; its corpus is replaced below.
  const env = { ...process.env };
  delete env.SEEDS_DIR;
  try {
    await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir],
      { cwd: ROOT, env, maxBuffer: 64 << 20 },
    );
  } catch (error) {
    const reason = String(error).split('\n').slice(0, 2).join(' ');
    console.log(`app                  skipped: the app does not build (${reason})`);
    await remove();
    return null;
  }
  await printBundleSize(outDir);
  let server: StaticServer | null = null;
  return {
    async serve(count) {
      await writeSyntheticCorpus(outDir, count);
      server = await serveStatic(outDir);
      return server.url;
    },
    async close() {
      await server?.close();
      server = null;
    },
    remove,
  };
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
