/**
 * The Node options a worker thread starts with: this thread's, without the ones that load
 * tsx. A worker inherits `process.execArgv` by default, and under `tsx` or `--import tsx`
 * that makes each worker load tsx and send every import of its packages through tsx's
 * loader hooks, though the worker runs plain JavaScript (worker-bundle.ts) and imports its
 * packages by absolute URL: about 0.35 s of CPU per worker before it is ready. Other
 * options (`--cpu-prof`, `--inspect`, ...) still reach the workers.
 */

/** Options whose next argument (or `=` value) names a module to load first. */
const PRELOAD_OPTIONS: ReadonlySet<string> = new Set([
  '--import',
  '--require',
  '-r',
  '--loader',
  '--experimental-loader',
]);

/** `execArgv` without tsx's preload options, for `new Worker(entry, { execArgv })`. */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < execArgv.length; index++) {
    const option = execArgv[index]!;
    const equals = option.indexOf('=');
    const name = equals < 0 ? option : option.slice(0, equals);
    if (PRELOAD_OPTIONS.has(name)) {
      const module = equals < 0 ? (execArgv[index + 1] ?? '') : option.slice(equals + 1);
      if (isTsx(module)) {
        if (equals < 0) index++; // its module too
        continue;
      }
    }
    kept.push(option);
  }
  return kept;
}

/** `tsx`, `tsx/esm`, or a path or URL into tsx's package. */
function isTsx(module: string): boolean {
  return /^tsx(?:\/|$)/.test(module) || /[/\\]tsx[/\\]/.test(module);
}
