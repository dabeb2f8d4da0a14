/**
 * What the built app weighs as a browser downloads it: each JS and CSS asset gzipped on its
 * own (corpus.json excluded). Read by the budget test and printed by the bench.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  assets: number;
}

/** The app's JavaScript budget, gzipped (vis-timeline, moment, React and the app). */
export const JS_BUDGET_GZIP_BYTES = 200 * 1024;

export async function bundleSize(dist: string): Promise<BundleSize> {
  const files = (await fs.readdir(dist, { recursive: true }))
    .filter((name) => /\.(js|css)$/.test(name))
    .sort();
  const size: BundleSize = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, assets: 0 };
  for (const name of files) {
    const bytes = await fs.readFile(path.join(dist, name));
    const total = name.endsWith('.css') ? size.css : size.js;
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes).length;
    size.assets += 1;
  }
  return size;
}
