import { describe, expect, it } from 'vitest';
import { readCorpusResponse } from '../../../../../src/features/corpus/utils/read-corpus.ts';
import { syriaCorpus } from '../../../fixtures.ts';

describe('readCorpusResponse', () => {
  it('accepts a corpus that satisfies the contract', () => {
    const reading = readCorpusResponse(200, JSON.stringify(syriaCorpus));
    expect(reading.ok && reading.corpus.events).toHaveLength(5);
    expect(reading.ok && reading.checkRest?.()).toBeNull();
  });

  it('leaves the article texts for after the first drawing, and still names what is wrong there', () => {
    const broken = structuredClone(syriaCorpus) as unknown as { articles: { text: unknown }[] };
    broken.articles[0]!.text = 42;
    const reading = readCorpusResponse(200, JSON.stringify(broken));
    expect(reading.ok).toBe(true);
    const problem = reading.ok ? reading.checkRest?.() : null;
    expect(problem?.title).toMatch(/expected shape/);
    expect(problem?.details.join('\n')).toMatch(/articles\.0\.text/);
  });

  it('checks article heads before the first drawing', () => {
    const broken = structuredClone(syriaCorpus) as unknown as { articles: { title: unknown }[] };
    broken.articles[0]!.title = null;
    const reading = readCorpusResponse(200, JSON.stringify(broken));
    expect(!reading.ok && reading.problem.details.join('\n')).toMatch(/articles\.0\.title/);
  });

  it('says the corpus is missing on HTTP 404', () => {
    const reading = readCorpusResponse(404, 'Not found');
    expect(!reading.ok && reading.problem.title).toMatch(/missing/);
  });

  it('names the HTTP status of any other failure', () => {
    const reading = readCorpusResponse(500, 'loader crashed');
    expect(!reading.ok && reading.problem.title).toMatch(/HTTP 500/);
    expect(!reading.ok && reading.problem.details).toEqual(['loader crashed']);
  });

  it('says an empty body is an empty file', () => {
    const reading = readCorpusResponse(200, '  ');
    expect(!reading.ok && reading.problem.title).toMatch(/empty/);
  });

  it('calls a cut-off file truncated JSON', () => {
    const text = JSON.stringify(syriaCorpus);
    const reading = readCorpusResponse(200, text.slice(0, text.length / 2));
    expect(!reading.ok && reading.problem.title).toMatch(/not valid JSON.*truncated/);
  });

  it('names the wrong field of a corpus that breaks the contract', () => {
    const broken = structuredClone(syriaCorpus) as unknown as { events: { start: unknown }[] };
    broken.events[1]!.start = 'mid-July';
    const reading = readCorpusResponse(200, JSON.stringify(broken));
    expect(!reading.ok && reading.problem.details.join('\n')).toMatch(/events\.1\.start/);
  });

  it('rejects a corpus of another version', () => {
    const reading = readCorpusResponse(200, JSON.stringify({ ...syriaCorpus, version: 2 }));
    expect(!reading.ok && reading.problem.details.join('\n')).toMatch(/version/);
  });
});
