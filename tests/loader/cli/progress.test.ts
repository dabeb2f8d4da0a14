import { describe, expect, it } from 'vitest';
import {
  createProgressReporter,
  describeProgress,
  formatDuration,
} from '../../../src/loader/cli/progress.ts';

/** A stream that keeps what was written, and a clock the test moves. */
function setup(isTTY: boolean) {
  const written: string[] = [];
  let time = 0;
  const reporter = createProgressReporter(
    { isTTY, write: (text: string) => written.push(text) },
    { now: () => time },
  );
  /** Reports `total` articles finished one every 10 ms, then the end. */
  const run = (total: number) => {
    reporter.update(0, total);
    for (let done = 1; done <= total; done++) {
      time += 10;
      reporter.update(done, total);
    }
    reporter.finish();
  };
  return { written, reporter, run, advance: (ms: number) => (time += ms) };
}

describe('describeProgress', () => {
  it('says how many are done of how many, the rate and the time left', () => {
    expect(
      describeProgress({
        done: 1000,
        total: 2000,
        unit: 'articles',
        elapsedMs: 20_000,
        doneInRun: 1000,
      }),
    ).toBe('1,000 / 2,000 articles (50%), 50 articles/s, 20 s left');
  });

  it('leaves cached articles out of the rate', () => {
    // 1,500 came from the cache at once; 100 were processed in 10 s.
    expect(
      describeProgress({
        done: 1600,
        total: 2000,
        unit: 'articles',
        elapsedMs: 10_000,
        doneInRun: 100,
      }),
    ).toBe('1,600 / 2,000 articles (80%), 10 articles/s, 40 s left');
  });

  it('says no rate before anything was processed', () => {
    expect(
      describeProgress({ done: 0, total: 50_000, unit: 'articles', elapsedMs: 0, doneInRun: 0 }),
    ).toBe('0 / 50,000 articles (0%)');
  });
});

describe('formatDuration', () => {
  it('reads in seconds, minutes or hours', () => {
    expect(formatDuration(4_400)).toBe('4 s');
    expect(formatDuration(13 * 60_000 + 5_000)).toBe('13 min 5 s');
    expect(formatDuration(2 * 3_600_000 + 3 * 60_000)).toBe('2 h 3 min');
  });
});

describe('createProgressReporter', () => {
  it('redraws one line in place on a terminal, at most ten times a second', () => {
    const { written, run } = setup(true);
    run(300);
    expect(written.length).toBeLessThanOrEqual(32);
    expect(
      written.slice(0, -1).every((text) => text.startsWith('\r') && !text.includes('\n')),
    ).toBe(true);
    expect(written.at(-2)).toContain('300 / 300 articles (100%), 100 articles/s, 0 s left');
    expect(written.at(-1)).toBe('\r300 articles in 3 s\x1b[K\n');
  });

  it('writes a plain line every ten seconds when not on a terminal', () => {
    const { written, run } = setup(false);
    run(3000);
    expect(written).toEqual([
      '1,000 / 3,000 articles (33%), 100 articles/s, 20 s left\n',
      '2,000 / 3,000 articles (66%), 100 articles/s, 10 s left\n',
      '3,000 / 3,000 articles (100%), 100 articles/s, 0 s left\n',
      '3,000 articles in 30 s\n',
    ]);
  });

  it('adds nothing to a log when the run is shorter than one interval', () => {
    const { written, reporter, advance } = setup(false);
    reporter.update(0, 2);
    advance(500);
    reporter.update(2, 2);
    reporter.finish();
    expect(written).toEqual([]);
  });
});
