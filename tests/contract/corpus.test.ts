import { describe, expect, it } from 'vitest';
import { checkCorpus, CORPUS_VERSION } from '../../src/contract/corpus.ts';

const empty = { version: CORPUS_VERSION, articles: [], events: [], undated: [], diagnostics: [] };

describe('checkCorpus', () => {
  it('accepts an empty corpus', () => {
    expect(checkCorpus(empty)).toEqual({ ok: true, corpus: empty });
  });

  it('names the wrong field by its path', () => {
    const bad = {
      ...empty,
      diagnostics: [{ file: 'a.txt', severity: 'loud', offset: 0, stage: 's', message: 'm' }],
    };
    const result = checkCorpus(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^diagnostics\.0\.severity: /);
  });

  it('rejects an event without any mention, and a date that is not ISO 8601', () => {
    const event = {
      id: 'e1',
      title: 'T',
      kind: 'meeting',
      start: '26 Aug 2016',
      end: null,
      granularity: 'day',
      approximate: false,
      modality: 'actual',
      participants: [],
      places: [],
      mentions: [],
      mergedBecause: [],
    };
    const result = checkCorpus({ ...empty, events: [event] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.join('\n')).toMatch(/events\.0\.start: must be an ISO 8601/);
      expect(result.problems.join('\n')).toMatch(/events\.0\.mentions/);
    }
  });

  it('rejects what is not a corpus at all', () => {
    expect(checkCorpus('<html>').ok).toBe(false);
    expect(checkCorpus(null).ok).toBe(false);
  });
});
