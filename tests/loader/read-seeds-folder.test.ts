import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSeedsFolder } from '../../src/loader/read-seeds-folder.ts';

describe('readSeedsFolder', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'read-seeds-'));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('reads articles in path order with their sidecar metadata', async () => {
    await fs.mkdir(path.join(folder, 'world'));
    await fs.writeFile(path.join(folder, 'world', 'b.txt'), 'B');
    await fs.writeFile(path.join(folder, 'a.txt'), 'A');
    await fs.writeFile(path.join(folder, 'a.meta.json'), '{"source":"Wire"}');
    const { sources, diagnostics } = await readSeedsFolder(folder);
    expect(sources.map((source) => [source.file, source.metadata])).toEqual([
      ['a.txt', { source: 'Wire' }],
      ['world/b.txt', null],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('reports a file it cannot read and keeps the others', async () => {
    await fs.writeFile(path.join(folder, 'locked.txt'), 'secret');
    await fs.writeFile(path.join(folder, 'open.txt'), 'fine');
    const readFile = fs.readFile.bind(fs);
    vi.spyOn(fs, 'readFile').mockImplementation((async (file: string, ...rest: unknown[]) => {
      if (String(file).endsWith('locked.txt'))
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      return (readFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest);
    }) as typeof fs.readFile);
    const { sources } = await readSeedsFolder(folder);
    const locked = sources.find((source) => source.file === 'locked.txt');
    expect(locked?.diagnostics[0]).toMatchObject({
      severity: 'error',
      message: 'cannot read file: EACCES',
    });
    expect(sources.find((source) => source.file === 'open.txt')?.diagnostics).toEqual([]);
  });

  it('reports a file that is not a regular file, such as a named pipe', async () => {
    execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
    const { sources, diagnostics } = await readSeedsFolder(folder);
    expect(sources).toEqual([]);
    expect(diagnostics[0]).toMatchObject({
      file: 'pipe.txt',
      message: 'not read: not a regular file',
    });
  });

  it('reports a missing folder instead of failing', async () => {
    const { sources, diagnostics } = await readSeedsFolder(path.join(folder, 'nope'));
    expect(sources).toEqual([]);
    expect(diagnostics[0]?.message).toMatch(/cannot read folder: ENOENT/);
  });
});
