import { describe, expect, it } from 'vitest';
import { isThemeNoun } from '../../../src/loader/lexicon/transfers.ts';

describe('isThemeNoun', () => {
  it('knows nouns of things held, given or said', () => {
    for (const lemma of ['loan', 'profit', 'contract', 'order', 'statement'])
      expect(isThemeNoun(lemma), lemma).toBe(true);
  });

  it('leaves out nouns of acts and states', () => {
    for (const lemma of ['purchase', 'flight', 'bankruptcy', 'merger', 'deal'])
      expect(isThemeNoun(lemma), lemma).toBe(false);
  });
});
