import { describe, expect, it } from 'vitest';
import { isThemeNoun, takesRecipient } from '../../../src/loader/lexicon/transfers.ts';

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

describe('takesRecipient', () => {
  it('knows verbs whose "to" names who receives or who is addressed', () => {
    for (const lemma of ['deliver', 'sell', 'write', 'speak', 'talk', 'apologize'])
      expect(takesRecipient(lemma), lemma).toBe(true);
  });

  it('leaves out verbs whose "to" is a place or a goal', () => {
    for (const lemma of ['fly', 'travel', 'rise', 'move'])
      expect(takesRecipient(lemma), lemma).toBe(false);
  });
});
