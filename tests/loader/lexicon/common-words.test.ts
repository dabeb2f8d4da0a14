import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../../src/loader/lexicon/common-words.ts';

describe('isCommonWord', () => {
  it('knows nouns and adjectives in common use', () => {
    for (const word of ['actual', 'automobile', 'general', 'royal', 'market', 'strong'])
      expect(isCommonWord(word)).toBe(true);
  });

  it('leaves out names and entries no text attests ("ford", "goldman")', () => {
    for (const word of ['novak', 'grigor', 'ford', 'goldman', 'craiova', 'zdravko'])
      expect(isCommonWord(word)).toBe(false);
  });
});
