import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createStringPool } from '../../../src/loader/parallel/string-pool.ts';

const result = {
  draft: {
    id: 'a-1',
    text: 'The ministers met in Geneva on Friday. '.repeat(3),
    bytes: new Uint8Array([1, 2, 3]),
    timexes: [
      { text: 'Friday', resolved: { granularity: 'day', via: ['find-timexes', 'tense:past'] } },
      { text: 'Monday', resolved: null, mod: undefined },
    ],
  },
  diagnostics: [],
};

describe('createStringPool', () => {
  it('leaves every value as it was, in place', () => {
    const copy = deserialize(serialize(result)) as typeof result;
    const shared = createStringPool().shareStrings(copy);
    expect(shared).toBe(copy);
    expect(shared).toEqual(result);
    expect(shared.draft.bytes).toBeInstanceOf(Uint8Array);
    expect('mod' in shared.draft.timexes[1]!).toBe(true);
  });

  it('keeps one copy of each distinct short string, however many results hold it', () => {
    const pool = createStringPool();
    const first = pool.shareStrings(deserialize(serialize(result)) as typeof result);
    const second = pool.shareStrings(deserialize(serialize(result)) as typeof result);
    expect(second).toEqual(first);
    // a-1, Friday, day, find-timexes, tense:past, Monday; the 117-character text is not pooled.
    expect(pool.size).toBe(6);
  });

  it('shares one frozen empty array among all results', () => {
    const pool = createStringPool();
    const first = pool.shareStrings(deserialize(serialize(result)) as typeof result);
    const second = pool.shareStrings(deserialize(serialize(result)) as typeof result);
    expect(first.diagnostics).toEqual([]);
    expect(second.diagnostics).toBe(first.diagnostics);
    expect(Object.isFrozen(first.diagnostics)).toBe(true);
    expect(pool.shareStrings([])).toBe(first.diagnostics);
  });

  it("pools an article's id, longer than a label, which every mention of the article repeats", () => {
    const pool = createStringPool();
    const mention = { article: '000123-ministers-meet-in-geneva-to-discuss-the-new-trade-pact' };
    pool.shareStrings(deserialize(serialize(mention)));
    pool.shareStrings(deserialize(serialize(mention)));
    expect(pool.size).toBe(1);
  });
});
