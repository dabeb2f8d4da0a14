import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../../src/loader/parallel/worker-exec-argv.ts';

describe('workerExecArgv', () => {
  it('drops `--import tsx`, as `node --import tsx` gives it', () => {
    expect(workerExecArgv(['--import', 'tsx'])).toEqual([]);
  });

  it("drops the preflight and loader that tsx's own command gives", () => {
    expect(
      workerExecArgv([
        '--require',
        '/app/node_modules/tsx/dist/preflight.cjs',
        '--import',
        'file:///app/node_modules/tsx/dist/loader.mjs',
      ]),
    ).toEqual([]);
  });

  it('drops the `=` forms and tsx subpaths', () => {
    expect(workerExecArgv(['--import=tsx', '--loader=tsx/esm', '-r', 'tsx/cjs'])).toEqual([]);
  });

  it('keeps every other option, preloads included, in order', () => {
    const options = [
      '--cpu-prof',
      '--cpu-prof-dir',
      '/tmp/profiles',
      '--import',
      './instrument.mjs',
      '--require=dotenv/config',
      '--conditions',
      'development',
    ];
    expect(workerExecArgv(options)).toEqual(options);
  });

  it('keeps a module whose name merely contains "tsx"', () => {
    expect(workerExecArgv(['--import', './my-tsx-helper.mjs'])).toEqual([
      '--import',
      './my-tsx-helper.mjs',
    ]);
  });

  it('keeps a preload option that ends the list', () => {
    expect(workerExecArgv(['--inspect', '--import'])).toEqual(['--inspect', '--import']);
  });
});
