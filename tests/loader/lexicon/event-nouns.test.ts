import { describe, expect, it } from 'vitest';
import { isEventNoun } from '../../../src/loader/lexicon/event-nouns.ts';

describe('isEventNoun', () => {
  it('knows nouns of things that happen', () => {
    for (const lemma of ['purchase', 'flight', 'bankruptcy', 'merger', 'collapse', 'strike'])
      expect(isEventNoun(lemma), lemma).toBe(true);
  });

  it('knows the acts of news WordNet lacks or files as things ("bailout", "the downgrade")', () => {
    for (const lemma of ['bailout', 'cut', 'downgrade', 'upgrade', 'sell-off', 'writedown'])
      expect(isEventNoun(lemma), lemma).toBe(true);
  });

  it('rejects nouns of plain things', () => {
    expect(isEventNoun('table')).toBe(false);
  });

  it('takes lemmas, not inflected forms', () => {
    expect(isEventNoun('mergers')).toBe(false);
  });
});
