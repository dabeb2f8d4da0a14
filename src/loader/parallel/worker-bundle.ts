/**
 * The worker's code as one plain JavaScript module, bundled from the TypeScript sources
 * when the workers start. A worker started on the `.ts` entry must load tsx first and have
 * every module compiled through tsx's loader hooks (on a thread of their own): about 2.3 s
 * of CPU and 2 s before the worker is ready, per worker. Bundled once by esbuild (~0.2 s)
 * and shared by every worker of the pool, the same code is ready in ~0.6 s of CPU.
 *
 * The bundle holds the loader's own modules only; packages (wink-nlp, chrono-node, zod)
 * are imported from where this module resolves them, by absolute URL, so that the worker
 * loads the very files this thread would. Bundled anew by each pool: nothing is cached
 * between loads, so a changed source is always what the workers run.
 */
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ENTRY = new URL('./process-worker.ts', import.meta.url);

/** A `data:` URL of the bundled worker entry, for `new Worker(url)`. Throws if esbuild fails. */
export function bundleWorkerEntry(): URL {
  const result = buildSync({
    entryPoints: [fileURLToPath(ENTRY)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  let code = result.outputFiles[0]!.text;
  // A data: module has no folder to resolve a package name from: each package import is
  // given the absolute URL it resolves to here (esbuild writes `from "name";` or, for an
  // import run for its effects, `import "name";`).
  const output = Object.values(result.metafile.outputs)[0];
  for (const { path } of output?.imports ?? []) {
    if (path.startsWith('node:')) continue;
    const url = JSON.stringify(import.meta.resolve(path));
    code = code
      .replaceAll(`from "${path}";`, `from ${url};`)
      .replaceAll(`import "${path}";`, `import ${url};`);
  }
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
