import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '../../../src/loader/build-corpus.ts';
import { createResultDecoder, encodeResult } from '../../../src/loader/parallel/result-codec.ts';

const result = {
  draft: {
    id: 'a-1',
    text: 'The ministers met in Geneva on Friday. '.repeat(3),
    salience: 0.375,
    approximate: false,
    timexes: [
      { text: 'Friday', resolved: { granularity: 'day', via: ['find-timexes', 'tense:past'] } },
      { text: 'Monday', resolved: null, mod: undefined },
    ],
    // Keys in another order than the other mention's: the JSON lists them as they come.
    mentions: [
      { article: 'a-1', start: 0, modality: 'actual', dateBasis: 'own-timex' },
      { article: 'a-1', start: 39, dateBasis: 'own-timex', modality: 'actual' },
    ],
  },
  diagnostics: [],
  meetsContract: true,
} as unknown as ProcessResult;

const roundTrip = (value: ProcessResult, decoder = createResultDecoder()) =>
  decoder.decode(encodeResult(value));

describe('encodeResult and a ResultDecoder', () => {
  it('give back an equal result, keys in the same order and undefined members kept', () => {
    const decoded = roundTrip(result);
    expect(decoded).toEqual(result);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(result));
    const draft = decoded.draft as unknown as typeof result.draft & {
      timexes: Array<Record<string, unknown>>;
    };
    expect('mod' in draft.timexes[1]!).toBe(true);
    expect(Object.keys((draft as unknown as { mentions: object[] }).mentions[1]!)).toEqual([
      'article',
      'start',
      'dateBasis',
      'modality',
    ]);
  });

  it('keep numbers exactly, fractions and negative zero too', () => {
    const numbers = [0, -0, 1.1, -7, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity];
    const decoded = roundTrip({ draft: null, diagnostics: numbers } as unknown as ProcessResult);
    decoded.diagnostics.forEach((value, index) =>
      expect(Object.is(value, numbers[index])).toBe(true),
    );
  });

  it('keep one copy of each distinct short string, however many results hold it', () => {
    const decoder = createResultDecoder();
    const first = roundTrip(result, decoder);
    const second = roundTrip(result, decoder);
    expect(second).toEqual(first);
    // a-1, Friday, day, find-timexes, tense:past, Monday, actual and own-timex; the
    // 117-character text is not pooled.
    expect(decoder.pooledStrings).toBe(8);
  });

  it("pool an article's id, longer than a label, which every mention of the article repeats", () => {
    const decoder = createResultDecoder();
    const id = '000123-ministers-meet-in-geneva-to-discuss-the-new-trade-pact';
    const one = { draft: { id }, diagnostics: [] } as unknown as ProcessResult;
    roundTrip(one, decoder);
    roundTrip(one, decoder);
    expect(decoder.pooledStrings).toBe(1);
  });

  it('share one frozen empty array among all results', () => {
    const decoder = createResultDecoder();
    const first = roundTrip(result, decoder);
    const second = roundTrip(result, decoder);
    expect(first.diagnostics).toEqual([]);
    expect(second.diagnostics).toBe(first.diagnostics);
    expect(Object.isFrozen(first.diagnostics)).toBe(true);
  });

  it('refuse what a result never holds, rather than lose it', () => {
    for (const value of [new Map(), new Date(0), new Uint8Array(2), () => 1])
      expect(() => encodeResult({ draft: null, diagnostics: [value] } as never)).toThrow(TypeError);
    expect(() => encodeResult(JSON.parse('{"__proto__": 1}') as never)).toThrow(TypeError);
  });

  it('throw on bytes that are not an encoded result', () => {
    const decoder = createResultDecoder();
    expect(() => decoder.decode(serialize(result))).toThrow();
    expect(() => decoder.decode(new TextEncoder().encode('not a cache entry'))).toThrow();
  });
});
