import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../../src/contract/corpus.ts';
import { makeHostileFolder } from '../hostile-folder.ts';

const run = promisify(execFile);
const COMMAND = path.resolve('src/loader/cli/corpus-command.ts');
const TSX = path.resolve('node_modules/.bin/tsx');

async function corpusCommand(...args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, [COMMAND, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run corpus', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await makeHostileFolder();
  });
  afterAll(() => fs.rm(folder, { recursive: true, force: true }));

  it('writes a valid corpus and prints each diagnostic as file:line:col severity message [stage]', async () => {
    const out = path.join(folder, '..', `${path.basename(folder)}.json`);
    const result = await corpusCommand('--seeds', folder, '--out', out, '--no-cache');
    expect(result.code).toBe(0);
    expect(checkCorpus(JSON.parse(await fs.readFile(out, 'utf8'))).ok).toBe(true);
    const lines = result.stderr.split('\n');
    expect(lines).toContain(
      `${folder}/latin1.txt:1:4 warning invalid UTF-8 at byte 3; read as Windows-1252 instead, so some characters may be wrong [decode-text]`,
    );
    expect(lines.some((line) => line.startsWith(`${folder}/binary.txt error binary content`))).toBe(
      true,
    );
    await fs.rm(out);
  });

  it('fails with a reason when the folder holds no usable article', async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'no-articles-'));
    await fs.writeFile(path.join(empty, 'empty.txt'), '');
    const result = await corpusCommand('--seeds', empty, '--no-cache');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no usable article in .*: add \.txt files/);
    await fs.rm(empty, { recursive: true });
  });

  it('says nothing but diagnostics with --quiet', async () => {
    const result = await corpusCommand('--seeds', folder, '--no-cache', '--quiet');
    expect(result.code).toBe(0);
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line).toMatch(/^\S+ (error|warning|info) .*\[[a-z-]+\]$|^\S+:\d+:\d+ /);
    expect(result.stderr).not.toMatch(/\d+ articles, \d+ events/);
  });

  it('prints its options with --help', async () => {
    const result = await corpusCommand('--help');
    expect(result.code).toBe(0);
    for (const option of ['--seeds', '--out', '--workers', '--no-cache', '--quiet', '--help']) {
      expect(result.stdout).toContain(option);
    }
  });

  it('fails with a reason when the folder does not exist', async () => {
    const result = await corpusCommand('--seeds', '/nonexistent/articles');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a folder/);
  });
});
