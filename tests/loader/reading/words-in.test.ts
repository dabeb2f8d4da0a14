import { describe, expect, it } from 'vitest';
import { wordsIn } from '../../../src/loader/reading/words-in.ts';
import { tag } from './tagged.ts';

describe('wordsIn', () => {
  const text = 'The port reopened. Ships sailed again.';
  const words = tag(text);

  it('returns the words wholly inside a span', () => {
    const start = text.indexOf('Ships');
    expect(wordsIn(words, { start, end: text.length }).map((word) => word.text)).toEqual([
      'Ships',
      'sailed',
      'again',
      '.',
    ]);
  });

  it('leaves out words that cross either edge of the span', () => {
    const start = text.indexOf('port') + 1;
    const end = text.indexOf('Ships') + 2;
    expect(wordsIn(words, { start, end }).map((word) => word.text)).toEqual(['reopened', '.']);
  });

  it('returns nothing for an empty span or one past the text', () => {
    expect(wordsIn(words, { start: 4, end: 4 })).toEqual([]);
    expect(wordsIn(words, { start: 500, end: 600 })).toEqual([]);
    expect(wordsIn([], { start: 0, end: 10 })).toEqual([]);
  });
});
