/**
 * Progress of a long loader run, for `npm run corpus` and the Vite plugin: articles done of
 * the total, the rate and the time left. On a terminal one line is redrawn in place; in a log
 * (CI, a pipe, a file) a plain line is written now and then, so the log stays readable.
 */

/** Where progress is written: a terminal (redrawn in place) or anything else (plain lines). */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressReporter {
  /** `done` of `total` articles are finished (articles from the cache count as done). */
  update(done: number, total: number): void;
  /** The run is over: a terminal's line is replaced by a final one. */
  finish(): void;
}

export interface ProgressOptions {
  /** What is counted, plural: "articles". */
  unit?: string;
  now?: () => number;
  /** How often a terminal's line is redrawn. */
  terminalIntervalMs?: number;
  /** How often a plain line is written when not on a terminal. */
  plainIntervalMs?: number;
}

/** Says nothing: `--quiet`, or Vite at a log level above info. */
export const SILENT_PROGRESS: ProgressReporter = { update() {}, finish() {} };

/** Reports to `stream`, throttled; cheap enough to call once per article. */
export function createProgressReporter(
  stream: ProgressStream,
  options: ProgressOptions = {},
): ProgressReporter {
  const unit = options.unit ?? 'articles';
  const now = options.now ?? Date.now;
  const terminal = stream.isTTY === true;
  const interval = terminal
    ? (options.terminalIntervalMs ?? 100)
    : (options.plainIntervalMs ?? 10_000);
  const started = now();
  // The rate is measured from the first article finished in this run: cached articles
  // arrive all at once, and starting the workers takes seconds in which none finish.
  let initial: number | null = null;
  let first: { at: number; done: number } | null = null;
  let last = { done: 0, total: 0 };
  let shownAt = started;
  let drawn = false;

  const line = (at: number) =>
    describeProgress({
      ...last,
      unit,
      elapsedMs: first ? at - first.at : 0,
      doneInRun: first ? last.done - first.done : 0,
    });

  return {
    update(done, total) {
      last = { done, total };
      const at = now();
      initial ??= done;
      if (!first && done > initial) first = { at, done };
      if (at - shownAt < interval) return;
      shownAt = at;
      if (terminal) {
        stream.write(`\r${line(at)}\x1b[K`);
        drawn = true;
      } else {
        stream.write(`${line(at)}\n`);
      }
    },
    finish() {
      const at = now();
      if (!terminal && at - started < interval) return;
      const took = formatDuration(at - started);
      const summary = `${formatCount(last.done)} ${unit} in ${took}`;
      stream.write(terminal ? `${drawn ? '\r' : ''}${summary}\x1b[K\n` : `${summary}\n`);
    },
  };
}

export interface ProgressState {
  done: number;
  total: number;
  unit: string;
  /** Time since the first article finished in this run. */
  elapsedMs: number;
  /** Articles finished in that time (cached ones excluded). */
  doneInRun: number;
}

/** `1,234 / 2,000 articles (62%), 52 articles/s, 15 s left`: rate and time left once known. */
export function describeProgress(state: ProgressState): string {
  const { done, total, unit, elapsedMs, doneInRun } = state;
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  const parts = [`${formatCount(done)} / ${formatCount(total)} ${unit} (${percent}%)`];
  if (doneInRun > 0 && elapsedMs > 0) {
    const perSecond = (doneInRun / elapsedMs) * 1000;
    parts.push(`${perSecond >= 10 ? Math.round(perSecond) : perSecond.toFixed(1)} ${unit}/s`);
    parts.push(`${formatDuration(((total - done) / perSecond) * 1000)} left`);
  }
  return parts.join(', ');
}

/** `45 s`, `12 min 5 s`, `1 h 3 min`. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
