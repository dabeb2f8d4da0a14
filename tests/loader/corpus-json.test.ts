import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/contract/corpus.ts';
import { corpusJsonPieces, corpusToJson, writeCorpusJson } from '../../src/loader/corpus-json.ts';
import { makeLargeCorpus } from '../e2e/support/make-large-corpus.ts';

const corpus = makeLargeCorpus(300, 5);

describe('corpusJsonPieces', () => {
  it('joins to exactly JSON.stringify of the corpus', () => {
    expect(corpusToJson(corpus)).toBe(JSON.stringify(corpus));
  });

  it('cuts the text into pieces of about the size asked for, never inside an element', () => {
    const pieces = [...corpusJsonPieces(corpus, 10_000)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(JSON.stringify(corpus));
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(10_000);
    // A cut falls between two elements (or before the array's end), never inside one.
    for (const piece of pieces.slice(1)) expect(piece[0]).toMatch(/[,\]]/);
  });

  const odd = {
    version: 1,
    articles: [],
    events: [],
    undated: [],
    diagnostics: [
      {
        file: 'café “quoted”.txt',
        severity: 'warning',
        offset: null,
        stage: 'read',
        message: 'line\nbreak \u2028 and \\ backslash',
        line: undefined,
        column: null,
      },
    ],
    extra: undefined,
  } as unknown as Corpus;

  it('writes empty arrays, undefined members and non-ASCII text as JSON.stringify does', () => {
    expect(corpusToJson(odd)).toBe(JSON.stringify(odd));
  });
});

describe('writeCorpusJson', () => {
  it('streams the JSON and a newline, waiting for a slow reader', async () => {
    // A tiny high-water mark makes every write ask the writer to wait for 'drain'.
    const stream = new PassThrough({ highWaterMark: 16 });
    const received: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => {
      received.push(chunk);
      stream.pause();
      setTimeout(() => stream.resume(), 0);
    });
    const bytes = await writeCorpusJson(corpus, stream);
    stream.end();
    await new Promise((resolve) => stream.on('end', resolve));
    const text = Buffer.concat(received).toString('utf8');
    expect(text).toBe(`${JSON.stringify(corpus)}\n`);
    expect(bytes).toBe(Buffer.byteLength(text));
  });
});
