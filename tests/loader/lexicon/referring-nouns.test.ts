import { describe, expect, it } from 'vitest';
import { referentKindOf } from '../../../src/loader/lexicon/referring-nouns.ts';

describe('referentKindOf', () => {
  it('knows the nouns that stand for a company', () => {
    for (const noun of ['company', 'firm', 'automaker', 'airline', 'bank', 'manufacturer'])
      expect(referentKindOf(noun)).toBe('organization');
  });

  it('knows the nouns that stand for a vehicle or craft', () => {
    for (const noun of ['aircraft', 'airliner', 'plane', 'jet', 'car', 'truck', 'ship'])
      expect(referentKindOf(noun)).toBe('product');
  });

  it('leaves events, people and places alone', () => {
    for (const noun of ['meeting', 'flight', 'president', 'city', 'government'])
      expect(referentKindOf(noun)).toBeNull();
  });
});
